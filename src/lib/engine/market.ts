/**
 * Market data: the guide's salary tables, typed, and `marketRange`, which answers "what does
 * the guide say this role pays at this level, in this city?" — from the guide's own figure
 * where it gives one, derived from its two tables (by `derivedRule`) where it does not.
 *
 * The figures live in data/guide/*.json (transcribed from the guide) and our own defaults in
 * data/location-defaults.json; nothing is written here (the guide's prose is in
 * guide-prose.ts). The server build and the tests parse the files with their zod schemas when
 * this module loads, and the browser takes the same checked bytes as they are (see
 * `parseDataFile`); either way their ids have the engine's id types.
 */
import salaryByRoleJson from '$data/guide/salary-by-role.json';
import salaryByLocationJson from '$data/guide/salary-by-location.json';
import locationDefaultsJson from '$data/location-defaults.json';
import {
	locationDefaultsSchema,
	parseDataFile,
	salaryByLocationSchema,
	salaryByRoleSchema
} from './data-schemas';
import type { output } from 'zod/mini';
import { Dec, type Money } from './money';
import { writeMoney } from './number-text';
import type { Currency, LevelId, LocationId, RoleId, TaxRegionId } from './types';

/** A salary range in whole currency units; `openEnded` where the guide wrote "+" after it. */
export interface SalaryRange {
	low: Money;
	high: Money;
	openEnded: boolean;
}

export interface MarketRole {
	id: RoleId;
	name: string;
	/** The row label exactly as the guide prints it ("Computer Vision Eng"). */
	guideLabel: string;
	/** The guide's "Salary by Role" row: total compensation, USD. */
	ranges: Readonly<Record<LevelId, SalaryRange>>;
}

export interface MarketLevel {
	id: LevelId;
	name: string;
	/** Years of experience as the guide writes them: '0–2', '2–5', '5+'. */
	years: string;
}

export interface MarketLocation {
	id: LocationId;
	name: string;
	currency: Currency;
	/** The guide's cost of living index; null where it printed "Variable" (Remote). */
	colIndex: number | null;
	/** What the guide printed instead of a number, where it gave none. */
	colIndexText?: string;
	/** The index an offer uses unless overridden: the guide's, else ours (Remote: 100). */
	defaultColIndex: number;
	/** Our default tax region for the location (not from the guide). */
	taxRegion: TaxRegionId;
	/** The guide's ML Engineer (Mid) and Data Scientist (Mid) ranges, in `currency`. */
	mlEngineerMid: SalaryRange;
	dataScientistMid: SalaryRange;
	/** The guide's approximate USD equivalents, for a non-USD location (London). */
	usdEquivalent?: { mlEngineerMid: SalaryRange; dataScientistMid: SalaryRange };
}

export interface MarketRange {
	low: Money;
	high: Money;
	currency: Currency;
	/** 'guide': the guide prints this figure; 'derived': computed by `derivedRule`. */
	source: 'guide' | 'derived';
	/**
	 * The table the figure comes from: 'role' ("Salary by Role", which the guide labels total
	 * compensation: base + bonus + equity), 'location' ("Salary by Location", which says
	 * nothing of what it counts) or 'both' (derived: a role row scaled by a location's ratio).
	 */
	table: 'role' | 'location' | 'both';
	/** The guide wrote "+" after the high figure (AI Research Scientist, Senior). */
	openEnded: boolean;
	/** One sentence saying where the figure comes from, with the numbers used. */
	basis: string;
}

const byRole =
	import.meta.env?.SSR !== false
		? parseDataFile('data/guide/salary-by-role.json', salaryByRoleSchema, salaryByRoleJson)
		: (salaryByRoleJson as output<typeof salaryByRoleSchema>);
const byLocation =
	import.meta.env?.SSR !== false
		? parseDataFile(
				'data/guide/salary-by-location.json',
				salaryByLocationSchema,
				salaryByLocationJson
			)
		: (salaryByLocationJson as output<typeof salaryByLocationSchema>);
const defaults =
	import.meta.env?.SSR !== false
		? parseDataFile('data/location-defaults.json', locationDefaultsSchema, locationDefaultsJson)
		: (locationDefaultsJson as output<typeof locationDefaultsSchema>);

/** JSON amounts are whole numbers (the schema checks it), so `new Dec` reads them exactly. */
function toRange(r: { low: number; high: number; openEnded?: boolean | undefined }): SalaryRange {
	return { low: new Dec(r.low), high: new Dec(r.high), openEnded: r.openEnded ?? false };
}

export const levels: readonly MarketLevel[] = byRole.levels;

export const roles: readonly MarketRole[] = byRole.roles.map((r) => ({
	id: r.id,
	name: r.name,
	guideLabel: r.guideLabel,
	ranges: {
		entry: toRange(r.ranges.entry),
		mid: toRange(r.ranges.mid),
		senior: toRange(r.ranges.senior)
	}
}));

