/**
 * The monthly share-price factor (1 + g)^(1/12). `twelfthRoot` must give the root correctly
 * rounded to the 40 digits of `Dec`: the reference is decimal.js's `pow(1/12)` worked at 120
 * digits and rounded once. (At 40 digits, `pow` itself is sometimes one unit off in the last
 * digit: for −99.8 % it gives …561825 where the root is …5618243830…; `twelfthRoot` gives
 * …561824.)
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twelfthRoot } from '$lib/engine/growth';
import { Dec } from '$lib/engine/money';

const Reference = Decimal.clone({ precision: 120, rounding: Decimal.ROUND_HALF_UP });

/** (1 + g/100) as the engine makes it, at the 40 digits of Dec. */
const yearly = (growthPct: number) => new Dec(1).plus(new Dec(growthPct).dividedBy(100));

function correctlyRounded(x: Decimal): string {
	const root = new Reference(x.toString()).pow(new Reference(1).dividedBy(12));
	return root.toSignificantDigits(40, Decimal.ROUND_HALF_UP).toString();
}

describe('twelfthRoot', () => {
	it('is correctly rounded at every tenth of a percent from −99.9 % to 100 %', () => {
		for (let tenths = -999; tenths <= 1000; tenths++) {
			const x = yearly(tenths / 10);
			expect(twelfthRoot(x).toString()).toBe(correctlyRounded(x));
		}
	}, 120_000);

	it('is correctly rounded for any growth rate a person can type, −100 % to 1000 % (fast-check)', () => {
		fc.assert(
			fc.property(fc.double({ min: -100, max: 1000, noNaN: true }), (growthPct) => {
				const x = yearly(growthPct);
				expect(twelfthRoot(x).toString()).toBe(correctlyRounded(x));
			}),
			{ numRuns: 1000 }
		);
	}, 120_000);

	it('gives 1.1^(1/12), 1.2^(1/12) and the root of 0 (growth −100 %)', () => {
		expect(twelfthRoot(new Dec('1.1')).toString()).toBe(
			'1.007974140428903741066031844223230333183'
		);
		expect(twelfthRoot(new Dec('1.2')).toString()).toBe(
			'1.015309470499731217055222731546494909325'
		);
		expect(twelfthRoot(new Dec(0)).toString()).toBe('0');
	});

	it('at −99.8 %, where pow is a unit off in the 40th digit, gives the correctly rounded root', () => {
		const x = yearly(-99.8);
		expect(twelfthRoot(x).toString()).toBe('0.5957798804722739508636034745583535561824');
		expect(x.pow(new Dec(1).dividedBy(12)).toString()).toBe(
			'0.5957798804722739508636034745583535561825'
		);
	});

	it('leaves the engine at its 40 digits', () => {
		twelfthRoot(new Dec('1.2'));
		expect([Dec.precision, Dec.rounding]).toEqual([40, Dec.ROUND_HALF_UP]);
	});
});
