/**
 * Share-price growth: the price at month m is today's price × (1 + g)^(m/12).
 *
 * A fractional Decimal power is slow (a logarithm and an exponential at 40 digits), so it
 * is taken once per growth rate: the monthly factor f = (1 + g)^(1/12). Whole years use
 * exact integer powers of (1 + g), so month 12, 24, … carry no rounding at all, and the
 * other months are a whole-year power × f^r. Factors are cached per growth rate, never
 * recomputed per vest event.
 */
import type Decimal from 'decimal.js';
import { Dec } from './money';
import { VEST_EVERY_MONTHS, type VestEvery } from './types';

/** Price multipliers for one growth rate. */
export interface PriceFactors {
	/** True when growth is exactly 0: every factor is 1 and callers may skip the multiply. */
	flat: boolean;
	/** (1 + g)^(m/12) for a whole month m ≥ 0. */
	at(month: number): Decimal;
	/** Σ f^(every·j) for j = 1..12/every: a year's equally split events, relative to its start. */
	yearSum(every: VestEvery): Decimal;
	/** f^3 + f^6 + f^9 + f^12: a refresher's four quarterly events in one year, relative to its start. */
	quarterSum: Decimal;
}

const ONE = new Dec(1);
const cache = new Map<number, PriceFactors>();
/**
 * x^(1/12), correctly rounded to the 40 digits of `Dec`, without decimal.js's fractional
 * power: a logarithm and an exponential that cost a phone several milliseconds the first
 * time, at the page start (and its result is sometimes a unit off in the 40th digit).
 * Newton's method for f^12 = x, from the float estimate (about 16 correct digits, doubling
 * each step: 32, 64, then the 80 it works at), rounded once. `growth.test.ts` checks it
 * against a 120-digit reference over the growth rates a person can type.
 */
export function twelfthRoot(x: Decimal): Decimal {
	const estimate = Math.pow(x.toNumber(), 1 / 12);
	if (!(estimate > 0 && Number.isFinite(estimate))) {
		return x.pow(ONE.dividedBy(12));
	}
	const { precision, rounding } = Dec;
	// Twice the digits while the root settles, then back. Not a second constructor
	// (`Dec.clone`): decimal.js reads its settings from the constructor on every operation,
	// and with two constructors those reads slow every Decimal operation of the engine by a
	// fifth (`npm run bench`), long after this has run.
	Dec.set({ precision: 2 * precision });
	try {
		let root = new Dec(estimate);
		for (let step = 0; step < 3; step++) {
			const power11 = root.pow(11);
			// f − (f¹² − x) / (12 f¹¹)
			root = root.minus(power11.times(root).minus(x).dividedBy(power11.times(12)));
		}
		return root.toSignificantDigits(precision, rounding);
	} finally {
		Dec.set({ precision });
	}
}

function build(growthPct: number): PriceFactors {
	const yearly = ONE.plus(new Dec(growthPct).dividedBy(100));
	const flat = growthPct === 0;
	const monthly = flat ? ONE : twelfthRoot(yearly);
	const monthPow: Decimal[] = [ONE];
	for (let r = 1; r < 12; r++) {
		monthPow.push((monthPow[r - 1] ?? ONE).times(monthly));
	}
	// f^12 is exactly (1 + g), not the rounded product of twelve f's.
	monthPow.push(yearly);
	const yearPow: Decimal[] = [ONE];
	const yearPowAt = (years: number): Decimal => {
		while (yearPow.length <= years) {
			yearPow.push((yearPow[yearPow.length - 1] ?? ONE).times(yearly));
		}
		return yearPow[years] ?? ONE;
	};
	const at = (month: number): Decimal => {
		if (flat) {
			return ONE;
		}
		const r = month % 12;
		const whole = yearPowAt((month - r) / 12);
		return r === 0 ? whole : whole.times(monthPow[r] ?? ONE);
	};
	const sums = new Map<VestEvery, Decimal>();
	for (const every of VEST_EVERY_MONTHS) {
		let total = new Dec(0);
		for (let m = every; m <= 12; m += every) {
			total = total.plus(monthPow[m] ?? ONE);
		}
		sums.set(every, total);
	}
	return {
		flat,
		at,
		yearSum: (every) => sums.get(every) ?? ONE,
		quarterSum: sums.get(3) ?? ONE
	};
}

/**
 * The price factors for a yearly growth rate in %, cached (a page shows a handful of rates).
 *
 * @example String(priceFactors(10).at(24)) // '1.21' (1.1², exact at whole years)
 * @example String(priceFactors(0).at(7)) // '1'
 */
export function priceFactors(growthPct: number): PriceFactors {
	let factors = cache.get(growthPct);
	if (!factors) {
		if (cache.size > 64) {
			cache.clear();
		}
		factors = build(growthPct);
		cache.set(growthPct, factors);
	}
	return factors;
}
