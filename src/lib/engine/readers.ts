/**
 * The field readers the scenario schemas are built from. Each reads one value the way a
 * person may have written it (a number, or a numeric string from a form or a file), and on
 * failure says what is wrong in a sentence that names the field, e.g. "Base salary must be a
 * number, like 150000." They use no zod: schema-fields.ts makes them zod fields, and code
 * that only reads one number (`offerWithGrowth`) uses them directly.
 */
import type Decimal from 'decimal.js';
import { toMoney, type Money } from './money';

/** What reading one value gives: the value, or the sentence saying why not. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Absent, in a file or a form: a missing key, `undefined`, `null` or an empty text box. */
function isAbsent(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

/** Reads a number or a numeric string straight into a Decimal (never through a float). */
function readDecimal(value: unknown): Decimal | null {
	return typeof value === 'number' || typeof value === 'string' || typeof value === 'object'
		? toMoney(value)
		: null;
}

export interface MoneySpec {
	label: string;
	/** Shown in the message: "like 150000". */
	example: string;
	max: number;
	/** How the limit reads in a sentence: "10,000,000 a year". */
	maxText: string;
	/** The value when absent; `undefined` makes the field required. */
	fallback?: Money;
	/**
	 * The sentence for a value that is not a plain decimal ("1e6", "200 thousand"), when "must be
	 * a number" would be wrong: 1e6 is one, but a form field wants it typed in digits.
	 */
	unreadable?: string;
}

/**
 * Reads an amount of money: ≥ 0 and at most `spec.max`.
 *
 * @example readMoney('150000.50', BASE).ok // true, value 150000.5 as a Decimal
 */
export function readMoney(value: unknown, spec: MoneySpec): Read<Money> {
	if (isAbsent(value)) {
		return spec.fallback === undefined
			? fail(`${spec.label} is required: enter a number, like ${spec.example}.`)
			: { ok: true, value: spec.fallback };
	}
	const amount = readDecimal(value);
	if (amount === null) {
		return fail(spec.unreadable ?? `${spec.label} must be a number, like ${spec.example}.`);
	}
	if (amount.isNegative() && !amount.isZero()) {
		return fail(`${spec.label} cannot be negative.`);
	}
	if (amount.greaterThan(spec.max)) {
		return fail(`${spec.label} must be at most ${spec.maxText}; this is ${amount.toFixed()}.`);
	}
	return { ok: true, value: amount.isZero() ? amount.abs() : amount };
}

export interface NumberSpec {
	label: string;
	example: string;
	min: number;
	max: number;
	/** The unit after a bound in a sentence: ' %' for percentages, '' for an index. */
	unit: string;
	integer?: boolean;
	fallback?: number;
	/** A sentence to use instead of the generic one, when the field has a well-known rule. */
	rangeMessage?: string;
}

/**
 * Reads a plain number (a percentage, an index, a count of years) within [min, max].
 *
 * @example readNumber('3', RAISE) // { ok: true, value: 3 }
 */
export function readNumber(value: unknown, spec: NumberSpec): Read<number> {
	if (isAbsent(value)) {
		return spec.fallback === undefined
			? fail(`${spec.label} is required: enter a number, like ${spec.example}.`)
			: { ok: true, value: spec.fallback };
	}
	const decimal = readDecimal(value);
	const range =
		spec.rangeMessage ??
		`${spec.label} must be between ${spec.min}${spec.unit} and ${spec.max}${spec.unit}`;
	if (decimal === null) {
		return fail(`${spec.label} must be a number, like ${spec.example}.`);
	}
	// Range checks in Decimal: a 40-digit string must not round its way into the range.
	if (decimal.lessThan(spec.min) || decimal.greaterThan(spec.max)) {
		return fail(spec.rangeMessage ?? `${range}; this is ${decimal.toFixed()}${spec.unit}.`);
	}
	if (spec.integer === true && !decimal.isInteger()) {
		return fail(spec.rangeMessage ?? `${spec.label} must be a whole number, like ${spec.example}.`);
	}
	// Percentages are plain numbers by design (the contract): JS numbers pass through as given.
	const number = typeof value === 'number' ? value : decimal.toNumber();
	return { ok: true, value: Object.is(number, -0) ? 0 : number };
}

/**
 * Reads one of a fixed list of ids.
 *
 * @example readChoice('london', 'Location', LOCATION_IDS) // { ok: true, value: 'london' }
 */
export function readChoice<T extends string>(
	value: unknown,
	label: string,
	ids: readonly T[],
	required: boolean
): Read<T | undefined> {
	if (isAbsent(value)) {
		return required
			? fail(`${label} is required: one of ${ids.join(', ')}.`)
			: { ok: true, value: undefined };
	}
	const found = ids.find((id) => id === value);
	return found === undefined
		? fail(`${label} must be one of ${ids.join(', ')}.`)
		: { ok: true, value: found };
}
