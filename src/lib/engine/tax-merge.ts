/**
 * A region's taxes summed, at load, into one schedule per line of the estimate.
 *
 * Why: a projection estimates tax for every year of every offer, and California alone is
 * seven taxes (federal income tax, Social Security, Medicare, Additional Medicare, state
 * income tax, the mental health surtax, SDI). Each is a continuous piecewise-linear function
 * of gross wages (a standard deduction shifts its thresholds; the UK's tapered allowance
 * adds two kinks), so the taxes of one line add up to another such function, with the kinks
 * of all of them. One schedule per line costs a search and two operations (wages × rate + a
 * constant) instead of four to ten operations for each tax.
 *
 * Why it is exact: below `EXACT_BELOW`, with wages in cents and the tables' figures and the
 * summed segments checked at load (`isExactTable`, `fitsExactly`), every intermediate value
 * of both the summed schedule and the tax-by-tax sum has fewer than the 40 significant
 * digits decimal.js keeps, so neither rounds and both give the same exact number (and
 * `sumLine` checks that they agree). Wages from 10^15 on (no salary; only a typed-in
 * curiosity) take the tax-by-tax path, so they too are unchanged.
 */
import type Decimal from 'decimal.js';
import { cents, Dec, ZERO, type Money } from './money';
import { oneTax, type CompiledTax } from './tax-compile';
import type { TaxField } from './tax-schema';
import type { FilingStatus } from './types';

/** Wages at or above this go tax by tax (see the module comment). */
const EXACT_BELOW = new Dec('1e15');
/** Decimal places a table's rate or taper may have for the digit count above to hold. */
const MAX_RATE_PLACES = 8;
const SLOPE_BELOW = new Dec(100);
/**
 * Whether `sumLine` checks its schedule between the kinks too. The tables are fixed at build
 * time and decimal.js gives the same digits everywhere, so the unit tests and the server build
 * (where `import.meta.env?.SSR` is not false) check every region's schedules; the browser,
 * which receives those same tables, skips the probes: they are most of the milliseconds a
 * region's first tax estimate costs while a phone starts the page.
 */
const CHECK_PROBES = import.meta.env?.SSR !== false;
const INTERCEPT_BELOW = new Dec('1e18');

/** Above `from` (and up to the next segment), the line's tax is wages × slope + intercept. */
interface Segment {
	from: Decimal;
	slope: Decimal;
	intercept: Decimal;
}

interface SummedLine {
	field: TaxField;
	/** Ascending by `from`; at or below the first `from` every tax of the line is 0. */
	segments: Segment[];
}

/** A region's taxes for one filing status, ready to estimate. */
export interface RegionSchedule {
	/** Every tax, in the data's order: the path for wages of 10^15 and more. */
	taxes: CompiledTax[];
	/** One summed schedule per line; null if the tables fail `isExactTable`. */
	summed: SummedLine[] | null;
	/** The taxes of a line that could not be summed: applied one by one beside `summed`. */
	oneByOne: CompiledTax[];
}

function isExactTable(taxes: readonly CompiledTax[], status: FilingStatus): boolean {
	const small = (value: Decimal) => value.lt(EXACT_BELOW) && value.decimalPlaces() <= 2;
	return taxes.every((tax) => {
		const d = tax.deduction;
		const deductionOk =
			!d ||
			(small(d.amount[status]) &&
				(d.kind === 'standard' ||
					(small(d.taperFrom) && d.taper.decimalPlaces() <= MAX_RATE_PLACES)));
		return (
			deductionOk &&
			tax.schedule[status].every(
				(b) => small(b.from) && b.rate.lte(1) && b.rate.decimalPlaces() <= MAX_RATE_PLACES
			)
		);
	});
}

/** The one x ≥ 0 with x − allowance(x) = f, or null when it is not an exact decimal. */
function grossFor(
	f: Decimal,
	allowance: Decimal,
	taperFrom: Decimal,
	taper: Decimal
): Decimal | null {
	if (f.plus(allowance).lte(taperFrom)) {
		return f.plus(allowance);
	}
	const zeroFrom = taperFrom.plus(allowance.dividedBy(taper));
	if (f.gte(zeroFrom)) {
		return f;
	}
	// Inside the taper: x − (allowance − (x − taperFrom) × taper) = f.
	const x = f.plus(allowance).plus(taperFrom.times(taper)).dividedBy(taper.plus(1));
	return x.minus(allowance).plus(x.minus(taperFrom).times(taper)).eq(f) ? x : null;
}

/**
 * Where a tax's rate on gross wages changes: its thresholds shifted by a standard deduction,
 * or for a tapered allowance, the thresholds mapped through the taper plus the taper's own
 * ends. Null when one is not an exact decimal (then the tax is not summed).
 */
function kinks(tax: CompiledTax, status: FilingStatus): Decimal[] | null {
	const d = tax.deduction;
	const thresholds = tax.schedule[status].map((bracket) => bracket.from);
	if (!d || d.kind === 'standard') {
		const shift = d?.amount[status] ?? ZERO;
		return thresholds.map((from) => from.plus(shift));
	}
	const full = d.amount[status];
	const zeroFrom = d.taperFrom.plus(full.dividedBy(d.taper));
	if (!zeroFrom.minus(d.taperFrom).times(d.taper).eq(full)) {
		return null;
	}
	const mapped = thresholds.map((from) => grossFor(from, full, d.taperFrom, d.taper));
	return mapped.every((x) => x !== null) ? [...mapped, d.taperFrom, zeroFrom] : null;
}

