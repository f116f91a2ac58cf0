import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import presetFile from '$data/vesting-presets.json';
import { cumulativeCents, refreshYearUnits, rsuYearUnits } from '$lib/engine/equity';
import { priceFactors } from '$lib/engine/growth';
import { Dec } from '$lib/engine/money';
import { VEST_EVERY_MONTHS, VESTING_PRESET_IDS } from '$lib/engine/types';
import {
	checkVesting,
	resolveVesting,
	vestedFraction,
	vestEvents,
	vestingPresets
} from '$lib/engine/vesting';

const presetFileSchema = z.strictObject({
	source: z.literal('Counteroffer engine contract v1'),
	date: z.iso.date(),
	note: z.string().includes('4 years, 1-year cliff typical'),
	presets: z
		.array(
			z.strictObject({
				id: z.enum(VESTING_PRESET_IDS),
				label: z.string().min(1),
				yearly: z.array(z.number().min(0).max(100)).min(1).max(10),
				cliffMonths: z.union([z.literal(0), z.literal(12)]),
				every: z.union(VEST_EVERY_MONTHS.map((n) => z.literal(n)))
			})
		)
		.refine((rows) => rows.map((r) => r.id).join() === VESTING_PRESET_IDS.join(), {
			message: 'presets must be exactly the six contract presets, in order'
		})
		.refine((rows) => rows.every((r) => r.yearly.reduce((a, b) => a + b, 0) === 100), {
			message: 'each preset must vest 100 %'
		})
});

describe('data/vesting-presets.json', () => {
	it('matches its schema', () => {
		expect(presetFileSchema.safeParse(presetFile).error?.issues).toBeUndefined();
	});

	// The contract's preset table, row by row.
	it.each([
		{ id: 'standard', yearly: [25, 25, 25, 25], cliffMonths: 12, every: 1 },
		{ id: 'standard-quarterly', yearly: [25, 25, 25, 25], cliffMonths: 12, every: 3 },
		{ id: 'amazon', yearly: [5, 15, 40, 40], cliffMonths: 12, every: 6 },
		{ id: 'front-loaded', yearly: [33, 33, 22, 12], cliffMonths: 0, every: 1 },
		{ id: 'back-loaded', yearly: [10, 20, 30, 40], cliffMonths: 12, every: 1 },
		{ id: 'quarterly-no-cliff', yearly: [25, 25, 25, 25], cliffMonths: 0, every: 3 }
	] as const)('$id is the contract preset', ({ id, ...schedule }) => {
		expect(vestingPresets[id]).toEqual({ preset: id, ...schedule });
		expect(resolveVesting(id)).toEqual({ preset: id, ...schedule });
	});
});

describe('resolveVesting', () => {
	it.each([
		{
			input: { yearly: [50, 50], cliffMonths: 0, every: 6 },
			expected: { yearly: [50, 50], cliffMonths: 0, every: 6 }
		},
		// A custom schedule without cliff or frequency: the guide's typical 1-year cliff, monthly.
		{ input: { yearly: [100] }, expected: { yearly: [100], cliffMonths: 12, every: 1 } },
		{ input: 'nope', expected: null },
		{ input: { yearly: [50, 45] }, expected: null },
		{ input: 42, expected: null }
	])('$input', ({ input, expected }) => {
		expect(resolveVesting(input)).toEqual(expected);
	});

	it('returns a copy a caller may change', () => {
		const copy = resolveVesting('standard');
		copy?.yearly.push(1);
		expect(vestingPresets.standard.yearly).toEqual([25, 25, 25, 25]);
	});

	it('says how far off the shares are', () => {
		expect(checkVesting({ yearly: [30, 30, 30, 5] })).toEqual({
			ok: false,
			issues: [
				{ path: 'yearly', message: 'Vesting shares must add up to 100 %; these add up to 95 %.' }
			]
		});
	});
});

const events = (id: keyof typeof vestingPresets) =>
	vestEvents(vestingPresets[id]).map((e) => [e.month, String(e.fraction)]);

