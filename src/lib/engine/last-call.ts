/**
 * Memos keyed by what a value holds rather than by which object it is: inputs are compared
 * leaf by leaf, so an object changed in place is never mistaken for the one seen before.
 */
import { Dec } from './money';

/** Every key and leaf value (a primitive, or a Decimal, which is immutable) under `value`. */
export function leaves(value: unknown, out: unknown[] = []): unknown[] {
	if (typeof value !== 'object' || value === null || Dec.isDecimal(value)) {
		out.push(value);
	} else {
		for (const [key, inner] of Object.entries(value)) {
			out.push(key);
			leaves(inner, out);
		}
	}
	return out;
}

/** Whether two `leaves` lists are the same, value by value. */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}
