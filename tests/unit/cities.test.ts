import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_REMOTE,
	amountAsOffer,
	cityPlace,
	cityTable,
	matchBase,
	cityRows,
	offerYearOneTotal,
	readCityAmount,
	readRemoteColIndex,
	type RemotePlace
} from '$lib/engine/cities';
import { equivalentSalary } from '$lib/engine/living';
import { convert } from '$lib/engine/fx';
import { Dec } from '$lib/engine/money';
import { parseOffer } from '$lib/engine/schema';
import { LOCATION_IDS, type LocationId } from '$lib/engine/types';

const household = { filingStatus: 'single' as const, annualSpending: new Dec(60000) };
const fx = { GBPUSD: new Dec('1.36') };

type RowCase = [
	label: string,
	home: LocationId,
	amount: string,
	remote: RemotePlace,
	city: LocationId,
	expected: [salary: string, tax: string, takeHome: string, livingCost: string, savings: string]
];

// prettier-ignore
const rowCases: RowCase[] = [
	// Same city: TX single 100,000 → federal 13,170 + payroll 7,650 = 20,820 (tax.test.ts);
	// net 79,180; living 60,000 × 1.2 = 72,000; savings 7,180.
	['Austin from Austin', 'austin', '100000', DEFAULT_REMOTE, 'austin',
		['100000', '20820', '79180', '72000', '7180']],
	// 100,000 GBP × 1.36 × 120 / 165 = 98,909.0909 → 98,909.09 USD. Federal: 98,909.09 − 16,100
	// = 82,809.09; 1,240 + 4,560 + 22 % × 32,409.09 (7,129.9998) = 12,929.9998 → 12,930.00.
	// Payroll 7.65 % × 98,909.09 = 7,566.5454 → 7,566.55. Tax 20,496.55; net 78,412.54;
	// living 72,000; savings 6,412.54.
	['Austin from London', 'london', '100000', DEFAULT_REMOTE, 'austin',
		['98909.09', '20496.55', '78412.54', '72000', '6412.54']],
	// UK 100,000: tax 31,442.60 (living.test.ts); living 60,000 × 1.65 = 99,000 USD / 1.36
	// = 72,794.1176 → 72,794.12 GBP; savings 68,557.40 − 72,794.12 = −4,236.72.
	['London from London', 'london', '100000', DEFAULT_REMOTE, 'london',
		['100000', '31442.6', '68557.4', '72794.12', '-4236.72']],
	// Remote at index 100, us-none: 100,000 × 100 / 120 = 83,333.33. Federal: 67,233.33 taxable;
	// 1,240 + 4,560 + 22 % × 16,833.33 (3,703.3326) = 9,503.33; payroll 7.65 % × 83,333.33
	// = 6,374.9997 → 6,375.00. Tax 15,878.33; net 67,455; living 60,000; savings 7,455.
	['Remote (defaults) from Austin', 'austin', '100000', DEFAULT_REMOTE, 'remote',
		['83333.33', '15878.33', '67455', '60000', '7455']],
	// Remote at the user's index 80, taxed in the UK: 120,000 × 80 / 120 = 80,000 USD
	// = 58,823.5294 GBP, truncated to 58,823.52. Income tax 20 % × 37,700 = 7,540 + 40 % × 8,553.52
	// (3,421.408) = 10,961.41; NI 8 % × 37,700 = 3,016 + 2 % × 8,553.52 (171.0704) = 3,187.07.
	// 14,148.48 GBP × 1.36 = 19,241.9328 → 19,241.93 USD; net 60,758.07; living 48,000.
	['Remote (index 80, uk) from Austin', 'austin', '120000', { colIndex: 80, taxRegion: 'uk' }, 'remote',
		['80000', '19241.93', '60758.07', '48000', '12758.07']],
	// From Remote at index 80: 80,000 × 120 / 80 = 120,000 in Austin. Federal: 103,900 taxable;
	// 1,240 + 4,560 + 22 % × 53,500 (11,770) = 17,570; payroll 7.65 % = 9,180. Tax 26,750.
	['Austin from Remote (index 80)', 'remote', '80000', { colIndex: 80, taxRegion: 'uk' }, 'austin',
		['120000', '26750', '93250', '72000', '21250']]
];

