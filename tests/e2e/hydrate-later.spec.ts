/**
 * Sections hydrated on their own, after the page (src/lib/hydrate-later), and the page's
 * scripts fetched after its first paint (src/lib/server/paint-first.ts): the prerendered page
 * must come alive unchanged, section by section, and every section must then work.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

const PAGES = ['/', '/cities', '/negotiate'];

/** The text of each late-hydrated section, in page order. */
function sectionTexts(page: Page): Promise<string[]> {
	return page
		.locator('.hydrate-later')
		.evaluateAll((boxes) => boxes.map((box) => (box as HTMLElement).innerText));
}

for (const path of PAGES) {
	test(`${path}: each late section comes alive as it was prerendered, with no mismatch`, async ({
		page,
		browser
	}) => {
		// The page as the HTML alone draws it, before (and without) any script.
		const plain = await browser.newContext({ javaScriptEnabled: false });
		const before = await plain.newPage();
		await before.goto(path);
		const prerendered = await sectionTexts(before);
		await plain.close();
		expect(prerendered.length).toBeGreaterThan(0);

		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning' || message.type() === 'error') {
				warnings.push(message.text());
			}
		});
		await page.goto(path);
		// Hydrated: every section is its own root now, with the same text it was prerendered with.
		expect(await sectionTexts(page)).toEqual(prerendered);
		expect(warnings.filter((text) => /hydrat/i.test(text))).toEqual([]);
	});
}

test('the page starts without preload links in the HTML, then fetches each script once', async ({
	page
}) => {
	const html = await (await page.request.get('/negotiate')).text();
	expect(html).not.toContain('rel="modulepreload"');

	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') {
			scripts.push(new URL(request.url()).pathname);
		}
	});
	await page.goto('/negotiate');
	expect(scripts.length).toBeGreaterThan(5);
	expect(new Set(scripts).size).toBe(scripts.length);
});

test('a late section reached by the app’s links is mounted at once, and works', async ({
	page
}) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Negotiate' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Negotiate' })).toBeVisible();
	await waitForHydration(page);
	// The ask and the scripts are in a late section; the stance is in another.
	const ask = page.getByRole('heading', { name: 'The ask' });
	await expect(ask).toBeVisible();
	const email = page.getByRole('textbox', { name: /email/i });
	const balanced = await email.inputValue();
	await page.getByLabel('Stance').selectOption('ambitious');
	await expect(email).not.toHaveValue(balanced);
});

/** A page of its own (the fixture's waits for hydration in goto), its scripts held back. */
async function pageHeldBeforeScripts(context: BrowserContext, path: string) {
	const page = await context.newPage();
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	return { page, release };
}

test('choices made before their section is hydrated are kept and used', async ({ context }) => {
	const cities = await pageHeldBeforeScripts(context, '/cities');
	await cities.page.getByLabel('Role').selectOption({ label: 'Data Scientist' });
	await cities.page.getByLabel('Level').selectOption({ index: 0 });
	const level = await cities.page.getByLabel('Level').inputValue();
	cities.release();
	await waitForHydration(cities.page);
	await expect(cities.page.getByLabel('Role')).toHaveValue('data-scientist');
	await expect(cities.page.getByLabel('Level')).toHaveValue(level);
	// Used, not only shown: the figures follow the choices.
	await expect(cities.page.getByRole('region', { name: /city by city/ })).toHaveAccessibleName(
		/^Data Scientist, /
	);

	const negotiate = await pageHeldBeforeScripts(context, '/negotiate');
	await negotiate.page.getByLabel('Stance').selectOption('ambitious');
	await negotiate.page.getByLabel('Example: Austin startup').uncheck();
	negotiate.release();
	await waitForHydration(negotiate.page);
	await expect(negotiate.page.getByLabel('Stance')).toHaveValue('ambitious');
	await expect(negotiate.page.getByLabel('Example: Austin startup')).not.toBeChecked();
	const market = negotiate.page.getByRole('region', { name: 'Where the offer sits' });
	await expect(market).toContainText('90th percentile');
	await expect(negotiate.page.getByRole('region', { name: 'Talking points' })).not.toContainText(
		'Austin startup'
	);
});
