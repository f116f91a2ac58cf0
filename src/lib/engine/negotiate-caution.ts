/**
 * The caution on an outsized ask: a talking point, first in the list, when the target is far
 * above what the offer pays. The ask itself is not capped (the contract defines it); the point
 * tells the person what such a gap usually means and what to check before countering.
 */
import type Decimal from 'decimal.js';
import { Dec } from './money';
import {
	competitorOffer,
	money,
	pct,
	targetFromCompetitor,
	theRole,
	type TextFacts
} from './negotiate-words';
import { offerFigure } from './negotiate-horizon';

/**
 * A target more than this % above the offer's average yearly total gets the caution. Our
 * threshold, not the guide's (it gives none): counter-offers commonly ask 10–20 % above an
 * offer, and companies rarely move much beyond that without re-leveling the role, so a gap
 * past 30 % is more often a mismatch of level or scope than room to negotiate. It compares the
 * target (what base, bonus and equity are asked to reach), not the asked average: a sign-on
 * for forfeited equity replaces a loss and does not make an ask outsized.
 */
export const CAUTION_ABOVE_PCT = 30;

/**
 * How far above, as a percentage, to as few decimals as keep it above the threshold: a gap of
 * 30.4 % is written "30.4%", never rounded to a "30%" that the threshold does not flag.
 *
 * @example aboveText(new Dec('171.315')) // '171%'
 */
function aboveText(above: Decimal): string {
	for (let places = 0; places < 4; places++) {
		const rounded = above.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
		if (rounded.greaterThan(CAUTION_ABOVE_PCT)) {
			return pct(rounded.toNumber());
		}
	}
	return pct(above.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toNumber());
}

/**
 * The caution, or '' when the target is no more than CAUTION_ABOVE_PCT % above the offer's
 * average (or there is no target: the modest ask is a few percent).
 *
 * @example cautionPoint(facts) // London £95,000 offer, target £257,750:
 * // "Caution: this ask aims at £257,750 a year, 171% above the offer's average of £95,000, an
 * // unusually large gap (Counteroffer flags a target more than 30% above the offer). A gap
 * // this size often means the offer was leveled lower than the Senior ML Engineer role you
 * // chose, or is for a different scope: confirm the level and scope with the recruiter before
 * // countering with the full figure, because a counter this far above the offer can end the
 * // conversation."
 */
export function cautionPoint(f: TextFacts): string {
	const { target, current } = f;
	// Not only a gap the base closes: a matched bonus target can close a large one by itself.
	if (target === null || !current.isPositive() || current.isZero()) {
		return '';
	}
	const above = target.minus(current).times(100).dividedBy(current);
	if (!above.greaterThan(CAUTION_ABOVE_PCT)) {
		return '';
	}
	const c = f.offer.currency;
	// A competing offer's figure says nothing of the role chosen here: the two offers may differ.
	const why =
		f.top && targetFromCompetitor(f)
			? `this offer is for a lower level or a different scope than ${competitorOffer(f, f.top)}`
			: `the offer was leveled lower than ${theRole(f.offer)} you chose, or is for a different scope`;
	return (
		`Caution: this ask aims at ${money(target, c)} a year, ${aboveText(above)} above ${offerFigure(money(current, c), f.years)}, an unusually large gap (Counteroffer flags a target more than ${pct(CAUTION_ABOVE_PCT)} above the offer). ` +
		`A gap this size often means ${why}: confirm the level and scope with the recruiter before countering with the full figure, because a counter this far above the offer can end the conversation.`
	);
}
