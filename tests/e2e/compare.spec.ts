import type { Page } from '@playwright/test';
import {
	addOffer,
	card,
	fillOffer,
	headlineRow,
	holdBackChecks,
	reveal,
	startFresh,
	typeAcme,
	typeWorkedExample
} from './compare-page';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('the first visit shows a worked example whose results are in the prerendered HTML', async ({
	browser
}) => {
	// Given a browser with JavaScript off, the page still shows the example's figures.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByText('This is a worked example')).toBeVisible();
	const table = page.getByRole('table', { name: 'Example: Bay Area AI lab: year by year (USD)' });
	await expect(table.getByRole('row', { name: /Year 1/ })).toContainText('$361,000.00');
	await context.close();
});

test('two offers typed in show their totals and which leads', async ({ page }) => {
	await typeWorkedExample(page);

	await addOffer(page, 'Offer 2');
	// "200k" is read as people mean it: 200,000.
	await fillOffer(page, 'Offer 2', { name: 'Globex', location: 'Seattle, WA', base: '200k' });

	// Worked by hand: Acme year 1 = 150,000 + 15,000 + 50,000 (cliff vest) = 215,000.
	await expect(headlineRow(page, 'Acme')).toContainText('$215,000');
	await expect(headlineRow(page, 'Globex')).toContainText('$200,000');
	// Over 4 years: Acme 4 × 215,000 = 860,000; Globex 800,000; lead 60,000 (7.5 %).
	await expect(
		page.getByText(/Acme leads on total compensation by \$60,000 \(7\.5% more\)/)
	).toBeVisible();
	await expectNoAxeViolations(page);
});

test('switching the vesting preset changes year 1', async ({ page }) => {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Acme', location: 'Austin, TX', base: '100000' });
	const acme = card(page, 'Acme');
	await acme.getByLabel('RSUs (shares)', { exact: true }).check();
	await acme.getByLabel('Grant value', { exact: true }).fill('200000');
	const year1 = page
		.getByRole('table', { name: 'Acme: year by year (USD)' })
		.getByRole('row', { name: /Year 1/ });
	await expect(year1).toContainText('$150,000.00'); // 100,000 + 25 % of 200,000
	await acme.getByLabel('Vesting schedule', { exact: true }).selectOption('amazon');
	await expect(year1).toContainText('$110,000.00'); // 100,000 + 5 % of 200,000
	await acme.getByLabel('Vesting schedule', { exact: true }).selectOption('back-loaded');
	await expect(year1).toContainText('$120,000.00'); // 100,000 + 10 % of 200,000
});

test('a bad value is marked at its field and the results keep the last valid values', async ({
	page
}) => {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Acme', location: 'Austin, TX', base: '150000' });
	// The offer's results are on screen (its first edits are read when the checks arrive).
	await expect(headlineRow(page, 'Acme')).toContainText('$150,000');
	const base = card(page, 'Acme').getByLabel('Base salary', { exact: true });
	await base.fill('-5');
	await expect(base).toHaveAttribute('aria-invalid', 'true');
	// The description reads the unit beside the box, then the sentence about the value
	await expect(base).toHaveAccessibleDescription(/^USD per year Base salary .+/);
	await expect(headlineRow(page, 'Acme')).toContainText('last valid values');
	await expect(headlineRow(page, 'Acme')).toContainText('$150,000');
});

test('a bad setting keeps its last valid value, and the other settings still apply', async ({
	page
}) => {
	await page.goto('/');
	const spending = page.getByLabel('Yearly spending', { exact: true });
	await spending.fill('-1');
	await expect(spending).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Horizon', { exact: true }).fill('3');
	await expect(page.getByRole('table', { name: /Headline figures over 3 years/ })).toBeVisible();
	await expect(
		page.getByText(
			'Until the yearly spending is fixed, the results use its last valid value; the other settings apply as you change them.'
		)
	).toBeVisible();
	await spending.fill('60000');
	await expect(page.getByText(/Until the yearly spending is fixed/)).toHaveCount(0);
});

