/**
 * An offer with another share-price growth: what the share-price sensitivity and the
 * break-even search ask about. It needs no zod (readers.ts), so the page that projects
 * parsed offers can ask it before the checks are loaded.
 */
import { isNormalizedOffer, markNormalizedOffer } from './normalized';
import { readNumber, type NumberSpec } from './readers';
import type { Offer } from './types';

/** The share price's yearly growth, as an offer's equity field reads it. */
export const GROWTH: NumberSpec = {
	label: 'Share price growth',
	example: '10',
	min: -100,
	max: 1000,
	unit: ' % a year',
	fallback: 0
};

/**
 * The offer with its grant's share price growing `growth` % a year (the same offer without
 * equity). The copy of a parsed offer counts as parsed when `growth` passes the field's own
 * check, the only thing that differs: the share-price sensitivity projects a dozen such copies
 * per keystroke, and checking each whole offer again was most of that work.
 *
 * @example offerWithGrowth(offer, 25).equity?.growthPct // 25
 */
export function offerWithGrowth(offer: Offer, growth: number): Offer {
	if (!offer.equity) {
		return offer;
	}
	const copy: Offer = { ...offer, equity: { ...offer.equity, growthPct: growth } };
	const read = readNumber(growth, GROWTH);
	if (isNormalizedOffer(offer) && read.ok && read.value === growth) {
		markNormalizedOffer(copy);
	}
	return copy;
}
