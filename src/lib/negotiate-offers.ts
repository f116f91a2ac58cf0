/**
 * Which of the scenario's offers /negotiate works with. The offer marked "This is my current
 * job" on the compare page is neither an offer to negotiate nor a competing offer: it is what
 * you would leave, and what leaving costs goes in the forfeit field. Offers keep their index in
 * the scenario, so the page's choices (and the unticked competitors) stay put as it changes.
 */

/** An offer with its index in the scenario. */
export interface Indexed<T> {
	offer: T;
	index: number;
}

export interface NegotiateOffers<T> {
	/** Every offer but the current job: the ones that can be negotiated. */
	choices: Indexed<T>[];
	/** The offer to negotiate, or null when there is none (no offers, or only the current job). */
	chosen: Indexed<T> | null;
	/** The offers that may compete with it: every choice but the chosen one. */
	others: Indexed<T>[];
	/** The current job, left out, or null. */
	current: T | null;
}

/**
 * Splits the offers for the page. `wanted` is the index picked (or restored); when it is not a
 * choice (the current job, or an offer since removed), the first choice is negotiated.
 *
 * @example negotiateOffers(['OldCo', 'Acme', 'Beta'], 0, 0)
 * // { chosen: { offer: 'Acme', index: 1 }, others: [{ offer: 'Beta', index: 2 }], current: 'OldCo', … }
 */
export function negotiateOffers<T>(
	offers: readonly T[],
	currentIndex: number | null,
	wanted: number
): NegotiateOffers<T> {
	const choices = offers
		.map((offer, index) => ({ offer, index }))
		.filter(({ index }) => index !== currentIndex);
	const chosen = choices.find(({ index }) => index === wanted) ?? choices[0] ?? null;
	return {
		choices,
		chosen,
		others: choices.filter((choice) => choice !== chosen),
		current: currentIndex === null ? null : (offers[currentIndex] ?? null)
	};
}

/**
 * The index of the offer a saved choice names, among the offers that can be negotiated (a
 * current job of the same name is not it), or -1.
 *
 * @example indexByName([{ name: 'Acme' }, { name: 'Acme' }], 0, 'Acme') // 1
 */
export function indexByName(
	offers: readonly { name: string }[],
	currentIndex: number | null,
	name: string
): number {
	return offers.findIndex((offer, index) => index !== currentIndex && offer.name === name);
}
