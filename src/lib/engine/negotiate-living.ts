/**
 * The cost-of-living talking point: a target taken from a competing offer in a dearer city.
 * The ask still aims at that offer's figure (the contract's target rule); the point only warns
 * the person that the company may discount it, and where to see what it is worth here.
 */
import { locationById } from './market';
import {
	competitorAbove,
	competitorOffer,
	targetFromCompetitor,
	upperFirst,
	type TextFacts
} from './negotiate-words';
import type { Offer } from './types';

/** "in San Francisco, CA" or "remote", after "is". */
function where(offer: Offer): string {
	return offer.location === 'remote'
		? 'remote'
		: `in ${locationById(offer.location)?.name ?? offer.location}`;
}

/**
 * The point, or '' when it does not apply: the target is the best competing offer's average,
 * above this offer's, and that offer is in another location whose cost-of-living index (as set on the offer) is
 * higher than the negotiated offer's. Two offers in one city are never discounted for it.
 *
 * @example costOfLivingPoint(facts) // Austin offer, target from Beta AI in San Francisco:
 * // "Cost of living: Beta AI's offer is in San Francisco, CA (cost-of-living index 220), and
 * // this one is in Austin, TX (index 120). A company may not match a figure from a more
 * // expensive city one for one: the Cities page shows what that pay is worth in Austin, TX
 * // after tax and cost of living."
 */
export function costOfLivingPoint(f: TextFacts): string {
	const { top, offer } = f;
	if (
		top === null ||
		!targetFromCompetitor(f) ||
		// A weaker offer is not quoted (see the competing-offer point): nothing to discount.
		!competitorAbove(f, top) ||
		top.offer.location === offer.location ||
		top.offer.colIndex <= offer.colIndex
	) {
		return '';
	}
	const here = offer.location === 'remote' ? 'in a remote role' : where(offer);
	return (
		`Cost of living: ${upperFirst(competitorOffer(f, top))} is ${where(top.offer)} (cost-of-living index ${top.offer.colIndex}), and this one is ${where(offer)} (index ${offer.colIndex}). ` +
		`A company may not match a figure from a more expensive city one for one: the Cities page shows what that pay is worth ${here} after tax and cost of living.`
	);
}
