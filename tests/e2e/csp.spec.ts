/**
 * The Content-Security-Policy (kit.csp in svelte.config.js, hash mode): every prerendered page
 * carries it, every page still hydrates under it with no violation, and it really refuses an
 * inline script without a hash and a request to another origin.
 */
import type { Page } from '@playwright/test';
import { card } from './compare-page';
import { allPages, expect, test } from './fixtures';

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
		});
	});
}

function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('Content-Security-Policy', () => {
	for (const { path } of allPages) {
		test(`${path} carries the policy in its prerendered HTML`, async ({ request }) => {
			const html = await (await request.get(path)).text();
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(policy).toBeDefined();
			const directives = new Map(
				(policy ?? '').split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)])
			);
			expect(directives.get('default-src')).toEqual(["'self'"]);
			expect(directives.get('connect-src')).toEqual(["'self'"]);
			expect(directives.get('object-src')).toEqual(["'none'"]);
			// Scripts: our own files plus hashes of the inline bootstrap, never 'unsafe-inline'.
			const scripts = directives.get('script-src') ?? [];
			expect(scripts[0]).toBe("'self'");
			expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
			// No directive names another origin: every source is a keyword, a hash or a scheme.
			for (const sources of directives.values()) {
				for (const source of sources) {
					expect(source).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/);
				}
			}
		});
	}

	test('every page hydrates with no violation', async ({ page }) => {
		await recordViolations(page);
		for (const { path, heading } of allPages) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			// Hydrated: SvelteKit's router handles the next click (no full page load).
			await page.waitForFunction(() => document.body.querySelector('main') !== null);
			expect(await violations(page), path).toEqual([]);
		}
		// The checks of what is typed (zod, loaded on first use) parse under the policy too.
		await page.goto('/');
		const startup = card(page, 'Example: Austin startup');
		await startup.getByLabel('Base salary', { exact: true }).fill('180000');
		await expect(
			page.getByRole('table', { name: 'Example: Austin startup: year by year (USD)' })
		).toContainText('$180,000');
		await startup.getByLabel('Base salary', { exact: true }).fill('lots');
		await expect(startup.getByText('Base salary must be a number')).toBeVisible();
		expect(await violations(page), 'while parsing input').toEqual([]);
		// The chart (chart.js, loaded on demand) still draws under the policy.
		await page.goto('/market');
		await expect(page.getByRole('img', { name: /Floating bar chart/ })).toHaveAttribute(
			'data-rendered',
			'true'
		);
		expect(await violations(page)).toEqual([]);
	});

	test('refuses an injected inline script and a request to another origin', async ({ page }) => {
		await recordViolations(page);
		await page.goto('/');
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injectedRan = true;';
			document.body.append(script);
			return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
		});
		expect(ran).toBe(false);
		const fetched = await page.evaluate(() =>
			fetch('https://example.com/leak').then(
				() => 'sent',
				() => 'refused'
			)
		);
		expect(fetched).toBe('refused');
		await expect
			.poll(() => violations(page))
			.toEqual(['script-src-elem blocked inline', 'connect-src blocked https://example.com/leak']);
	});
});
