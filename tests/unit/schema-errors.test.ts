import { describe, expect, it } from 'vitest';
import { parseScenario } from '$lib/engine/schema';
import type { ParseResult, Scenario } from '$lib/engine/types';

// What parseScenario turns down, and how it says so. (Accepted input: schema.test.ts.)

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

// One row per rejected input: the dotted path and the sentence a person reads.
describe('parseScenario: errors name the field in a sentence', () => {
	const nineOffers = Array.from({ length: 9 }, () => offer());
	it.each([
		{
			case: 'a word for a base',
			input: { offers: [offer({ base: 'lots' })] },
			path: 'offers.0.base',
			message: 'Base salary must be a number, like 150000.'
		},
		{
			case: 'exponent notation',
			input: { offers: [offer({ base: '1e3' })] },
			path: 'offers.0.base',
			message: 'Base salary must be a number, like 150000.'
		},
		{
			case: 'thousands separators',
			input: { offers: [offer({ base: '1,000' })] },
			path: 'offers.0.base',
			message: 'Base salary must be a number, like 150000.'
		},
		{
			case: 'NaN',
			input: { offers: [offer({ base: NaN })] },
			path: 'offers.0.base',
			message: 'Base salary must be a number, like 150000.'
		},
		{
			case: 'Infinity',
			input: { offers: [offer({ base: Infinity })] },
			path: 'offers.0.base',
			message: 'Base salary must be a number, like 150000.'
		},
		{
			case: 'an empty base',
			input: { offers: [offer({ base: '' })] },
			path: 'offers.0.base',
			message: 'Base salary is required: enter a number, like 150000.'
		},
		{
			case: 'a negative base',
			input: { offers: [offer({ base: -1 })] },
			path: 'offers.0.base',
			message: 'Base salary cannot be negative.'
		},
		{
			case: 'a base no one earns',
			input: { offers: [offer({ base: 20000000 })] },
			path: 'offers.0.base',
			message: 'Base salary must be at most 10,000,000 a year; this is 20000000.'
		},
		{
			case: 'shares adding to 95 %',
			input: {
				offers: [offer({ equity: { type: 'rsu', grant: 1, vesting: { yearly: [50, 45] } } })]
			},
			path: 'offers.0.equity.vesting.yearly',
			message: 'Vesting shares must add up to 100 %; these add up to 95 %.'
		},
		{
			case: 'a negative year share',
			input: {
				offers: [offer({ equity: { type: 'rsu', grant: 1, vesting: { yearly: [110, -10] } } })]
			},
			path: 'offers.0.equity.vesting.yearly.0',
			message: "Year 1's vesting share must be a number from 0 to 100 (percent), like 25."
		},
		{
			case: 'eleven vesting years',
			input: {
				offers: [
					offer({ equity: { type: 'rsu', grant: 1, vesting: { yearly: Array(11).fill(0) } } })
				]
			},
			path: 'offers.0.equity.vesting.yearly',
			message:
				'Vesting must list the % that vests each year, for 1 to 10 years, like [25, 25, 25, 25].'
		},
		{
			case: 'a 6-month cliff',
			input: {
				offers: [
					offer({ equity: { type: 'rsu', grant: 1, vesting: { yearly: [100], cliffMonths: 6 } } })
				]
			},
			path: 'offers.0.equity.vesting.cliffMonths',
			message: 'The vesting cliff must be 0 or 12 months.'
		},
		{
			case: 'vesting every 2 months',
			input: {
				offers: [offer({ equity: { type: 'rsu', grant: 1, vesting: { yearly: [100], every: 2 } } })]
			},
			path: 'offers.0.equity.vesting.every',
			message: 'Shares must vest every 1, 3, 6 or 12 months.'
		},
		{
			case: 'an unknown preset',
			input: { offers: [offer({ equity: { type: 'rsu', grant: 1, vesting: 'google' } })] },
			path: 'offers.0.equity.vesting',
			message:
				'Vesting preset "google" is not one of: standard, standard-quarterly, amazon, front-loaded, back-loaded, quarterly-no-cliff.'
		},
		{
			case: 'an unknown equity type',
			input: { offers: [offer({ equity: { type: 'warrants' } })] },
			path: 'offers.0.equity.type',
			message: 'Equity must be an RSU grant (type "rsu") or an option grant (type "options").'
		},
		{
			case: 'a strike above 1,000,000',
			input: {
				offers: [offer({ equity: { type: 'options', shares: 1, strike: 2000000, price: 1 } })]
			},
			path: 'offers.0.equity.strike',
			message: 'Strike price must be at most 1,000,000; this is 2000000.'
		},
		{
			case: 'growth of 2000 %',
			input: { offers: [offer({ equity: { type: 'rsu', grant: 1, growthPct: 2000 } })] },
			path: 'offers.0.equity.growthPct',
			message:
				'Share price growth must be between -100 % a year and 1000 % a year; this is 2000 % a year.'
		},
		{
			case: 'a 60 % pay cut a year',
			input: { offers: [offer({ raisePct: -60 })] },
			path: 'offers.0.raisePct',
			message: 'Yearly raise must be between -50 % and 100 %; this is -60 %.'
		},
		{
			case: 'a 600 % bonus',
			input: { offers: [offer({ bonusPct: 600 })] },
			path: 'offers.0.bonusPct',
			message: 'Bonus must be between 0 % and 500 %; this is 600 %.'
		},
		{
			case: 'a 101 % match',
			input: { offers: [offer({ retirementMatchPct: 101 })] },
			path: 'offers.0.retirementMatchPct',
			message: 'Retirement match must be between 0 % and 100 %; this is 101 %.'
		},
		{
			case: 'a cost-of-living index of 0',
			input: { offers: [offer({ colIndex: 0 })] },
			path: 'offers.0.colIndex',
			message: 'Cost-of-living index must be between 1 and 1000; this is 0.'
		},
		{
			case: 'eleven sign-on years',
			input: { offers: [offer({ signOn: Array(11).fill(1) })] },
			path: 'offers.0.signOn',
			message: 'Sign-on bonuses can cover at most 10 years; this lists 11.'
		},
		{
			case: 'a bad second sign-on',
			input: { offers: [offer({ signOn: [1, 'x'] })] },
			path: 'offers.0.signOn.1',
			message: 'Sign-on bonus for year 2 must be a number, like 50000.'
		},
		{
			case: 'an unknown city',
			input: { offers: [offer({ location: 'paris' })] },
			path: 'offers.0.location',
			message:
				'Location must be one of san-francisco, new-york, boston, seattle, austin, london, remote.'
		},
		{
			case: 'no name',
			input: { offers: [offer({ name: '  ' })] },
			path: 'offers.0.name',
			message: 'Each offer needs a name, like "Acme AI".'
		},
		{
			case: 'an 81-character name',
			input: { offers: [offer({ name: 'x'.repeat(81) })] },
			path: 'offers.0.name',
			message: "An offer's name must be at most 80 characters; this one has 81."
		},
		{
			case: 'an offer that is a number',
			input: { offers: [7] },
			path: 'offers.0',
			message: 'Each offer must be an object with at least a name, a location and a base salary.'
		},
		{
			case: 'horizon 0',
			input: { years: 0, offers: [offer()] },
			path: 'years',
			message: 'The horizon must be a whole number of years, from 1 to 10.'
		},
		{
			case: 'horizon 11',
			input: { years: 11, offers: [offer()] },
			path: 'years',
			message: 'The horizon must be a whole number of years, from 1 to 10.'
		},
		{
			case: 'horizon 2.5',
			input: { years: 2.5, offers: [offer()] },
			path: 'years',
			message: 'The horizon must be a whole number of years, from 1 to 10.'
		},
		{
			case: 'nine offers',
			input: { offers: nineOffers },
			path: 'offers',
			message: 'A scenario holds 1 to 8 offers; this one has 9.'
		},
		{
			case: 'no offers',
			input: { offers: [] },
			path: 'offers',
			message: 'A scenario holds 1 to 8 offers; this one has none.'
		},
		{
			case: 'offers missing',
			input: {},
			path: 'offers',
			message: 'A scenario holds 1 to 8 offers; this one has none.'
		},
		{
			case: 'version 2',
			input: { version: 2, offers: [offer()] },
			path: 'version',
			message: 'This file is not a version 1 scenario, the only version this app reads.'
		},
		{
			case: 'an exchange rate of 50',
			input: { fx: { GBPUSD: 50 }, offers: [offer()] },
			path: 'fx.GBPUSD',
			message: 'The exchange rate (USD per GBP) must be at most 10; this is 50.'
		},
		{
			case: 'an exchange rate of 0.05',
			input: { fx: { GBPUSD: '0.05' }, offers: [offer()] },
			path: 'fx.GBPUSD',
			message: 'The exchange rate must be between 0.1 and 10 USD per GBP; this is 0.05.'
		},
		{
			case: 'an unknown filing status',
			input: { household: { filingStatus: 'widowed' }, offers: [offer()] },
			path: 'household.filingStatus',
			message: 'Filing status must be one of single, married.'
		},
		{
			case: 'a JSON 1e400',
			input: '{"offers":[{"name":"A","location":"austin","base":1e400}]}',
			path: 'offers.0.base',
			message: 'Base salary must be a number, like 150000.'
		},
		{
			case: 'text that is not JSON',
			input: 'hello',
			path: '',
			message: 'This text is not a scenario: it is not valid JSON.'
		},
		{
			case: 'nothing at all',
			input: undefined,
			path: '',
			message:
				'A scenario must be an object with its offers, like { "version": 1, "offers": [ … ] }.'
		}
	])('$case', ({ input, path, message }) => {
		const result = parseScenario(input);
		expect(result.ok ? [] : result.errors).toContainEqual({ path, message });
	});

	it('reports every problem at once, each under its own offer', () => {
		const result = parseScenario({ offers: [offer({ base: 'x' }), offer({ bonusPct: -1 })] });
		expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
			'offers.0.base',
			'offers.1.bonusPct'
		]);
	});
});