test('offers come back after a reload', async ({ page }) => {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Initech', location: 'Boston, MA', base: '123456' });
	await expect(headlineRow(page, 'Initech')).toContainText('$123,456');
	await page.reload();
	await expect(card(page, 'Initech').getByLabel('Base salary', { exact: true })).toHaveValue(
		'123456'
	);
	await expect(headlineRow(page, 'Initech')).toContainText('$123,456');
});

test('an offer still being typed, and an edit that does not read yet, come back after a reload as typed', async ({
	page
}) => {
	// Given a saved offer, a second one typed without its location, and the first one's base
	// salary mistyped
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Initech', location: 'Boston, MA', base: '123456' });
	await expect(headlineRow(page, 'Initech')).toContainText('$123,456');
	await addOffer(page, 'Offer 2');
	const second = card(page, 'Offer 2');
	await second.getByLabel('Base salary', { exact: true }).fill('120000');
	await second.getByLabel('Company or label', { exact: true }).fill('Half typed');
	await card(page, 'Initech').getByLabel('Base salary', { exact: true }).fill('123,456');
	const location = card(page, 'Half typed').getByLabel('Location', { exact: true });
	await expect(location).toHaveAccessibleDescription(/Choose a location/);

	// When the page is reloaded
	await page.reload();

	// Then both are there as typed, still saying what is missing, with the last valid results
	await expect(card(page, 'Half typed').getByLabel('Base salary', { exact: true })).toHaveValue(
		'120000'
	);
	await expect(location).toHaveAccessibleDescription(/Choose a location/);
	await expect(card(page, 'Initech').getByLabel('Base salary', { exact: true })).toHaveValue(
		'123,456'
	);
	await expect(headlineRow(page, 'Initech')).toContainText('$123,456');
});

test('a typo keeps the results of the value from before the edit, not of what was read on the way', async ({
	page
}) => {
	await page.goto('/');
	const row = headlineRow(page, 'Example: Bay Area AI lab');
	const before = await row.textContent();
	// "150 000" reads as 1, 15 and 150 on the way, then as nothing: the results stay as they were.
	const base = card(page, 'Example: Bay Area AI lab').getByLabel('Base salary', { exact: true });
	await base.selectText();
	await base.pressSequentially('150 000');
	await expect(base).toHaveAttribute('aria-invalid', 'true');
	await expect(row).toContainText('last valid values');
	expect((await row.textContent())?.replace('last valid values', '')).toBe(before);
	// A value typed and left (Tab) is what a later typo falls back to.
	await base.fill('250000');
	await base.press('Tab');
	await expect(row).not.toContainText('last valid values');
	const settled = await row.textContent();
	expect(settled).not.toBe(before);
	await base.selectText();
	await base.pressSequentially('250 000');
	await expect(row).toContainText('last valid values');
	expect((await row.textContent())?.replace('last valid values', '')).toBe(settled);
	// The same for the horizon: "11" reads as 1 on the way.
	const horizon = page.getByLabel('Horizon', { exact: true });
	await horizon.selectText();
	await horizon.pressSequentially('11');
	await expect(horizon).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('table', { name: /Headline figures over 4 years/ })).toBeVisible();
});

