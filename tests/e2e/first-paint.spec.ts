/**
 * The order of a first visit (src/lib/server/paint-first.ts and the root layout): the page is
 * shown before any of its scripts is requested, and the service worker, whose install
 * downloads the whole site, is registered only once the page is hydrated.
 */
import { allPages, expect, test } from './fixtures';

test.describe('a first visit', () => {
	for (const { path } of allPages) {
		test(`${path} requests its scripts only after its first contentful paint`, async ({ page }) => {
			await page.goto(path);
			const { paintedAt, scripts } = await page.evaluate(() => ({
				paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				scripts: performance
					.getEntriesByType('resource')
					.filter((entry) => new URL(entry.name).pathname.startsWith('/_app/'))
					.map((entry) => ({ name: entry.name, startTime: entry.startTime }))
			}));
			expect(paintedAt).not.toBeNull();
			expect(scripts.length).toBeGreaterThan(0);
			expect(scripts.filter((script) => script.startTime < (paintedAt ?? 0))).toEqual([]);
		});
	}

	test('registers the service worker once the page is hydrated, not before', async ({ page }) => {
		await page.addInitScript(() => {
			const register = ServiceWorkerContainer.prototype.register;
			ServiceWorkerContainer.prototype.register = function (...args) {
				const hydrated = document.documentElement.dataset.hydrated === 'true';
				Object.assign(window, { registeredWhenHydrated: hydrated });
				return register.apply(this, args);
			};
		});
		await page.goto('/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		expect(
			await page.evaluate(
				() => (window as { registeredWhenHydrated?: boolean }).registeredWhenHydrated
			)
		).toBe(true);
	});
});
