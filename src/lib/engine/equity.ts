/**
 * What a grant is worth year by year: the value vesting in each year of the initial grant
 * (RSUs or options) and of the RSU refreshers, as exact Decimals before rounding.
 *
 * Year k holds months (12(k−1), 12k]. Its vests are equal fractions at equally spaced
 * months, so their value is a geometric sum: fraction × price at the year's start ×
 * Σ f^(every·j). `priceFactors` precomputes that sum once per growth rate, so a year costs
 * a couple of multiplications instead of one power per vest event.
 */
import type Decimal from 'decimal.js';
import { priceFactors, type PriceFactors } from './growth';
import { cents, Dec, HUNDRED, ZERO, type Money } from './money';
import type { OptionGrant, VestingSchedule } from './types';
import { scheduleKey } from './vesting';

/** A refresher vests evenly over 4 years in quarterly events (contract): 16 events. */
export const REFRESH_EVENTS = 16;
export const REFRESH_EVERY = 3;
const CENT = new Dec('0.01');

const unitCache = new Map<string, readonly Decimal[]>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
	let value = cache.get(key);
	if (value === undefined) {
		if (cache.size > 256) {
			cache.clear();
		}
		value = make();
		cache.set(key, value);
	}
	return value;
}

/**
 * The value vesting in each year of a schedule, per 1 of grant value today:
 * `[u1, u2, …]`, one entry per year of the schedule. With no growth, u_k is exactly
 * yearly[k−1] / 100, so the entries add up to exactly 1.
 *
 * @example rsuYearUnits(vestingPresets.amazon, 0).map(String) // ['0.05', '0.15', '0.4', '0.4']
 * @example String(rsuYearUnits(vestingPresets.standard, 10)[0]) // '0.275' (25 % × 1.1, all at the month-12 cliff)
 */
export function rsuYearUnits(schedule: VestingSchedule, growthPct: number): readonly Decimal[] {
	return remember(unitCache, `${scheduleKey(schedule)}|${growthPct}`, () => {
		const factors = priceFactors(growthPct);
		const perYear = 12 / schedule.every;
		return schedule.yearly.map((pct, i) => {
			if (pct === 0 || factors.flat) {
				return new Dec(pct).dividedBy(HUNDRED);
			}
			if (i === 0 && schedule.cliffMonths === 12) {
				// Every year-1 event is at or before the cliff, so all of year 1 vests at month 12.
				return new Dec(pct).times(factors.at(12)).dividedBy(HUNDRED);
			}
			return new Dec(pct)
				.times(factors.at(12 * i))
				.times(factors.yearSum(schedule.every))
				.dividedBy(100 * perYear);
		});
	});
}

const refreshCache = new Map<string, readonly Decimal[]>();

/**
 * The value vesting in each year 1..10 from the refreshers, per 1 of refresher value. A
 * refresher is granted at the start of every year y ≥ 2 (month 12(y−1)) and vests 1/16 at
 * 3, 6, …, 48 months after, worth 1/16 × (1+g)^(months since grant / 12). So year k holds
 * a quarter of each of the refreshers granted in years max(2, k−3)..k.
 *
 * @example refreshYearUnits(0).slice(0, 6).map(String) // ['0', '0.25', '0.5', '0.75', '1', '1']
 */
export function refreshYearUnits(growthPct: number): readonly Decimal[] {
	return remember(refreshCache, String(growthPct), () => {
		const factors = priceFactors(growthPct);
		const units: Decimal[] = [];
		for (let k = 1; k <= 10; k++) {
			const grantsVesting = Math.min(4, k - 1);
			if (factors.flat) {
				units.push(new Dec(grantsVesting).dividedBy(4));
				continue;
			}
			// The refresher granted i years before year k's start is in its (i+1)-th vesting year.
			let ages: Decimal = ZERO;
			for (let i = 0; i < grantsVesting; i++) {
				ages = ages.plus(factors.at(12 * i));
			}
			units.push(ages.times(factors.quarterSum).dividedBy(REFRESH_EVENTS));
		}
		return units;
	});
}

/** max(0, price at month m − strike): the spread of one option share vesting at m. */
function spreadAt(grant: OptionGrant, factors: PriceFactors, month: number): Decimal {
	const spread = grant.price.times(factors.at(month)).minus(grant.strike);
	return spread.isPositive() && !spread.isZero() ? spread : ZERO;
}

/**
 * The options' value vesting in one year k (1-based), before success odds, per 1 % of the
 * grant's shares vesting that year: Σ over the year's events of max(0, price at that
 * month − strike) / events a year. (Scaled by shares × pct / 100 once, by the caller, so
 * the only division is by the number of events.)
 */