function summedTax(segments: readonly Segment[], wages: Money): Money {
	for (let i = segments.length - 1; i >= 0; i -= 1) {
		const segment = segments[i];
		if (segment && wages.gt(segment.from)) {
			// Above a wage cap the slope is 0: the line is a constant.
			const variable = segment.slope.isZero() ? ZERO : wages.times(segment.slope);
			return segment.intercept.isZero() ? variable : variable.plus(segment.intercept);
		}
	}
	return ZERO;
}

/**
 * Wages below 10^15 in cents have at most 17 digits, so wages × slope has at most 37 and the
 * sum with the intercept spans at most 19 + 20 digits: no rounding at 40.
 */
function fitsExactly({ slope, intercept }: Segment): boolean {
	return (
		slope.abs().lt(SLOPE_BELOW) &&
		slope.decimalPlaces() <= 18 &&
		intercept.abs().lt(INTERCEPT_BELOW) &&
		intercept.decimalPlaces() <= 20
	);
}

function taxBySum(taxes: readonly CompiledTax[], wages: Money, status: FilingStatus): Money {
	return taxes.reduce<Decimal>((sum, tax) => sum.plus(oneTax(tax, wages, status)), ZERO);
}

/**
 * The taxes of one line as one schedule, or null when they cannot be (a kink that is not an
 * exact decimal). Each segment's rate is the change of the tax-by-tax sum across it, and the
 * result is checked against that sum at every kink, inside every segment and beyond the
 * last: two piecewise-linear functions with the same kinks that agree there are equal.
 */
function sumLine(field: TaxField, taxes: CompiledTax[], status: FilingStatus): SummedLine | null {
	const all = taxes.map((tax) => kinks(tax, status));
	if (all.some((points) => points === null)) {
		return null;
	}
	const points = all
		.flatMap((p) => p ?? [])
		.sort((a, b) => a.comparedTo(b))
		.filter((point, i, sorted) => i === 0 || !point.eq(sorted[i - 1] ?? point));
	const valueAt = (x: Decimal) => taxBySum(taxes, x, status);
	const segments = points.map((from, i) => {
		const to = points[i + 1] ?? from.plus(1);
		const slope = valueAt(to).minus(valueAt(from)).dividedBy(to.minus(from));
		return { from, slope, intercept: valueAt(from).minus(from.times(slope)) };
	});
	const probes = points.flatMap((from, i) => {
		const to = points[i + 1] ?? from.times(2).plus(1000);
		const step = to.minus(from).dividedBy(4);
		return [from, from.plus(step), from.plus(step.times(2)), from.plus(step.times(3)), to];
	});
	const first = points[0];
	if (first && first.gt(0)) {
		probes.push(first.dividedBy(2), first.minus('0.01'));
	}
	const exact =
		segments.every(fitsExactly) &&
		(!CHECK_PROBES || probes.every((x) => summedTax(segments, x).eq(valueAt(x))));
	return exact ? { field, segments } : null;
}

/**
 * A region's schedule in steps, a `yield` after each line is summed (a few ms each on a phone
 * the first time, code run for the first time): a page's first projection runs them in
 * separate tasks (`regionSchedulesSteps` in ./tax.ts).
 */
export function* regionScheduleSteps(
	taxes: CompiledTax[],
	status: FilingStatus
): Generator<void, RegionSchedule, undefined> {
	const summed: SummedLine[] = [];
	const oneByOne: CompiledTax[] = [];
	if (isExactTable(taxes, status)) {
		for (const field of new Set(taxes.map((tax) => tax.field))) {
			yield;
			const ofField = taxes.filter((tax) => tax.field === field);
			const line = sumLine(field, ofField, status);
			if (line) {
				summed.push(line);
			} else {
				oneByOne.push(...ofField);
			}
		}
	}
	return { taxes, summed: summed.length > 0 ? summed : null, oneByOne };
}

/**
 * Each line's tax on `wages` (positive, whole cents), unrounded: what adding every tax of
 * the line one by one gives, exactly.
 */
export function taxByField(
	region: RegionSchedule,
	wages: Money,
	status: FilingStatus
): Record<TaxField, Money> {
	const lines: Record<TaxField, Money> = { federal: ZERO, state: ZERO, local: ZERO, payroll: ZERO };
	const summed = region.summed && wages.lt(EXACT_BELOW) ? region.summed : null;
	for (const line of summed ?? []) {
		lines[line.field] = summedTax(line.segments, wages);
	}
	for (const tax of summed ? region.oneByOne : region.taxes) {
		lines[tax.field] = lines[tax.field].plus(oneTax(tax, wages, status));
	}
	return lines;
}

/**
 * The sum of the lines rounded to cents (`estimateTax`'s total) without building the lines,
 * when the summed schedules answer alone (every tax summed, wages below 10^15); else null.
 * A projection asks for it every year of every offer.
 */
export function roundedTotal(region: RegionSchedule, wages: Money): Money | null {
	if (!region.summed || region.oneByOne.length > 0 || !wages.lt(EXACT_BELOW)) {
		return null;
	}
	let total: Money = ZERO;
	for (const line of region.summed) {
		const rounded = cents(summedTax(line.segments, wages));
		total = rounded.isZero() ? total : total.isZero() ? rounded : total.plus(rounded);
	}
	return total;
}
