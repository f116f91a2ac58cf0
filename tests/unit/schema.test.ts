import { describe, expect, it } from 'vitest';
import { parseFx, parseHousehold, parseOffer, parseScenario, parseYears } from '$lib/engine/schema';
import type { ParseResult, Scenario } from '$lib/engine/types';

const offer = (terms: Record<string, unknown> = {}) => ({
	name: 'Acme AI',
	location: 'austin',
	base: 150000,
	...terms
});

function scenarioOf(result: ParseResult): Scenario {
	if (!result.ok) {
		throw new Error(`expected a scenario, got ${JSON.stringify(result.errors)}`);
	}
	return result.scenario;
}

const firstOffer = (terms: Record<string, unknown>) => {
	const parsed = scenarioOf(parseScenario({ offers: [offer(terms)] })).offers[0];
	if (!parsed) {
		throw new Error('no offer');
	}
	return parsed;
};

describe('parseScenario: defaults', () => {
	it('fills in the scenario defaults', () => {
		const scenario = scenarioOf(parseScenario({ offers: [offer()] }));
		expect([
			scenario.version,
			scenario.years,
			scenario.household.filingStatus,
			String(scenario.household.annualSpending),
			String(scenario.fx.GBPUSD)
		]).toEqual([1, 4, 'single', '60000', '1.36']);
	});

	// One row per location default: currency, the guide's index (remote: 100), tax region.
	it.each([
		{ location: 'san-francisco', currency: 'USD', colIndex: 220, taxRegion: 'us-ca' },
		{ location: 'new-york', currency: 'USD', colIndex: 210, taxRegion: 'us-ny-nyc' },
		{ location: 'boston', currency: 'USD', colIndex: 190, taxRegion: 'us-ma' },
		{ location: 'seattle', currency: 'USD', colIndex: 180, taxRegion: 'us-wa' },
		{ location: 'austin', currency: 'USD', colIndex: 120, taxRegion: 'us-tx' },
		{ location: 'london', currency: 'GBP', colIndex: 165, taxRegion: 'uk' },
		{ location: 'remote', currency: 'USD', colIndex: 100, taxRegion: 'us-none' }
	])('$location: $currency, index $colIndex, $taxRegion', ({ location, ...expected }) => {
		const o = firstOffer({ location });
		expect({ currency: o.currency, colIndex: o.colIndex, taxRegion: o.taxRegion }).toEqual(
			expected
		);
	});

	it.each([
		{ case: 'optional money is 0', read: (o: Terms) => String(o.relocation), expected: '0' },
		{ case: 'sign-on is [0]', read: (o: Terms) => o.signOn.map(String), expected: ['0'] },
		{ case: 'percentages are 0', read: (o: Terms) => [o.raisePct, o.bonusPct], expected: [0, 0] },
		{ case: 'no equity', read: (o: Terms) => o.equity, expected: undefined }
	])('$case', ({ read, expected }) => {
		expect(read(firstOffer({}))).toEqual(expected);
	});

	it('gives a grant without a schedule the standard one, growth 0 and no refresher', () => {
		const o = firstOffer({ equity: { type: 'rsu', grant: 1000 } });
		expect(o.equity).toMatchObject({
			vesting: { preset: 'standard', yearly: [25, 25, 25, 25], cliffMonths: 12, every: 1 },
			growthPct: 0
		});
		expect(o.equity?.type === 'rsu' && String(o.equity.refresh)).toBe('0');
	});

	it('gives options 100 % success by default', () => {
		const o = firstOffer({ equity: { type: 'options', shares: 10, strike: 1, price: 2 } });
		expect(o.equity?.type === 'options' && o.equity.successPct).toBe(100);
	});
});

type Terms = ReturnType<typeof firstOffer>;

