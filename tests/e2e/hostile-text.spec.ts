/**
 * Offer names are typed by anyone, including whoever sent a share link, so a name that looks
 * like HTML or a spreadsheet formula must stay plain text on every page and in every file.
 */
import { readFile } from 'node:fs/promises';
import type { Dialog, Download, Page } from '@playwright/test';
import { addOffer, card, fillOffer, reveal, startFresh } from './compare-page';
import { expect, test } from './fixtures';

const HTML_NAME = '<img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("x")';

/** Enters the two hostile offers on the compare page, from an empty scenario. */
async function enterHostileOffers(page: Page) {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', {
		name: HTML_NAME,
		location: 'Austin, TX',
		base: '150000',
		market: true
	});
	await addOffer(page, 'Offer 2');
	await fillOffer(page, 'Offer 2', {
		name: FORMULA_NAME,
		location: 'Seattle, WA',
		base: '200000',
		market: true
	});
	await expect(card(page, FORMULA_NAME)).toBeVisible();
}

/** Text the markup could have turned into elements: an <img> from the name, or a handler. */
async function expectNoInjectedMarkup(page: Page) {
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.locator('[onerror]')).toHaveCount(0);
}

async function downloadedText(
	page: Page,
	button: string
): Promise<{ file: Download; text: string }> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await downloading;
	const path = await file.path();
	return { file, text: await readFile(path, 'utf8') };
}

test.describe('hostile offer names', () => {
	let dialogs: string[];

	test.beforeEach(({ page }) => {
		dialogs = [];
		// An alert() would mean the name ran as script: record it (and dismiss it so the page
		// carries on) to fail the test with the message rather than hang on the dialog.
		page.on('dialog', (dialog: Dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
	});

	test.afterEach(() => {
		expect(dialogs, 'dialogs opened by an offer name').toEqual([]);
	});

	test('show as literal text in the compare tables and the chart text', async ({ page }) => {
		// Given two offers whose names look like markup and like a formula
		await enterHostileOffers(page);

		// Then each name is the literal heading of its card, headline row and year table
		await expect(card(page, HTML_NAME).getByRole('heading', { level: 3 })).toHaveText(HTML_NAME);
		const headline = page.getByRole('table', { name: /Headline figures/ });
		await expect(headline.getByRole('rowheader', { name: HTML_NAME, exact: true })).toBeVisible();
		await expect(
			headline.getByRole('rowheader', { name: FORMULA_NAME, exact: true })
		).toBeVisible();
		await expect(
			page.getByRole('table', { name: `${HTML_NAME}: year by year (USD)`, exact: true })
		).toBeVisible();
		await expect(
			page.getByRole('table', { name: `${FORMULA_NAME}: year by year (USD)`, exact: true })
		).toBeVisible();

		// And the charts' text equivalents (the canvas label and the running-total table) quote
		// them, once the person scrolls to the charts: the section appeared with the first valid
		// offer, possibly after the last click, so only coming near the screen loads it
		await reveal(page, 'Charts');
		const stacked = page.getByRole('img', { name: /^Stacked bar chart/ });
		await expect(stacked).toHaveAttribute(
			'aria-label',
			new RegExp(`\\(${literal(HTML_NAME)}, ${literal(FORMULA_NAME)}\\)`)
		);
		const running = page.getByRole('table', { name: /^Running total/ });
		await expect(running.getByRole('rowheader', { name: HTML_NAME, exact: true })).toBeVisible();
		await expect(running.getByRole('rowheader', { name: FORMULA_NAME, exact: true })).toBeVisible();

		// And nothing was parsed out of the names as markup
		await expectNoInjectedMarkup(page);
	});

	test('show as literal text in the negotiation scripts', async ({ page }) => {
		// Given the two offers, and the negotiate page reached by its link
		await enterHostileOffers(page);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Negotiate' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Negotiate' })).toBeVisible();

		// When the formula-named offer is negotiated against the markup-named one
		await page.getByLabel('Offer to negotiate').selectOption({ label: FORMULA_NAME });
		await expect(page.getByRole('checkbox', { name: HTML_NAME, exact: true })).toBeChecked();

		// Then the scripts and talking points quote both names verbatim
		await expect(page.getByLabel('Email', { exact: true })).toHaveValue(
			new RegExp(`an offer from ${literal(HTML_NAME)}`)
		);
		await expect(page.getByLabel('Call script')).toHaveValue(new RegExp(literal(HTML_NAME)));
		await expect(
			page.getByRole('listitem').filter({ hasText: `${FORMULA_NAME}'s offer averages` })
		).toBeVisible();
		await expectNoInjectedMarkup(page);
	});

	test('are inert in the CSV export and exact in the JSON export', async ({ page }) => {
		// Given the two offers
		await enterHostileOffers(page);

		// When the year table is exported as CSV
		const csv = await downloadedText(page, 'Export year table (CSV)');
		expect(csv.file.suggestedFilename()).toBe('counteroffer-years.csv');
		const rows = csv.text.split('\r\n').filter((line) => line !== '');

		// Then the formula name is quoted so a spreadsheet reads it as text (RFC 4180 doubles
		// the quotes inside), the markup name is left as written, and no cell starts a formula
		const formulaRows = rows.filter((row) => row.startsWith(`"'=HYPERLINK(""x"")",USD,`));
		expect(formulaRows).toHaveLength(5); // years 1 to 4 and the total
		expect(formulaRows[0]).toMatch(/^"'=HYPERLINK\(""x""\)",USD,1,200000\.00,/);
		expect(rows.filter((row) => row.startsWith(`${HTML_NAME},USD,`))).toHaveLength(5);
		for (const row of rows) {
			expect(row).not.toMatch(/(^|,)"?[=+@\t]/);
		}

		// When the scenario is exported as JSON
		const json = await downloadedText(page, 'Export scenario (JSON)');
		expect(json.file.suggestedFilename()).toBe('counteroffer-scenario.json');

		// Then the names come back exactly as typed (JSON needs no neutralizing; it is data)
		const file = JSON.parse(json.text) as { offers: { name: string }[] };
		expect(file.offers.map((offer) => offer.name)).toEqual([HTML_NAME, FORMULA_NAME]);
	});
});

/** A literal string as a regular expression. */
function literal(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
