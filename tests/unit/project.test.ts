import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/money';
import { project } from '$lib/engine/project';
import { parseScenario } from '$lib/engine/schema';
import type { PayLines, Projection } from '$lib/engine/types';

/** An offer in Austin (USD, us-tx) with the given terms: the cases below only change terms. */
const offer = (terms: Record<string, unknown>) => ({
	name: 'Acme AI',
	location: 'austin',
	base: 150000,
	...terms
});

const column = (p: Projection, key: keyof PayLines) => p.years.map((row) => String(row[key]));

// Each row: a hand-worked case. Expected lines are decimal strings, one per year.
describe('project: hand-worked cases', () => {
	it.each([
		{
			case: 'the pinned example: 150,000 base, 10 % bonus, 200,000 RSUs on standard',
			// Year 1 = 150,000 + 15,000 + 50,000 (the 12 monthly vests of 25 % all paid at the
			// month-12 cliff) = 215,000; years 2-4 vest 25 % too, 50,000 each.
			input: offer({ bonusPct: 10, equity: { type: 'rsu', grant: 200000, vesting: 'standard' } }),
			options: {},
			key: 'total',
			expected: ['215000', '215000', '215000', '215000']
		},
		{
			case: 'amazon preset on a 200,000 grant',
			// 5/15/40/40 % of 200,000 = 10,000 / 30,000 / 80,000 / 80,000.
			input: offer({ equity: { type: 'rsu', grant: 200000, vesting: 'amazon' } }),
			options: {},
			key: 'equity',
			expected: ['10000', '30000', '80000', '80000']
		},
		{
			case: 'back-loaded preset on a 200,000 grant',
			// 10/20/30/40 % of 200,000.
			input: offer({ equity: { type: 'rsu', grant: 200000, vesting: 'back-loaded' } }),
			options: {},
			key: 'equity',
			expected: ['20000', '40000', '60000', '80000']
		},
		{
			case: 'front-loaded preset on a 200,000 grant',
			// 33/33/22/12 % of 200,000; no cliff, so month 1 already vests 66,000 / 12 = 5,500.
			input: offer({ equity: { type: 'rsu', grant: 200000, vesting: 'front-loaded' } }),
			options: {},
			key: 'equity',
			expected: ['66000', '66000', '44000', '24000']
		},
		{
			case: 'a 2-year sign-on [50000, 30000]',
			// Year k's sign-on is signOn[k−1]; none after the list ends.
			input: offer({ signOn: [50000, '30000'] }),
			options: {},
			key: 'signOn',
			expected: ['50000', '30000', '0', '0']
		},
		{
			case: 'a 3 % raise on a base with cents',
			// 100,000.01 × 1.03 = 103,000.0103; × 1.0609 = 106,090.010609;
			// × 1.092727 = 109,272.71092727 (each rounded to cents once, at the end).
			input: offer({ base: '100000.01', raisePct: 3 }),
			options: {},
			key: 'base',
			expected: ['100000.01', '103000.01', '106090.01', '109272.71']
		},
		{
			case: 'a bonus on the exact raised base, not the rounded one',
			// 10 % of 109,272.71092727 = 10,927.271092727 → 10,927.27.
			input: offer({ base: '100000.01', raisePct: 3, bonusPct: 10 }),
			options: {},
			key: 'bonus',
			expected: ['10000', '10300', '10609', '10927.27']
		},
		{
			case: '10 % growth with one vest a year (at months 12, 24, 36, 48)',
			// 50,000 × 1.1^k: 55,000; 60,500; 66,550; 73,205.
			input: offer({
				equity: {
					type: 'rsu',
					grant: 200000,
					growthPct: 10,
					vesting: { yearly: [25, 25, 25, 25], cliffMonths: 12, every: 12 }
				}
			}),
			options: {},
			key: 'equity',
			expected: ['55000', '60500', '66550', '73205']
		},
		{
			case: '10 % growth, half-yearly vests without a cliff (a fractional power)',
			// Year 1: 25,000 at month 6 × 1.1^0.5 (1.04880884817015…) = 26,220.2212… plus
			// 25,000 × 1.1 at month 12 = 27,500: 53,720.2212… → 53,720.22.
			input: offer({
				equity: {
					type: 'rsu',
					grant: 100000,
					growthPct: 10,
					vesting: { yearly: [50, 50], cliffMonths: 0, every: 6 }
				}
			}),
			options: { years: 1 },
			key: 'equity',
			expected: ['53720.22']
		},
		{
			case: 'options: 40,000 shares, strike 1, price 5, 50 % success',
			// 10,000 shares a year × (5 − 1) × 50 % = 20,000.
			input: offer({
				equity: { type: 'options', shares: 40000, strike: 1, price: 5, successPct: 50 }
			}),
			options: {},
			key: 'equity',
			expected: ['20000', '20000', '20000', '20000']
		},
		{
			case: 'options: the exercise cost is reported apart',
			// 10,000 shares a year × strike 1.
			input: offer({
				equity: { type: 'options', shares: 40000, strike: 1, price: 5, successPct: 50 }
			}),
			options: {},
			key: 'exerciseCost',
			expected: ['10000', '10000', '10000', '10000']
		},
		{
			case: 'options underwater vest nothing',
			// Price 1 below strike 2: max(0, 1 − 2) = 0.
			input: offer({ equity: { type: 'options', shares: 40000, strike: 2, price: 1 } }),
			options: {},
			key: 'equity',
			expected: ['0', '0', '0', '0']
		},
		{
			case: 'refreshers over 6 years',
			// 80,000 granted at the start of years 2..6, each vesting a quarter a year:
			// year k holds a quarter of min(4, k − 1) refreshers.
			input: offer({ equity: { type: 'rsu', grant: 400000, vesting: 'standard', refresh: 80000 } }),
			options: { years: 6 },
			key: 'refresh',
			expected: ['0', '20000', '40000', '60000', '80000', '80000']
		},
		{
			case: 'the initial grant over the same 6 years',
			// 100,000 a year for 4 years, then nothing.
			input: offer({ equity: { type: 'rsu', grant: 400000, vesting: 'standard', refresh: 80000 } }),
			options: { years: 6 },
			key: 'equity',
			expected: ['100000', '100000', '100000', '100000', '0', '0']
		},
		{
			case: 'a grant over 5 years on a 4-year horizon',
			// 20 % of 100,000 a year; year 5 falls outside the horizon.
			input: offer({
				equity: { type: 'rsu', grant: 100000, vesting: { yearly: [20, 20, 20, 20, 20] } }
			}),
			options: {},
			key: 'equity',
			expected: ['20000', '20000', '20000', '20000']
		},
		{
			case: 'a grant in halves with half a cent: cumulative rounding keeps the grant whole',
			// 100,000.01 / 2 = 50,000.005: year 1 = cents(50,000.005) = 50,000.01; year 2 =
			// cents(100,000.01) − 50,000.01 = 50,000.00. Rounding each year alone would pay
			// 50,000.01 twice, a cent more than the grant.
			input: offer({
				equity: { type: 'rsu', grant: '100000.01', vesting: { yearly: [50, 50] } }
			}),
			options: { years: 2 },
			key: 'equity',
			expected: ['50000.01', '50000']
		},
		{
			case: 'relocation and other cash',
			// other = otherAnnual 5,000 + relocation 20,000 in year 1 only.
			input: offer({ relocation: 20000, otherAnnual: '5000' }),
			options: { years: 2 },
			key: 'other',
			expected: ['25000', '5000']
		},
		{
			case: 'retirement match beside the total',
			// 4 % of 150,000; not inside total (150,000).
			input: offer({ retirementMatchPct: 4 }),
			options: { years: 1 },
			key: 'retirement',
			expected: ['6000']
		},
		{
			case: 'horizon 1',
			input: offer({ bonusPct: 10, equity: { type: 'rsu', grant: 200000, vesting: 'standard' } }),
			options: { years: 1 },
			key: 'total',
			expected: ['215000']
		},
		{
			case: 'horizon 10: the standard grant stops after year 4',
			input: offer({ equity: { type: 'rsu', grant: 200000, vesting: 'standard' } }),
			options: { years: 10 },
			key: 'equity',
			expected: ['50000', '50000', '50000', '50000', '0', '0', '0', '0', '0', '0']
		}
	])('$case', ({ input, options, key, expected }) => {
		const result = project(input, options);
		expect(result.errors).toBeUndefined();
		expect(column(result, key as keyof PayLines)).toEqual(expected);
	});
});

