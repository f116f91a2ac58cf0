import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeOffer, serializeScenario, serializeVesting } from '$lib/engine/serialize';
import { plain, rawScenario } from './state-arbitraries';
import { parsed } from './parsed-scenario';

const offer = (fields: Record<string, unknown>) =>
	parsed({ offers: [{ name: 'Acme', location: 'austin', base: '150000', ...fields }] }).offers[0]!;

describe('serializeScenario', () => {
	it('gives back an equal scenario through parseScenario, for any scenario', () => {
		fc.assert(
			fc.property(rawScenario, (raw) => {
				const scenario = parsed(raw);
				const file = serializeScenario(scenario);
				// Plain JSON: surviving a JSON round trip changes nothing.
				expect(JSON.parse(JSON.stringify(file))).toEqual(file);
				expect(plain(parsed(file))).toEqual(plain(scenario));
			}),
			{ numRuns: 200 }
		);
	});

	it('writes money as exact decimal strings, percentages as numbers', () => {
		const file = serializeScenario(
			parsed({
				years: 3,
				household: { filingStatus: 'married', annualSpending: 72000.5 },
				fx: { GBPUSD: '1.2345' },
				offers: [{ name: 'Acme', location: 'london', base: '1234567.01', raisePct: 3.5 }]
			})
		);
		expect(file).toEqual({
			version: 1,
			years: 3,
			household: { filingStatus: 'married', annualSpending: '72000.5' },
			fx: { GBPUSD: '1.2345' },
			offers: [
				{
					name: 'Acme',
					location: 'london',
					currency: 'GBP',
					colIndex: file.offers[0]?.colIndex,
					taxRegion: 'uk',
					base: '1234567.01',
					raisePct: 3.5,
					bonusPct: 0,
					signOn: '0',
					relocation: '0',
					otherAnnual: '0',
					retirementMatchPct: 0
				}
			]
		});
	});
});

describe('serializeOffer', () => {
	it.each([
		['one sign-on amount', { signOn: 30000 }, '30000'],
		['a sign-on per year', { signOn: [30000, '10000.5'] }, ['30000', '10000.5']],
		['no sign-on', {}, '0']
	])('writes %s', (_case, fields, expected) => {
		expect(serializeOffer(offer(fields)).signOn).toEqual(expected);
	});

	it.each([
		['role', { role: 'ml-engineer' }, true],
		['role', {}, false],
		['level', { level: 'senior' }, true],
		['level', {}, false],
		['equity', { equity: { type: 'rsu', grant: 1000 } }, true],
		['equity', {}, false]
	])('writes the optional key %s only when present (%o → %s)', (key, fields, present) => {
		expect(key in serializeOffer(offer(fields))).toBe(present);
	});

	it('writes an option grant with shares, strike and price as strings', () => {
		const equity = { type: 'options', shares: 40000, strike: 2, price: '10.25', vesting: 'amazon' };
		expect(serializeOffer(offer({ equity })).equity).toEqual({
			type: 'options',
			shares: '40000',
			strike: '2',
			price: '10.25',
			vesting: 'amazon',
			growthPct: 0,
			successPct: 100
		});
	});
});

describe('serializeVesting', () => {
	it.each([
		[
			'a preset that still matches',
			{ preset: 'amazon', yearly: [5, 15, 40, 40], cliffMonths: 12, every: 6 },
			'amazon'
		],
		[
			'a preset label whose schedule was changed',
			{ preset: 'standard', yearly: [50, 50], cliffMonths: 12, every: 1 },
			{ yearly: [50, 50], cliffMonths: 12, every: 1 }
		],
		[
			'a custom schedule',
			{ yearly: [25, 25, 25, 25], cliffMonths: 0, every: 3 },
			{ yearly: [25, 25, 25, 25], cliffMonths: 0, every: 3 }
		]
	] as const)('writes %s', (_case, schedule, expected) => {
		expect(serializeVesting({ ...schedule, yearly: [...schedule.yearly] })).toEqual(expected);
	});
});
