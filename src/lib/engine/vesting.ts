/**
 * Vesting: the presets, turning what a person wrote into a schedule, and the vest
 * events of a schedule (contract: year k's share is split equally over the events at
 * months 12(k−1)+every, …, 12k; events before the cliff are paid at the cliff month).
 *
 * Share-price growth is applied by `priceFactors` in growth.ts; this module only knows
 * which fraction of a grant vests when.
 */
import type Decimal from 'decimal.js';
// Figures only (`?figures`, see vite.config.ts): the file's source and note are for /about.
import presetFile from '$data/vesting-presets.json?figures';
import { Dec, HUNDRED, toMoney, ZERO } from './money';
import {
	VEST_EVERY_MONTHS,
	VESTING_PRESET_IDS,
	type InputIssue,
	type VestEvery,
	type VestingPresetId,
	type VestingSchedule
} from './types';

/** The result of checking a vesting input: a schedule, or problems with relative paths. */
export type VestingCheck =
	{ ok: true; schedule: VestingSchedule } | { ok: false; issues: InputIssue[] };

const PRESET_LIST = VESTING_PRESET_IDS.join(', ');
const SCHEDULE_HINT =
	'a schedule like { "yearly": [25, 25, 25, 25], "cliffMonths": 12, "every": 1 }';

