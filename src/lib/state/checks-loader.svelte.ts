/**
 * Loads the checks (checks.ts) once, when the page first needs them, and makes their arrival
 * reactive: whatever read `checks()` while they were loading (the draft's parse, the autosave)
 * runs again when they are there.
 *
 * What asks for them: the first key press, tap or focus on the page (connectAppScenario), a
 * draft edited before they arrived, a save to read, a share link, another tab's save.
 */
/** What checks.ts exports. */
export type Checks = typeof import('./checks');

let loaded = $state.raw<Checks | null>(null);
let failed = $state(false);
let loading: Promise<Checks> | undefined;
/** Waiting for the checks: called once, when a load succeeds (a failed one keeps them waiting). */
let waiting: Array<(checks: Checks) => void> = [];

/** The checks, or null while they are not loaded (reactive). */
export function checks(): Checks | null {
	return loaded;
}

/** True when loading the checks failed (reactive): the page says so and asks for a reload. */
export function checksFailed(): boolean {
	return failed;
}

/**
 * Loads the checks (once; a failed load is tried again on the next call).
 *
 * @example const { parseOffer } = await loadChecks();
 */
export function loadChecks(): Promise<Checks> {
	loading ??= import('./checks').then(
		(module) => {
			failed = false;
			loaded = module;
			// Before the effects that read `checks()` run again (they run after this task), so a
			// waiting step (another tab's save to follow, say) comes before the autosave.
			const ready = waiting;
			waiting = [];
			for (const callback of ready) {
				try {
					callback(module);
				} catch (error) {
					// One step's failure must not cost the others, nor the checks: it is reported
					// and the rest go on.
					console.error('A step waiting for the checks failed:', error);
				}
			}
			return module;
		},
		(error: unknown) => {
			loading = undefined;
			failed = true;
			throw error;
		}
	);
	return loading;
}

/** Starts loading the checks without waiting for them (a failure shows through `checksFailed`). */
export function startLoadingChecks(): void {
	if (!loaded) {
		loadChecks().catch(() => undefined);
	}
}

/**
 * Calls `callback` with the checks: now if they are loaded, else when a load succeeds, however
 * many fail before it. Starts loading them.
 *
 * @example whenChecksLoad((checks) => store.load())
 */
export function whenChecksLoad(callback: (checks: Checks) => void): void {
	if (loaded) {
		callback(loaded);
		return;
	}
	waiting.push(callback);
	startLoadingChecks();
}
