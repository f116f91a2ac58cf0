import { describe, expect, it } from 'vitest';
import { typedAmount } from '$lib/state/draft';

describe('typedAmount: amounts as people type them into the form', () => {
	it.each([
		['200000', '200000'],
		['200,000', '200000'],
		['$200,000', '200000'],
		['£95,000.50', '95000.50'],
		[' 1,250,000 ', '1250000'],
		['$ 150000', '150000'],
		['0.5', '0.5'],
		// Not a shape the form reads: passed on as typed, so the engine says what is wrong.
		['2,00,000', '2,00,000'],
		['200k', '200k'],
		['1,2345', '1,2345'],
		['-5', '-5'],
		['', ''],
		['abc', 'abc']
	])('%j → %j', (typed, read) => {
		expect(typedAmount(typed)).toBe(read);
	});
});
