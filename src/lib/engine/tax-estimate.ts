/**
 * `estimateTax`: one earner's tax with every line, for the pages that show it (/about). The
 * engine's projections ask tax.ts for the total alone (`taxTotalFor`); this is apart so that
 * the compare page does not download it.
 */
import Decimal from 'decimal.js';
import { HUNDRED, ZERO, toMoney, type Money } from './money';
import { regionSchedules, roundedLines, wholeCents } from './tax';
import type { FilingStatus, TaxRegionId } from './types';

export interface TaxInput {
	/** Yearly gross wages in the region's currency: a Decimal, a number or a numeric string. */
	income: Decimal.Value | Decimal;
	region: TaxRegionId;
	/** `single` (the default) or `married` (married filing jointly, one earner). */
	filingStatus?: FilingStatus;
}

export interface TaxEstimate {
	federal: Money;
	state: Money;
	local: Money;
	payroll: Money;
	/** federal + state + local + payroll, summed from the rounded lines. */
	total: Money;
	/** income − total. */
	net: Money;
	/** total / income × 100, to 2 decimals; 0 when income is 0. */
	effectiveRatePct: number;
}

const ZERO_ESTIMATE: TaxEstimate = {
	federal: ZERO,
	state: ZERO,
	local: ZERO,
	payroll: ZERO,
	total: ZERO,
	net: ZERO,
	effectiveRatePct: 0
};

/**
 * Estimates one earner's yearly tax in a region, tax year 2026, in the region's currency
 * (USD for US regions, GBP for `uk`).
 *
 * Where each tax goes:
 * - `federal`: the national income tax: US federal income tax (after the standard
 *   deduction), or UK Income Tax (after the tapered personal allowance).
 * - `state`: state income tax on gross wages: California (with the 1 % Mental Health
 *   Services Tax above 1,000,000), New York State, Massachusetts (with the 4 % surtax).
 * - `local`: New York City resident tax (`us-ny-nyc` only).
 * - `payroll`: taxes on wages: US Social Security and Medicare (with the Additional
 *   Medicare Tax), California SDI, WA Cares, WA paid family leave; UK National Insurance.
 * Texas, Florida and `us-none` have federal and payroll only; Washington has payroll extras.
 *
 * Income is truncated to whole cents first (so `net` never exceeds it); zero, negative or
 * non-numeric income gives all zeros. Each line is rounded to cents, half up; `total` is
 * the sum of the rounded lines and `net` is income − total. `married` means married filing
 * jointly with this one earner's wages: joint brackets, but per-person payroll caps.
 * An unknown region or filing status is a programming error and throws a RangeError.
 *
 * @example
 * // Texas, single, 100,000: federal (100,000 − 16,100 = 83,900 taxable)
 * // 1,240 + 4,560 + 7,370 = 13,170; Social Security 6,200; Medicare 1,450.
 * estimateTax({ income: 100000, region: 'us-tx', filingStatus: 'single' })
 * // → { federal: 13170, state: 0, local: 0, payroll: 7650, total: 20820, net: 79180,
 * //     effectiveRatePct: 20.82 }
 */
export function estimateTax({ income, region, filingStatus = 'single' }: TaxInput): TaxEstimate {
	const schedule = regionSchedules(region, filingStatus);
	const parsed = toMoney(income);
	const wages = parsed && wholeCents(parsed);
	if (!wages) {
		return ZERO_ESTIMATE;
	}
	const { federal, state, local, payroll, total } = roundedLines(schedule, wages, filingStatus);
	let effectiveRatePct: number | undefined;
	return {
		federal,
		state,
		local,
		payroll,
		total,
		net: wages.minus(total),
		// Worked out when read: a projection asks for tax every year of every offer and never
		// reads the rate, and the division is a fifth of an estimate's cost. Still a plain,
		// enumerable property for JSON and for equality in tests.
		get effectiveRatePct(): number {
			effectiveRatePct ??= wages.isZero()
				? 0
				: total
						.times(HUNDRED)
						.dividedBy(wages)
						.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
						.toNumber();
			return effectiveRatePct;
		}
	};
}