test('a share link opens the same numbers in a fresh browser', async ({ page, browser }) => {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Hooli', location: 'London, UK', base: '95000' });
	await expect(headlineRow(page, 'Hooli')).toContainText('£95,000');
	const link = await page.getByLabel('Share link', { exact: true }).inputValue();
	expect(link).toMatch(/#s=[A-Za-z0-9_-]+$/);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
	await expect(headlineRow(other, 'Hooli')).toContainText('£95,000');
	// The fragment is removed once read, so a reload does not ask again.
	await expect(other).toHaveURL(/\/$/);
	await fresh.close();
});

/**
 * Saved work (Pied Piper, £120,000) and the fragment of a share link to other work (Hooli,
 * £95,000), as a person has them when a colleague's link arrives.
 */
async function savedWorkAndOtherLink(page: Page): Promise<string> {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Hooli', location: 'London, UK', base: '95000' });
	const link = await page.getByLabel('Share link', { exact: true }).inputValue();
	await fillOffer(page, 'Hooli', { name: 'Pied Piper', location: 'London, UK', base: '120000' });
	await expect(headlineRow(page, 'Pied Piper')).toContainText('£120,000');
	return link.slice(link.indexOf('#'));
}

test('a share link pasted into the address of a tab already on / is opened', async ({ page }) => {
	const fragment = await savedWorkAndOtherLink(page);
	// Read far down the page, where the question's place at the top is screens away.
	await reveal(page, 'Save, share and export');
	// Only the fragment changes: the browser does not load the page again.
	await page.evaluate((hash) => (location.hash = hash), fragment);
	const question = page.getByRole('alertdialog');
	await expect(question).toContainText('This link holds a different scenario');
	// The question takes the focus, which brings it on screen.
	await expect(question).toBeFocused();
	await expect(question).toBeInViewport();
	await page.getByRole('button', { name: 'Open the shared scenario' }).click();
	await expect(headlineRow(page, 'Hooli')).toContainText('£95,000');
	await expect(page).toHaveURL(/\/$/);
	// The address the link left behind is one the app's history understands.
	await page.getByRole('link', { name: 'Cities', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cities');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare offers');
});

test('a share link opened on /cities over saved work asks there first', async ({ page }) => {
	const fragment = await savedWorkAndOtherLink(page);
	await page.goto('/cities' + fragment);
	await expect(page.getByRole('alertdialog')).toContainText('This link holds a different scenario');
	await page.getByRole('button', { name: 'Keep mine' }).click();
	await expect(page.getByText('Kept your saved scenario')).toBeVisible();
	await page.goto('/');
	await expect(headlineRow(page, 'Pied Piper')).toContainText('£120,000');
});

test('no share link or file for an offer not complete yet, and the link says whom it leaves out', async ({
	page
}) => {
	// Given the example cleared: one blank offer
	await startFresh(page);
	await reveal(page, 'Save, share and export');
	// Then there is no link that could not be opened again, and nothing to export
	const link = page.getByLabel('Share link');
	await expect(link).toHaveValue('');
	await expect(link).toHaveAttribute('placeholder', /appears once an offer has a name/);
	await expect(page.getByRole('button', { name: 'Copy share link' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Export scenario (JSON)' })).toBeDisabled();

	// When one offer is complete and a second has only its name
	await fillOffer(page, 'Offer 1', { name: 'Umbrella', location: 'Austin, TX', base: '111000' });
	await addOffer(page, 'Offer 2');
	await page.keyboard.type('Half typed');
	// Then the link holds the complete one, and says it leaves the other out
	await expect(link).toHaveValue(/#s=/);
	await expect(link).toHaveAccessibleDescription(
		'The link and the exported file leave out Half typed: it needs a name, a location and a base salary first.'
	);
	await expect(page.getByRole('button', { name: 'Export scenario (JSON)' })).toBeEnabled();
});

test('a broken share link says so and keeps the saved scenario', async ({ page }) => {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Umbrella', location: 'Austin, TX', base: '111000' });
	await expect(headlineRow(page, 'Umbrella')).toContainText('$111,000');
	await page.goto('/#s=not-a-real-link');
	await expect(page.getByText(/share link/i).first()).toBeVisible();
	await expect(headlineRow(page, 'Umbrella')).toContainText('$111,000');
});

test('importing a broken file lists the reasons and changes nothing', async ({ page }) => {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Vandelay', location: 'Austin, TX', base: '99000' });
	await page.getByLabel('Import a scenario file (JSON)', { exact: true }).setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ version: 1, offers: [{ name: 'X', base: 'lots' }] }))
	});
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('nothing was changed');
	await expect(alert).toContainText(/base salary/i);
	await expect(headlineRow(page, 'Vandelay')).toContainText('$99,000');
});

test('the after-tax view shows tax and take-home', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('After tax', { exact: true }).check();
	const table = page.getByRole('table', { name: 'Example: Bay Area AI lab: year by year (USD)' });
	await expect(table.getByRole('columnheader', { name: 'Take-home' })).toBeVisible();
	await expect(table.getByRole('columnheader', { name: 'Tax', exact: true })).toBeVisible();
	await expect(page.getByText(/leads after tax by/)).toBeVisible();
	// The startup's options are left out of take-home, and the page says so beside the figures.
	const note = page.locator('p').filter({ hasText: 'Options are not in the after-tax figures' });
	await expect(note).toContainText('(Example: Austin startup): they are taxed when you exercise');
	await page.getByLabel('Total compensation', { exact: true }).check();
	await expect(note).toHaveCount(0);
});

