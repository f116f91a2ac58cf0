/**
 * Text for people: money, ranges and percentages.
 *
 * The engine calculates, this file only writes the result down. Money is written from the
 * Decimal itself (rounded half away from zero, digits grouped by three, the currency's sign
 * in front, a minus before it), exactly as Intl.NumberFormat writes it in en-US with
 * `roundingMode: 'halfExpand'`: a unit test checks the two agree on thousands of amounts.
 * Writing it directly avoids building Intl formatters, which costs a phone tens of
 * milliseconds while the page starts. No float ever touches an amount.
 * One fixed locale keeps the prerendered HTML and the browser's rendering identical.
 */
import type Decimal from 'decimal.js';
import { Dec, type Currency } from '$lib/engine';

const LOCALE = 'en-US';

/** An Intl object made on first use: each kind loads its own locale data, which is slow. */
function lazily<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

const SIGN: Record<Currency, string> = { USD: '$', GBP: '£' };
/** Compact suffixes, en-US short: thousand, million, billion, trillion. */
const SUFFIX = ['', 'K', 'M', 'B', 'T'] as const;

/** "1234567" → "1,234,567"; with `min2`, only from five digits on, as compact notation does. */
function grouped(integer: string, min2 = false): string {
	return min2 && integer.length < 5 ? integer : integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A non-negative amount with `places` decimals, rounded half up, digits grouped. */
function fixed(amount: Decimal, places: number): string {
	const [integer = '0', fraction] = amount.toFixed(places, Dec.ROUND_HALF_UP).split('.');
	return fraction === undefined ? grouped(integer) : `${grouped(integer)}.${fraction}`;
}

/**
 * A non-negative amount in compact notation: scaled to thousands, millions… with up to three
 * decimals ("146.5K"). An amount that rounds up to 1,000 of a unit takes the next one
 * (999,999.9999 is "1M"), as Intl does.
 */
function compact(amount: Decimal): string {
	let unit = amount.isZero()
		? 0
		: Math.min(SUFFIX.length - 1, Math.max(0, Math.floor(amount.e / 3)));
	let scaled = amount.times(`1e-${3 * unit}`).toDecimalPlaces(3, Dec.ROUND_HALF_UP);
	if (scaled.gte(1000) && unit < SUFFIX.length - 1) {
		unit += 1;
		scaled = amount.times(`1e-${3 * unit}`).toDecimalPlaces(3, Dec.ROUND_HALF_UP);
	}
	const [integer = '0', fraction] = scaled.toFixed().split('.');
	const number =
		fraction === undefined ? grouped(integer, true) : `${grouped(integer, true)}.${fraction}`;
	return `${number}${SUFFIX[unit]}`;
}

/** Intl, for what is not a finite amount (never produced by the engine): "$NaN", "$∞". */
const notFinite = lazily(
	() => new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD' })
);

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
	if (!amount.isFinite()) {
		return notFinite()
			.format(amount.toString() as `${number}`)
			.replace('$', SIGN[currency]);
	}
	// A minus for any negative amount, even one that rounds to 0 ("-$0"), as Intl writes it.
	const sign = amount.isNegative() ? '-' : '';
	const size = amount.abs();
	const digits = opts.compact ? compact(size) : fixed(size, opts.cents ? 2 : 0);
	return `${sign}${SIGN[currency]}${digits}`;
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
export function formatPercent(value: number): string {
	if (!Number.isFinite(value)) {
		return `${value}%`;
	}
	// The number as JavaScript writes it (the shortest exact form, which is what Intl rounds
	// too), rounded half away from zero to at most two decimals, grouped by three.
	const rounded = new Dec(value).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
	const [integer = '0', fraction] = rounded.abs().toFixed().split('.');
	const sign = rounded.isNegative() ? '-' : '';
	return `${sign}${grouped(integer)}${fraction === undefined ? '' : `.${fraction}`}%`;
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
