/**
 * The late sections' queue (src/lib/hydrate-later/queue.ts): pieces in order, a job after the
 * one before it, generators cut at each `yield`, tasks that stop starting pieces once their
 * budget is spent, and errors that hold nothing back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUDGET_MS, enqueue, type Piece } from '../../src/lib/hydrate-later/queue';

/** How long each timed piece below "takes": two of them start in one task, not three. */
const STEP = (BUDGET_MS * 2) / 3;
/** A fake clock, so that a piece "takes" exactly the time it says. */
let now = 0;
/** Counts tasks: a microtask queued by a piece runs only once the task it ran in has ended. */
let task = 0;

function piece(log: string[], name: string, ms = 0): Piece {
	return () => {
		log.push(`${name}@${task}`);
		now += ms;
		queueMicrotask(() => {
			task += 1;
		});
	};
}

/** Resolves once every job queued before it has run. */
function drained(): Promise<void> {
	return new Promise((resolve) => enqueue([resolve]));
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the late sections queue', () => {
	it('runs a job’s pieces in order, and a job only after the one queued before it', async () => {
		vi.spyOn(performance, 'now').mockImplementation(() => now);
		const log: string[] = [];
		enqueue([piece(log, 'a1'), piece(log, 'a2')]);
		enqueue([piece(log, 'b1')]);
		await drained();
		expect(log.map((entry) => entry.split('@')[0])).toEqual(['a1', 'a2', 'b1']);
	});

	it(`starts no piece once a task has run ${BUDGET_MS} ms: the next waits for a task of its own`, async () => {
		vi.spyOn(performance, 'now').mockImplementation(() => now);
		const log: string[] = [];
		// Two thirds of the budget each: two start in a task (at 0 and ⅔; then 4⁄3 is over), the
		// third starts the next.
		enqueue([
			piece(log, 'p1', STEP),
			piece(log, 'p2', STEP),
			piece(log, 'p3', STEP),
			piece(log, 'p4', STEP)
		]);
		await drained();
		const tasks = log.map((entry) => Number(entry.split('@')[1]));
		expect(tasks[0]).toBe(tasks[1]);
		expect(tasks[2]).toBeGreaterThan(tasks[1]!);
		expect(tasks[3]).toBe(tasks[2]);
	});

	it('cuts a generator at each `yield`, its pieces in the budget like any other', async () => {
		vi.spyOn(performance, 'now').mockImplementation(() => now);
		const log: string[] = [];
		enqueue([
			function* () {
				for (const name of ['g1', 'g2', 'g3']) {
					piece(log, name, STEP)();
					yield;
				}
			},
			piece(log, 'after')
		]);
		await drained();
		const tasks = log.map((entry) => Number(entry.split('@')[1]));
		expect(log.map((entry) => entry.split('@')[0])).toEqual(['g1', 'g2', 'g3', 'after']);
		// Two thirds of the budget each: g1 and g2 share a task, g3 opens the next.
		expect(tasks[0]).toBe(tasks[1]);
		expect(tasks[2]).toBeGreaterThan(tasks[1]!);
	});

	it('logs a piece that throws and goes on with the next, in that job and the ones after', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const log: string[] = [];
		enqueue([
			() => {
				throw new Error('step failed');
			},
			function* () {
				yield;
				throw new Error('generator failed');
			},
			piece(log, 'a')
		]);
		enqueue([piece(log, 'b')]);
		await drained();
		expect(log.map((entry) => entry.split('@')[0])).toEqual(['a', 'b']);
		expect(logged).toHaveBeenCalledTimes(2);
	});

	it('drops what a cancelled job has not run yet', async () => {
		const log: string[] = [];
		const cancel = enqueue([piece(log, 'never')]);
		cancel();
		enqueue([piece(log, 'next')]);
		await drained();
		expect(log.map((entry) => entry.split('@')[0])).toEqual(['next']);
	});
});
