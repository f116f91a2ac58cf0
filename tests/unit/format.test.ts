/**
 * formatMoney (the engine's writeMoney) writes amounts itself instead of through Intl.NumberFormat (building Intl
 * formatters is slow while a page starts). It must write exactly what Intl writes for en-US
 * with half-away-from-zero rounding: these tests compare the two on hand-picked edges and on
 * thousands of generated amounts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, listText, writeDate, writeMoney, writeNumber, type Currency } from '$lib/engine';
import { formatDate, formatMoney, formatPercent, formatRange } from '$lib/format';

type Style = 'whole' | 'cents' | 'compact';

function intl(value: string, currency: Currency, style: Style): string {
	return new Intl.NumberFormat('en-US', {
		style: 'currency',
		currency,
		roundingMode: 'halfExpand',
		minimumFractionDigits: style === 'cents' ? 2 : 0,
		maximumFractionDigits: style === 'compact' ? 3 : style === 'cents' ? 2 : 0,
		...(style === 'compact' ? { notation: 'compact' } : {})
	}).format(value as `${number}`);
}

const options = (style: Style) => ({ compact: style === 'compact', cents: style === 'cents' });
const STYLES: Style[] = ['whole', 'cents', 'compact'];

describe('formatMoney', () => {
	it.each([
		['110000', 'USD', 'whole', '$110,000'],
		['1234.5', 'USD', 'cents', '$1,234.50'],
		['130000', 'GBP', 'compact', '£130K'],
		['146500', 'USD', 'compact', '$146.5K'],
		['999999.9999', 'USD', 'compact', '$1M'],
		['0.5', 'USD', 'whole', '$1'],
		['-0.5', 'USD', 'whole', '-$1'],
		['-0.4', 'USD', 'whole', '-$0'],
		['2.345', 'USD', 'cents', '$2.35'],
		['-2.345', 'GBP', 'cents', '-£2.35'],
		['1234567.891', 'USD', 'compact', '$1.235M']
	] as const)('writes %s %s (%s) as %s', (value, currency, style, text) => {
		expect(formatMoney(new Dec(value), currency, options(style))).toBe(text);
		expect(intl(value, currency, style)).toBe(text);
	});

	it('writes what Intl writes, for amounts of every size and sign', () => {
		const digits = fc.stringMatching(/^[1-9]\d{0,17}$/);
		const amount = fc
			.tuple(fc.boolean(), fc.oneof(digits, fc.constant('0')), fc.stringMatching(/^\d{0,6}$/))
			.map(
				([negative, integer, fraction]) =>
					`${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`
			);
		fc.assert(
			fc.property(
				amount,
				fc.constantFrom<Currency>('USD', 'GBP'),
				fc.constantFrom(...STYLES),
				(value, currency, style) => {
					expect(formatMoney(new Dec(value), currency, options(style))).toBe(
						intl(value, currency, style)
					);
				}
			),
			{ numRuns: 5000 }
		);
	});

	it('writes what Intl writes at every rounding edge of the compact units', () => {
		for (let power = 0; power <= 16; power++) {
			for (const offset of ['-0.0005', '-0.0004', '0', '0.0004', '0.0005', '-0.5', '0.5']) {
				const edge = new Dec(10).pow(power).minus(1).plus(offset);
				for (const scale of [1, 1000, 999.9995, 999999.5]) {
					const value = edge.times(scale).toFixed();
					for (const style of STYLES) {
						expect(formatMoney(new Dec(value), 'USD', options(style)), value).toBe(
							intl(value, 'USD', style)
						);
					}
				}
			}
		}
	});

	it('takes plain numbers (whole units) as well', () => {
		expect(formatMoney(150000, 'USD')).toBe('$150,000');
		expect(formatMoney(-0, 'USD')).toBe(intl('-0', 'USD', 'whole'));
	});
});

describe('formatRange', () => {
	it('writes a range the way the guide does', () => {
		expect(
			formatRange(new Dec(300000), new Dec(500000), 'USD', { compact: true, openEnded: true })
		).toBe('$300K–$500K+');
	});
});

describe('listText', () => {
	it.each([
		[[], ''],
		[['a'], 'a'],
		[['a', 'b'], 'a and b'],
		[['a', 'b', 'c'], 'a, b and c']
	])('%j → %j', (items, text) => {
		expect(listText(items)).toBe(text);
	});
});

describe('formatPercent', () => {
	const intlPercent = (value: number) =>
		`${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value)}%`;

	it.each([
		[12.5, '12.5%'],
		[1.005, '1.01%'],
		[-3, '-3%'],
		[1234.567, '1,234.57%'],
		[0.001, '0%']
	])('writes %d as %s', (value, text) => {
		expect(formatPercent(value)).toBe(text);
		expect(intlPercent(value)).toBe(text);
	});

	it('writes what Intl writes, for any number', () => {
		const hundredths = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000);
		fc.assert(
			fc.property(
				fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hundredths),
				(value) => {
					expect(formatPercent(value)).toBe(intlPercent(value));
				}
			),
			{ numRuns: 5000 }
		);
	});
});

describe('the engine writers behind them (also used by the negotiation scripts)', () => {
	it('writes compact money with one decimal as Intl does (the scripts’ "$267K")', () => {
		const intlCompact1 = (value: string) =>
			new Intl.NumberFormat('en-US', {
				style: 'currency',
				currency: 'USD',
				roundingMode: 'halfExpand',
				minimumFractionDigits: 0,
				maximumFractionDigits: 1,
				notation: 'compact'
			}).format(value as `${number}`);
		fc.assert(
			fc.property(
				fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
				fc.nat(99),
				(whole, hundredths) => {
					const value = `${whole}.${String(hundredths).padStart(2, '0')}`;
					expect(writeMoney(new Dec(value), 'USD', { compact: 1 })).toBe(intlCompact1(value));
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('writes counts and rates from a Decimal as Intl does', () => {
		const intlNumber = (value: string) =>
			new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value as `${number}`);
		fc.assert(
			fc.property(
				fc.integer({ min: -10_000_000, max: 10_000_000 }),
				fc.nat(9999),
				(whole, frac) => {
					const value = `${whole}.${String(frac).padStart(4, '0')}`;
					expect(writeNumber(new Dec(value))).toBe(intlNumber(value));
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('writes every day of a few years as Intl does, whatever the time zone', () => {
		const intlDate = new Intl.DateTimeFormat('en-US', {
			month: 'short',
			day: 'numeric',
			year: 'numeric',
			timeZone: 'UTC'
		});
		for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
			const iso = new Date(day).toISOString().slice(0, 10);
			expect(writeDate(iso)).toBe(intlDate.format(new Date(day)));
		}
		expect(formatDate('2026-02-01')).toBe('Feb 1, 2026');
	});
});