test('leaving at month 11 forfeits the whole grant; month 12 gets the cliff', async ({ page }) => {
	await typeWorkedExample(page);
	await reveal(page, 'If you leave early');
	const slider = page.getByLabel('Leave after (months)', { exact: true });
	await slider.focus();
	await page.keyboard.press('ArrowLeft'); // from 12 to 11
	const row = page.getByRole('table', { name: /Leaving/ }).getByRole('row', { name: /Acme/ });
	// 11 months of (150,000 + 15,000) / 12 = 151,250; all 200,000 forfeited.
	await expect(row).toContainText('$151,250.00');
	await expect(row).toContainText('$200,000.00');
	await page.keyboard.press('ArrowRight'); // month 12: 165,000 + the 50,000 cliff vest
	await expect(row).toContainText('$215,000.00');
	await expect(row).toContainText('$150,000.00');
});

test('a removed offer can be brought back with undo', async ({ page }) => {
	await page.goto('/');
	const lab = card(page, 'Example: Bay Area AI lab');
	await lab.getByRole('button', { name: 'Remove' }).click();
	await expect(lab).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(card(page, 'Example: Bay Area AI lab')).toBeVisible();
});

test('from the keyboard, removing an offer or adding a year keeps the focus where you work', async ({
	page
}) => {
	await page.goto('/');
	const lab = card(page, 'Example: Bay Area AI lab');
	// Each button is named with its offer, for a list of the page's buttons.
	await lab.getByRole('button', { name: 'Remove Example: Bay Area AI lab', exact: true }).focus();
	await page.keyboard.press('Enter');
	// The next offer's name, not the start of the page.
	const startup = card(page, 'Example: Austin startup');
	await expect(startup.getByLabel('Company or label', { exact: true })).toBeFocused();
	await expect(page.getByText('Removed Example: Bay Area AI lab.')).toBeVisible();
	// Undo brings it back, with the focus on its name.
	await page.getByRole('button', { name: 'Undo' }).focus();
	await page.keyboard.press('Enter');
	await expect(lab.getByLabel('Company or label', { exact: true })).toBeFocused();
	await lab.getByRole('button', { name: 'Remove' }).focus();
	await page.keyboard.press('Enter');
	// The focus moves in the next frame: a step taken before it could have it taken away.
	await expect(startup.getByLabel('Company or label', { exact: true })).toBeFocused();

	await startup.getByRole('button', { name: 'Add a year' }).first().focus();
	await page.keyboard.press('Enter');
	const year2 = startup.getByLabel('Sign-on, year 2', { exact: true });
	await expect(year2).toBeFocused();
	await page.keyboard.type('10000');
	await expect(year2).toHaveValue('10000');
	// Removing the only extra year takes its button away: the focus goes back to "Add a year".
	await startup.getByRole('button', { name: 'Remove year 2' }).focus();
	await page.keyboard.press('Enter');
	await expect(startup.getByRole('button', { name: 'Add a year' }).first()).toBeFocused();

	// The last offer removed: "Add an offer".
	await startup.getByRole('button', { name: 'Remove' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Add an offer' })).toBeFocused();
});

test('prints as a one-page summary: the verdict and the tables, not the forms', async ({
	page
}) => {
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('table', { name: /Headline figures/ })).toBeVisible();
	await expect(
		page.getByRole('table', { name: 'Example: Bay Area AI lab: year by year (USD)' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your offers' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print summary' })).toBeHidden();
	// The PDF Chromium prints has exactly one page.
	const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
	expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
});

test('fills an empty base from the market range, and never a typed one', async ({ page }) => {
	await startFresh(page);
	const offer = card(page, 'Offer 1');
	await offer.getByLabel('Role', { exact: true }).selectOption({ label: 'ML Engineer' });
	await offer.getByLabel('Level', { exact: true }).selectOption('mid');
	await offer.getByLabel('Location', { exact: true }).selectOption({ label: 'Austin, TX' });
	// The guide's own figure for an ML Engineer (Mid) in Austin: $140K–$200K, middle 170,000.
	// Its location table does not say what it counts, and the note says so.
	await expect(offer).toContainText('Market range (from the guide): $140,000–$200,000 a year.');
	await expect(offer).toContainText('does not say whether it is base pay or total compensation');
	await offer.getByRole('button', { name: 'Fill base from market data' }).click();
	await expect(offer.getByLabel('Base salary', { exact: true })).toHaveValue('170000');
	await expect(offer.getByRole('button', { name: 'Fill base from market data' })).toBeHidden();
	await expect(offer).toContainText('This offer averages the 50th percentile of it');
});

test('marking the current job shows each other offer’s difference from it, with its total', async ({
	page
}) => {
	await page.goto('/');
	await card(page, 'Example: Bay Area AI lab').getByLabel('This is my current job').check();
	const table = page.getByRole('table', { name: 'Example: Austin startup: year by year (USD)' });
	await expect(table.getByRole('columnheader', { name: 'vs current job' })).toBeVisible();
	// Year 1: 215,000 − 361,000; over 4 years: 909,121.06 − 1,429,000 = −519,878.94.
	await expect(table.getByRole('row', { name: /^Year 1 / })).toContainText('-$146,000.00');
	await expect(table.getByRole('row', { name: /^Total / })).toContainText('-$519,878.94');
});

test('reads an amount typed with thousands separators and a currency sign', async ({ page }) => {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Acme', location: 'Austin, TX', base: '$200,000' });
	const base = card(page, 'Acme').getByLabel('Base salary', { exact: true });
	await expect(base).not.toHaveAttribute('aria-invalid', 'true');
	await expect(headlineRow(page, 'Acme')).toContainText('$200,000');
	// Pounds typed into a dollar offer are not taken for dollars: the field says why.
	await base.fill('£30,000');
	await expect(base).toHaveAttribute('aria-invalid', 'true');
	await expect(base).toHaveAccessibleDescription(
		/This offer is paid in USD: type the amount without “£”, or change the offer's currency\./
	);
	await expect(headlineRow(page, 'Acme')).toContainText('$200,000');
});

test('leaving early shows what is kept once a sign-on is paid back', async ({ page }) => {
	// The worked example's Bay Area lab: base 210,000, bonus 10 %, sign-on 30,000.
	await page.goto('/');
	await reveal(page, 'If you leave early');
	const slider = page.getByLabel('Leave after (months)', { exact: true });
	await slider.focus();
	await page.keyboard.press('ArrowLeft'); // from 12 to 11
	const row = page
		.getByRole('table', { name: /Leaving/ })
		.getByRole('row', { name: /Example: Bay Area AI lab/ });
	// Received 11/12 × 231,000 + 30,000 = 241,750; repaid 30,000 × 1/12 = 2,500; kept 239,250.
	await expect(row).toContainText('$241,750.00');
	await expect(row).toContainText('$2,500.00');
	await expect(row).toContainText('$239,250.00');
});

test('an imported file replaces the offers, and one click undoes it', async ({ page }) => {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', { name: 'Mine', location: 'Austin, TX', base: '123000' });
	await expect(headlineRow(page, 'Mine')).toContainText('$123,000');
	const file = { version: 1, offers: [{ name: 'Imported Co', location: 'boston', base: 99000 }] };
	await page.getByLabel('Import a scenario file (JSON)', { exact: true }).setInputFiles({
		name: 'offers.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await expect(headlineRow(page, 'Imported Co')).toContainText('$99,000');
	await expect(page.getByRole('status').filter({ hasText: 'Imported offers.json.' })).toHaveText(
		/^\s*Imported offers\.json\. It replaced your offers\.\s*Undo the import\s*$/
	);
	// A second file that is refused changes nothing: the first import can still be undone
	await page.getByLabel('Import a scenario file (JSON)', { exact: true }).setInputFiles({
		name: 'newer.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...file, version: 2 }))
	});
	await expect(
		page.getByRole('alert').filter({ hasText: 'This file was not imported' })
	).toBeVisible();
	await expect(headlineRow(page, 'Imported Co')).toContainText('$99,000');
	await page.getByRole('button', { name: 'Undo the import' }).click();
	await expect(headlineRow(page, 'Mine')).toContainText('$123,000');
	await expect(page.getByText('The import was undone: your offers are back.')).toBeVisible();
	// And the undone state is what is saved.
	await page.reload();
	await expect(headlineRow(page, 'Mine')).toContainText('$123,000');
});

test('the name of a new offer is selected, so what is typed replaces "Offer 2"', async ({
	page
}) => {
	await startFresh(page);
	await page.keyboard.type('Seattle BigCo');
	await expect(card(page, 'Seattle BigCo').getByRole('heading', { level: 3 })).toBeVisible();
	await addOffer(page, 'Offer 2');
	await page.keyboard.type('London Ltd');
	await expect(
		card(page, 'London Ltd').getByLabel('Company or label', { exact: true })
	).toHaveValue('London Ltd');
});

test('a new offer asks for its required fields only once you start on it', async ({ page }) => {
	await startFresh(page);
	const offer = card(page, 'Offer 1');
	await expect(offer.getByText(/is required/)).toHaveCount(0);
	await offer.getByLabel('Location', { exact: true }).selectOption({ label: 'Austin, TX' });
	const base = offer.getByLabel('Base salary', { exact: true });
	await expect(base).toHaveAccessibleDescription(/Base salary is required/);
	await expect(base).toHaveAttribute('aria-invalid', 'true');

	// Started from the base instead, the location box asks for a city in words.
	await addOffer(page, 'Offer 2');
	const second = card(page, 'Offer 2');
	await second.getByLabel('Base salary', { exact: true }).fill('120000');
	await expect(second.getByLabel('Location', { exact: true })).toHaveAccessibleDescription(
		/^Choose a location: it sets the cost of living and the tax region\.$/
	);
});

/** Resolves after two frames: time for the browser to deliver what it observed. */
const twoFrames = () =>
	new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

test.describe('sections below the results', () => {
	// A phone: the charts and the tables after the year tables are screens away from the top.
	test.use({ viewport: { width: 390, height: 844 } });

	test('load when the person scrolls to them, and pass axe', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Charts', exact: true })).toBeAttached();
		// Nothing drawn and no chart.js yet: the first visit does not pay for what it cannot see.
		await expect(page.locator('canvas')).toHaveCount(0);
		await expect(page.getByLabel('Leave after (months)', { exact: true })).toHaveCount(0);

		await reveal(page, 'Charts');
		const chart = page.getByRole('img', { name: /^Stacked bar chart/ });
		await expect(chart).toHaveAttribute('data-rendered', 'true');
		await reveal(page, 'If you leave early');
		await expect(page.getByLabel('Leave after (months)', { exact: true })).toHaveValue('12');
		await reveal(page, 'If the share price moves');
		await reveal(page, 'Save, share and export');
		await expect(page.getByLabel('Share link', { exact: true })).toHaveValue(/#s=/);
		await expectNoAxeViolations(page);
	});

	test('a chart far from the screen is redrawn when it comes near again', async ({ page }) => {
		await page.goto('/');
		await reveal(page, 'Charts');
		const chart = page.getByRole('img', { name: /^Stacked bar chart/ });
		await expect(chart).toHaveAttribute('data-rendered', 'true');
		// Typing in an offer, screens above the chart: the chart waits instead of redrawing.
		const base = card(page, 'Example: Bay Area AI lab').getByLabel('Base salary', { exact: true });
		await base.scrollIntoViewIfNeeded();
		// Two frames, so the browser has told the chart it is now far from the screen.
		await page.evaluate(twoFrames);
		await base.fill('220000');
		await page.evaluate(twoFrames);
		await expect(chart).toHaveAttribute('data-pending', '');
		await chart.scrollIntoViewIfNeeded();
		await expect(chart).not.toHaveAttribute('data-pending');
	});

	test('the share-price table far from the screen waits, and is worked out when it comes near', async ({
		page
	}) => {
		await page.goto('/');
		await reveal(page, 'If the share price moves');
		const section = page.getByRole('region', { name: 'If the share price moves', exact: true });
		const noChange = section.getByRole('row', { name: /^0%/ });
		await expect(noChange).toContainText('$1,429,000');
		// Typing in an offer, screens above the table: the table keeps its figures and says so.
		const base = card(page, 'Example: Bay Area AI lab').getByLabel('Base salary', { exact: true });
		await base.scrollIntoViewIfNeeded();
		await page.evaluate(twoFrames);
		await base.fill('220000');
		await expect(section.locator('[aria-busy="true"]')).toBeAttached();
		await expect(noChange).toContainText('$1,429,000');
		// A view changed meanwhile is waited for too: the caption and figures change together.
		await page.getByLabel('After tax', { exact: true }).check();
		await expect(section.getByRole('table')).toHaveAccessibleName(/^Total compensation over/);
		// Back near it: the figures after tax, with 10,000 more base and its 10 % bonus.
		await section.scrollIntoViewIfNeeded();
		await expect(section.getByRole('table')).toHaveAccessibleName(/^After tax over/);
		await expect(noChange).not.toContainText('$1,429,000');
		await expect(section.locator('[aria-busy="true"]')).toHaveCount(0);
	});

	test('keep what is at the top of the screen in place while they load', async ({ page }) => {
		await page.goto('/');
		// Straight to the end of the page, before anything below the results has loaded.
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		// What is being read is what is at the top of the screen: the section that crosses it.
		const topOfScreen = () =>
			page.evaluate(() => {
				const crossing = [...document.querySelectorAll('section')].filter((section) => {
					const box = section.getBoundingClientRect();
					return box.top <= 0 && box.bottom > 0;
				});
				const section = crossing[crossing.length - 1];
				return {
					id: section?.getAttribute('aria-labelledby') ?? '',
					top: section?.getBoundingClientRect().top ?? NaN
				};
			});
		const before = await topOfScreen();
		expect(before.id).not.toBe('');
		for (const name of [
			'If you leave early',
			'If the share price moves',
			'Save, share and export'
		]) {
			await expect(page.getByRole('region', { name, exact: true })).toHaveAttribute(
				'aria-busy',
				'false'
			);
		}
		await page.evaluate(twoFrames);
		// The sections loaded above and inside it: the browser's scroll anchoring kept it put.
		const after = await topOfScreen();
		expect(after.id).toBe(before.id);
		expect(Math.abs(after.top - before.top)).toBeLessThan(2);
	});

	test('a reload brings back the heading that was being read, where it was', async ({ page }) => {
		await startFresh(page);
		await fillOffer(page, 'Offer 1', { name: 'Acme', location: 'Austin, TX', base: '150000' });
		for (const name of ['If you leave early', 'Save, share and export']) {
			// Read down to the section (the ones above it load on the way), then reload.
			const heading = page.getByRole('heading', { name, exact: true });
			await reveal(page, name);
			await heading.evaluate((el) => el.scrollIntoView());
			await page.evaluate(twoFrames);
			const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
			await page.reload();
			// Back where it was once the sections are in: a section that settles a frame late can
			// first move it by a line, and the page then puts it back, to within a pixel (scrolling
			// is in whole pixels here, layout in fractions of one).
			await expect
				.poll(
					async () =>
						Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - top),
					{ message: name }
				)
				.toBeLessThan(1);
		}
	});

	test('Back from another page brings back the heading that was being read', async ({ page }) => {
		await page.goto('/');
		const heading = page.getByRole('heading', { name: 'If the share price moves', exact: true });
		await reveal(page, 'If the share price moves');
		await heading.evaluate((el) => el.scrollIntoView());
		await page.evaluate(twoFrames);
		const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
		// Leaving from here (a link followed from the keyboard or a screen reader's list of
		// links does not scroll to the top first), then coming back.
		await page
			.getByRole('link', { name: 'Cities', exact: true })
			.evaluate((link: HTMLElement) => link.click());
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cities');
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare offers');
		// SvelteKit scrolls back in pixels over guessed heights; the next frames correct it, to
		// within a pixel (layout is in fractions of one: a heading at -0.3 is where it was at 0).
		const topNow = () => heading.evaluate((el) => el.getBoundingClientRect().top);
		await expect.poll(async () => Math.abs((await topNow()) - top)).toBeLessThan(1);
	});

	test('load at the first key pressed, so the tab order has them', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Leave after (months)', { exact: true })).toBeAttached();
		await expect(page.getByRole('button', { name: 'Export scenario (JSON)' })).toBeAttached();
	});
});

test.describe('the checks, loaded when the page is first used', () => {
	// Without the service worker, so that the checks' request reaches the network (and this
	// test's route, which holds it back).
	test.use({ serviceWorkers: 'block' });

	test('a save waits for them, with the form inert, and nothing typed is lost', async ({
		page
	}) => {
		await typeAcme(page);
		const release = await holdBackChecks(page);
		await page.reload();
		await expect(page.getByText('Opening your saved scenario…')).toBeVisible();
		// The example is on screen meanwhile, but it cannot be typed into: the save would replace it.
		await expect(page.getByRole('heading', { name: 'Example: Bay Area AI lab' })).toBeVisible();
		const base = card(page, 'Example: Bay Area AI lab').getByLabel('Base salary', { exact: true });
		await base.focus();
		await expect(base).not.toBeFocused();
		release();
		await expect(headlineRow(page, 'Acme')).toContainText('$150,000');
		await expect(page.getByText('Opening your saved scenario…')).toHaveCount(0);
		await expect(card(page, 'Acme').getByLabel('Base salary', { exact: true })).toBeEditable();
	});
});

test.describe('a section that cannot be loaded', () => {
	// Without the service worker, so that the failed request reaches the network.
	test.use({ serviceWorkers: 'block' });

	test('says so, keeps what is typed, and reads it once the connection is back', async ({
		page
	}) => {
		await page.goto('/');
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await reveal(page, 'If you leave early');
		const leaving = page.getByRole('region', { name: 'If you leave early' });
		await expect(leaving.getByRole('alert')).toHaveText(/could not be loaded/);
		// The checks of what is typed load on first use: they cannot either. The page says so
		// and keeps what was typed.
		const base = card(page, 'Example: Bay Area AI lab').getByLabel('Base salary', { exact: true });
		await base.fill('220000');
		await expect(
			page.getByRole('alert').filter({ hasText: /cannot be checked yet/ })
		).toBeVisible();
		await expect(base).toHaveValue('220000');
		// The connection comes back: the next key press reads it. Year 1 of the example: 361,000;
		// a base 10,000 higher adds 10,000 and its 10 % bonus.
		await page.unroute('**/_app/immutable/**');
		await base.press('End');
		await base.pressSequentially('0');
		await base.press('Backspace');
		const table = page.getByRole('table', { name: 'Example: Bay Area AI lab: year by year (USD)' });
		await expect(table.getByRole('row', { name: /Year 1/ })).toContainText('$372,000.00');
		await expect(page.getByText(/cannot be checked yet/)).toHaveCount(0);
	});
});