describe('project: totals', () => {
	it.each([
		{
			case: 'the pinned example',
			// 4 × 215,000 = 860,000; equity 4 × 50,000 = 200,000.
			input: offer({ bonusPct: 10, equity: { type: 'rsu', grant: 200000, vesting: 'standard' } }),
			key: 'total',
			expected: '860000'
		},
		{
			case: 'retirement is summed but stays outside total',
			// 4 × 6,000.
			input: offer({ retirementMatchPct: 4 }),
			key: 'retirement',
			expected: '24000'
		},
		{
			case: 'options: the total does not subtract the exercise cost',
			// 4 × (150,000 + 20,000) = 680,000.
			input: offer({
				equity: { type: 'options', shares: 40000, strike: 1, price: 5, successPct: 50 }
			}),
			key: 'total',
			expected: '680000'
		}
	])('$case', ({ input, key, expected }) => {
		expect(String(project(input).totals[key as keyof PayLines])).toBe(expected);
	});
});

describe('project: after tax', () => {
	const household = { filingStatus: 'single', annualSpending: 60000 };

	it.each([
		{
			case: 'RSU vests are taxable',
			// 150,000 + 15,000 + 50,000.
			equity: { type: 'rsu', grant: 200000, vesting: 'standard' },
			expected: '215000'
		},
		{
			case: 'options are taxed at exercise, not at vest',
			// 150,000 + 15,000; the 20,000 options value is left out.
			equity: { type: 'options', shares: 40000, strike: 1, price: 5, successPct: 50 },
			expected: '165000'
		}
	])('$case', ({ equity, expected }) => {
		const result = project(offer({ bonusPct: 10, equity }), { household });
		expect(String(result.years[0]?.taxable)).toBe(expected);
	});

	it('adds up: net = taxable − tax, and totals sum the rows', () => {
		const result = project(offer({ bonusPct: 10, raisePct: 3 }), { household, years: 3 });
		for (const row of result.years) {
			expect(String(row.net)).toBe(String(row.taxable?.minus(row.tax ?? 0)));
		}
		const sumOf = (key: 'tax' | 'savings' | 'purchasingPower') =>
			String(result.years.reduce((acc, row) => acc.plus(row[key] ?? 0), new Dec(0)));
		expect([String(result.totals.tax), String(result.totals.savings)]).toEqual([
			sumOf('tax'),
			sumOf('savings')
		]);
		expect(String(result.totals.purchasingPower)).toBe(sumOf('purchasingPower'));
	});

	it('has no after-tax lines without a household', () => {
		expect(project(offer({})).years[0]?.tax).toBeUndefined();
	});
});