function isPresetId(value: unknown): value is VestingPresetId {
	return typeof value === 'string' && (VESTING_PRESET_IDS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function buildPresets(): Readonly<Record<VestingPresetId, VestingSchedule>> {
	const out: Partial<Record<VestingPresetId, VestingSchedule>> = {};
	const rows: unknown[] =
		isRecord(presetFile) && Array.isArray(presetFile.presets) ? presetFile.presets : [];
	for (const row of rows) {
		if (!isRecord(row)) {
			throw new Error('data/vesting-presets.json: a preset is not an object');
		}
		const checked = checkCustom(row);
		// A broken data file must fail loudly at load, not quietly mis-vest every grant.
		if (!isPresetId(row.id) || !checked.ok) {
			throw new Error(`data/vesting-presets.json: preset "${row.id}" is not valid`);
		}
		const { yearly, cliffMonths, every } = checked.schedule;
		out[row.id] = Object.freeze({
			preset: row.id,
			yearly: Object.freeze(yearly) as number[],
			cliffMonths,
			every
		});
	}
	for (const id of VESTING_PRESET_IDS) {
		if (!out[id]) {
			throw new Error(`data/vesting-presets.json: preset "${id}" is missing`);
		}
	}
	return Object.freeze(out as Record<VestingPresetId, VestingSchedule>);
}

/** Reads a percentage that may be a number or a numeric string; `null` if it is neither. */
function readPct(value: unknown): Decimal | null {
	return typeof value === 'number' || typeof value === 'string' ? toMoney(value) : null;
}

/** Checks a custom schedule `{ yearly, cliffMonths?, every? }` (cliff 12 and monthly by default). */
function checkCustom(input: Record<string, unknown>): VestingCheck {
	const issues: InputIssue[] = [];
	const { yearly: rawYearly, cliffMonths: rawCliff = 12, every: rawEvery = 1 } = input;
	const yearly: number[] = [];
	if (!Array.isArray(rawYearly) || rawYearly.length < 1 || rawYearly.length > 10) {
		issues.push({
			path: 'yearly',
			message:
				'Vesting must list the % that vests each year, for 1 to 10 years, like [25, 25, 25, 25].'
		});
	} else {
		let total: Decimal = ZERO;
		rawYearly.forEach((entry: unknown, i) => {
			const pct = readPct(entry);
			if (pct === null || pct.isNegative() || pct.greaterThan(HUNDRED)) {
				issues.push({
					path: `yearly.${i}`,
					message: `Year ${i + 1}'s vesting share must be a number from 0 to 100 (percent), like 25.`
				});
				return;
			}
			// Percentages are plain numbers (types.ts): sum what is kept, not the text given.
			const kept = pct.toNumber();
			total = total.plus(kept);
			yearly.push(kept);
		});
		// Compared in Decimal so that 33.3 + 33.3 + 33.4 is exactly 100, as a person means it.
		if (issues.length === 0 && !total.equals(HUNDRED)) {
			issues.push({
				path: 'yearly',
				message: `Vesting shares must add up to 100 %; these add up to ${total.toString()} %.`
			});
		}
	}
	const cliff = readPct(rawCliff);
	if (cliff === null || !(cliff.equals(0) || cliff.equals(12))) {
		issues.push({ path: 'cliffMonths', message: 'The vesting cliff must be 0 or 12 months.' });
	}
	const every = readPct(rawEvery);
	const everyN = every?.toNumber();
	if (!VEST_EVERY_MONTHS.some((n) => n === everyN)) {
		issues.push({ path: 'every', message: 'Shares must vest every 1, 3, 6 or 12 months.' });
	}
	if (issues.length > 0 || cliff === null) {
		return { ok: false, issues };
	}
	const schedule: VestingSchedule = {
		yearly,
		cliffMonths: cliff.equals(12) ? 12 : 0,
		every: everyN as VestEvery
	};
	// Keep the preset's name only while the schedule is still exactly that preset, so a
	// saved file that was edited by hand does not claim a preset it no longer follows.
	// (Named first, as a preset's own copy is, so equal schedules print alike.)
	if (isPresetId(input.preset) && sameSchedule(schedule, vestingPresets[input.preset])) {
		return { ok: true, schedule: { preset: input.preset, ...schedule } };
	}
	return { ok: true, schedule };
}

function sameSchedule(a: VestingSchedule, b: VestingSchedule): boolean {
	return (
		a.cliffMonths === b.cliffMonths &&
		a.every === b.every &&
		a.yearly.length === b.yearly.length &&
		a.yearly.every((pct, i) => pct === b.yearly[i])
	);
}

function copyPreset(id: VestingPresetId): VestingSchedule {
	const preset = vestingPresets[id];
	return {
		preset: id,
		yearly: [...preset.yearly],
		cliffMonths: preset.cliffMonths,
		every: preset.every
	};
}

/**
 * The six vesting presets of the contract (data/vesting-presets.json), keyed by id. Frozen:
 * copy one (`resolveVesting(id)`) before changing it.
 *
 * @example vestingPresets.amazon // { preset: 'amazon', yearly: [5, 15, 40, 40], cliffMonths: 12, every: 6 }
 */
export const vestingPresets: Readonly<Record<VestingPresetId, VestingSchedule>> = buildPresets();

/**
 * Checks a vesting input (a preset id, `{ preset }`, or `{ yearly, cliffMonths?, every? }`)
 * and returns the schedule or the problems, with paths relative to the vesting field.
 *
 * @example checkVesting({ yearly: [50, 45] }) // { ok: false, issues: [{ path: 'yearly',
 *   message: 'Vesting shares must add up to 100 %; these add up to 95 %.' }] }
 */
export function checkVesting(input: unknown): VestingCheck {
	if (isPresetId(input)) {
		return { ok: true, schedule: copyPreset(input) };
	}
	if (isRecord(input)) {
		if (input.yearly === undefined && isPresetId(input.preset)) {
			return { ok: true, schedule: copyPreset(input.preset) };
		}
		if (input.yearly !== undefined) {
			return checkCustom(input);
		}
	}
	const message =
		typeof input === 'string'
			? `Vesting preset "${printable(input)}" is not one of: ${PRESET_LIST}.`
			: `Vesting must be a preset (${PRESET_LIST}) or ${SCHEDULE_HINT}.`;
	return { ok: false, issues: [{ path: '', message }] };
}

/**
 * The start of what the user typed, safe to quote in a message: control and invisible
 * formatting characters (a NUL, a right-to-left override) would garble the sentence, so each
 * becomes "?".
 */
function printable(text: string): string {
	return text.slice(0, 40).replace(/[\p{Cc}\p{Cf}]/gu, '?');
}

/**
 * Turns a preset id or a schedule into a full schedule (a fresh copy), or `null` when the
 * input is not a valid vesting (see `checkVesting` for the reasons). Never throws.
 *
 * @example resolveVesting('back-loaded') // { preset: 'back-loaded', yearly: [10, 20, 30, 40], cliffMonths: 12, every: 1 }
 * @example resolveVesting({ yearly: [50, 50], cliffMonths: 0, every: 6 }) // { yearly: [50, 50], cliffMonths: 0, every: 6 }
 */
export function resolveVesting(
	input: VestingPresetId | VestingSchedule | unknown
): VestingSchedule | null {
	const checked = checkVesting(input);
	return checked.ok ? checked.schedule : null;
}

/** One vest: at `month` (1-based, counted from the start date), `fraction` of the grant vests. */
export interface VestEvent {
	month: number;
	fraction: Decimal;
}

const eventCache = new Map<string, readonly VestEvent[]>();

/**
 * A cache key that two equal schedules share, however they were built.
 *
 * @example scheduleKey(vestingPresets.amazon) // '5,15,40,40|12|6'
 */
export function scheduleKey(schedule: VestingSchedule): string {
	return `${schedule.yearly.join(',')}|${schedule.cliffMonths}|${schedule.every}`;
}

/**
 * The vest events of a schedule, in month order, events before the cliff merged into one
 * at the cliff month. Fractions are of the whole grant and add up to 1.
 *
 * @example vestEvents(vestingPresets.amazon).slice(0, 2) // [{ month: 12, fraction: 0.05 }, { month: 18, fraction: 0.075 }]
 */
export function vestEvents(schedule: VestingSchedule): readonly VestEvent[] {
	const key = scheduleKey(schedule);
	const cached = eventCache.get(key);
	if (cached) {
		return cached;
	}
	const perYear = 12 / schedule.every;
	const events: VestEvent[] = [];
	schedule.yearly.forEach((pct, k) => {
		if (pct === 0) {
			return;
		}
		// Count the year's events per month first (the cliff merges several into one), then
		// divide once, so a merged event is exactly its share (25 %, not 12 × 25/12 %).
		const counts = new Map<number, number>();
		for (let j = 1; j <= perYear; j++) {
			const month = Math.max(12 * k + schedule.every * j, schedule.cliffMonths);
			counts.set(month, (counts.get(month) ?? 0) + 1);
		}
		for (const [month, count] of counts) {
			events.push({ month, fraction: new Dec(pct).times(count).dividedBy(100 * perYear) });
		}
	});
	if (eventCache.size > 256) {
		eventCache.clear();
	}
	eventCache.set(key, events);
	return events;
}

/**
 * The fraction of the grant vested by the end of `month`, computed from whole yearly
 * percentages so it is exact (1 once everything has vested).
 *
 * @example String(vestedFraction(vestingPresets.standard, 18)) // '0.375' (25 % + 6 of 12 monthly 25/12 %)
 */
export function vestedFraction(schedule: VestingSchedule, month: number): Decimal {
	if (month < schedule.cliffMonths) {
		return ZERO;
	}
	const perYear = 12 / schedule.every;
	const fullYears = Math.min(Math.floor(month / 12), schedule.yearly.length);
	let pct: Decimal = ZERO;
	for (let k = 0; k < fullYears; k++) {
		pct = pct.plus(schedule.yearly[k] ?? 0);
	}
	const partial = schedule.yearly[fullYears];
	const eventsDone = Math.floor((month - 12 * fullYears) / schedule.every);
	if (partial !== undefined && eventsDone > 0) {
		pct = pct.plus(new Dec(partial).times(eventsDone).dividedBy(perYear));
	}
	return pct.dividedBy(HUNDRED);
}
