/**
 * The projection itself, of an offer already checked (`parseOffer`) with checked settings:
 * what `project` does after reading its input, and what a page that holds parsed offers
 * calls directly, so that its first screen does not need the checks (zod) to draw results.
 *
 * Year k: base = base × (1 + raise)^(k−1); bonus = bonusPct % of that year's exact base;
 * sign-on = signOn[k−1]; other = otherAnnual, plus relocation in year 1; retirement match
 * = matchPct % of that year's base; equity and refresh from equity.ts. Every line is
 * rounded to cents once, at the end, and each total is the sum of the rounded lines.
 */
import type Decimal from 'decimal.js';
import { cumulativeLines, optionYears, refreshYearUnits, rsuYearUnits, toCents } from './equity';
import { afterTaxFor } from './after-tax';
import { leaves, sameInputs } from './last-call';
import { Dec, HUNDREDTH, ZERO, type Money } from './money';
import type {
	Fx,
	Household,
	InputIssue,
	Offer,
	PayLines,
	Projection,
	Totals,
	YearRow
} from './types';

/** The lines a projection adds up year by year; every other total follows from these. */
const SUMMED_PAY_KEYS = ['base', 'bonus', 'signOn', 'other', 'retirement'] as const;

function zeroLines(): PayLines {
	return {
		base: ZERO,
		bonus: ZERO,
		signOn: ZERO,
		equity: ZERO,
		refresh: ZERO,
		other: ZERO,
		total: ZERO,
		retirement: ZERO,
		exerciseCost: ZERO
	};
}

export function failed(errors: InputIssue[]): Projection {
	return { years: [], totals: zeroLines(), errors };
}

/** Checked projection settings: a horizon of 1..10 years, a parsed household and rate. */
export interface ProjectionSettings {
	years: number;
	household?: Household;
	fx: Fx;
}

/** amount × unit, without a multiplication where the unit is 0 or past the schedule's end. */
function scale(amount: Money, unit: Decimal | undefined): Decimal {
	return unit === undefined || unit.isZero() ? ZERO : amount.times(unit);
}