describe('cityTable rows', () => {
	it.each(rowCases)('%s', (_label, home, amount, remote, city, expected) => {
		const rows = cityTable({
			role: 'ml-engineer',
			level: 'mid',
			amount: new Dec(amount),
			home,
			remote,
			household,
			fx
		});
		const row = rows.find((r) => r.id === city);
		expect(
			[row?.salary, row?.tax, row?.takeHome, row?.livingCost, row?.savings].map(String)
		).toEqual(expected);
		expect(row?.isHome).toBe(city === home);
	});
});

type MarketCase = [
	label: string,
	city: LocationId,
	role: 'ml-engineer' | 'nlp-engineer',
	level: 'entry' | 'mid',
	range: string
];

// prettier-ignore
const marketCases: MarketCase[] = [
	// The guide's own "Salary by Location" figure.
	['ML Engineer Mid, Austin: guide', 'austin', 'ml-engineer', 'mid', '140000-200000 USD guide'],
	['ML Engineer Mid, London: guide, GBP', 'london', 'ml-engineer', 'mid', '130000-180000 GBP guide'],
	// 110,000 × 170,000 / 150,000 = 124,667 → 125,000; 150,000 × 240,000 / 220,000 = 163,636 → 164,000.
	['ML Engineer Entry, Boston: derived', 'boston', 'ml-engineer', 'entry', '125000-164000 USD derived'],
	// NLP Mid has ML's national range, so Remote's ML Mid figure: 140,000–180,000, derived.
	['NLP Engineer Mid, Remote: derived', 'remote', 'nlp-engineer', 'mid', '140000-180000 USD derived']
];

describe('cityTable market ranges', () => {
	it.each(marketCases)('%s', (_label, city, role, level, range) => {
		const rows = cityTable({
			role,
			level,
			amount: new Dec(1),
			home: 'austin',
			remote: DEFAULT_REMOTE,
			household,
			fx
		});
		const m = rows.find((r) => r.id === city)?.market;
		expect(`${String(m?.low)}-${String(m?.high)} ${m?.currency} ${m?.source}`).toBe(range);
	});

	it('lists every location once, in the guide order, with Remote on the user index', () => {
		const rows = cityTable({
			role: 'ml-engineer',
			level: 'mid',
			amount: new Dec(100000),
			home: 'austin',
			remote: { colIndex: 90, taxRegion: 'us-fl' },
			household,
			fx
		});
		expect(rows.map((r) => `${r.id}:${r.colIndex}:${r.colIndexSource}:${r.taxRegion}`)).toEqual([
			'san-francisco:220:guide:us-ca',
			'new-york:210:guide:us-ny-nyc',
			'boston:190:guide:us-ma',
			'seattle:180:guide:us-wa',
			'austin:120:guide:us-tx',
			'london:165:guide:uk',
			'remote:90:yours:us-fl'
		]);
	});
});

type ReadCase = [text: string, result: string];

const amountCases: ReadCase[] = [
	['200000', 'ok 200000'],
	['1234.56', 'ok 1234.56'],
	['', 'Amount is required: enter a number, like 200000.'],
	['abc', 'Amount must be a number, like 200000.'],
	['200,000', 'Amount must be a number, like 200000.'],
	['-5', 'Amount cannot be negative.'],
	['10000001', 'Amount must be at most 10,000,000 a year; this is 10000001.']
];

const indexCases: ReadCase[] = [
	['90', 'ok 90'],
	['0', 'Remote cost-of-living index must be between 1 and 1000; this is 0.'],
	['x', 'Remote cost-of-living index must be a number, like 100.']
];

