/**
 * The promise of the service worker (src/service-worker.ts): after one visit, every page of the
 * site opens with the network off, scripts and charts included; and online, pages come from
 * the network first, so a new version is picked up on the next visit.
 */
import type { Page } from '@playwright/test';
import { allPages, expect, test } from './fixtures';

/** Waits until the service worker has cached the site and controls this tab. */
async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Whether at least one pixel of the canvas is not transparent. */
async function chartPainted(page: Page): Promise<boolean> {
	const chart = page.getByRole('img', { name: /Floating bar chart/ });
	await expect(chart).toHaveAttribute('data-rendered', 'true');
	return chart.evaluate((el) => {
		const canvas = el as HTMLCanvasElement;
		const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
		return pixels ? pixels.data.some((value, i) => i % 4 === 3 && value > 0) : false;
	});
}

test.describe('offline', () => {
	test('after one visit to /, every page opens with the network off', async ({ page, context }) => {
		// Given one visit to the home page only
		await page.goto('/');
		await waitForOfflineReady(page);

		// When the network goes away
		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);

		// Then every page, never visited before, still opens and runs its scripts
		for (const { path, heading } of allPages) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		}
		await page.goto('/market');
		expect(await chartPainted(page)).toBe(true);

		// And client-side navigation works too
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Methodology' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
		await context.setOffline(false);
	});

	test('a reload with the network off keeps the page and the saved work', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForOfflineReady(page);
		await page.evaluate(() => localStorage.setItem('counteroffer:offline-check', 'kept'));
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Compare offers' })).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('counteroffer:offline-check'))).toBe(
			'kept'
		);
		await context.setOffline(false);
	});

	test('online, a page comes from the network first, so an update shows on the next visit', async ({
		page,
		context
	}) => {
		// Given a visit that installed the service worker (and cached /about)
		await page.goto('/');
		await waitForOfflineReady(page);

		// When the server has a new version of /about (simulated by rewriting the response)
		await context.route('**/about', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('</h1>', ' (new version)</h1>');
			await route.fulfill({ response, body: html });
		});

		// Then the next visit shows it, although an older copy is in the cache
		await page.goto('/about');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Methodology (new version)' })
		).toBeVisible();
		await context.unroute('**/about');

		// And the worker keeps exactly one cache, named after the running build
		const cacheNames = await page.evaluate(() => caches.keys());
		expect(cacheNames).toHaveLength(1);
		expect(cacheNames[0]).toMatch(/^counteroffer-\d+$/);
	});
});
