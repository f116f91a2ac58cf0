/**
 * The methodology page's tax examples (src/lib/components/AboutTaxes.svelte) write their steps
 * out by hand from the 2026 tables, beside results the engine computes. These are the same
 * steps: if a table changes, this fails, and the page's steps must be written again.
 */
import { describe, expect, it } from 'vitest';
import { estimateTax } from '$lib/engine';

describe('the methodology page’s tax examples, step by step', () => {
	it('US federal and California: 200,000 of wages, single', () => {
		const tax = estimateTax({ income: 200000, region: 'us-ca', filingStatus: 'single' });
		// 200,000 − 16,100 = 183,900: 10 % to 12,400 (1,240), 12 % to 50,400 (4,560), 22 % to
		// 105,700 (12,166) and 24 % of the remaining 78,200 (18,768).
		expect(String(tax.federal)).toBe(String(1240 + 4560 + 12166 + 18768));
		// Social Security 6.2 % of 184,500 (11,439) + Medicare 1.45 % (2,900) + SDI 1.3 % (2,600).
		expect(String(tax.payroll)).toBe(String(11439 + 2900 + 2600));
	});

	it('the UK with the personal allowance taper: £110,000', () => {
		const tax = estimateTax({ income: 110000, region: 'uk', filingStatus: 'single' });
		// Allowance 12,570 − 10,000 ÷ 2 = 7,570; taxable 102,430: 20 % of 37,700 (7,540) + 40 % of
		// 64,730 (25,892).
		expect(String(tax.federal)).toBe(String(7540 + 25892));
		// National Insurance: 8 % from 12,570 to 50,270 (3,016) + 2 % of the 59,730 above (1,194.60).
		expect(tax.payroll.toFixed(2)).toBe('4210.60');
	});
});