/** Adds rounded lines, skipping zeros (most of a table: no sign-on after year 1, …). */
function add(a: Money, b: Money): Money {
	return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

type EquityLines = Pick<PayLines, 'equity' | 'refresh' | 'exerciseCost'>;

/** The equity, refresh and exercise-cost lines of each year, already rounded, and their sums. */
function equityLines(offer: Offer, years: number): { rows: EquityLines[]; totals: EquityLines } {
	const grant = offer.equity;
	const none = Array.from({ length: years }, () => ZERO);
	const nothing = { lines: none, total: ZERO };
	let equity = nothing;
	let refresh = nothing;
	let exerciseCost = nothing;
	if (grant?.type === 'rsu') {
		const units = rsuYearUnits(grant.vesting, grant.growthPct);
		equity = cumulativeLines(none.map((_, i) => scale(grant.grant, units[i])));
		if (!grant.refresh.isZero()) {
			const refreshUnits = refreshYearUnits(grant.growthPct);
			refresh = cumulativeLines(none.map((_, i) => scale(grant.refresh, refreshUnits[i])));
		}
	} else if (grant) {
		const options = optionYears(grant, years);
		equity = cumulativeLines(options.value);
		exerciseCost = cumulativeLines(options.exerciseCost);
	}
	return {
		rows: none.map((_, i) => ({
			equity: equity.lines[i] ?? ZERO,
			refresh: refresh.lines[i] ?? ZERO,
			exerciseCost: exerciseCost.lines[i] ?? ZERO
		})),
		totals: { equity: equity.total, refresh: refresh.total, exerciseCost: exerciseCost.total }
	};
}

/** pct / 100, as pct × 0.01: the same exact value, without a 40-digit division. */
function rate(pct: number): Decimal | null {
	return pct === 0 ? null : new Dec(pct).times(HUNDREDTH);
}

/** a − b, without a subtraction where b is 0. */
function sub(a: Money, b: Money): Money {
	return b.isZero() ? a : a.minus(b);
}

/** The arithmetic of `projectOffer`, every time (the benchmark measures it; pages use the other). */
export function computeProjection(offer: Offer, settings: ProjectionSettings): Projection {
	const raise = offer.raisePct === 0 ? null : new Dec(offer.raisePct).times(HUNDREDTH).plus(1);
	const bonusRate = rate(offer.bonusPct);
	const matchRate = rate(offer.retirementMatchPct);
	const equity = equityLines(offer, settings.years);
	const rsu = offer.equity?.type === 'rsu';
	const afterTax = settings.household && afterTaxFor(offer, settings.household, settings.fx);
	const rows: YearRow[] = [];
	// Only these lines are added up year by year: every other total follows from them exactly
	// (after the loop), which saves a third of a projection's additions.
	const sums = {
		base: ZERO,
		bonus: ZERO,
		signOn: ZERO,
		other: ZERO,
		retirement: ZERO,
		tax: ZERO,
		purchasingPower: ZERO
	};
	let base = offer.base;
	for (let year = 1; year <= settings.years; year++) {
		if (year > 1 && raise) {
			base = base.times(raise);
		}
		const lines = equity.rows[year - 1] ?? { equity: ZERO, refresh: ZERO, exerciseCost: ZERO };
		const other = year === 1 ? offer.otherAnnual.plus(offer.relocation) : offer.otherAnnual;
		const row: YearRow = {
			year,
			base: toCents(base),
			bonus: bonusRate ? toCents(base.times(bonusRate)) : ZERO,
			signOn: toCents(offer.signOn[year - 1] ?? ZERO),
			equity: lines.equity,
			refresh: lines.refresh,
			other: toCents(other),
			total: ZERO,
			retirement: matchRate ? toCents(base.times(matchRate)) : ZERO,
			exerciseCost: lines.exerciseCost
		};
		const cash = add(add(add(add(row.base, row.bonus), row.signOn), row.other), row.refresh);
		row.total = add(cash, row.equity);
		for (const key of SUMMED_PAY_KEYS) {
			sums[key] = add(sums[key], row[key]);
		}
		if (afterTax) {
			// Options are taxed when exercised, not at vest, so only RSU equity is taxable here.
			const after = afterTax.year(rsu ? row.total : cash);
			Object.assign(row, after);
			sums.tax = add(sums.tax, after.tax);
			sums.purchasingPower = add(sums.purchasingPower, after.purchasingPower);
		}
		rows.push(row);
	}
	// Each total is still the sum of its rounded lines, by exact identities: a row's total is
	// the sum of its lines, so the totals' total is the sum of the lines' totals; the equity
	// lines telescope (cumulativeLines); taxable is the total, or for options the cash lines;
	// net is taxable − tax and savings net − spending every year. Sums and differences of
	// amounts in cents are exact in decimal.js, so these are the very figures adding the lines
	// year by year gives (tests/unit/projection-totals.test.ts checks it).
	const { equity: equityTotal, refresh, exerciseCost } = equity.totals;
	const cashTotal = add(add(add(add(sums.base, sums.bonus), sums.signOn), sums.other), refresh);
	const total = add(cashTotal, equityTotal);
	const totals: Totals = {
		base: sums.base,
		bonus: sums.bonus,
		signOn: sums.signOn,
		equity: equityTotal,
		refresh,
		other: sums.other,
		total,
		retirement: sums.retirement,
		exerciseCost
	};
	if (afterTax) {
		const taxable = rsu ? total : cashTotal;
		const net = sub(taxable, sums.tax);
		totals.taxable = taxable;
		totals.tax = sums.tax;
		totals.net = net;
		totals.purchasingPower = sums.purchasingPower;
		totals.savings = sub(net, afterTax.spending.times(settings.years));
	}
	return { years: rows, totals };
}

/**
 * The last few projections of each offer object, by settings: the negotiation projects the
 * offer and each competing offer again for every stance or forfeit typed, and now projects
 * only the ask. A projection is reused only while everything it was computed from is still
 * the same (the same values, or the same Decimal objects, which never change): an offer or
 * a setting changed in place is projected again. Held weakly: an offer no page holds any more
 * takes its projections with it.
 */
const recentProjections = new WeakMap<Offer, { inputs: unknown[]; projection: Projection }[]>();
const RECENT_PER_OFFER = 4;

/**
 * Projects an offer `parseOffer` checked, with checked settings (see `project` for raw input).
 * Never throws: a failure gives `{ years: [], totals: zeros, errors }`, like `project`.
 *
 * @example projectOffer(parsedOffer, { years: 4, fx: DEFAULT_FX }).totals.total
 */
export function projectOffer(offer: Offer, settings: ProjectionSettings): Projection {
	const inputs = leaves([offer, settings.years, settings.fx, settings.household ?? null]);
	const recent = recentProjections.get(offer) ?? [];
	const same = recent.find((entry) => sameInputs(entry.inputs, inputs));
	if (same) {
		return same.projection;
	}
	let projection: Projection;
	try {
		projection = computeProjection(offer, settings);
	} catch {
		// A safety net: nothing above should throw, but a page must never break on an offer.
		return failed([{ path: '', message: 'This offer could not be projected.' }]);
	}
	recentProjections.set(offer, [{ inputs, projection }, ...recent.slice(0, RECENT_PER_OFFER - 1)]);
	return projection;
}