export const locations: readonly MarketLocation[] = byLocation.locations.map((l, i) => {
	// The schema fixes both files to the same ids in the same order.
	const ours = defaults.locations[i];
	const defaultColIndex = l.colIndex ?? ours?.colIndexWhenGuideHasNone;
	if (ours === undefined || defaultColIndex === undefined) {
		throw new Error(`data/location-defaults.json: ${l.id} needs colIndexWhenGuideHasNone`);
	}
	return {
		id: l.id,
		name: l.name,
		currency: l.currency,
		colIndex: l.colIndex,
		...(l.colIndexText === undefined ? {} : { colIndexText: l.colIndexText }),
		defaultColIndex,
		taxRegion: ours.taxRegion,
		mlEngineerMid: toRange(l.mlEngineerMid),
		dataScientistMid: toRange(l.dataScientistMid),
		...(l.usdEquivalent === undefined
			? {}
			: {
					usdEquivalent: {
						mlEngineerMid: toRange(l.usdEquivalent.mlEngineerMid),
						dataScientistMid: toRange(l.usdEquivalent.dataScientistMid)
					}
				})
	};
});

// Maps, not objects: a lookup of '__proto__' or 'toString' must find nothing.
const roleMap = new Map<string, MarketRole>(roles.map((r) => [r.id, r]));
const levelMap = new Map<string, MarketLevel>(levels.map((l) => [l.id, l]));
const locationMap = new Map<string, MarketLocation>(locations.map((l) => [l.id, l]));

/** @example roleById('ml-engineer')?.name // 'ML Engineer'; roleById('chef') // undefined */
export function roleById(id: string): MarketRole | undefined {
	return roleMap.get(id);
}

/** @example levelById('mid')?.years // '2–5' */
export function levelById(id: string): MarketLevel | undefined {
	return levelMap.get(id);
}

/** @example locationById('remote')?.defaultColIndex // 100 (the guide says "Variable") */
export function locationById(id: string): MarketLocation | undefined {
	return locationMap.get(id);
}

const THOUSAND = new Dec(1000);

/** Nearest 1,000, half up (Dec rounds half up). */
function roundToThousand(value: Money): Money {
	return value.dividedBy(THOUSAND).toDecimalPlaces(0).times(THOUSAND);
}

/**
 * The guide's salary range for a role and level, nationally (USD) or in a location.
 *
 * - No location (undefined or null): the guide's "Salary by Role" row, USD, source 'guide'.
 * - ML Engineer or Data Scientist at Mid in a location: the guide's "Salary by Location"
 *   figure itself, in the location's currency (London: GBP), source 'guide'.
 * - Any other role/level in a location: derived by `derivedRule`, source 'derived'.
 * - An unknown role, level or location id: null (it never throws).
 *
 * @example
 * const r = marketRange('ml-engineer', 'entry', 'san-francisco');
 * // { low: 147000, high: 191000, currency: 'USD', source: 'derived', table: 'both', openEnded: false, basis: '…' }
 * // (110000 × 200000/150000 = 146666.67 → 147000; 150000 × 280000/220000 = 190909.09 → 191000)
 */
export function marketRange(
	role: RoleId,
	level: LevelId,
	location?: LocationId | null
): MarketRange;
export function marketRange(
	role: string,
	level: string,
	location?: string | null
): MarketRange | null;
export function marketRange(
	role: string,
	level: string,
	location?: string | null
): MarketRange | null {
	const r = roleById(role);
	const lv = levelById(level);
	if (r === undefined || lv === undefined) {
		return null;
	}
	const national = r.ranges[lv.id];
	const levelText = `${lv.name} (${lv.years}y)`;
	if (location === undefined || location === null) {
		return {
			...national,
			currency: 'USD',
			source: 'guide',
			table: 'role',
			basis: `Guide, "Salary by Role (Total Compensation, USD)": ${r.name}, ${levelText}.`
		};
	}
	const loc = locationById(location);
	if (loc === undefined) {
		return null;
	}
	const anchor = r.id === 'data-scientist' ? 'data-scientist' : 'ml-engineer';
	const anchorName = anchor === 'data-scientist' ? 'Data Scientist' : 'ML Engineer';
	const anchorHere = anchor === 'data-scientist' ? loc.dataScientistMid : loc.mlEngineerMid;
	if (r.id === anchor && lv.id === 'mid') {
		return {
			...anchorHere,
			currency: loc.currency,
			source: 'guide',
			table: 'location',
			basis: `Guide, "Salary by Location (2026)": ${anchorName} (Mid), ${loc.name}.`
		};
	}
	const anchorNational = roleMap.get(anchor)?.ranges.mid;
	if (anchorNational === undefined) {
		return null; // unreachable: the schema requires every role id
	}
	const usd = (amount: Money) => writeMoney(amount, 'USD');
	const here = (amount: Money) => writeMoney(amount, loc.currency);
	// Multiply before dividing so the only rounding is the final one.
	const low = roundToThousand(national.low.times(anchorHere.low).dividedBy(anchorNational.low));
	const high = roundToThousand(national.high.times(anchorHere.high).dividedBy(anchorNational.high));
	return {
		low,
		high,
		currency: loc.currency,
		source: 'derived',
		table: 'both',
		openEnded: national.openEnded,
		basis:
			`Derived: the guide's national ${r.name} ${levelText} range (${usd(national.low)}–` +
			`${usd(national.high)}${national.openEnded ? '+' : ''}) × ${loc.name}'s ${anchorName} ` +
			`(Mid) range over the national ${anchorName} Mid range (low ` +
			`${here(anchorHere.low)} ÷ ${usd(anchorNational.low)}, high ${here(anchorHere.high)} ÷ ` +
			`${usd(anchorNational.high)}), rounded to the nearest 1,000 ${loc.currency}.`
	};
}

/** The two guide files as read, for the citations and notes of market-notes.ts. */
export const guideTables = { byRole, byLocation } as const;
