import { describe, expect, it } from 'vitest';
import { keptAfterLeaving, leaveAt, parseOffer } from '$lib/engine';
import type { ComparedOffer } from '$lib/state/comparison.svelte';
import { LeavingEarly } from '$lib/state/leaving';

const offer = (terms: Record<string, unknown>) => ({
	name: 'Acme AI',
	location: 'austin',
	base: 150000,
	bonusPct: 10,
	...terms
});
const rsu = (terms: Record<string, unknown> = {}) =>
	offer({ equity: { type: 'rsu', grant: 200000, vesting: 'standard', ...terms } });

const lines = (result: ReturnType<typeof leaveAt>) => [
	String(result.received),
	String(result.forfeitedEquity),
	String(result.signOnRepaid)
];

// Each row: [received, forfeitedEquity, signOnRepaid], worked by hand. Base 150,000 and a
// 10 % bonus earn 165,000 / 12 = 13,750 a month.
describe('leaveAt: hand-worked cases', () => {
	it.each([
		{
			case: 'month 0: nothing earned, the whole grant forfeited',
			input: rsu(),
			month: 0,
			expected: ['0', '200000', '0']
		},
		{
			case: 'month 11 with a 1-year cliff: no equity yet',
			// 11 × 13,750 = 151,250; all 200,000 forfeited.
			input: rsu(),
			month: 11,
			expected: ['151250', '200000', '0']
		},
		{
			case: 'month 12: the cliff vest arrives',
			// 165,000 + 50,000; 150,000 left unvested.
			input: rsu(),
			month: 12,
			expected: ['215000', '150000', '0']
		},
		{
			case: 'month 18: six monthly vests after the cliff',
			// 165,000 + 6 × 13,750 = 247,500 pay; 75,000 vested (37.5 %); 125,000 forfeited.
			input: rsu(),
			month: 18,
			expected: ['322500', '125000', '0']
		},
		{
			case: 'front-loaded: month 1 already vests',
			// 13,750 pay + 200,000 × 33 % / 12 = 5,500; 194,500 forfeited.
			input: rsu({ vesting: 'front-loaded' }),
			month: 1,
			expected: ['19250', '194500', '0']
		},
		{
			case: 'month 3 repays 9/12 of the year-1 sign-on',
			// 3 × 13,750 + 30,000 = 71,250; 30,000 × 9/12 = 22,500 repaid.
			input: offer({ signOn: 30000 }),
			month: 3,
			expected: ['71250', '0', '22500']
		},
		{
			case: 'month 12 repays nothing',
			input: offer({ signOn: 30000 }),
			month: 12,
			expected: ['195000', '0', '0']
		},
		{
			case: 'a 2-year sign-on, leaving at month 13',
			// 165,000 + 13,750 pay; 50,000 + 30,000 received; the year-2 payment (month 12) is
			// one month old: 30,000 × 11/12 = 27,500.
			input: offer({ signOn: [50000, 30000] }),
			month: 13,
			expected: ['258750', '0', '27500']
		},
		{
			case: 'a raise applies from year 2',
			// Year 1: 165,000; month 13 earns 165,000 × 1.1 / 12 = 15,125.
			input: offer({ raisePct: 10 }),
			month: 13,
			expected: ['180125', '0', '0']
		},
		{
			case: 'relocation at once and other cash pro rata',
			// 2 × 13,750 + 20,000 + 2 × 6,000 / 12 = 48,500.
			input: offer({ relocation: 20000, otherAnnual: 6000 }),
			month: 2,
			expected: ['48500', '0', '0']
		},
		{
			case: 'growth: vests valued at their month, the rest at the leave month',
			// Vest at month 12 (every 12): 50,000 × 1.1 = 55,000. Leave at 24: another 55,000 ×
			// 1.1 = 60,500 vests; the unvested 100,000 is worth 100,000 × 1.21 = 121,000.
			input: rsu({ growthPct: 10, vesting: { yearly: [25, 25, 25, 25], every: 12 } }),
			month: 24,
			expected: ['445500', '121000', '0']
		},
		{
			case: 'refreshers: the first is granted at the start of year 2',
			// Month 15: pay 15 × 13,750 = 206,250; initial grant 400,000 standard: 25 % + 3 ×
			// 25/12 % = 31.25 % = 125,000; refresher 80,000 granted at month 12 vests 1/16 at
			// month 15 = 5,000. Forfeited: 275,000 + 75,000.
			input: rsu({ grant: 400000, refresh: 80000 }),
			month: 15,
			expected: ['336250', '350000', '0']
		},
		{
			case: 'options: spread × success, forfeited at the leave month’s price',
			// 10,000 shares vest at the cliff: (5 − 1) × 50 % × 10,000 = 20,000; 30,000 shares
			// unvested: 60,000.
			input: offer({
				equity: { type: 'options', shares: 40000, strike: 1, price: 5, successPct: 50 }
			}),
			month: 12,
			expected: ['185000', '60000', '0']
		}
	])('$case', ({ input, month, expected }) => {
		const result = leaveAt(input, month);
		expect(result.errors).toBeUndefined();
		expect(lines(result)).toEqual(expected);
	});
});

