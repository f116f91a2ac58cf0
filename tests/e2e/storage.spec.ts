/**
 * When the browser will not save (storage full, private mode, storage blocked), the page must
 * still calculate, keep what was typed for the visit, and tell the person it cannot save.
 */
import type { Page } from '@playwright/test';
import { typeAcme } from './compare-page';
import { expect, test } from './fixtures';

/** The offer typed on the compare page is still there on the negotiate page. */
async function expectOfferOnNegotiatePage(page: Page) {
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Negotiate' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Negotiate' })).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: "Acme's offer averages $150,000 a year" })
	).toBeVisible();
}

test('with every write refused as over quota (private mode), results still appear and the page says it cannot save', async ({
	page
}) => {
	// Given a browser where every localStorage write throws QuotaExceededError
	await page.addInitScript(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});

	// When an offer is typed in
	await typeAcme(page);

	// Then the page says the scenario cannot be saved, and the offer follows to other pages
	await expect(page.getByText(/not letting the page save anything/)).toBeVisible();
	await expect(page.getByText(/Export a file to keep them/)).toBeVisible();
	await expectOfferOnNegotiatePage(page);
});

test('with the storage full, results still appear and the page says the changes were not saved', async ({
	page
}) => {
	// Given a browser whose storage takes small writes but not the scenario
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.startsWith('counteroffer:scenario')) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			setItem.call(this, key, value);
		};
	});

	// When an offer is typed in
	await typeAcme(page);

	// Then the page says the latest changes were not saved
	await expect(page.getByText(/storage for this site is full/)).toBeVisible();
	await expectOfferOnNegotiatePage(page);
});

test('with localStorage blocked (SecurityError), results still appear and the page says it cannot save', async ({
	page
}) => {
	// Given a browser where merely reading window.localStorage throws, as when storage is blocked
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
	});

	// When an offer is typed in
	await typeAcme(page);

	// Then the page says the scenario cannot be saved, and the offer follows to other pages
	await expect(page.getByText(/not letting the page save anything/)).toBeVisible();
	await expectOfferOnNegotiatePage(page);
});
