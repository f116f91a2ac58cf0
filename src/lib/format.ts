/**
 * Text for people: money, ranges, percentages and dates, in one fixed locale (en-US), so the
 * prerendered HTML and the browser's rendering are identical.
 *
 * The engine calculates, this file only writes the result down. Amounts are written from the
 * Decimal by the engine's `writeMoney` (no float touches them, no Intl formatter is built
 * while the page starts); only the ordinal plural rules use Intl, made on first use.
 */
import type Decimal from 'decimal.js';
import { Dec, writeDate, writeMoney, writeNumber, type Currency } from '$lib/engine';

const LOCALE = 'en-US';

/** An Intl object made on first use: each kind loads its own locale data, which is slow. */
function lazily<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

export interface MoneyFormat {
	/** "$110K" instead of "$110,000" (exact for whole thousands below a million). */
	compact?: boolean;
	/** "$110,000.00": show cents. Ignored with `compact`. */
	cents?: boolean;
}

type Amount = Decimal | number;

/**
 * Formats an amount of money.
 *
 * @example formatMoney(new Dec('110000'), 'USD') // '$110,000'
 * @example formatMoney(new Dec('130000'), 'GBP', { compact: true }) // '£130K'
 * @example formatMoney(new Dec('1234.5'), 'USD', { cents: true }) // '$1,234.50'
 */
export function formatMoney(value: Amount, currency: Currency, opts: MoneyFormat = {}): string {
	const amount = typeof value === 'number' ? new Dec(value) : value;
	// Compact: up to 3 decimals so "$146.5K" is never shown as "$147K", none when whole.
	return writeMoney(amount, currency, opts.compact ? { compact: 3 } : { cents: opts.cents });
}

/**
 * Formats a range the way the guide writes it, with an en dash and a "+" when open-ended.
 *
 * @example formatRange(new Dec(300000), new Dec(500000), 'USD', { compact: true, openEnded: true }) // '$300K–$500K+'
 */
export function formatRange(
	low: Amount,
	high: Amount,
	currency: Currency,
	opts: MoneyFormat & { openEnded?: boolean } = {}
): string {
	const plus = opts.openEnded ? '+' : '';
	return `${formatMoney(low, currency, opts)}–${formatMoney(high, currency, opts)}${plus}`;
}

/**
 * Formats a percentage held as a plain number (15 means 15 %), as Intl.NumberFormat writes
 * it in en-US with at most two decimals (a unit test compares them).
 *
 * @example formatPercent(12.5) // '12.5%'
 */
export function formatPercent(value: number, places = 2): string {
	return `${writeNumber(value, places)}%`;
}

/**
 * Formats an ISO calendar date (YYYY-MM-DD).
 *
 * @example formatDate('2026-02-01') // 'Feb 1, 2026'
 */
export function formatDate(iso: string): string {
	return writeDate(iso);
}

const ordinal = lazily(() => new Intl.PluralRules(LOCALE, { type: 'ordinal' }));
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/**
 * Formats a whole number as an English ordinal.
 *
 * @example formatOrdinal(62) // '62nd'
 */
export function formatOrdinal(value: number): string {
	return `${value}${ORDINAL_SUFFIX[ordinal().select(value)] ?? 'th'}`;
}