describe('project: inputs', () => {
	it('accepts an offer normalized by parseScenario and gives the same rows', () => {
		const raw = offer({ bonusPct: 10, equity: { type: 'rsu', grant: 200000, vesting: 'amazon' } });
		const parsed = parseScenario({ offers: [raw] });
		if (!parsed.ok) {
			throw new Error('the scenario should parse');
		}
		const normalized = parsed.scenario.offers[0];
		expect(column(project(normalized), 'total')).toEqual(column(project(raw), 'total'));
	});

	it.each([
		{ case: 'a missing base', input: offer({ base: undefined }), options: {}, path: 'base' },
		{ case: 'a text base', input: offer({ base: 'lots' }), options: {}, path: 'base' },
		{ case: 'not an offer', input: 42, options: {}, path: '' },
		{ case: 'horizon 0', input: offer({}), options: { years: 0 }, path: 'years' },
		{ case: 'horizon 11', input: offer({}), options: { years: 11 }, path: 'years' },
		{ case: 'horizon 2.5', input: offer({}), options: { years: 2.5 }, path: 'years' },
		{
			case: 'a bad household',
			input: offer({}),
			options: { household: { filingStatus: 'widowed' } },
			path: 'household.filingStatus'
		},
		{
			case: 'a bad exchange rate',
			input: offer({}),
			options: { fx: { GBPUSD: 0 } },
			path: 'fx.GBPUSD'
		},
		{ case: 'options that are not an object', input: offer({}), options: 'x', path: '' }
	])('$case gives no rows, zero totals and an error at "$path"', ({ input, options, path }) => {
		const result = project(input, options);
		expect(result.years).toEqual([]);
		expect(String(result.totals.total)).toBe('0');
		expect(result.errors?.map((e) => e.path)).toContain(path);
	});
});