describe('vestEvents', () => {
	it.each([
		{
			id: 'amazon',
			// 5 % in two half-yearly events (2.5 % each) both paid at the month-12 cliff; then
			// 15 % / 2 = 7.5 % at 18 and 24; 40 % / 2 = 20 % at 30, 36, 42, 48.
			expected: [
				[12, '0.05'],
				[18, '0.075'],
				[24, '0.075'],
				[30, '0.2'],
				[36, '0.2'],
				[42, '0.2'],
				[48, '0.2']
			]
		},
		{
			id: 'standard-quarterly',
			// 25 % in four 6.25 % events; the first three wait for the cliff at 12.
			expected: [
				[12, '0.25'],
				[15, '0.0625'],
				[18, '0.0625'],
				[21, '0.0625'],
				[24, '0.0625'],
				[27, '0.0625'],
				[30, '0.0625'],
				[33, '0.0625'],
				[36, '0.0625'],
				[39, '0.0625'],
				[42, '0.0625'],
				[45, '0.0625'],
				[48, '0.0625']
			]
		}
	] as const)('$id', ({ id, expected }) => {
		expect(events(id)).toEqual(expected);
	});

	it.each([
		// No cliff: month 1 vests 33 % / 12 = 2.75 %.
		{ id: 'front-loaded', first: [1, '0.0275'], count: 48 },
		// A 1-year cliff: months 1-12 arrive together at month 12, then 36 monthly vests.
		{ id: 'standard', first: [12, '0.25'], count: 37 },
		{ id: 'back-loaded', first: [12, '0.1'], count: 37 },
		{ id: 'quarterly-no-cliff', first: [3, '0.0625'], count: 16 }
	] as const)('$id starts with $first and has $count events', ({ id, first, count }) => {
		expect([events(id)[0], events(id).length]).toEqual([first, count]);
	});

	it.each(VESTING_PRESET_IDS)('%s vests the whole grant', (id) => {
		const total = vestEvents(vestingPresets[id]).reduce(
			(acc, e) => acc.plus(e.fraction),
			new Dec(0)
		);
		expect(String(total.toDecimalPlaces(30))).toBe('1');
	});
});

describe('vestedFraction', () => {
	it.each([
		{ id: 'standard', month: 0, expected: '0' },
		// One month before the cliff: nothing.
		{ id: 'standard', month: 11, expected: '0' },
		{ id: 'standard', month: 12, expected: '0.25' },
		// 25 % + 6 × 25/12 % = 37.5 %.
		{ id: 'standard', month: 18, expected: '0.375' },
		{ id: 'standard', month: 48, expected: '1' },
		{ id: 'standard', month: 120, expected: '1' },
		// Half-yearly: month 17 has only the cliff's 5 %, month 18 adds 7.5 %.
		{ id: 'amazon', month: 17, expected: '0.05' },
		{ id: 'amazon', month: 18, expected: '0.125' },
		// No cliff, quarterly: month 5 holds one 6.25 % event.
		{ id: 'quarterly-no-cliff', month: 5, expected: '0.0625' }
	] as const)('$id at month $month: $expected', ({ id, month, expected }) => {
		expect(String(vestedFraction(vestingPresets[id], month))).toBe(expected);
	});
});

describe('price growth and yearly units', () => {
	it.each([
		// Whole years are exact powers: 1.1² = 1.21.
		{ growth: 10, month: 24, expected: '1.21' },
		{ growth: -50, month: 12, expected: '0.5' },
		{ growth: 0, month: 7, expected: '1' },
		// 1.1^0.5 = √1.1 = 1.04880884817015154699145351367993…, to 30 places.
		{ growth: 10, month: 6, expected: '1.04880884817015154699145351368' }
	])('growth $growth % at month $month', ({ growth, month, expected }) => {
		expect(priceFactors(growth).at(month).toDecimalPlaces(30).toString()).toBe(expected);
	});

	it.each([
		{ id: 'amazon', growth: 0, expected: ['0.05', '0.15', '0.4', '0.4'] },
		// Yearly vests at 12, 24, 36, 48 (custom every 12) at 10 %: 25 % × 1.1^k.
		{ id: 'custom', growth: 10, expected: ['0.275', '0.3025', '0.33275', '0.366025'] }
	])('$id at $growth %', ({ id, growth, expected }) => {
		const schedule =
			id === 'amazon'
				? vestingPresets.amazon
				: { yearly: [25, 25, 25, 25], cliffMonths: 12 as const, every: 12 as const };
		expect(rsuYearUnits(schedule, growth).map((u) => u.toDecimalPlaces(30).toString())).toEqual(
			expected
		);
	});

	it('refreshers: year k holds a quarter of min(4, k − 1) refreshers', () => {
		expect(refreshYearUnits(0).map(String)).toEqual([
			'0',
			'0.25',
			'0.5',
			'0.75',
			'1',
			'1',
			'1',
			'1',
			'1',
			'1'
		]);
	});

	it('cumulative rounding adds up to the rounded whole', () => {
		// 33,333.333 + 33,333.333 + 33,333.334 = 100,000: 33,333.33, 33,333.34, 33,333.33.
		const lines = cumulativeCents(['33333.333', '33333.333', '33333.334'].map((v) => new Dec(v)));
		expect(lines.map(String)).toEqual(['33333.33', '33333.34', '33333.33']);
	});
});
