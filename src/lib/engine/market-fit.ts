/**
 * Where an offer sits in the guide's market range, and a starting point to fill a new
 * offer from the market. The guide's ranges are total compensation (base + bonus + equity),
 * so an offer is placed by its average yearly total, not by its base.
 */
import { cents, Dec, type Money } from './money';
import { marketRange } from './market';
import type { Currency, LevelId, LocationId, RoleId } from './types';

export type MarketPlace = 'below' | 'inside' | 'above';

export interface MarketFit {
	place: MarketPlace;
	/** Position in the range as a percentile (0 at the low end, 100 at the high end), clamped 0..100. */
	percentile: number;
	low: Money;
	high: Money;
	currency: Currency;
	source: 'guide' | 'derived';
	openEnded: boolean;
}

/**
 * Places a yearly total in the market range for a role, level and location.
 * Returns null when the offer names no role or level, or the range is in another currency
 * than the amount (a GBP figure is never compared with a USD range without conversion).
 *
 * @example
 * // ML Engineer, mid, San Francisco: the guide's $200K–$280K. An average of $240,000 a year:
 * marketFit(new Dec(240000), 'USD', 'ml-engineer', 'mid', 'san-francisco')
 * // → { place: 'inside', percentile: 50, ... }
 */
export function marketFit(
	averageYearlyTotal: Money,
	currency: Currency,
	role: RoleId | undefined,
	level: LevelId | undefined,
	location: LocationId | undefined
): MarketFit | null {
	if (!role || !level) {
		return null;
	}
	const range = marketRange(role, level, location);
	if (!range || range.currency !== currency) {
		return null;
	}
	const { low, high } = range;
	const place: MarketPlace = averageYearlyTotal.lessThan(low)
		? 'below'
		: averageYearlyTotal.greaterThan(high)
			? 'above'
			: 'inside';
	const width = high.minus(low);
	const raw = width.isZero()
		? new Dec(place === 'below' ? 0 : 100)
		: averageYearlyTotal.minus(low).dividedBy(width).times(100);
	const percentile = Dec.max(0, Dec.min(100, raw)).toDecimalPlaces(0).toNumber();
	return {
		place,
		percentile,
		low,
		high,
		currency: range.currency,
		source: range.source,
		openEnded: range.openEnded
	};
}

/**
 * A starting base salary from the market: the middle of the range, rounded to the nearest
 * thousand. The range is total compensation, so this is a deliberately simple first guess
 * that the person then corrects with the offer's real base, bonus and equity.
 *
 * @example marketStartingBase('ml-engineer', 'mid', 'san-francisco') // 240000 (middle of $200K–$280K)
 */
export function marketStartingBase(
	role: RoleId,
	level: LevelId,
	location: LocationId | undefined
): Money | null {
	const range = marketRange(role, level, location);
	if (!range) {
		return null;
	}
	const middle = range.low.plus(range.high).dividedBy(2);
	return cents(middle.dividedBy(1000).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(1000));
}