describe('parseScenario: hostile input never throws', () => {
	const deep: Record<string, unknown> = {};
	let cursor = deep;
	for (let i = 0; i < 10000; i++) {
		const next: Record<string, unknown> = {};
		cursor.offers = next;
		cursor = next;
	}
	it.each([
		{ case: 'null', input: null, ok: false },
		{ case: 'NaN', input: NaN, ok: false },
		{ case: 'the number 1e400', input: Number('1e400'), ok: false },
		{ case: 'an array', input: [offer()], ok: false },
		{ case: 'a 10 MB string', input: 'x'.repeat(10_000_000), ok: false },
		{
			case: 'deeply nested JSON text',
			input: '['.repeat(500_000) + ']'.repeat(400_000),
			ok: false
		},
		{ case: 'deeply nested objects', input: deep, ok: false },
		{
			case: '__proto__ keys',
			input: JSON.parse(
				'{"__proto__":{"years":11},"offers":[{"__proto__":{"base":1},"name":"A","location":"austin"}]}'
			) as unknown,
			// The offer's own "__proto__" key is data, so it has no base.
			ok: false
		},
		{
			case: 'constructor keys',
			input: { constructor: 1, offers: [{ ...offer(), constructor: { prototype: 1 } }] },
			// Unknown keys are ignored, whatever their name.
			ok: true
		},
		{
			case: 'a throwing getter',
			input: Object.defineProperty({}, 'offers', {
				get() {
					throw new Error('boom');
				},
				enumerable: true
			}),
			ok: false
		}
	])('$case', ({ input, ok }) => {
		const result = parseScenario(input);
		expect(result.ok).toBe(ok);
		expect(Object.prototype).not.toHaveProperty('years');
	});

	it('turns down 10,000 offers by counting them, without checking each', () => {
		const many = Array.from({ length: 10000 }, () => offer());
		const started = performance.now();
		const result = parseScenario({ offers: many });
		expect(performance.now() - started).toBeLessThan(50);
		expect(result.ok ? [] : result.errors).toEqual([
			{ path: 'offers', message: 'A scenario holds 1 to 8 offers; this one has 10000.' }
		]);
	});

	it('reads an own __proto__ key as data, not as a prototype', () => {
		const input = JSON.parse(
			'{"offers":[{"__proto__":{"base":1},"name":"A","location":"austin","base":5}]}'
		) as unknown;
		expect(String(scenarioOf(parseScenario(input)).offers[0]?.base)).toBe('5');
	});
});