function optionYearSpread(grant: OptionGrant, factors: PriceFactors, k: number): Decimal {
	const { vesting } = grant;
	if (k === 1 && vesting.cliffMonths === 12) {
		return spreadAt(grant, factors, 12);
	}
	if (factors.flat) {
		return spreadAt(grant, factors, 0);
	}
	const perYear = 12 / vesting.every;
	const start = 12 * (k - 1);
	const first = spreadAt(grant, factors, start + vesting.every);
	const last = spreadAt(grant, factors, 12 * k);
	// The price moves one way only, so if the spread is positive at both ends of the year it
	// is positive throughout: then the year is one geometric sum, minus the strike.
	if (!first.isZero() && !last.isZero()) {
		return grant.price
			.times(factors.at(start))
			.times(factors.yearSum(vesting.every))
			.minus(grant.strike.times(perYear))
			.dividedBy(perYear);
	}
	let spreads: Decimal = ZERO;
	for (let m = start + vesting.every; m <= 12 * k; m += vesting.every) {
		spreads = spreads.plus(spreadAt(grant, factors, m));
	}
	return spreads.dividedBy(perYear);
}

/**
 * The yearly lines of an option grant, unrounded: shares vesting × spread × success, and
 * the exercise cost (strike × shares vesting).
 *
 * @example
 * // 40,000 shares on `standard`, strike 1, price 5, 50 % success: 10,000 shares a year,
 * // worth 10,000 × 4 × 50 % = 20,000, costing 10,000 to exercise.
 * optionYears(grant, 4) // { value: [20000, 20000, 20000, 20000], exerciseCost: [10000, …] }
 */
export function optionYears(
	grant: OptionGrant,
	years: number
): { value: Decimal[]; exerciseCost: Decimal[] } {
	const factors = priceFactors(grant.growthPct);
	// Percentages × 0.01 rather than ÷ 100: exact, and a multiplication is far cheaper.
	const sharesPerPct = grant.shares.times(CENT);
	const valuePerPct = sharesPerPct.times(grant.successPct).times(CENT);
	const costPerPct = sharesPerPct.times(grant.strike);
	const value: Decimal[] = [];
	const exerciseCost: Decimal[] = [];
	for (let k = 1; k <= years; k++) {
		const pct = grant.vesting.yearly[k - 1] ?? 0;
		if (pct === 0 || grant.successPct === 0) {
			value.push(ZERO);
		} else {
			value.push(optionYearSpread(grant, factors, k).times(valuePerPct).times(pct));
		}
		exerciseCost.push(pct === 0 ? ZERO : costPerPct.times(pct));
	}
	return { value, exerciseCost };
}

/**
 * `cents` (kept under its own name for the callers and tests that use it): `cents` itself
 * returns an amount that already has at most 2 decimals as it is.
 *
 * @example String(toCents(new Dec('10.005'))) // '10.01'
 */
export function toCents(value: Decimal): Money {
	return cents(value);
}

/**
 * Rounds yearly amounts to cents by cumulative rounding: year k's line is
 * cents(total through year k) − cents(total through year k−1).
 *
 * Why: rounding each year on its own can lose or gain a cent per year (a 100,000 grant
 * over three equal years is 33,333.33 × 3 = 99,999.99). Rounding the running total instead
 * makes the lines add up exactly to the rounded whole, so a grant's vests sum to the
 * grant, and each line is still within a cent of its exact value.
 *
 * @example cumulativeCents([new Dec('33333.333'), new Dec('33333.333'), new Dec('33333.334')]).map(String)
 * // ['33333.33', '33333.34', '33333.33'] (adds up to 100000)
 */
export function cumulativeCents(amounts: readonly Decimal[]): Money[] {
	return cumulativeLines(amounts).lines;
}

/**
 * `cumulativeCents`, with the lines' sum: the running total rounded once, since the lines
 * telescope (each is an exact difference of amounts in cents). A projection's totals take it
 * from here instead of adding the lines up again.
 */
export function cumulativeLines(amounts: readonly Decimal[]): { lines: Money[]; total: Money } {
	const lines: Money[] = [];
	let running: Decimal = ZERO;
	let rounded: Money = ZERO;
	for (const amount of amounts) {
		if (amount.isZero()) {
			lines.push(ZERO);
			continue;
		}
		running = running.plus(amount);
		const next = toCents(running);
		lines.push(toCents(next.minus(rounded)));
		rounded = next;
	}
	return { lines, total: rounded };
}
