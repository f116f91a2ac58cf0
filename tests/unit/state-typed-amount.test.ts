import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine';
import { blankDraft } from '$lib/state/draft';
import { signIssues, typedAmount } from '$lib/state/draft-read';

describe('typedAmount: amounts as people type them into the form', () => {
	it.each([
		['200000', '200000'],
		['200,000', '200000'],
		['$200,000', '200000'],
		['£95,000.50', '95000.50'],
		[' 1,250,000 ', '1250000'],
		['$ 150000', '150000'],
		['0.5', '0.5'],
		['200k', '200000'],
		['$150K', '150000'],
		['1.2m', '1200000'],
		['1.25M', '1250000'],
		['0.5k', '500'],
		['£95.5k', '95500'],
		['1.0000001m', '1000000.1'],
		// Not a shape the form reads: passed on as typed, so the engine says what is wrong.
		['2,00,000', '2,00,000'],
		['200 thousand', '200 thousand'],
		['2kk', '2kk'],
		['1,2345', '1,2345'],
		['-5', '-5'],
		['', ''],
		['abc', 'abc']
	])('%j → %j', (typed, read) => {
		expect(typedAmount(typed)).toBe(read);
	});
});

describe('typedAmount with k and m', () => {
	it('is exactly the amount times a thousand or a million', () => {
		const amount = fc
			.tuple(fc.stringMatching(/^\d{1,7}$/), fc.stringMatching(/^\d{0,8}$/))
			.map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : whole));
		fc.assert(
			fc.property(
				amount,
				fc.constantFrom(['k', 1000], ['M', 1_000_000]),
				(typed, [suffix, factor]) => {
					const read = typedAmount(`${typed}${suffix}`);
					expect(read).toMatch(/^\d+(\.\d+)?$/);
					expect(new Dec(read).eq(new Dec(typed).times(factor))).toBe(true);
				}
			)
		);
	});
});

describe('an amount written in the other currency’s sign', () => {
	it.each([
		['£30,000', 'USD', '£30,000'],
		['$30,000', 'GBP', '$30,000'],
		['$30,000', 'USD', '30000'],
		['£30k', 'GBP', '30000'],
		['30,000', 'GBP', '30000']
	] as const)('%j in %s → %j (left unread when the signs differ)', (typed, currency, read) => {
		expect(typedAmount(typed, currency)).toBe(read);
	});

	it('gets a sentence that says why, in place of "must be a number"', () => {
		const draft = { ...blankDraft('a', 'Acme'), location: 'austin' as const, base: '£30,000' };
		const issues = [
			{ path: 'offers.0.base', message: 'Base salary must be a number, like 150000.' },
			{ path: 'offers.0.name', message: 'kept' }
		];
		expect(signIssues(draft, issues, 'offers.0').map((issue) => issue.message)).toEqual([
			"This offer is paid in USD: type the amount without “£”, or change the offer's currency.",
			'kept'
		]);
	});
});
