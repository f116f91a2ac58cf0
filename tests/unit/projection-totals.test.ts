/**
 * `project` with a household works its totals out from exact identities (project.ts) and its
 * after-tax lines once per offer (living.ts `afterTaxFor`), and passes an exchange rate that
 * `parseFx` built straight through. These check each shortcut against the plain computation:
 * every total the sum of its rows, every row what `afterTaxLines` gives for its taxable pay,
 * and a parsed rate the same projection as the raw one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterTaxLines } from '$lib/engine/living';
import { Dec, type Money } from '$lib/engine/money';
import { project } from '$lib/engine/project';
import { parseFx, parseHousehold, parseOffer } from '$lib/engine/schema';
import {
	FILING_STATUSES,
	LOCATION_IDS,
	TAX_REGION_IDS,
	type Projection,
	type Totals
} from '$lib/engine/types';

const money = (max: number) =>
	fc
		.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 99 }))
		.map(([whole, c]) => (whole === max ? String(whole) : `${whole}.${c}`));

const growth = fc.integer({ min: -100, max: 1000 });
const vesting = fc.constantFrom('standard', 'amazon', 'front-loaded', 'quarterly-no-cliff');

const offer = fc.record({
	name: fc.constant('Acme'),
	location: fc.constantFrom(...LOCATION_IDS),
	currency: fc.option(fc.constantFrom('USD', 'GBP'), { nil: undefined }),
	colIndex: fc.option(fc.constantFrom(1, 57.5, 100, 220, 1000), { nil: undefined }),
	taxRegion: fc.option(fc.constantFrom(...TAX_REGION_IDS), { nil: undefined }),
	base: money(10_000_000),
	raisePct: fc.integer({ min: -50, max: 100 }),
	bonusPct: fc.integer({ min: 0, max: 500 }),
	signOn: fc.oneof(money(10_000_000), fc.array(money(1_000_000), { maxLength: 10 })),
	relocation: money(1_000_000),
	otherAnnual: money(1_000_000),
	retirementMatchPct: fc.integer({ min: 0, max: 100 }),
	equity: fc.option(
		fc.oneof(
			fc.record({
				type: fc.constant('rsu'),
				grant: money(1_000_000_000),
				vesting,
				growthPct: growth,
				refresh: money(10_000_000)
			}),
			fc.record({
				type: fc.constant('options'),
				shares: money(1_000_000),
				strike: fc.constantFrom('0.01', '1', '12.5'),
				price: fc.constantFrom('0.5', '5', '100'),
				vesting,
				growthPct: growth,
				successPct: fc.integer({ min: 0, max: 100 })
			})
		),
		{ nil: undefined }
	)
});

const household = fc.record({
	filingStatus: fc.constantFrom(...FILING_STATUSES),
	annualSpending: money(10_000_000)
});
const rate = fc.constantFrom('0.1', '1.36', '1.2345', '10');
const horizon = fc.integer({ min: 1, max: 10 });

const KEYS = [
	'base',
	'bonus',
	'signOn',
	'equity',
	'refresh',
	'other',
	'total',
	'retirement',
	'exerciseCost',
	'taxable',
	'tax',
	'net',
	'purchasingPower',
	'savings'
] as const satisfies readonly (keyof Totals)[];

function sumOfRows(projection: Projection, key: (typeof KEYS)[number]): string {
	return String(projection.years.reduce<Money>((sum, row) => sum.plus(row[key] ?? 0), new Dec(0)));
}

describe('project with a household', () => {
	it('makes every total, after tax too, the sum of its rows', () => {
		fc.assert(
			fc.property(offer, household, rate, horizon, (raw, people, gbpusd, years) => {
				const projection = project(raw, { years, household: people, fx: { GBPUSD: gbpusd } });
				expect(projection.errors).toBeUndefined();
				for (const key of KEYS) {
					expect(String(projection.totals[key]), key).toBe(sumOfRows(projection, key));
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('gives every row what afterTaxLines gives for its taxable pay', () => {
		fc.assert(
			fc.property(offer, household, rate, horizon, (raw, people, gbpusd, years) => {
				const normal = parseOffer(raw);
				const home = parseHousehold(people);
				const fx = parseFx({ GBPUSD: gbpusd });
				if (!normal.ok || !home.ok || !fx.ok) {
					throw new Error('the arbitraries make valid offers, households and rates');
				}
				const projection = project(normal.offer, { years, household: home.household, fx: fx.fx });
				for (const row of projection.years) {
					const lines = afterTaxLines(
						row.taxable ?? new Dec(0),
						normal.offer,
						home.household,
						fx.fx
					);
					expect(JSON.stringify(row)).toBe(JSON.stringify({ ...row, ...lines }));
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('projects the same with a rate parseFx built as with the raw rate', () => {
		fc.assert(
			fc.property(offer, household, rate, horizon, (raw, people, gbpusd, years) => {
				const fx = parseFx({ GBPUSD: gbpusd });
				if (!fx.ok) {
					throw new Error('the arbitrary makes valid rates');
				}
				const viaParsed = project(raw, { years, household: people, fx: fx.fx });
				const viaRaw = project(raw, { years, household: people, fx: { GBPUSD: gbpusd } });
				expect(JSON.stringify(viaParsed)).toBe(JSON.stringify(viaRaw));
			}),
			{ numRuns: 200 }
		);
	});
});
