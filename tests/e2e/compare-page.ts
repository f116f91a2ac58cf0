/**
 * The compare page (`/`) as tests use it: by role and label, the way a screen reader finds
 * things. One copy of these steps for every spec that types offers in.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The offer card titled `name` (each card is a region named by its heading). */
export const card = (page: Page, name: string): Locator =>
	page.getByRole('region', { name, exact: true });

/** The row of an offer in the headline figures table. */
export const headlineRow = (page: Page, name: string): Locator =>
	page
		.getByRole('table', { name: /Headline figures/ })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name }) });

/** Starts from an empty scenario: the example cleared, one blank offer. */
export async function startFresh(page: Page): Promise<void> {
	await page.goto('/');
	// The share link is filled in once the page is running: a click on the prerendered button
	// before that does nothing, and the example would stay.
	await expect(page.getByLabel('Share link', { exact: true })).toHaveValue(/#s=/);
	await page.getByRole('button', { name: 'Clear the example and start' }).click();
	await expect(card(page, 'Offer 1')).toBeVisible();
}

export interface OfferValues {
	name: string;
	location: string;
	base: string;
	bonus?: string;
	/** Role and level for the market comparison: ML Engineer, Mid when true. */
	market?: boolean;
}

/** Fills one offer card through its labelled fields, the name last (it renames the card). */
export async function fillOffer(page: Page, cardName: string, values: OfferValues): Promise<void> {
	const offer = card(page, cardName);
	if (values.market) {
		await offer.getByLabel('Role', { exact: true }).selectOption({ label: 'ML Engineer' });
		await offer.getByLabel('Level', { exact: true }).selectOption('mid');
	}
	await offer.getByLabel('Location', { exact: true }).selectOption({ label: values.location });
	await offer.getByLabel('Base salary', { exact: true }).fill(values.base);
	if (values.bonus) {
		await offer.getByLabel('Target bonus', { exact: true }).fill(values.bonus);
	}
	await offer.getByLabel('Company or label', { exact: true }).fill(values.name);
}
