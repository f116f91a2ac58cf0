/**
 * Turns a normalized scenario back into the contract's scenario file: plain JSON that
 * `parseScenario` reads back to an equal scenario. It is what is saved, exported and shared,
 * so it is kept short and readable: money as exact decimal strings (a JSON number could
 * not carry 40 digits), a preset id instead of its schedule, one sign-on amount instead of
 * an array of one, and no key for an optional field that is absent.
 */
import type Decimal from 'decimal.js';
import type {
	Currency,
	EquityGrant,
	FilingStatus,
	LevelId,
	LocationId,
	Offer,
	RoleId,
	Scenario,
	TaxRegionId,
	VestEvery,
	VestingPresetId,
	VestingSchedule
} from './types';
import { vestingPresets } from './vesting';

/** A decimal as a JSON string (`toFixed()` never switches to exponent notation). */
export type DecimalText = string;

export type VestingJson =
	VestingPresetId | { yearly: number[]; cliffMonths: 0 | 12; every: VestEvery };

export type EquityJson =
	| {
			type: 'rsu';
			grant: DecimalText;
			vesting: VestingJson;
			growthPct: number;
			refresh: DecimalText;
	  }
	| {
			type: 'options';
			shares: DecimalText;
			strike: DecimalText;
			price: DecimalText;
			vesting: VestingJson;
			growthPct: number;
			successPct: number;
	  };

export interface OfferJson {
	name: string;
	role?: RoleId;
	level?: LevelId;
	location: LocationId;
	currency: Currency;
	colIndex: number;
	taxRegion: TaxRegionId;
	base: DecimalText;
	raisePct: number;
	bonusPct: number;
	signOn: DecimalText | DecimalText[];
	relocation: DecimalText;
	otherAnnual: DecimalText;
	retirementMatchPct: number;
	equity?: EquityJson;
}

export interface ScenarioJson {
	version: 1;
	years: number;
	household: { filingStatus: FilingStatus; annualSpending: DecimalText };
	fx: { GBPUSD: DecimalText };
	offers: OfferJson[];
}

function text(value: Decimal): DecimalText {
	return value.toFixed();
}

function sameSchedule(a: VestingSchedule, b: VestingSchedule): boolean {
	return (
		a.cliffMonths === b.cliffMonths &&
		a.every === b.every &&
		a.yearly.length === b.yearly.length &&
		a.yearly.every((pct, i) => pct === b.yearly[i])
	);
}

/**
 * A schedule as the file writes it: the preset id while the schedule is still exactly that
 * preset, otherwise the schedule itself (a stale preset label is dropped, not trusted).
 *
 * @example serializeVesting({ preset: 'amazon', yearly: [5, 15, 40, 40], cliffMonths: 12, every: 6 }) // 'amazon'
 */
export function serializeVesting(schedule: VestingSchedule): VestingJson {
	const preset = schedule.preset === undefined ? undefined : vestingPresets[schedule.preset];
	if (schedule.preset !== undefined && preset !== undefined && sameSchedule(schedule, preset)) {
		return schedule.preset;
	}
	return { yearly: [...schedule.yearly], cliffMonths: schedule.cliffMonths, every: schedule.every };
}

function serializeEquity(equity: EquityGrant): EquityJson {
	if (equity.type === 'rsu') {
		return {
			type: 'rsu',
			grant: text(equity.grant),
			vesting: serializeVesting(equity.vesting),
			growthPct: equity.growthPct,
			refresh: text(equity.refresh)
		};
	}
	return {
		type: 'options',
		shares: text(equity.shares),
		strike: text(equity.strike),
		price: text(equity.price),
		vesting: serializeVesting(equity.vesting),
		growthPct: equity.growthPct,
		successPct: equity.successPct
	};
}

/**
 * One normalized offer as the scenario file writes it. Defaults that were filled in
 * (currency, colIndex, taxRegion) are written out, so the file means the same thing even
 * if a later version changes a location's defaults.
 *
 * @example serializeOffer(offer).signOn // '30000' (one year-1 amount), or ['30000', '10000']
 */
export function serializeOffer(offer: Offer): OfferJson {
	// Optional keys appear only when present, so the file never holds `"role": null`.
	return {
		name: offer.name,
		...(offer.role === undefined ? {} : { role: offer.role }),
		...(offer.level === undefined ? {} : { level: offer.level }),
		location: offer.location,
		currency: offer.currency,
		colIndex: offer.colIndex,
		taxRegion: offer.taxRegion,
		base: text(offer.base),
		raisePct: offer.raisePct,
		bonusPct: offer.bonusPct,
		signOn:
			offer.signOn.length === 1 && offer.signOn[0] ? text(offer.signOn[0]) : offer.signOn.map(text),
		relocation: text(offer.relocation),
		otherAnnual: text(offer.otherAnnual),
		retirementMatchPct: offer.retirementMatchPct,
		...(offer.equity === undefined ? {} : { equity: serializeEquity(offer.equity) })
	};
}

/**
 * A normalized scenario as the contract's scenario file (plain JSON, `version: 1`).
 * `parseScenario(serializeScenario(s))` gives back a scenario equal to `s`.
 *
 * @example JSON.stringify(serializeScenario(scenario))
 * // '{"version":1,"years":4,"household":{"filingStatus":"single","annualSpending":"60000"},...}'
 */
export function serializeScenario(scenario: Scenario): ScenarioJson {
	return {
		version: 1,
		years: scenario.years,
		household: {
			filingStatus: scenario.household.filingStatus,
			annualSpending: text(scenario.household.annualSpending)
		},
		fx: { GBPUSD: text(scenario.fx.GBPUSD) },
		offers: scenario.offers.map(serializeOffer)
	};
}
