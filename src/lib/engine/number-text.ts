/**
 * Amounts and numbers written for people, en-US, straight from the Decimal: rounded half away
 * from zero, digits grouped by three, a currency's sign in front and a minus before it. It is
 * exactly what Intl.NumberFormat writes with `roundingMode: 'halfExpand'` (tests/unit/
 * format.test.ts compares the two on thousands of amounts), without building Intl formatters:
 * each costs a phone milliseconds while a page starts, and a page needs several.
 */
import type Decimal from 'decimal.js';
import { Dec } from './money';
import type { Currency } from './types';

const SIGN: Record<Currency, string> = { USD: '$', GBP: '£' };
/** Compact suffixes, en-US short: thousand, million, billion, trillion. */
const SUFFIX = ['', 'K', 'M', 'B', 'T'] as const;

/** What Intl writes for what is not a number or is infinite (never an engine result). */
function notFinite(amount: Decimal): string {
	return amount.isNaN() ? 'NaN' : '∞';
}

export interface MoneyStyle {
	/** Compact notation ("$146.5K") with at most this many decimals. */
	compact?: number;
	/** Two decimals ("$1,234.50") instead of whole units. Ignored with `compact`. */
	cents?: boolean;
}

/** "1234567" → "1,234,567"; with `min2`, only from five digits on, as compact notation does. */
function grouped(integer: string, min2 = false): string {
	return min2 && integer.length < 5 ? integer : integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A rounded non-negative Decimal's digits, grouped, trailing zeros of the fraction dropped. */
function digits(amount: Decimal, min2 = false): string {
	const [integer = '0', fraction] = amount.toFixed().split('.');
	return fraction === undefined ? grouped(integer, min2) : `${grouped(integer, min2)}.${fraction}`;
}

/** A non-negative amount with exactly `places` decimals, rounded half up, grouped. */
function fixed(amount: Decimal, places: number): string {
	const [integer = '0', fraction] = amount.toFixed(places, Dec.ROUND_HALF_UP).split('.');
	return fraction === undefined ? grouped(integer) : `${grouped(integer)}.${fraction}`;
}

/**
 * A non-negative amount in compact notation, scaled to thousands, millions… An amount that
 * rounds up to 1,000 of a unit takes the next one (999,999.9999 is "1M"), as Intl does.
 */
function compact(amount: Decimal, places: number): string {
	const top = SUFFIX.length - 1;
	let unit = amount.isZero() ? 0 : Math.min(top, Math.max(0, Math.floor(amount.e / 3)));
	const scaled = () => amount.times(`1e-${3 * unit}`).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
	let value = scaled();
	if (value.gte(1000) && unit < top) {
		unit += 1;
		value = scaled();
	}
	return `${digits(value, true)}${SUFFIX[unit]}`;
}

/**
 * An amount of money as text.
 *
 * @example writeMoney(new Dec('110000'), 'USD') // '$110,000'
 * @example writeMoney(new Dec('-1234.5'), 'GBP', { cents: true }) // '-£1,234.50'
 * @example writeMoney(new Dec('146500'), 'USD', { compact: 3 }) // '$146.5K'
 */
export function writeMoney(amount: Decimal, currency: Currency, style: MoneyStyle = {}): string {
	if (!amount.isFinite()) {
		return `${amount.isNegative() ? '-' : ''}${SIGN[currency]}${notFinite(amount)}`;
	}
	// A minus for any negative amount, even one that rounds to 0 ("-$0"), as Intl writes it.
	const sign = amount.isNegative() ? '-' : '';
	const size = amount.abs();
	const text =
		style.compact !== undefined ? compact(size, style.compact) : fixed(size, style.cents ? 2 : 0);
	return `${sign}${SIGN[currency]}${text}`;
}

/**
 * A plain number with at most `places` decimals ("1,234.57"), as Intl writes it with
 * `maximumFractionDigits`. A JS number is read as JavaScript writes it (its shortest exact
 * form), which is also what Intl rounds.
 *
 * @example writeNumber(12.5) // '12.5'
 * @example writeNumber(new Dec('45000')) // '45,000'
 */
export function writeNumber(value: Decimal | number, places = 2): string {
	const amount = typeof value === 'number' ? new Dec(value) : value;
	if (!amount.isFinite()) {
		return `${amount.isNegative() ? '-' : ''}${notFinite(amount)}`;
	}
	const rounded = amount.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
	return `${rounded.isNegative() ? '-' : ''}${digits(rounded.abs())}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO calendar date (YYYY-MM-DD) as en-US writes it with a short month. A calendar day,
 * not an instant: no time zone can shift it. Anything else is returned as it is.
 *
 * @example writeDate('2026-02-01') // 'Feb 1, 2026'
 */
export function writeDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = MONTHS[Number(match?.[2]) - 1];
	return match && month ? `${month} ${Number(match[3])}, ${Number(match[1])}` : iso;
}

/** A list as a sentence writes it. @example listText(['a', 'b', 'c']) // 'a, b and c' */
export function listText(items: readonly string[]): string {
	if (items.length <= 1) {
		return items[0] ?? '';
	}
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
