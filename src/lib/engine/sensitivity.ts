/**
 * Sensitivity to the share price: which offer would lead if the equity grew (or fell) at
 * another rate than the one entered, and at what yearly growth a trailing offer with equity
 * would catch the leader. Offers without equity are unaffected by the share price.
 */
import { rankOffers, type CompareView, type Ranking } from './compare';
import type { Money } from './money';
import { ProjectionCache } from './projection-cache';
import type { Currency, Fx, Household, Offer } from './types';

export interface SensitivityRow {
	/** The yearly share-price change applied to every offer's equity, in %. */
	growthPct: number;
	/** Each offer's figure over the horizon in USD, in the order the offers were given. */
	totalsUsd: Money[];
	/** Index (in the given order) of the offer that leads at this growth. */
	leaderIndex: number;
}

export interface CatchUp {
	index: number;
	/** The yearly growth of this offer's shares at which it would lead, in %; null if none up to 1,000 %. */
	growthPct: number | null;
}

export interface SensitivityOptions {
	years: number;
	fx: Fx;
	household?: Household;
	view?: CompareView;
	/**
	 * Projections kept between calls. A page passes the same cache on every change, so a
	 * keystroke in one offer re-projects that offer only; without one, each call still
	 * projects every offer once per growth rate it needs, never once per question.
	 */
	cache?: ProjectionCache;
}

/** Growth rates a person can picture: a crash, a dip, flat, steady growth, a boom. */
export const DEFAULT_GROWTHS = [-50, -25, 0, 10, 25, 50, 100] as const;

const MIN_GROWTH = -100;
const MAX_GROWTH = 1000;

/**
 * The ranking with each offer's grant at `growthAt(index)` % a year (undefined: as entered).
 * Offers the growth does not touch come from the cache, projected once.
 */
function rankAt(
	offers: readonly Offer[],
	options: SensitivityOptions,
	cache: ProjectionCache,
	growthAt: (index: number) => number | undefined
): Ranking {
	const settings = { years: options.years, fx: options.fx, household: options.household };
	const projected = offers.map((offer, index) => ({
		name: offer.name,
		currency: offer.currency as Currency,
		projection: cache.project(offer, settings, growthAt(index))
	}));
	return rankOffers(projected, options.view ?? 'total', options.fx);
}

/**
 * Each offer's figure over the horizon if every grant's share price changed by each of
 * `growths` % a year.
 *
 * @example
 * // A: base 200,000, no equity. B: base 150,000, RSU 200,000 on `standard`, 4 years.
 * // At 0 %: A 800,000, B 800,000 (a tie: A leads, entered first). At +10 %: B leads.
 * growthSensitivity([a, b], { years: 4, fx })
 */
export function growthSensitivity(
	offers: readonly Offer[],
	options: SensitivityOptions,
	growths: readonly number[] = DEFAULT_GROWTHS
): SensitivityRow[] {
	const cache = options.cache ?? new ProjectionCache();
	return growths.map((growthPct) => {
		const { ranked } = rankAt(offers, options, cache, () => growthPct);
		const totalsUsd: Money[] = [];
		for (const entry of ranked) {
			totalsUsd[entry.index] = entry.horizonTotalUsd;
		}
		return { growthPct, totalsUsd, leaderIndex: ranked[0]?.index ?? 0 };
	});
}

/**
 * For every trailing offer with equity: the yearly growth of its own share price at which
 * it would overtake the current leader (the others as entered), to the nearest 0.5 %.
 * Found by bisection: an offer's figure never falls when its share price grows faster.
 *
 * @example
 * // A: base 200,000, no equity; B: base 150,000 + RSU 200,000 at 0 %: B catches A at +0.5 %.
 * catchUpGrowth([a, b], { years: 4, fx }) // [{ index: 1, growthPct: 0.5 }]
 */
export function catchUpGrowth(offers: readonly Offer[], options: SensitivityOptions): CatchUp[] {
	const cache = options.cache ?? new ProjectionCache();
	const entered = rankAt(offers, options, cache, () => undefined).ranked;
	const leader = entered[0]?.index;
	const result: CatchUp[] = [];
	offers.forEach((offer, index) => {
		// The best of the others, whose figures do not move with this offer's share price.
		const rival = entered.find((r) => r.index !== index);
		if (index === leader || !offer.equity || !rival) {
			return;
		}
		// It leads when it ranks above that rival: more, or as much and entered first (the
		// order rankOffers keeps for ties), so only this offer is projected again.
		const leadsAt = (growthPct: number): boolean => {
			const own = rankAt([offer], options, cache, () => growthPct).ranked[0];
			const order = own ? own.horizonTotalUsd.comparedTo(rival.horizonTotalUsd) : -1;
			return order > 0 || (order === 0 && index < rival.index);
		};
		if (!leadsAt(MAX_GROWTH)) {
			result.push({ index, growthPct: null });
			return;
		}
		// Work in half-percent steps so the loop ends after a dozen projections.
		let low = Math.max(MIN_GROWTH, offer.equity.growthPct) * 2;
		let high = MAX_GROWTH * 2;
		while (high - low > 1) {
			const mid = Math.floor((low + high) / 2);
			if (leadsAt(mid / 2)) {
				high = mid;
			} else {
				low = mid;
			}
		}
		result.push({ index, growthPct: high / 2 });
	});
	return result;
}
