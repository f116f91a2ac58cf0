/**
 * Income and payroll tax of one earner's yearly wages, from the tables in `data/tax/`.
 *
 * Every figure lives in the data files (each with its source and year); this module only
 * knows how to apply a marginal schedule to income less a deduction. See `tax-schema.ts`
 * for the file shape and the simplifications each file lists in its `notes`.
 */
import Decimal from 'decimal.js';
import { ZERO, cents, type Money } from './money';
import { compileTax, type CompiledTax } from './tax-compile';
import { taxFile, taxTableFiles } from './tax-files';
import { regionScheduleSteps, roundedTotal, taxByField, type RegionSchedule } from './tax-merge';
import { runToEnd } from './steps';
import {
	parseTaxFile,
	taxRegionFiguresSchema,
	taxTableFiguresSchema,
	type TaxField,
	type TaxFigures,
	type TaxRegionFigures,
	type TaxTableFigures
} from './tax-schema';
import {
	FILING_STATUSES,
	TAX_REGION_IDS,
	type Currency,
	type FilingStatus,
	type TaxRegionId
} from './types';

/**
 * The figures of every file of data/tax/, without the notes and sources (`?figures`, see
 * vite.config.ts; `tax-tables.ts` has the whole files for /about).
 */
const figures = import.meta.glob('/data/tax/*.json', {
	eager: true,
	query: '?figures',
	import: 'default'
});

/**
 * Every tax table's figures, as the engine computes with them.
 * Parsed where the files are checked (see `parseDataFile`): the server build, which stops on
 * a broken file, and the tests. The browser gets the same checked bytes and no tax schema.
 */
export const taxFigures: readonly TaxTableFigures[] = taxTableFiles(figures).map(([json, file]) =>
	import.meta.env?.SSR !== false
		? parseTaxFile(taxTableFiguresSchema, json, file, 'tax table')
		: (json as TaxTableFigures)
);
const [regionsJson, regionsPath] = taxFile(figures, 'regions.json');
const regionsFile =
	import.meta.env?.SSR !== false
		? parseTaxFile(taxRegionFiguresSchema, regionsJson, regionsPath, 'region list')
		: (regionsJson as TaxRegionFigures);

/** A tax as the UI lists it under a region (figures stay in the engine). */
export interface TaxRegionTax {
	id: string;
	name: string;
	field: TaxField;
	year: number;
}

/**
 * A tax region a user can pick: its name, currency, the years of its figures and its taxes.
 * The notes and sources are in `tax-tables.ts`.
 */
export interface TaxRegionInfo {
	id: TaxRegionId;
	name: string;
	currency: Currency;
	/** The tax year modelled (2026). */
	taxYear: number;
	/** The distinct years the figures were published for, oldest first (e.g. [2025, 2026]). */
	dataYears: number[];
	taxes: TaxRegionTax[];
}

interface ResolvedRegion {
	info: TaxRegionInfo;
	definitions: TaxFigures[];
	/**
	 * Compiled and summed on first use, per filing status: building a region's schedules
	 * (and checking the sums) takes a few milliseconds, and a page start needs one or two of
	 * the eighteen, not all of them before it can show anything.
	 */
	schedules: Partial<Record<FilingStatus, RegionSchedule>>;
	compiled?: CompiledTax[];
}

/**
 * Joins each region to its jurisdictions' tables, checking at load that every jurisdiction
 * exists and shares the region's currency: a mismatch would silently mix dollars and pounds.
 */
function resolveRegions(): Map<TaxRegionId, ResolvedRegion> {
	const byJurisdiction = new Map(taxFigures.map((table) => [table.jurisdiction, table]));
	const resolved = new Map<TaxRegionId, ResolvedRegion>();
	for (const region of regionsFile.regions) {
		const members = region.jurisdictions.map((id) => {
			const table = byJurisdiction.get(id);
			if (!table) {
				throw new Error(`data/tax/regions.json: region ${region.id} names unknown ${id}`);
			}
			if (table.currency !== region.currency) {
				throw new Error(
					`data/tax/regions.json: ${id} is in ${table.currency}, not ${region.currency}`
				);
			}
			return table;
		});
		const definitions = members.flatMap((table) => table.taxes);
		const info: TaxRegionInfo = {
			id: region.id,
			name: region.name,
			currency: region.currency,
			taxYear: regionsFile.taxYear,
			dataYears: [...new Set(definitions.map((tax) => tax.year))].sort((a, b) => a - b),
			taxes: definitions.map(({ id, name, field, year }) => ({ id, name, field, year }))
		};
		resolved.set(region.id, { info, definitions, schedules: {} });
	}
	return resolved;
}

