/**
 * Comparing projected offers: the headline figures, the running (cumulative) pay, who
 * leads and by how much. Offers in different currencies are compared in US dollars
 * through the scenario's exchange rate; each offer's own figures stay in its currency.
 */
import type Decimal from 'decimal.js';
import { convert } from './fx';
import { cents, sum, ZERO, type Money } from './money';
import type { Currency, Fx, Projection, YearRow } from './types';

/** Which figure a comparison is about: pay before tax, or after tax and cost of living. */
export type CompareView = 'total' | 'net' | 'purchasingPower' | 'savings';

export const COMPARE_VIEWS: readonly CompareView[] = ['total', 'net', 'purchasingPower', 'savings'];

/** The figures that answer the common confusions about an offer. */
export interface Headline {
	firstYearTotal: Money;
	/** Total over the horizon divided by its number of years, to the cent. */
	averageYearlyTotal: Money;
	/**
	 * Pay you get whatever happens, over the horizon: base, sign-on, relocation and other yearly
	 * cash (stipends). With `atRiskPay` it makes up the total, so the headline table adds up.
	 */
	guaranteedCash: Money;
	/** Pay that depends on performance or the share price: bonus, equity and refreshers. */
	atRiskPay: Money;
}

/**
 * Headline figures of one projection.
 *
 * @example
 * // base 150,000, bonus 10 %, RSU 200,000 on `standard`, 4 years:
 * // firstYearTotal 215,000; averageYearlyTotal 215,000; guaranteedCash 600,000;
 * // atRiskPay 60,000 + 200,000 = 260,000
 * headline(project(offer))
 */
export function headline(projection: Projection): Headline {
	const { years, totals } = projection;
	const count = years.length;
	return {
		firstYearTotal: years[0]?.total ?? ZERO,
		averageYearlyTotal: count === 0 ? ZERO : cents(totals.total.dividedBy(count)),
		guaranteedCash: totals.base.plus(totals.signOn).plus(totals.other),
		atRiskPay: totals.bonus.plus(totals.equity).plus(totals.refresh)
	};
}

/**
 * The figure of one year row for a view; zero when the row was projected without a household.
 *
 * @example viewValue({ ...row, total: new Dec(215000), net: new Dec(159974.5) }, 'net') // 159974.5
 */
export function viewValue(row: YearRow, view: CompareView): Money {
	return view === 'total' ? row.total : (row[view] ?? ZERO);
}

/**
 * Running sum of a view over the years: what you would have been paid by the end of each year.
 *
 * @example cumulative(project(offer), 'total') // year totals 215,000 ×4 → [215000, 430000, 645000, 860000]
 */
export function cumulative(projection: Projection, view: CompareView = 'total'): Money[] {
	let running: Decimal = ZERO;
	return projection.years.map((row) => {
		running = running.plus(viewValue(row, view));
		return running;
	});
}

export interface RankedOffer {
	index: number;
	name: string;
	currency: Currency;
	/** The view summed over the horizon, in the offer's currency. */
	horizonTotal: Money;
	/** The same in US dollars, rounded to cents, for ranking across currencies. */
	horizonTotalUsd: Money;
}

export interface Ranking {
	/** Best first. Ties keep the order the offers were entered in. */
	ranked: RankedOffer[];
	/** How far the leader is ahead of the runner-up over the horizon, in USD (zero with one offer). */
	leadUsd: Money;
	/** The lead as a % of the runner-up's figure (null when that figure is not positive). */
	leadPct: number | null;
}

/**
 * Ranks offers by a view summed over the horizon, in USD.
 *
 * @example
 * // A totals 860,000 USD, B totals 500,000 GBP at 1.36 → 680,000 USD
 * rankOffers([{ name: 'A', currency: 'USD', projection: a }, { name: 'B', currency: 'GBP', projection: b }], 'total', { GBPUSD: new Dec('1.36') })
 * // → ranked A, B; leadUsd 180,000; leadPct 26.47
 */
export function rankOffers(
	offers: readonly { name: string; currency: Currency; projection: Projection }[],
	view: CompareView,
	fx: Fx
): Ranking {
	const ranked = offers
		.map((offer, index): RankedOffer => {
			const horizonTotal = sum(offer.projection.years.map((row) => viewValue(row, view)));
			return {
				index,
				name: offer.name,
				currency: offer.currency,
				horizonTotal,
				horizonTotalUsd: cents(convert(horizonTotal, offer.currency, 'USD', fx))
			};
		})
		.sort((a, b) => b.horizonTotalUsd.comparedTo(a.horizonTotalUsd) || a.index - b.index);
	const [first, second] = ranked;
	if (!first || !second) {
		return { ranked, leadUsd: ZERO, leadPct: null };
	}
	const leadUsd = first.horizonTotalUsd.minus(second.horizonTotalUsd);
	const leadPct = second.horizonTotalUsd.isPositive()
		? leadUsd.dividedBy(second.horizonTotalUsd).times(100).toDecimalPlaces(1).toNumber()
		: null;
	return { ranked, leadUsd, leadPct };
}

/** One year's difference between an offer and the current job, line by line, in the offer's currency. */
export interface YearDifference {
	year: number;
	total: Money;
	view: Money;
}

/**
 * Year-by-year difference of an offer from the current job (offer − current), with the
 * current job converted into the offer's currency.
 *
 * @example differenceFrom(offerProjection, 'USD', currentProjection, 'USD', 'total', fx)
 * // year 1: 215,000 − 180,000 = 35,000
 */
export function differenceFrom(
	offer: Projection,
	offerCurrency: Currency,
	current: Projection,
	currentCurrency: Currency,
	view: CompareView,
	fx: Fx
): YearDifference[] {
	return offer.years.map((row, i) => {
		const other = current.years[i];
		const otherTotal = other ? convert(other.total, currentCurrency, offerCurrency, fx) : ZERO;
		const otherView = other
			? convert(viewValue(other, view), currentCurrency, offerCurrency, fx)
			: ZERO;
		return {
			year: row.year,
			total: cents(row.total.minus(otherTotal)),
			view: cents(viewValue(row, view).minus(otherView))
		};
	});
}

/**
 * The horizon's total of a difference from the current job: the sum of its rounded years, so
 * the table's column adds up.
 *
 * @example
 * // years of +35,000 and −5,000.50 in the chosen view
 * differenceTotal(differenceFrom(offer, 'USD', current, 'USD', 'total', fx)) // 29999.5
 */
export function differenceTotal(rows: readonly YearDifference[]): Money {
	return sum(rows.map((row) => row.view));
}