describe('parseScenario: what people write', () => {
	it.each([
		{ case: 'a numeric string', terms: { base: '150000.50' }, expected: '150000.5' },
		{ case: 'cents survive exactly', terms: { base: 10000.01 }, expected: '10000.01' },
		{ case: 'spaces around a number', terms: { base: ' 95000 ' }, expected: '95000' },
		{
			case: 'a 40-digit string',
			terms: { base: '1234567.891234567891234567891234567891' },
			expected: '1234567.891234567891234567891234567891'
		}
	])('$case', ({ terms, expected }) => {
		expect(String(firstOffer(terms).base)).toBe(expected);
	});

	it.each([
		{ case: 'one number', signOn: 30000, expected: ['30000'] },
		{ case: 'a list', signOn: [50000, '30000'], expected: ['50000', '30000'] },
		{ case: 'an empty list', signOn: [], expected: ['0'] }
	])('sign-on as $case', ({ signOn, expected }) => {
		expect(firstOffer({ signOn }).signOn.map(String)).toEqual(expected);
	});

	it.each([
		{
			case: 'a preset id',
			vesting: 'amazon',
			expected: { preset: 'amazon', yearly: [5, 15, 40, 40] }
		},
		{
			case: '{ preset }',
			vesting: { preset: 'back-loaded' },
			expected: { preset: 'back-loaded', yearly: [10, 20, 30, 40] }
		},
		{
			case: 'a preset written out keeps its name',
			vesting: { preset: 'standard', yearly: [25, 25, 25, 25], cliffMonths: 12, every: 1 },
			expected: { preset: 'standard' }
		},
		{
			case: 'an edited preset loses its name',
			vesting: { preset: 'standard', yearly: [40, 30, 20, 10], cliffMonths: 12, every: 1 },
			expected: { yearly: [40, 30, 20, 10] }
		},
		{
			case: 'decimal shares adding up to 100',
			vesting: { yearly: [33.3, 33.3, 33.4], cliffMonths: 0, every: 3 },
			expected: { yearly: [33.3, 33.3, 33.4], cliffMonths: 0, every: 3 }
		},
		{
			case: 'numeric strings',
			vesting: { yearly: ['50', '50'], cliffMonths: '0', every: '6' },
			expected: { yearly: [50, 50], cliffMonths: 0, every: 6 }
		}
	])('vesting as $case', ({ vesting, expected }) => {
		const o = firstOffer({ equity: { type: 'rsu', grant: 1000, vesting } });
		expect(o.equity?.vesting).toMatchObject(expected);
		if (!('preset' in expected)) {
			expect(o.equity?.vesting.preset).toBeUndefined();
		}
	});

	it('reads its own JSON text, ignores unknown keys and trims the name', () => {
		const text = JSON.stringify({
			version: 1,
			colour: 'red',
			offers: [offer({ name: '  Acme  ', x: 1 })]
		});
		const o = scenarioOf(parseScenario(text)).offers[0];
		expect(o?.name).toBe('Acme');
		expect(o && 'x' in o).toBe(false);
	});

	it('reads a normalized scenario back (as the UI re-parses its own state)', () => {
		const once = scenarioOf(
			parseScenario({ offers: [offer({ equity: { type: 'rsu', grant: 5 } })] })
		);
		const twice = scenarioOf(parseScenario(JSON.parse(JSON.stringify(once)) as unknown));
		expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
	});
});

describe('parseOffer, parseHousehold, parseFx', () => {
	it('prefixes error paths', () => {
		const result = parseOffer(offer({ base: 'x' }), 'offers.3');
		expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['offers.3.base']);
	});

	it('returns a normalized offer as it is', () => {
		const once = parseOffer(offer());
		expect(once.ok && parseOffer(once.offer).ok && parseOffer(once.offer)).toEqual(once);
	});

	it.each([
		{ input: undefined, expected: { filingStatus: 'single', annualSpending: '60000' } },
		{
			input: { filingStatus: 'married', annualSpending: '80000' },
			expected: { filingStatus: 'married', annualSpending: '80000' }
		}
	])('household $input', ({ input, expected }) => {
		const result = parseHousehold(input);
		expect(
			result.ok && { ...result.household, annualSpending: String(result.household.annualSpending) }
		).toEqual(expected);
	});

	it.each([
		{ input: undefined, expected: '1.36' },
		{ input: { GBPUSD: '1.25' }, expected: '1.25' }
	])('fx $input', ({ input, expected }) => {
		const result = parseFx(input);
		expect(result.ok && String(result.fx.GBPUSD)).toBe(expected);
	});
});

describe('parseYears', () => {
	it.each([
		[undefined, 4],
		['', 4],
		['6', 6],
		[10, 10]
	])('reads %j as %d years, as a scenario would', (input, years) => {
		expect(parseYears(input)).toEqual({ ok: true, years });
		const scenario = parseScenario({
			years: input,
			offers: [{ name: 'Acme', location: 'austin', base: 150000 }]
		});
		expect(scenario.ok && scenario.scenario.years).toBe(years);
	});

	it.each([
		[12, 'The horizon must be a whole number of years, from 1 to 10.'],
		['2.5', 'The horizon must be a whole number of years, from 1 to 10.'],
		['abc', 'The horizon must be a number, like 4.']
	])('refuses %j with a sentence at the field', (input, message) => {
		expect(parseYears(input, 'settings.years')).toEqual({
			ok: false,
			errors: [{ path: 'settings.years', message }]
		});
	});
});