const regions = resolveRegions();

/**
 * The tax regions in the contract's order, for pickers and the /about page.
 *
 * @example taxRegions.find((r) => r.id === 'us-ca')?.dataYears // [2025, 2026]
 */
export const taxRegions: readonly TaxRegionInfo[] = TAX_REGION_IDS.flatMap((id) => {
	const region = regions.get(id);
	return region ? [region.info] : [];
});

/**
 * The currency a region's tables are in.
 *
 * @example taxRegionCurrency('uk') // 'GBP'
 */
export function taxRegionCurrency(region: TaxRegionId): Currency {
	return regions.get(region)?.info.currency ?? 'USD';
}

/**
 * `(income) => estimateTax({ income, region, filingStatus }).total`, for the engine's own
 * callers: the region is looked up once, and the income, already a Decimal, is neither
 * parsed nor copied, and no estimate object is built. A projection with a household asks
 * this once a year of every offer.
 */
export function taxTotalFor(region: TaxRegionId, status: FilingStatus): (income: Money) => Money {
	const schedule = regionSchedules(region, status);
	return (income) => {
		const wages = wholeCents(income);
		if (!wages) {
			return ZERO;
		}
		return roundedTotal(schedule, wages) ?? roundedLines(schedule, wages, status).total;
	};
}

/** The region's tables for a filing status; an unknown one is a programming error. */
export function regionSchedules(region: TaxRegionId, filingStatus: FilingStatus): RegionSchedule {
	return (
		resolvedRegion(region, filingStatus).schedules[filingStatus] ??
		runToEnd(regionSchedulesSteps(region, filingStatus))
	);
}

/**
 * `regionSchedules` in steps, a `yield` after each table is compiled and each line summed: the
 * first projection in a region makes its tables first, which takes a phone tens of ms, so a
 * page starting up makes them a step per piece of work (src/lib/hydrate-later). Once made, the
 * tables are kept, and this returns them at once.
 */
export function* regionSchedulesSteps(
	region: TaxRegionId,
	filingStatus: FilingStatus
): Generator<void, RegionSchedule, undefined> {
	const resolved = resolvedRegion(region, filingStatus);
	if (!resolved.compiled) {
		const compiled: CompiledTax[] = [];
		for (const definition of resolved.definitions) {
			compiled.push(compileTax(definition));
			yield;
		}
		resolved.compiled ??= compiled;
	}
	const schedule =
		resolved.schedules[filingStatus] ??
		(yield* regionScheduleSteps(resolved.compiled, filingStatus));
	return (resolved.schedules[filingStatus] ??= schedule);
}

function resolvedRegion(region: TaxRegionId, filingStatus: FilingStatus): ResolvedRegion {
	const resolved = regions.get(region);
	if (!resolved) {
		throw new RangeError(
			`Unknown tax region "${String(region)}"; use one of ${TAX_REGION_IDS.join(', ')}.`
		);
	}
	if (!FILING_STATUSES.includes(filingStatus)) {
		throw new RangeError(`Unknown filing status "${String(filingStatus)}"; use single or married.`);
	}
	return resolved;
}

/** Income truncated to whole cents (so `net` never exceeds it); null when not above zero. */
export function wholeCents(income: Money): Money | null {
	if (income.lte(0)) {
		return null;
	}
	return income.decimalPlaces() <= 2 ? income : income.toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

/** Each line of a year's tax rounded to cents, and their sum. */
export function roundedLines(
	schedule: RegionSchedule,
	wages: Money,
	status: FilingStatus
): Record<TaxField | 'total', Money> {
	const lines = taxByField(schedule, wages, status);
	const federal = cents(lines.federal);
	const state = cents(lines.state);
	const local = cents(lines.local);
	const payroll = cents(lines.payroll);
	// Most regions have no local tax and some no state tax: adding their zeros is skipped.
	const total = [state, local, payroll].reduce(
		(sum, line) => (line.isZero() ? sum : sum.plus(line)),
		federal
	);
	return { federal, state, local, payroll, total };
}
