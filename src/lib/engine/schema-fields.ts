/**
 * The readers of readers.ts as zod fields, and the glue between zod's issues and the
 * contract's: zod carries the path (`offers.0.base`), the reader the sentence.
 */
import * as z from 'zod/mini';
import type { Read } from './readers';
import type { InputIssue } from './types';

export {
	readChoice,
	readMoney,
	readNumber,
	type MoneySpec,
	type NumberSpec,
	type Read
} from './readers';

/** The parse in progress, which zod/mini hands a transform as its second argument. */
export type Payload = z.core.ParsePayload;

/**
 * Records a problem on the parse in progress. zod/mini's transforms get no `ctx.addIssue`
 * (that helper is zod classic's); pushing the issue is what it did underneath.
 *
 * @example report(payload, 'Base salary cannot be negative.', -1)
 */
export function report(
	payload: Payload,
	message: string,
	input: unknown,
	path?: PropertyKey[]
): void {
	payload.issues.push(
		path === undefined
			? { code: 'custom', message, input }
			: { code: 'custom', message, input, path }
	);
}

/**
 * Turns a reader into a zod field: absent keys reach the reader too, so it can default them.
 *
 * @example z.object({ base: field((v) => readMoney(v, BASE)) }).safeParse({ base: 'x' })
 * // fails with { path: ['base'], message: 'Base salary must be a number, like 150000.' }
 */
export function field<T>(read: (value: unknown) => Read<T>) {
	return z.pipe(
		z.optional(z.unknown()),
		z.transform((value: unknown, payload): T => {
			const result = read(value);
			if (!result.ok) {
				report(payload, result.message, value);
				return z.NEVER;
			}
			return result.value;
		})
	);
}

/**
 * Passes problems found by a nested check on to zod, under the field's own path.
 *
 * @example addIssues(payload, [{ path: 'yearly', message: '…' }], [], value)
 * // inside `equity.vesting`, reported at offers.0.equity.vesting.yearly
 */
export function addIssues(
	payload: Payload,
	issues: readonly InputIssue[],
	prefix: string[],
	input: unknown
): void {
	for (const issue of issues) {
		const path = issue.path === '' ? prefix : [...prefix, ...issue.path.split('.')];
		report(payload, issue.message, input, path);
	}
}

/**
 * zod's issues as the contract's `{ path: 'offers.0.base', message }`.
 *
 * @example toInputIssues([{ path: ['base'], message: 'm' }], 'offers.0') // [{ path: 'offers.0.base', message: 'm' }]
 */
export function toInputIssues(
	issues: readonly { path: readonly PropertyKey[]; message: string }[],
	prefix = ''
): InputIssue[] {
	return issues.map((issue) => {
		const path = issue.path.map((key) => String(key)).join('.');
		return { path: [prefix, path].filter((p) => p !== '').join('.'), message: issue.message };
	});
}

/**
 * A schema built on first use rather than when its module loads: building zod schemas was a
 * tenth of a page's start on a slowed phone, and a page whose inputs all come checked (the
 * worked example, the store's drafts) never needs them.
 *
 * @example const schema = lazySchema(() => z.object({ a: z.string() })); schema().safeParse(x)
 */
export function lazySchema<T>(build: () => T): () => T {
	let built: T | undefined;
	return () => (built ??= build());
}