describe('leaveAt: bad input gives zero lines and a reason', () => {
	it.each([
		{ case: 'a negative month', input: rsu(), month: -1, path: 'month' },
		{ case: 'month 121', input: rsu(), month: 121, path: 'month' },
		{ case: 'a fractional month', input: rsu(), month: 1.5, path: 'month' },
		{ case: 'NaN', input: rsu(), month: NaN, path: 'month' },
		{ case: 'a text month', input: rsu(), month: '3', path: 'month' },
		{ case: 'a broken offer', input: offer({ base: 'x' }), month: 3, path: 'base' }
	])('$case', ({ input, month, path }) => {
		const result = leaveAt(input, month);
		expect(lines(result)).toEqual(['0', '0', '0']);
		expect(result.errors?.map((e) => e.path)).toEqual([path]);
	});
});

describe('keptAfterLeaving: received less the sign-on paid back', () => {
	it.each([
		// Month 3: 3 × 13,750 + 30,000 = 71,250 received; 30,000 × 9/12 = 22,500 repaid.
		[3, '48750'],
		// Month 12: 12 × 13,750 + 30,000 + the 50,000 cliff vest; nothing repaid.
		[12, '245000'],
		// Month 0: nothing received, the sign-on not yet paid.
		[0, '0']
	])('at month %i keeps %s', (month, kept) => {
		expect(String(keptAfterLeaving(leaveAt({ ...rsu(), signOn: 30000 }, month)))).toBe(kept);
	});
});

describe('LeavingEarly (the compare page section)', () => {
	const compared = (id: string, terms: Record<string, unknown>) => {
		const parsed = parseOffer(terms);
		if (!parsed.ok) {
			throw new Error('bad test offer');
		}
		return { id, offer: parsed.offer } as ComparedOffer;
	};

	it('gives leaveAt of each offer, and keeps an unchanged offer’s outcome', () => {
		const memo = new LeavingEarly();
		const acme = compared('a', rsu());
		const globex = compared('b', offer({ name: 'Globex', signOn: 30000 }));
		const first = memo.at([acme, globex], 11);
		expect(first.map((row) => row.id)).toEqual(['a', 'b']);
		expect(lines(first[0]!.outcome)).toEqual(lines(leaveAt(acme.offer, 11)));
		expect(lines(first[1]!.outcome)).toEqual(lines(leaveAt(globex.offer, 11)));

		const edited = compared('b', offer({ name: 'Globex', signOn: 40000 }));
		const second = memo.at([acme, edited], 11);
		expect(second[0]!.outcome).toBe(first[0]!.outcome);
		expect(lines(second[1]!.outcome)).toEqual(lines(leaveAt(edited.offer, 11)));
		expect(lines(memo.at([acme], 12)[0]!.outcome)).toEqual(lines(leaveAt(acme.offer, 12)));
	});
});
