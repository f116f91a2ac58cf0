/**
 * Computations written in steps (generators that `yield` between them), so that a page can run
 * them a few steps per task. Apart from ./last-call.ts so that a page that runs none of them
 * does not download this.
 */
import { leaves, sameInputs } from './last-call';

/** Runs a computation in steps (a generator, see `rememberLastSteps`) to its end, at once. */
export function runToEnd<R>(steps: Generator<void, R, undefined>): R {
	for (;;) {
		const step = steps.next();
		if (step.done) {
			return step.value;
		}
	}
}

/**
 * A computation written in steps (a generator that `yield`s between them), remembering its
 * last call. Called, it runs to its end at once; `.ahead(...)` gives the same steps, for a
 * page to run a few per task before it needs the result: the call after them finds it.
 * Called again with the same leaves, either returns the result without computing.
 *
 * @example
 * const search = rememberLastSteps(function* (a: { n: number }) { yield; return heavy(a.n); });
 * for (const _ of iterate(search.ahead({ n: 1 }))) {} // a piece per task, in a page
 * search({ n: 1 }) // remembered: not computed again
 */
export function rememberLastSteps<A extends unknown[], R>(
	steps: (...args: A) => Generator<void, R, undefined>
): ((...args: A) => R) & { ahead: (...args: A) => Generator<void, R, undefined> } {
	let last: { inputs: unknown[]; result: R } | null = null;
	function* ahead(...args: A): Generator<void, R, undefined> {
		const inputs = leaves(args);
		if (last && sameInputs(last.inputs, inputs)) {
			return last.result;
		}
		const result = yield* steps(...args);
		last = { inputs, result };
		return result;
	}
	return Object.assign((...args: A): R => runToEnd(ahead(...args)), { ahead });
}