describe('reading the page inputs', () => {
	it.each(amountCases)('amount %j', (text, result) => {
		const read = readCityAmount(text);
		expect(read.ok ? `ok ${String(read.value)}` : read.message).toBe(result);
	});
	it.each(indexCases)('remote index %j', (text, result) => {
		const read = readRemoteColIndex(text);
		expect(read.ok ? `ok ${String(read.value)}` : read.message).toBe(result);
	});
});

describe('offers and break-even', () => {
	const offerOf = (raw: unknown) => {
		const parsed = parseOffer(raw);
		if (!parsed.ok) {
			throw new Error('test offer does not parse');
		}
		return parsed.offer;
	};

	type TotalCase = [label: string, currency: 'USD' | 'GBP', total: string];
	// 150,000 base + 10 % bonus = 165,000 USD; / 1.36 = 121,323.5294 → 121,323.53 GBP.
	const totalCases: TotalCase[] = [
		['in its own currency', 'USD', '165000'],
		['in GBP at 1.36', 'GBP', '121323.53']
	];
	it.each(totalCases)('year-1 total %s', (_label, currency, total) => {
		const offer = offerOf({ name: 'A', location: 'austin', base: 150000, bonusPct: 10 });
		expect(String(offerYearOneTotal(offer, currency, fx))).toBe(total);
	});

	it('leaves stock options out of the pay the table taxes, as the compare page does', () => {
		// Given 160,000 base and 50,000 options (strike 1.50, price 6) vesting 12,500 in year 1,
		// worth 12,500 × 4.50 = 56,250 (found by QA: the table taxed them as salary)
		const offer = offerOf({
			name: 'Startup',
			location: 'austin',
			base: 160000,
			equity: { type: 'options', shares: 50000, strike: 1.5, price: 6, vesting: 'standard' }
		});
		// Then the table's amount is the base alone, and its home row saves what break-even quotes
		const amount = offerYearOneTotal(offer, 'USD', fx);
		expect(String(amount)).toBe('160000');
		const home = cityTable({
			role: 'ml-engineer',
			level: 'mid',
			amount,
			home: 'austin',
			remote: DEFAULT_REMOTE,
			household,
			fx
		}).find((row) => row.isHome);
		expect(String(home?.savings)).toBe(String(matchBase(offer, 'boston', household, fx).savings));
	});

	it('matches an Austin offer in San Francisco (breakEven worked example)', () => {
		// Year-1 tax 36,209; savings 150,000 − 36,209 − 72,000 = 41,791; see living.ts.
		const offer = offerOf({ name: 'A', location: 'austin', base: 150000 });
		const match = matchBase(offer, 'san-francisco', household, fx);
		expect([match.savings, match.base, match.currency, match.colIndex].map(String)).toEqual([
			'41791',
			'274741.38',
			'USD',
			'220'
		]);
	});

	it('gives the same match in steps (matchBase.ahead), and remembers it for the call after', () => {
		const offer = offerOf({ name: 'A', location: 'austin', base: 150000 });
		const steps = matchBase.ahead(offer, 'san-francisco', household, fx);
		let pieces = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) {
			pieces += 1;
		}
		// One piece for the offer's own savings, then one per projection of the search.
		expect(pieces).toBeGreaterThan(20);
		expect(String(step.value.base)).toBe('274741.38');
		// Equal inputs in new objects: the leaves are compared, not the objects.
		const again = matchBase({ ...offer }, 'san-francisco', { ...household }, fx);
		expect(again).toBe(step.value);
		expect(matchBase(offer, 'boston', household, fx)).not.toBe(step.value);
	});

	it('moves an amount as a plain base: same city gives the amount back', () => {
		const offer = amountAsOffer(new Dec(100000), 'austin', DEFAULT_REMOTE);
		expect(String(matchBase(offer, 'austin', household, fx).base)).toBe('100000');
	});

	it('matches in Remote at the index and region the user gave it, as the table does', () => {
		const remote = { colIndex: 75, taxRegion: 'uk' as const };
		const offer = amountAsOffer(new Dec(100000), 'remote', remote);
		const match = matchBase(offer, 'remote', household, fx, remote);
		expect([String(match.base), match.colIndex, match.taxRegion]).toEqual(['100000', 75, 'uk']);
		// Remote's defaults (index 100, US federal tax only) are another place.
		expect(String(matchBase(offer, 'remote', household, fx).base)).not.toBe('100000');
	});

	it('puts a Remote amount at the user index and region', () => {
		const offer = amountAsOffer(new Dec(100000), 'remote', { colIndex: 75, taxRegion: 'uk' });
		expect([offer.currency, offer.colIndex, offer.taxRegion]).toEqual(['USD', 75, 'uk']);
	});
});

