/**
 * fast-check generators for the state tests: raw scenario files covering every field
 * (both grant kinds, presets and custom schedules, one or many sign-on years, non-ASCII
 * names), and `plain`, which turns Decimals into comparable text for deep equality.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { LEVEL_IDS, LOCATION_IDS, ROLE_IDS, TAX_REGION_IDS, VESTING_PRESET_IDS } from '$lib/engine';

/** An amount as a decimal string, up to `max`, with 0–2 decimals. */
export const amount = (max: number) =>
	fc
		.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 99 }), fc.boolean())
		.map(([whole, cents, withCents]) =>
			withCents && whole < max ? `${whole}.${String(cents).padStart(2, '0')}` : String(whole)
		);

/** A percentage with at most one decimal, as a JS number (the contract's percentages). */
const pct = (min: number, max: number) =>
	fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);

const vesting = fc.oneof(
	fc.constantFrom(...VESTING_PRESET_IDS),
	fc.record({
		yearly: fc.integer({ min: 0, max: 100 }).map((a) => [a, 100 - a]),
		cliffMonths: fc.constantFrom(0 as const, 12 as const),
		every: fc.constantFrom(1 as const, 3 as const, 6 as const, 12 as const)
	}),
	fc.constant({ yearly: [25, 25, 25, 25], cliffMonths: 12 as const, every: 1 as const })
);

const rsu = fc.record({
	type: fc.constant('rsu' as const),
	grant: amount(5_000_000),
	vesting,
	growthPct: pct(-100, 100),
	refresh: amount(500_000)
});

const options = fc.record({
	type: fc.constant('options' as const),
	shares: amount(1_000_000),
	strike: amount(100),
	price: amount(1000),
	vesting,
	growthPct: pct(-100, 100),
	successPct: pct(0, 100)
});

/** Names as people write them, including emoji, CJK and right-to-left text. */
export const offerName = fc
	.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
	.map((s) => s.trim())
	.filter((s) => s.length > 0 && s.length <= 80);

export const rawOffer = fc.record(
	{
		name: offerName,
		role: fc.constantFrom(...ROLE_IDS),
		level: fc.constantFrom(...LEVEL_IDS),
		location: fc.constantFrom(...LOCATION_IDS),
		currency: fc.constantFrom('USD', 'GBP'),
		colIndex: fc.integer({ min: 1, max: 1000 }),
		taxRegion: fc.constantFrom(...TAX_REGION_IDS),
		base: amount(1_000_000),
		raisePct: pct(-50, 100),
		bonusPct: pct(0, 500),
		signOn: fc.oneof(amount(100_000), fc.array(amount(100_000), { minLength: 1, maxLength: 4 })),
		relocation: amount(50_000),
		otherAnnual: amount(50_000),
		retirementMatchPct: pct(0, 100),
		equity: fc.oneof(rsu, options)
	},
	{ requiredKeys: ['name', 'location', 'base'] }
);

export const rawScenario = fc.record({
	version: fc.constant(1 as const),
	years: fc.integer({ min: 1, max: 10 }),
	household: fc.record({
		filingStatus: fc.constantFrom('single' as const, 'married' as const),
		annualSpending: amount(500_000)
	}),
	fx: fc.record({ GBPUSD: fc.integer({ min: 10, max: 1000 }).map((n) => String(n / 100)) }),
	offers: fc.array(rawOffer, { minLength: 1, maxLength: 8 })
});

/** Decimals as `D:<digits>` so two equal scenarios are deep-equal whatever built them. */
export function plain(value: unknown): unknown {
	if (value instanceof Decimal) {
		return `D:${value.toFixed()}`;
	}
	if (Array.isArray(value)) {
		return value.map(plain);
	}
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	}
	return value;
}
