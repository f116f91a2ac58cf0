/**
 * `project`: an offer year by year (contract: "project(offer, options?)").
 *
 * Year k: base = base × (1 + raise)^(k−1); bonus = bonusPct % of that year's exact base;
 * sign-on = signOn[k−1]; other = otherAnnual, plus relocation in year 1; retirement match
 * = matchPct % of that year's base; equity and refresh from equity.ts. Every line is
 * rounded to cents once, at the end, and each total is the sum of the rounded lines.
 */
import Decimal from 'decimal.js';
import { cumulativeCents, optionYears, refreshYearUnits, rsuYearUnits, toCents } from './equity';
import { afterTaxLines, DEFAULT_FX } from './living';
import { cents, Dec, HUNDRED, ZERO, type Money } from './money';
import { parseFx, parseHousehold } from './schema';
import { parseOffer } from './schema-offer';
import { FILING_STATUSES } from './types';
import type {
	AfterTaxLines,
	Fx,
	Household,
	InputIssue,
	Offer,
	PayLines,
	Projection,
	Totals,
	YearRow
} from './types';

const PAY_KEYS = [
	'base',
	'bonus',
	'signOn',
	'equity',
	'refresh',
	'other',
	'total',
	'retirement',
	'exerciseCost'
] as const;
const AFTER_TAX_KEYS = ['taxable', 'tax', 'net', 'purchasingPower', 'savings'] as const;

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

function failed(errors: InputIssue[]): Projection {
	return { years: [], totals: zeroLines(), errors };
}

