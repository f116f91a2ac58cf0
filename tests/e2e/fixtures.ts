/**
 * Shared Playwright fixtures. Every test that imports `test` from here fails if the page
 * sends a single request to an origin other than the app's own: salary data stays in the
 * browser, and the app uses no fonts, CDNs, analytics or APIs.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Resolves once the prerendered page has hydrated (the root layout marks <html>). */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

export const test = base.extend<{ foreignRequests: string[] }>({
	// A prerendered page is visible before its scripts run: a click or a keystroke before
	// hydration would be lost, so every navigation of the test's page waits for it.
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			await waitForHydration(page);
			return response;
		};
		page.reload = async (options) => {
			const response = await reload(options);
			await waitForHydration(page);
			return response;
		};
		await use(page);
	},
	foreignRequests: [
		async ({ page, baseURL }, use) => {
			const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const foreign: string[] = [];
			// Block as well as record, so a slip can never leak data even during a test run.
			await page.route('**/*', async (route) => {
				const url = route.request().url();
				if (
					url.startsWith('data:') ||
					url.startsWith('blob:') ||
					new URL(url).origin === ownOrigin
				) {
					await route.continue();
				} else {
					foreign.push(url);
					await route.abort();
				}
			});
			await use(foreign);
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Runs axe on the whole page (WCAG 2.x A and AA rules) and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}

/** Every page of the site, for tests that visit them all. */
export const allPages = [
	{ path: '/', heading: 'Compare offers' },
	{ path: '/cities', heading: 'Cities' },
	{ path: '/negotiate', heading: 'Negotiate' },
	{ path: '/market', heading: 'Market data' },
	{ path: '/about', heading: 'Methodology' }
] as const;
