/**
 * Text for people: money, ranges and percentages, formatted with Intl.
 *
 * The engine calculates, this file only writes the result down. Amounts reach Intl as
 * decimal strings (`String(decimal)`), which Intl reads exactly, so no float ever touches
 * them; Intl only rounds for display (to whole units unless `cents` is asked for).
 * One fixed locale keeps the prerendered HTML and the browser's rendering identical.
 */
import type Decimal from 'decimal.js';
import type { Currency } from '$lib/engine';

const LOCALE = 'en-US';

type Style = 'whole' | 'cents' | 'compact';

function moneyFormatter(currency: Currency, style: Style): Intl.NumberFormat {
	return new Intl.NumberFormat(LOCALE, {
		style: 'currency',
		currency,
		// Half away from zero: what "round half up" means to people, for losses as well as gains.
		roundingMode: 'halfExpand',
		// Compact: up to 3 decimals so "$146.5K" is never shown as "$147K", none when whole.
		minimumFractionDigits: style === 'cents' ? 2 : 0,
		maximumFractionDigits: style === 'compact' ? 3 : style === 'cents' ? 2 : 0,
		...(style === 'compact' ? { notation: 'compact' } : {})
	});
}

// Each created once, when first asked for: building an Intl.NumberFormat is slow (most of a
// millisecond on a phone), tables format hundreds of cells, and a page needs two or three of
// the six, not all of them while it starts.
const MONEY = new Map<string, Intl.NumberFormat>();

function money(currency: Currency, style: Style): Intl.NumberFormat {
	const key = `${currency} ${style}`;
	let formatter = MONEY.get(key);
	if (!formatter) {
		formatter = moneyFormatter(currency, style);
		MONEY.set(key, formatter);
	}
	return formatter;
}

/** An Intl object made on first use: each kind loads its own locale data, which is slow. */
function lazily<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

const percent = lazily(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }));

export interface MoneyFormat {
	/** "$110K" instead of "$110,000" (exact for whole thousands below a million). */
	compact?: boolean;
	/** "$110,000.00": show cents. Ignored with `compact`. */
	cents?: boolean;
}

type Amount = Decimal | number;

/** Decimal → its exact decimal string; a number (whole units, counts) as it is. */
function exact(value: Amount): `${number}` | number {
	return typeof value === 'number' ? value : (value.toString() as `${number}`);
}

/**
 * Formats an amount of money.
 *
 * @example formatMoney(new Dec('110000'), 'USD') // '$110,000'
 * @example formatMoney(new Dec('130000'), 'GBP', { compact: true }) // '£130K'
 * @example formatMoney(new Dec('1234.5'), 'USD', { cents: true }) // '$1,234.50'
 */
export function formatMoney(value: Amount, currency: Currency, opts: MoneyFormat = {}): string {
	const style: Style = opts.compact ? 'compact' : opts.cents ? 'cents' : 'whole';
	return money(currency, style).format(exact(value));
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
 * Formats a percentage held as a plain number (15 means 15 %).
 *
 * @example formatPercent(12.5) // '12.5%'
 */
export function formatPercent(value: number): string {
	return `${percent().format(value)}%`;
}

const date = lazily(
	() =>
		new Intl.DateTimeFormat(LOCALE, {
			month: 'short',
			day: 'numeric',
			year: 'numeric',
			// A calendar day, not an instant: read and printed in UTC so no time zone shifts it.
			timeZone: 'UTC'
		})
);

/**
 * Formats an ISO calendar date (YYYY-MM-DD).
 *
 * @example formatDate('2026-02-01') // 'Feb 1, 2026'
 */
export function formatDate(iso: string): string {
	return date().format(new Date(`${iso}T00:00:00Z`));
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
