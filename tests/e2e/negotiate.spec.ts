import { card, fillOffer, startFresh } from './compare-page';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The worked example: "Example: Bay Area AI lab" (Senior ML Engineer, San Francisco) against
// "Example: Austin startup". Market $267,000–$445,000 (derived), balanced target $400,500:
// base 210,000 → 238,000 and the RSU grant 400,000 → 453,000.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('/negotiate', () => {
	test('has the ask and the scripts in the prerendered HTML', async ({ request }) => {
		const html = await (await request.get('/negotiate')).text();
		for (const figure of ['$238,000', '$453,000', '$267,000–$445,000', 'Best regards,']) {
			expect(html).toContain(figure);
		}
	});

	test('builds a script from two offers, copies it and the clipboard holds the same text', async ({
		page
	}) => {
		await page.goto('/negotiate');
		await page.getByLabel('Offer to negotiate').selectOption({ label: 'Example: Bay Area AI lab' });
		await expect(page.getByRole('checkbox', { name: 'Example: Austin startup' })).toBeChecked();
		await page.getByLabel('Unvested equity and bonus you would forfeit').fill('50k');

		const email = page.getByLabel('Email', { exact: true });
		await expect(email).toHaveValue(/Sign-on bonus: \$50,000 \(up from \$30,000\)/);
		await expect(email).toHaveValue(/an offer from Example: Austin startup/);
		await expect(email).toHaveValue(/Base salary: \$238,000 \(up from \$210,000\)/);

		await page.getByRole('button', { name: 'Copy email' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await email.inputValue());
		expect(copied).toContain('Best regards,');

		// When the script changes after the copy, "Copied" no longer claims the clipboard has it
		await page.getByLabel('Unvested equity and bonus you would forfeit').fill('60k');
		await expect(email).toHaveValue(/Sign-on bonus: \$60,000/);
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(0);
	});

	test('copies with the fallback when the Clipboard API refuses', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
		});
		await page.goto('/negotiate');
		const call = page.getByLabel('Call script');
		await expect(call).toHaveValue(/I'd like to ask for a base salary of \$238,000/);
		await page.getByRole('button', { name: 'Copy call script' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await call.inputValue());
	});

	test('leaves the competitor unnamed when asked to', async ({ page }) => {
		await page.goto('/negotiate');
		await page.getByLabel('Name the competing company in the talking points and scripts').uncheck();
		const email = page.getByLabel('Email', { exact: true });
		// The Austin startup averages less than the lab: mentioned, without its figure.
		await expect(email).toHaveValue(/I'm also weighing another offer\./);
		await expect(email).not.toHaveValue(/Austin startup/);
	});

	test('keeps an edited script across a reload, and can go back to the generated one', async ({
		page
	}) => {
		await page.goto('/negotiate');
		const email = page.getByLabel('Email', { exact: true });
		await expect(email).toHaveValue(/Best regards,$/);
		await email.fill('Hello Dana, thank you for the offer. My ask: $238,000 base.');
		await page.reload();
		await expect(email).toHaveValue('Hello Dana, thank you for the offer. My ask: $238,000 base.');
		await expect(page.getByText('You edited the email;')).toBeVisible();

		// When the ask changes, the call script (not edited) follows it, and the edited email
		// says its figures may be the old ones
		const call = page.getByLabel('Call script');
		await expect(call).toHaveValue(/a base salary of \$238,000/);
		await page.getByRole('combobox', { name: 'Stance' }).selectOption('ambitious');
		await expect(call).not.toHaveValue(/a base salary of \$238,000/);
		await expect(email).toHaveValue('Hello Dana, thank you for the offer. My ask: $238,000 base.');
		await expect(
			page.getByText('The ask has changed since you edited the email: check the figures')
		).toBeVisible();

		await page.getByRole('button', { name: 'Use the generated text' }).click();
		await expect(email).toHaveValue(/^Subject: Senior ML Engineer offer/);
	});

	test('comes back to the same offer, stance, forfeit and naming after a reload', async ({
		page
	}) => {
		await page.goto('/negotiate');
		const offer = page.getByRole('combobox', { name: 'Offer to negotiate' });
		const stance = page.getByRole('combobox', { name: 'Stance' });
		const forfeited = page.getByRole('textbox', {
			name: 'Unvested equity and bonus you would forfeit'
		});
		const naming = page.getByLabel('Name the competing company in the talking points and scripts');
		await offer.selectOption({ label: 'Example: Austin startup' });
		await stance.selectOption('ambitious');
		await forfeited.fill('45,500');
		await naming.uncheck();
		await expect(page.getByLabel('Email', { exact: true })).toHaveValue(/45,500/);
		await page.reload();
		await expect(offer).toHaveValue('1');
		await expect(stance).toHaveValue('ambitious');
		await expect(forfeited).toHaveValue('45,500');
		await expect(naming).not.toBeChecked();
		await expect(page.getByLabel('Email', { exact: true })).toHaveValue(/45,500/);
	});

	test('counts a competing offer typed in here', async ({ page }) => {
		await page.goto('/negotiate');
		await page.getByRole('checkbox', { name: 'Example: Austin startup' }).uncheck();
		await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Gamma Robotics');
		// Its amounts are in its city's currency, which the fields say
		const base = page.getByLabel('Base salary');
		await expect(base).toHaveAccessibleDescription(/^USD a year/);
		await page.getByLabel('City').selectOption({ label: 'London, UK' });
		await expect(base).toHaveAccessibleDescription(/^GBP a year/);
		await page.getByLabel('City').selectOption({ label: 'San Francisco, CA' });
		await base.fill('600k');
		// Gamma averages 600,000 a year, above the market target: it becomes the target.
		await expect(page.getByLabel('Email', { exact: true })).toHaveValue(
			/in line with Gamma Robotics' offer/
		);
		// And it is still there, and still counted, after a reload.
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'Company', exact: true })).toHaveValue(
			'Gamma Robotics'
		);
		await expect(page.getByLabel('Base salary')).toHaveValue('600k');
		await expect(page.getByLabel('Email', { exact: true })).toHaveValue(
			/in line with Gamma Robotics' offer/
		);
	});

	test('keeps the last forfeit it could read while a new one is wrong', async ({ page }) => {
		await page.goto('/negotiate');
		const forfeit = page.getByLabel('Unvested equity and bonus you would forfeit');
		const email = page.getByLabel('Email', { exact: true });
		await forfeit.fill('150,000');
		await expect(email).toHaveValue(/Sign-on bonus: \$150,000 \(up from \$30,000\)/);
		// A forfeit the page cannot read: said at the field, and the ask keeps the last one.
		await forfeit.fill('200 thousand');
		await expect(forfeit).toHaveAccessibleDescription(/must be typed in digits, like 50000/);
		await expect(email).toHaveValue(/Sign-on bonus: \$150,000 \(up from \$30,000\)/);
	});

	test('leaves the current job out of the offers to negotiate and the competing ones', async ({
		page
	}) => {
		await page.goto('/');
		await card(page, 'Example: Austin startup').getByLabel('This is my current job').check();
		await page.getByRole('link', { name: 'Negotiate', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Negotiate');
		await expect(
			page.getByText('Example: Austin startup is left out as your current job')
		).toBeVisible();
		await expect(page.getByRole('checkbox', { name: 'Example: Austin startup' })).toHaveCount(0);
		await expect(
			page.getByRole('combobox', { name: 'Offer to negotiate' }).getByRole('option')
		).toHaveText(['Example: Bay Area AI lab']);
		await expect(page.getByLabel('Email', { exact: true })).not.toHaveValue(/Austin startup/);
	});

	test('says when the market range was converted from the guide’s pounds', async ({ page }) => {
		// An ML Engineer (Mid) in London paid in dollars: the guide's £130K–£180K at 1.36.
		await startFresh(page);
		await fillOffer(page, 'Offer 1', {
			name: 'Expat Co',
			location: 'London, UK',
			base: '150000',
			market: true
		});
		const offer = card(page, 'Expat Co');
		await offer.getByText('Currency, cost of living and tax region').click();
		// Left to the location, each override says what the location gives
		const currency = offer.getByLabel('Currency', { exact: true });
		await expect(currency.locator('option:checked')).toHaveText('GBP, from the location');
		await expect(
			offer.getByLabel('Tax region', { exact: true }).locator('option:checked')
		).toHaveText('United Kingdom (England), from the location');
		await currency.selectOption('USD');
		await page.getByRole('link', { name: 'Negotiate', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Negotiate');
		await expect(page.getByRole('figure')).toContainText(
			'Market range $176,800–$244,800 a year (the guide’s figure, converted from £130,000–£180,000 at 1.36 USD per GBP).'
		);
		await expect(page.getByRole('textbox', { name: /email/i })).toHaveValue(
			/\(converted from £130,000–£180,000 at 1\.36 US dollars per pound\)/
		);
	});

	test('is accessible in light and dark mode', async ({ page }) => {
		await page.goto('/negotiate');
		await expect(page.getByRole('heading', { name: 'The ask' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page);
	});
});
