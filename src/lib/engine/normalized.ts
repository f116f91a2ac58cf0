/**
 * What the checks have already seen. `parseOffer` and `parseFx` remember the objects they
 * built, and `project` and `leaveAt` skip checking those again: a page re-projects the same
 * parsed offers on every keystroke. The sets live here, apart from the checks (zod), so that
 * code which only asks "was this checked?" does not download them.
 *
 * An object changed in place after parsing is the caller's responsibility; a copy is simply
 * checked again (unless it is marked, as `offerWithGrowth` does for the one field it changes).
 */
import type { Fx, Offer } from './types';

const offers = new WeakSet<object>();
const rates = new WeakSet<object>();

/** Records an offer the checks built (or an exact, checked copy of one). */
export function markNormalizedOffer(offer: Offer): void {
	offers.add(offer);
}

/**
 * True for an offer `parseOffer`/`parseScenario` produced (so it needs no second check).
 *
 * @example isNormalizedOffer({ name: 'Acme', location: 'austin', base: 1 }) // false: a raw offer
 */
export function isNormalizedOffer(value: unknown): value is Offer {
	return typeof value === 'object' && value !== null && offers.has(value);
}

/** Records an exchange rate `parseFx` built. */
export function markNormalizedFx(fx: Fx): void {
	rates.add(fx);
}

/** True for an exchange rate `parseFx`/`parseScenario` produced (it needs no second check). */
export function isNormalizedFx(value: unknown): value is Fx {
	return typeof value === 'object' && value !== null && rates.has(value);
}
