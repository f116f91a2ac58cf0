import type { Locator, Page } from '@playwright/test';
import { holdBackChecks, typeAcme } from './compare-page';
import { expect, expectNoAxeViolations, test } from './fixtures';

const tableName = /city by city/;

/** The cells of one city's row, as a reader sees them (the market cell's tag included). */
function cityRow(page: Page, city: string): Locator {
	return page
		.getByRole('table', { name: tableName })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: city }) });
}

/** Replaces a text box's content from the keyboard, the way a person retypes a figure. */
async function retype(page: Page, box: Locator, text: string): Promise<void> {
	await box.focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(text);
}

test.describe('/cities', () => {
	test('has the default table in the prerendered HTML', async ({ request }) => {
		const html = await (await request.get('/cities')).text();
		// ML Engineer, Mid, 200,000 USD from Austin (120); Boston (190): 200,000 × 190 / 120.
		for (const figure of ['ML Engineer, Mid', '$200,000.00', '$316,666.67', '$140K–$200K']) {
			expect(html).toContain(figure);
		}
	});

	test('reads a row, changes the home city and keeps the last valid amount', async ({ page }) => {
		await page.goto('/cities');
		const amount = page.getByRole('textbox', { name: 'Amount' });
		// Typed as people write salaries: "$100k" is 100,000.
		await retype(page, amount, '$100k');

		// Texas, single, 100,000: tax 20,820; living 60,000 × 1.2 = 72,000 (unit tests by hand).
		await expect(cityRow(page, 'Austin, TX').getByRole('cell')).toHaveText([
			'$140K–$200K guide',
			'120',
			'$100,000.00',
			'$20,820.00',
			'$79,180.00',
			'$72,000.00',
			'$7,180.00'
		]);
		// Remote at index 100, federal tax only: 100,000 × 100 / 120 = 83,333.33.
		await expect(cityRow(page, 'Remote (Global)').getByRole('cell')).toHaveText([
			'$140K–$180K guide',
			'100 yours',
			'$83,333.33',
			'$15,878.33',
			'$67,455.00',
			'$60,000.00',
			'$7,455.00'
		]);

		// Home city by keyboard: an arrow key on the select.
		const home = page.getByRole('combobox', { name: 'Home city' });
		await home.focus();
		await page.keyboard.press('ArrowDown'); // Austin → London
		await expect(home).toHaveValue('london');
		await expect(page.getByText('GBP a year')).toBeVisible();
		// 100,000 GBP × 1.36 × 120 / 165 = 98,909.09 USD in Austin.
		await expect(cityRow(page, 'Austin, TX').getByRole('cell').nth(2)).toHaveText('$98,909.09');
		await expect(cityRow(page, 'London, UK').getByRole('cell').nth(2)).toHaveText('£100,000.00');

		// An invalid amount: the engine's sentence at the field, the table as it was.
		await retype(page, amount, 'abc');
		await expect(amount).toHaveAccessibleDescription(/Amount must be a number, like 200000\./);
		await expect(cityRow(page, 'Austin, TX').getByRole('cell').nth(2)).toHaveText('$98,909.09');
		// Dollars typed for London are refused, not taken for pounds
		await retype(page, amount, '$150,000');
		await expect(amount).toHaveAccessibleDescription(
			/The home city pays in GBP: type the amount without “\$”\./
		);
		await expect(cityRow(page, 'Austin, TX').getByRole('cell').nth(2)).toHaveText('$98,909.09');
		await retype(page, amount, '£150,000');
		await expect(amount).not.toHaveAttribute('aria-invalid');
	});

	test('is usable by keyboard: tab, arrows and typing', async ({ page }) => {
		await page.goto('/cities');
		const role = page.getByRole('combobox', { name: 'Role' });
		await role.focus();
		await page.keyboard.press('ArrowDown'); // ML Engineer → Data Scientist
		await page.keyboard.press('Tab');
		await expect(page.getByRole('combobox', { name: 'Level' })).toBeFocused();
		await page.keyboard.press('ArrowUp'); // Mid → Entry
		await expect(page.getByRole('table', { name: /Data Scientist, Entry/ })).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('combobox', { name: 'Home city' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('radio', { name: 'An amount' })).toBeFocused();
		await page.keyboard.press('Tab');
		const amount = page.getByRole('textbox', { name: 'Amount' });
		await expect(amount).toBeFocused();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('150000');
		await expect(cityRow(page, 'Austin, TX').getByRole('cell').nth(2)).toHaveText('$150,000.00');

		// The table scrolls in a region the keyboard can reach.
		await expect(page.getByRole('region', { name: tableName })).toHaveAttribute('tabindex', '0');

		// Back to the radios: an arrow key picks "One of your offers" (the worked example's first).
		await page.getByRole('radio', { name: 'An amount' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: 'One of your offers' })).toBeChecked();
		await expect(page.getByRole('combobox', { name: 'Offer' })).toHaveValue('0');
		// The offer brings its city, role and level.
		await expect(page.getByRole('combobox', { name: 'Home city' })).toHaveValue('san-francisco');
		await expect(
			page.getByRole('table', { name: /ML Engineer, Senior: Example: Bay Area AI lab/ })
		).toBeVisible();
		// Its own city would say nothing: the answer starts with New York.
		await expect(page.getByRole('status').filter({ hasText: 'matches' })).toContainText(
			'in New York, NY matches your offer “Example: Bay Area AI lab” in San Francisco, CA'
		);
		await expect(page.getByRole('status').filter({ hasText: 'matches' })).toContainText(
			'Every other term (bonus %, sign-on, equity, relocation, other cash) stays as offered.'
		);
	});

	test('an offer is compared from its own city, and the amount gets its choices back', async ({
		page
	}) => {
		await page.goto('/cities');
		const home = page.getByRole('combobox', { name: 'Home city' });
		await home.selectOption({ label: 'Boston, MA' });
		await page.getByRole('radio', { name: 'One of your offers' }).check();
		// The Bay Area offer is paid in San Francisco, whatever the box said: the box is locked.
		await expect(home).toHaveValue('san-francisco');
		await expect(home).toBeDisabled();
		await expect(cityRow(page, 'San Francisco, CA').getByRole('cell').nth(2)).toHaveText(
			'$361,000.00'
		);
		await page.getByRole('radio', { name: 'An amount' }).check();
		await expect(home).toHaveValue('boston');
		await expect(home).toBeEnabled();
	});

	test('says when the figures keep the last valid amount', async ({ page }) => {
		await page.goto('/cities');
		await retype(page, page.getByRole('textbox', { name: 'Amount' }), 'abc');
		await expect(page.getByRole('status').filter({ hasText: 'last valid value' })).toHaveText(
			'Until the amount is fixed above, these figures use its last valid value.'
		);
	});

	test('explains which base elsewhere matches the amount', async ({ page }) => {
		await page.goto('/cities');
		await retype(page, page.getByRole('textbox', { name: 'Amount' }), '150000');
		const target = page.getByRole('combobox', { name: 'Target city' });
		await expect(target).toHaveValue('san-francisco');
		// breakEven's worked example: Austin 150,000 saves 41,791 in year 1; SF needs 274,741.38.
		const answer = page.getByRole('status').filter({ hasText: 'matches' });
		// A string (unlike a pattern) is compared with its white space collapsed, as a reader sees it.
		await expect(answer).toContainText(
			'A base of $274,741.38 in San Francisco, CA matches a base of $150,000.00 in Austin, TX: with it, year 1 leaves the same savings after tax and cost of living ($41,791.00). San Francisco, CA is taxed as California at cost-of-living index 220.'
		);
		await target.focus();
		await page.keyboard.press('End'); // Remote (Global), the last city
		await expect(target).toHaveValue('remote');
		await expect(answer).toContainText('in Remote (Global) matches');
		await expect(answer).toContainText("index 100 (Remote's, as entered above)");
		await retype(page, page.getByRole('textbox', { name: 'Remote cost-of-living index' }), '150');
		await expect(answer).toContainText("index 150 (Remote's, as entered above)");
		// The amount's own city has nothing to match.
		await target.selectOption({ label: 'Austin, TX' });
		await expect(answer).toHaveText(
			/^Choose a city other than Austin, TX to see the base there that matches a base of \$150,000\.00 in Austin, TX\./
		);
	});

	test('matches dollars with pounds at the exchange rate, not as the same number', async ({
		page
	}) => {
		// Given 200,000 in Austin, which saves $76,927.00 in year 1
		await page.goto('/cities');
		await retype(page, page.getByRole('textbox', { name: 'Amount' }), '200000');
		// When the target city is London
		await page.getByRole('combobox', { name: 'Target city' }).selectOption({ label: 'London, UK' });
		// Then the base there saves the same at 1.36 USD per GBP: 76,927 / 1.36 = £56,563.97
		await expect(page.getByRole('status').filter({ hasText: 'matches' })).toContainText(
			'year 1 leaves the same savings after tax and cost of living ($76,927.00, £56,563.97 in London, UK).'
		);
	});

	test('shows the exchange rate where pounds meet dollars, with the engine message', async ({
		page
	}) => {
		await page.goto('/cities');
		const rate = page.getByRole('textbox', { name: 'Exchange rate' });
		await expect(rate).toHaveValue('1.36');
		await expect(page.getByText('converted at 1.36 USD per GBP').first()).toBeVisible();
		await retype(page, rate, '50');
		await expect(rate).toHaveAccessibleDescription(/must be at most 10; this is 50\./);
		await retype(page, rate, '1.5');
		await expect(page.getByText('converted at 1.5 USD per GBP').first()).toBeVisible();
		// London from 200,000 USD in Austin: 200,000 / 1.5 × 165 / 120 = 183,333.33 GBP.
		await expect(cityRow(page, 'London, UK').getByRole('cell').nth(2)).toHaveText('£183,333.33');
	});

	test('draws the chart and fits a 390px phone', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/cities');
		const chart = page.getByRole('img', {
			name: /Bar chart of equivalent salary and yearly savings/
		});
		// The chart is drawn once it comes near the screen.
		await chart.scrollIntoViewIfNeeded();
		await expect(chart).toHaveAttribute('data-rendered', 'true');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`passes axe in ${colorScheme} mode`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto('/cities');
			const chart = page.getByRole('img', { name: /Bar chart/ });
			await chart.scrollIntoViewIfNeeded();
			await expect(chart).toHaveAttribute('data-rendered', 'true');
			await expectNoAxeViolations(page);
			// The form with an error showing must pass too.
			await retype(page, page.getByRole('textbox', { name: 'Amount' }), 'abc');
			await expect(page.getByText('Amount must be a number, like 200000.')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('/cities while a saved scenario is read', () => {
	// Without the service worker, so that the checks' request can be held back.
	test.use({ serviceWorkers: 'block' });

	test('keeps the shared settings disabled until it is, so nothing typed is replaced', async ({
		page
	}) => {
		await typeAcme(page);
		await page.getByLabel('Yearly spending', { exact: true }).fill('65000');
		// /cities loads zod with the page; its checks chunk is the save reader's.
		const release = await holdBackChecks(page, 'could not be opened (');
		await page.goto('/cities');
		await expect(page.getByText('Opening your saved scenario…')).toBeVisible();
		const spending = page.getByLabel('Yearly spending', { exact: true });
		await expect(spending).toBeDisabled();
		release();
		await expect(page.getByText('Opening your saved scenario…')).toHaveCount(0);
		await expect(spending).toBeEnabled();
		await expect(spending).toHaveValue('65000');
	});
});