interface Settings {
	years: number;
	household?: Household;
	fx: Fx;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Already-normalized options pass straight through; anything else goes through the schema. */
function readSettings(options: unknown): Settings | InputIssue[] {
	if (options === undefined || options === null) {
		return { years: 4, fx: DEFAULT_FX };
	}
	if (!isRecord(options)) {
		return [{ path: '', message: 'Projection options must look like { "years": 4 }.' }];
	}
	const errors: InputIssue[] = [];
	const { years = 4, household, fx } = options;
	if (typeof years !== 'number' || !Number.isInteger(years) || years < 1 || years > 10) {
		errors.push({
			path: 'years',
			message: 'The horizon must be a whole number of years, from 1 to 10.'
		});
	}
	const settings: Settings = { years: Number(years), fx: DEFAULT_FX };
	if (household !== undefined) {
		const isNormal =
			isRecord(household) &&
			household.annualSpending instanceof Decimal &&
			FILING_STATUSES.some((s) => s === household.filingStatus);
		const parsed = isNormal
			? { ok: true as const, household: household as unknown as Household }
			: parseHousehold(household, 'household');
		if (parsed.ok) {
			settings.household = parsed.household;
		} else {
			errors.push(...parsed.errors);
		}
	}
	if (fx !== undefined) {
		const parsed = parseFx(fx, 'fx');
		if (parsed.ok) {
			settings.fx = parsed.fx;
		} else {
			errors.push(...parsed.errors);
		}
	}
	return errors.length > 0 ? errors : settings;
}

/** amount × unit, without a multiplication where the unit is 0 or past the schedule's end. */
function scale(amount: Money, unit: Decimal | undefined): Decimal {
	return unit === undefined || unit.isZero() ? ZERO : amount.times(unit);
}

/** Adds rounded lines, skipping zeros (most of a table: no sign-on after year 1, …). */
function add(a: Money, b: Money): Money {
	return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

/** The equity, refresh and exercise-cost lines of each year, already rounded. */
function equityLines(
	offer: Offer,
	years: number
): Pick<PayLines, 'equity' | 'refresh' | 'exerciseCost'>[] {
	const grant = offer.equity;
	const none = Array.from({ length: years }, () => ZERO);
	if (grant === undefined) {
		return none.map(() => ({ equity: ZERO, refresh: ZERO, exerciseCost: ZERO }));
	}
	let equity: Money[];
	let refresh: Money[] = none;
	let exerciseCost: Money[] = none;
	if (grant.type === 'rsu') {
		const units = rsuYearUnits(grant.vesting, grant.growthPct);
		equity = cumulativeCents(none.map((_, i) => scale(grant.grant, units[i])));
		if (!grant.refresh.isZero()) {
			const refreshUnits = refreshYearUnits(grant.growthPct);
			refresh = cumulativeCents(none.map((_, i) => scale(grant.refresh, refreshUnits[i])));
		}
	} else {
		const options = optionYears(grant, years);
		equity = cumulativeCents(options.value);
		exerciseCost = cumulativeCents(options.exerciseCost);
	}
	return none.map((_, i) => ({
		equity: equity[i] ?? ZERO,
		refresh: refresh[i] ?? ZERO,
		exerciseCost: exerciseCost[i] ?? ZERO
	}));
}

function rate(pct: number): Decimal | null {
	return pct === 0 ? null : new Dec(pct).dividedBy(HUNDRED);
}

function projectOffer(offer: Offer, settings: Settings): Projection {
	const raise = offer.raisePct === 0 ? null : new Dec(offer.raisePct).dividedBy(HUNDRED).plus(1);
	const bonusRate = rate(offer.bonusPct);
	const matchRate = rate(offer.retirementMatchPct);
	const equity = equityLines(offer, settings.years);
	const rsu = offer.equity?.type === 'rsu';
	const rows: YearRow[] = [];
	const totals: Totals = zeroLines();
	let base = offer.base;
	for (let year = 1; year <= settings.years; year++) {
		if (year > 1 && raise) {
			base = base.times(raise);
		}
		const lines = equity[year - 1] ?? { equity: ZERO, refresh: ZERO, exerciseCost: ZERO };
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
		if (settings.household) {
			// Options are taxed when exercised, not at vest, so only RSU equity is taxable here.
			const taxable = rsu ? row.total : cash;
			Object.assign(
				row,
				roundAfterTax(afterTaxLines(taxable, offer, settings.household, settings.fx))
			);
		}
		for (const key of PAY_KEYS) {
			totals[key] = add(totals[key], row[key]);
		}
		if (settings.household) {
			for (const key of AFTER_TAX_KEYS) {
				totals[key] = add(totals[key] ?? ZERO, row[key] ?? ZERO);
			}
		}
		rows.push(row);
	}
	return { years: rows, totals };
}

/** living.ts rounds its lines already; rounding again is free and keeps the tables exact. */
function roundAfterTax(lines: AfterTaxLines): AfterTaxLines {
	return {
		taxable: cents(lines.taxable),
		tax: cents(lines.tax),
		net: cents(lines.net),
		purchasingPower: cents(lines.purchasingPower),
		savings: cents(lines.savings)
	};
}

/**
 * Projects an offer (raw, as in a scenario file, or normalized by `parseScenario`) year by
 * year. `options`: `{ years?: 1..10 (default 4), household?, fx? (default 1.36 USD per GBP) }`;
 * with a household each row also has taxable, tax, net, purchasingPower and savings.
 * Never throws: an invalid offer or option gives `{ years: [], totals: zeros, errors }`.
 *
 * @example
 * // base 150,000, bonus 10 %, RSU grant 200,000 on `standard`, no growth, no raise:
 * // year 1 = 150,000 + 15,000 + 50,000 (the month-12 cliff vest) = 215,000.
 * const { years } = project({ name: 'Acme', location: 'austin', base: 150000, bonusPct: 10,
 *   equity: { type: 'rsu', grant: 200000, vesting: 'standard' } });
 * String(years[0].total) // '215000'
 */
export function project(offer: unknown, options?: unknown): Projection {
	try {
		const parsed = parseOffer(offer);
		const settings = readSettings(options);
		const errors = [
			...(parsed.ok ? [] : parsed.errors),
			...(Array.isArray(settings) ? settings : [])
		];
		if (!parsed.ok || Array.isArray(settings)) {
			return failed(errors);
		}
		return projectOffer(parsed.offer, settings);
	} catch {
		// A safety net: nothing above should throw, but a page must never break on an offer.
		return failed([{ path: '', message: 'This offer could not be projected.' }]);
	}
}
