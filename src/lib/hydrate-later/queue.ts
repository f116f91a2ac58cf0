/**
 * The queue the late sections (./index.ts) do their work through: one job per section (its
 * `prepare` steps, then its hydration), run in the order the sections asked, top of the page
 * first, in short tasks.
 *
 * A task runs pieces of work while it has run for less than `BUDGET_MS`, then lets the browser
 * answer input and paint before the next. A piece is a step, the section's hydration, or the
 * stretch of a generator step up to its next `yield`; the budget is measured on the device
 * itself, so a slow phone gets tasks about as short as a fast laptop, only more of them.
 *
 * Tasks are posted through a MessageChannel, not `setTimeout(0)`: browsers hold a nested timer
 * back 4 ms from its fifth level on, which would leave the processor idle between pieces.
 */

/** How long a task may keep starting pieces of work (ms). A phone answers a tap within it. */
export const BUDGET_MS = 3;

/** A piece of work; one that returns a generator continues, a piece per `yield`. */
export type Piece = () => unknown;

interface Job {
	pieces: Piece[];
	/** The generator a piece returned, until it is done. */
	running: Iterator<unknown> | null;
	cancelled: boolean;
}

const jobs: Job[] = [];
let posted = false;
let channel: MessageChannel | null = null;

function isGenerator(value: unknown): value is Generator<unknown> {
	return Object.prototype.toString.call(value) === '[object Generator]';
}

/** Runs the next piece of `job`; false when it had none left. */
function runPiece(job: Job): boolean {
	try {
		if (job.running) {
			if (job.running.next().done) {
				job.running = null;
			}
			return true;
		}
		const piece = job.pieces.shift();
		if (!piece) {
			return false;
		}
		const value = piece();
		if (isGenerator(value) && !value.next().done) {
			job.running = value;
		}
	} catch (error) {
		// A step is only a head start (the section computes what it needs when hydrated), and a
		// section that fails to hydrate must not hold back the ones after it.
		console.error(error);
		job.running = null;
	}
	return true;
}

function runTask(): void {
	posted = false;
	const start = performance.now();
	while (jobs.length > 0 && performance.now() - start < BUDGET_MS) {
		const job = jobs[0]!;
		if (job.cancelled || !runPiece(job)) {
			jobs.shift();
		}
	}
	if (jobs.length > 0) {
		post();
	} else {
		// Nothing left: the channel goes, so that an idle queue holds nothing open.
		channel?.port1.close();
		channel = null;
	}
}

function post(): void {
	if (posted) {
		return;
	}
	posted = true;
	if (!channel) {
		channel = new MessageChannel();
		channel.port1.onmessage = runTask;
	}
	channel.port2.postMessage(null);
}

/**
 * Queues `pieces`, to run one after the other in short tasks after the jobs already queued.
 * Returns a function that drops what has not run yet (the section was removed).
 */
export function enqueue(pieces: Piece[]): () => void {
	const job: Job = { pieces: [...pieces], running: null, cancelled: false };
	jobs.push(job);
	post();
	return () => {
		job.cancelled = true;
	};
}