describe('the public face', () => {
	it('exports the engine under the contract names', async () => {
		const engine = await import('$lib/engine');
		// The pinned example: 150,000 + 15,000 + 50,000 in year 1; leaving at month 11
		// forfeits the whole 200,000 grant.
		const raw = offer({
			bonusPct: 10,
			equity: { type: 'rsu', grant: 200000, vesting: 'standard' }
		});
		expect(String(engine.project(raw).years[0]?.total)).toBe('215000');
		expect(String(engine.leaveAt(raw, 11).forfeitedEquity)).toBe('200000');
		expect(engine.parseScenario({ offers: [raw] }).ok).toBe(true);
		expect(engine.resolveVesting('amazon')).toEqual(engine.vestingPresets.amazon);
	});
});

describe('project: the same offer object projected again', () => {
	const file = {
		version: 1,
		offers: [
			{
				name: 'Acme AI',
				location: 'austin',
				base: 150000,
				signOn: [20000],
				equity: { type: 'rsu', grant: 200000, vesting: 'standard' }
			}
		]
	};
	const parsed = parseScenario(file);
	if (!parsed.ok) {
		throw new Error('the fixture must parse');
	}
	const [parsedOffer] = parsed.scenario.offers;

	it('gives the projection it computed, while nothing it was computed from changed', () => {
		const first = project(parsedOffer, { years: 4 });
		expect(project(parsedOffer, { years: 4 })).toBe(first);
		expect(project(parsedOffer, { years: 5 })).not.toBe(first);
		expect(project(parsedOffer, { years: 5 }).years).toHaveLength(5);
	});

	it('projects again an offer changed in place (a field, a list, the grant)', () => {
		const copy = parseScenario(file);
		// A checked offer changed afterwards: the engine is not told, and must not be fooled.
		const checked = copy.ok ? copy.scenario.offers[0]! : parsedOffer!;
		const before = project(checked, { years: 4 });
		expect(String(before.years[0]!.base)).toBe('150000');

		checked.base = new Dec(160000);
		expect(String(project(checked, { years: 4 }).years[0]!.base)).toBe('160000');

		checked.signOn.push(new Dec(10000));
		expect(String(project(checked, { years: 4 }).years[1]!.signOn)).toBe('10000');

		if (checked.equity?.type === 'rsu') {
			checked.equity.grant = new Dec(400000);
		}
		expect(String(project(checked, { years: 4 }).years[0]!.equity)).toBe('100000');
	});
});