describe('cityRows', () => {
	it('gives cityTable’s rows one at a time, in the same order', () => {
		const input = {
			role: 'ml-engineer' as const,
			level: 'mid' as const,
			amount: new Dec(200000),
			home: 'austin' as const,
			remote: DEFAULT_REMOTE,
			household,
			fx
		};
		const rows = cityRows(input);
		const first = rows.next();
		expect(first.done).toBe(false);
		const table = cityTable(input);
		expect([first.value, ...rows]).toEqual(table);
	});
});

describe('cityTable properties', () => {
	const location = fc.constantFrom(...LOCATION_IDS);
	const remote = fc.record({
		colIndex: fc.integer({ min: 1, max: 1000 }),
		taxRegion: fc.constantFrom('us-none' as const, 'uk' as const, 'us-ca' as const)
	});
	const amountCents = fc.bigInt({ min: 0n, max: 1_000_000_000n });
	const rate = fc.integer({ min: 50, max: 300 }).map((n) => ({ GBPUSD: new Dec(n).div(100) }));

	it('converts each city salary back to the home amount (rounding the only difference)', () => {
		fc.assert(
			fc.property(amountCents, location, remote, rate, (c, home, rem, fxr) => {
				const amount = new Dec(c.toString()).div(100);
				const rows = cityTable({
					role: 'ml-engineer',
					level: 'mid',
					amount,
					home,
					remote: rem,
					household,
					fx: fxr
				});
				const from = cityPlace(home, rem);
				for (const row of rows) {
					const to = cityPlace(row.id, rem);
					const back = equivalentSalary(row.salary, to, from, fxr);
					// Half a cent lost rounding in the city, magnified by what one city unit is worth
					// at home, plus half a cent rounding back: within a cent whenever a city unit is
					// worth at most one home unit (and within a few cents for much cheaper cities).
					const unitAtHome = convert(new Dec(1), to.currency, from.currency, fxr)
						.times(from.colIndex)
						.div(to.colIndex);
					const bound = unitAtHome.times('0.005').plus('0.005');
					expect(back?.minus(amount).abs().lte(bound)).toBe(true);
					if (unitAtHome.lte(1)) {
						expect(back?.minus(amount).abs().lte('0.01')).toBe(true);
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('keeps every row consistent: take-home = salary − tax, savings = take-home − living', () => {
		fc.assert(
			fc.property(amountCents, location, remote, (c, home, rem) => {
				const rows = cityTable({
					role: 'data-scientist',
					level: 'senior',
					amount: new Dec(c.toString()).div(100),
					home,
					remote: rem,
					household,
					fx
				});
				for (const row of rows) {
					expect(row.takeHome.eq(row.salary.minus(row.tax))).toBe(true);
					expect(row.savings.eq(row.takeHome.minus(row.livingCost))).toBe(true);
					for (const value of [row.salary, row.tax, row.takeHome, row.savings]) {
						expect(value.decimalPlaces()).toBeLessThanOrEqual(2);
					}
				}
			}),
			{ numRuns: 60 }
		);
	});
});
