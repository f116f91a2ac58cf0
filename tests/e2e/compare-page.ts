/**
 * The compare page (`/`) as tests use it: by role and label, the way a screen reader finds
 * things. One copy of these steps for every spec that types offers in.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The offer card titled `name` (each card is a region named by its heading). */
export const card = (page: Page, name: string): Locator =>
	page.getByRole('region', { name, exact: true });

/**
 * Adds an offer with the "Add an offer" button, and waits for what the page does next: it
 * moves the focus to the new card's name, in the next frame. A step taken before that could
 * type into a field the focus then leaves.
 */
export async function addOffer(page: Page, name: string): Promise<void> {
	await page.getByRole('button', { name: 'Add an offer' }).click();
	await expect(card(page, name).getByLabel('Company or label', { exact: true })).toBeFocused();
}

/** The row of an offer in the headline figures table. */
export const headlineRow = (page: Page, name: string): Locator =>
	page
		.getByRole('table', { name: /Headline figures/ })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name }) });

/**
 * Scrolls to a section of the page by its heading, as a person would, and waits for it: the
 * sections below the results (charts, leaving early, share price, save and share) load when
 * they come near the screen, replacing a placeholder that is `aria-busy` until then.
 */
export async function reveal(page: Page, heading: string): Promise<void> {
	const section = page.getByRole('region', { name: heading, exact: true });
	// The placeholder can be swapped for the section while it is being scrolled to.
	await expect(async () => {
		await section.scrollIntoViewIfNeeded({ timeout: 1_000 });
		await expect(section).not.toHaveAttribute('aria-busy', 'true', { timeout: 1_000 });
	}).toPass();
}

/** Starts from an empty scenario: the example cleared, one blank offer. */
export async function startFresh(page: Page): Promise<void> {
	// The fixture's goto returns once the page has hydrated: a click on the prerendered button
	// before that would do nothing, and the example would stay.
	await page.goto('/');
	await page.getByRole('button', { name: 'Clear the example and start' }).click();
	// The button goes with the example: the keyboard's place moves to the blank offer's name.
	await expect(card(page, 'Offer 1').getByLabel('Company or label', { exact: true })).toBeFocused();
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

/** From an empty scenario, one offer: Acme, Austin, base 150,000, ML Engineer (Mid). */
export async function typeAcme(page: Page): Promise<void> {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', {
		name: 'Acme',
		location: 'Austin, TX',
		base: '150000',
		market: true
	});
	await expect(headlineRow(page, 'Acme')).toContainText('$150,000');
}

/**
 * The worked example, typed in from an empty scenario: base 150,000, bonus 10 %, an
 * RSU grant of 200,000 on `standard` (year 1 = 215,000, the cliff vest in month 12).
 */
export async function typeWorkedExample(page: Page): Promise<void> {
	await startFresh(page);
	await fillOffer(page, 'Offer 1', {
		name: 'Acme',
		location: 'Austin, TX',
		base: '150000',
		bonus: '10'
	});
	const acme = card(page, 'Acme');
	await acme.getByLabel('RSUs (shares)', { exact: true }).check();
	await acme.getByLabel('Grant value', { exact: true }).fill('200000');
}

/**
 * Holds back the page's checks (loaded when it is first used) until the returned function is
 * called, as a slow connection would: the script chunk whose text includes `marker` waits.
 * Use with the service worker blocked, so that the request reaches the network. On `/` the
 * checks bring zod (`__zod_globalConfig`); pages that load zod with them are told by the save
 * reader's message.
 */
export async function holdBackChecks(
	page: Page,
	marker = '__zod_globalConfig'
): Promise<() => void> {
	let release: () => void = () => undefined;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(marker)) {
			await released;
		}
		await route.fulfill({ response, body });
	});
	return release;
}
