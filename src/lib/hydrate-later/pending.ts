/**
 * How many sections (./index.ts) are still waiting for their own hydration, so that the page
 * can tell when all of it is interactive (the root layout marks <html> then, for the tests).
 */
let waiting = 0;
let listeners: (() => void)[] = [];

function notify() {
	if (waiting === 0) {
		const ready = listeners;
		listeners = [];
		for (const listener of ready) {
			listener();
		}
	}
}

/** Counts a section as waiting; the function returned marks it done (once, however often called). */
export function waitForSection(): () => void {
	waiting++;
	let settled = false;
	return () => {
		if (!settled) {
			settled = true;
			waiting--;
			notify();
		}
	};
}

/** Runs `listener` once no section waits (at once when none does). */
export function whenSectionsHydrated(listener: () => void): void {
	listeners.push(listener);
	notify();
}

/** Resolves once no section waits for its hydration. */
export function sectionsHydrated(): Promise<void> {
	return new Promise((resolve) => whenSectionsHydrated(resolve));
}
