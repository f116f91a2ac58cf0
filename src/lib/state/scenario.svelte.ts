/**
 * The compare page's state: the draft a form edits, what the engine makes of it, and the
 * promise that work is never lost (autosave of valid scenarios, corrupt saves kept aside,
 * undo for removed offers, a question before a share link replaces a saved scenario).
 *
 * The draft and everything derived from it live in `ScenarioDraft` (scenario-draft.svelte.ts);
 * this class adds storage, share links and imports. The only writes to storage are `save`,
 * `load` and the decisions the page calls. Nothing touches the DOM or storage at
 * construction, so the page prerenders (with the worked example).
 *
 * Reading a share link or a file is not done here: their readers (share-link.ts,
 * import-export.ts) are loaded when a link is opened or with the save-and-share section (when
 * it nears the screen, or at the first key press or tap), not on a first visit's first screen.
 * This class takes what they read. Reading and writing saves needs the checks (checks.ts),
 * which are loaded when there is a save to read or a change to write.
 */
import type { Scenario } from '$lib/engine';
import { exampleScenario } from './example';
import type { ImportResult } from './import-export';
import { ScenarioDraft } from './scenario-draft.svelte';
import {
	checks,
	loadChecks,
	startLoadingChecks,
	whenChecksLoad,
	type Checks
} from './checks-loader.svelte';
import type { LoadResult } from './persistence';
import { SCENARIO_KEY, WORKING_KEY, type SavedExtras } from './saved-scenario';
import type { ShareDecodeResult } from './share-link';
import { createSafeStorage, type SafeStorage } from './storage';

export {
	MAX_OFFERS,
	ScenarioDraft,
	type OfferResult,
	type RemovedOffer
} from './scenario-draft.svelte';
export type { DraftOffer, DraftSettings, DraftEquity, DraftVesting, EquityType } from './draft';

export type ShareOpen = 'none' | 'opened' | 'same' | 'pending' | 'failed';

/** What `storageEvent` needs of a StorageEvent (a plain object in tests). */
export interface StorageChange {
	key: string | null;
	newValue: string | null;
}

export class ScenarioStore extends ScenarioDraft {
	pendingShared = $state<Scenario | null>(null);
	/** A sentence about the share link just opened (it failed, or was opened), or null. */
	shareMessage = $state<string | null>(null);
	loaded = $state(false);
	/**
	 * True while a save waits for the checks to be read (a few ms): the page makes its form
	 * inert meanwhile, so nothing is typed into the example that the save would then replace.
	 */
	readingSave = $state(false);
	canSave = $state(false);
	/** A sentence about saving (unavailable, full, a corrupt save kept aside), or null. */
	storageMessage = $state<string | null>(null);
	savedAt = $state<number | null>(null);
	/** A sentence saying another tab changed the scenario shown here, or null. */
	syncMessage = $state<string | null>(null);

	#storage: SafeStorage;
	/** Resolves `whenLoaded`'s promise (set once `load` has read storage). */
	#markLoaded: () => void = () => undefined;
	#whenLoaded = new Promise<void>((resolve) => {
		this.#markLoaded = resolve;
	});
	/**
	 * The JSON last saved or loaded (plus the current offer), so unchanged work is not
	 * rewritten. Null until a save is loaded or written: the worked example, which is not worth
	 * saving (a first visit shows it anyway).
	 */
	#lastSavedKey: string | null = null;
	/** The sentences after a share link's question: loaded with the checks that asked it. */
	#shareWords = { replaced: '', kept: '' };
	/** The working copy last written ('' for none), undefined until the first save. */
	#workingJson: string | undefined;
	/** Set when a corrupt save could not be moved aside: saving would overwrite it. */
	#paused = false;
	/** Whether `storageMessage` reports a failed save (cleared by the next good one). */
	#saveFailed = false;
	/**
	 * Another tab's save, waiting for the checks to be read. Nothing is saved here before it
	 * is: the autosave would write over the other tab's newer work.
	 */
	#pendingEvent: StorageChange | null = null;

	constructor(storage: SafeStorage = createSafeStorage()) {
		const example = exampleScenario();
		super(example);
		this.#storage = storage;
	}

	#saveKey(checks: Checks, scenario: Scenario, current: number | null): string {
		return `${current ?? ''}|${checks.scenarioJson(scenario)}`;
	}

	/**
	 * True when the scenario on screen is the worked example as the page started with it: the
	 * same parsed objects (a draft keeps its parse while its text is unchanged), no current job.
	 * Told without the checks, so that the autosave of a first visit does not load them.
	 */
	#isUntouchedExample(scenario: Scenario, current: number | null): boolean {
		const example = exampleScenario();
		return (
			this.#lastSavedKey === null &&
			current === null &&
			scenario.years === example.years &&
			scenario.household === example.household &&
			scenario.fx === example.fx &&
			scenario.offers.length === example.offers.length &&
			scenario.offers.every((offer, i) => offer === example.offers[i])
		);
	}

	/**
	 * Loads the saved scenario (call once, in the browser). Keeps the example if there is none.
	 * A save is read with the checks: when they are not loaded yet, this loads them and reads
	 * it then, and `loaded` stays false meanwhile (so nothing is saved over it).
	 */
	load(): void {
		const result = this.#readStorage();
		if (result === null) {
			return;
		}
		if (result.status === 'loaded') {
			this.replace(result.scenario, result.extras.currentOffer);
			this.#lastSavedKey = `${result.extras.currentOffer ?? ''}|${result.json}`;
			this.savedAt = result.savedAt;
			this.storageMessage = null;
		} else if (result.status === 'corrupt') {
			this.#paused = result.keptAt === null;
			this.storageMessage = result.message;
		} else if (result.status === 'unavailable') {
			this.storageMessage = result.message;
		}
		const loaded = checks();
		if (loaded && result.status !== 'unavailable') {
			const { json, message } = loaded.restoreWorkingCopy(this, this.#storage, Date.now());
			this.#workingJson = json;
			this.storageMessage = [this.storageMessage, message].filter(Boolean).join(' ') || null;
		}
		this.canSave = this.#storage.available && !this.#paused;
		this.readingSave = false;
		this.loaded = true;
		this.#markLoaded();
	}

	/**
	 * Keeps the working copy (working-copy.ts) in step with the form. Without the checks nothing
	 * has been read that the save would not hold; the autosave runs again when they arrive.
	 */
	#saveWorkingCopy(): void {
		const loaded = checks();
		if (loaded) {
			this.#workingJson = loaded.syncWorkingCopy(this.#storage, this, this.#workingJson);
		}
	}

	/** Resolves once `load` has put the saved scenario (or the example) on the page. */
	whenLoaded(): Promise<void> {
		return this.#whenLoaded;
	}

	/** What storage holds, read with the checks; null when they are on their way (see `load`). */
	#readStorage(): LoadResult | null {
		const loaded = checks();
		if (loaded) {
			return loaded.loadScenario(this.#storage, Date.now());
		}
		const read = this.#storage.get(SCENARIO_KEY);
		if (!read.ok) {
			return { status: 'unavailable', message: read.message };
		}
		const working = this.#storage.get(WORKING_KEY);
		if (read.value === null && !(working.ok && working.value !== null)) {
			// A first visit: nothing to read, so nothing to check.
			return { status: 'empty' };
		}
		// Until it is read, `loaded` stays false (nothing is written over it) and the form is
		// inert. If the checks cannot load, the page says so (ScenarioNotices) and this waits
		// for a later load that succeeds.
		this.readingSave = true;
		whenChecksLoad(() => {
			if (!this.loaded) {
				this.load();
			}
		});
		return null;
	}

	/**
	 * Saves the scenario if it changed since the last save or load. Writes only valid
	 * scenarios (at least one offer; `saveScenario` re-parses before writing). Call it from
	 * an `$effect` with `Date.now()`: it reads `scenario`, so it runs again on every change.
	 */
	save(now: number): void {
		const scenario = this.scenario;
		const current = this.currentIndex;
		// Read first: the autosave runs again when the checks arrive.
		const loaded = checks();
		if (!this.loaded || !this.canSave || this.#pendingEvent) {
			return;
		}
		try {
			if (scenario.offers.length === 0 || this.#isUntouchedExample(scenario, current)) {
				return;
			}
			if (!loaded) {
				// A save is compared and checked with them. The autosave reads `checks()`, so it
				// runs again when they arrive.
				startLoadingChecks();
				return;
			}
			this.#lastSavedKey ??= this.#saveKey(loaded, exampleScenario(), null);
			const key = this.#saveKey(loaded, scenario, current);
			if (key === this.#lastSavedKey) {
				return;
			}
			const extras: SavedExtras = { currentOffer: current };
			const result = loaded.saveScenario(this.#storage, scenario, extras, now);
			if (result.ok) {
				this.#lastSavedKey = key;
				this.savedAt = now;
				// This tab's own edit is now the saved one: the note about another tab is out of date.
				this.syncMessage = null;
				if (this.#saveFailed) {
					this.#saveFailed = false;
					this.storageMessage = null;
				}
			} else {
				this.#saveFailed = true;
				this.storageMessage = result.message;
			}
		} finally {
			// After the save, whatever it did: the working copy names the save it is typed over.
			this.#saveWorkingCopy();
		}
	}

	/**
	 * Another tab saved: show its scenario here too (pages listen for `storage` events), and
	 * say so, so the change is never silent. What is in storage now is used rather than the
	 * event's value: when two tabs write at almost the same moment, each gets the other's
	 * (older) event, and following the events would leave them showing different scenarios.
	 * Storage holds the last write in both, so both end up on it, and the tab overtaken says so.
	 */
	storageEvent(event: StorageChange): void {
		if (event.key !== SCENARIO_KEY || event.newValue === null) {
			return;
		}
		const loaded = checks();
		if (!loaded) {
			// Read with the checks, as soon as they are here and before anything is saved (the
			// loader calls this before the autosave runs again). What storage holds then is read,
			// so only the latest event is kept.
			const waiting = this.#pendingEvent !== null;
			this.#pendingEvent = event;
			if (!waiting) {
				whenChecksLoad(() => {
					const pending = this.#pendingEvent;
					this.#pendingEvent = null;
					if (pending) {
						this.storageEvent(pending);
					}
				});
			}
			return;
		}
		const stored = this.#storage.get(SCENARIO_KEY);
		const text = stored.ok && stored.value !== null ? stored.value : event.newValue;
		const saved = loaded.readSaved(text);
		if (!saved.ok) {
			this.#stopSaving(loaded.unreadableOtherTabMessage(saved.why));
			return;
		}
		const key = `${saved.extras.currentOffer ?? ''}|${saved.json}`;
		// Before any save or load here, this tab shows the example: the same, if the other tab
		// saved just that.
		this.#lastSavedKey ??= this.#saveKey(loaded, exampleScenario(), null);
		if (key === this.#lastSavedKey) {
			return;
		}
		const shown = this.#saveKey(loaded, this.scenario, this.currentIndex);
		if (!this.hasErrors && shown === key) {
			// The other tab saved just what this tab shows (typed here while the checks were on
			// their way, say): nothing to replace.
			this.#lastSavedKey = key;
			this.savedAt = saved.savedAt;
			return;
		}
		// What this tab had not saved yet (half-typed or invalid, or typed while the checks
		// were on their way) is replaced too: say so.
		const unfinished = this.hasErrors || shown !== this.#lastSavedKey;
		this.replace(saved.scenario, saved.extras.currentOffer, true);
		this.#lastSavedKey = key;
		this.savedAt = saved.savedAt;
		this.syncMessage = loaded.changedInOtherTabMessage(unfinished);
	}

	/**
	 * Another tab (an older or newer version of the app, say) wrote a save this page cannot
	 * read. Ignoring it would let the next autosave here overwrite it, the one thing a save
	 * that does not read must never suffer; a reload moves it aside.
	 */
	#stopSaving(message: string): void {
		this.#paused = true;
		this.canSave = false;
		this.storageMessage = message;
	}

	/**
	 * Opens a share link, as `decodeShareFragment` read it (see `openShareLink` in
	 * share-link.ts). When it differs from the work on screen (and that is not just the
	 * untouched example) the question waits in `pendingShared`.
	 */
	openShared(decoded: ShareDecodeResult): ShareOpen {
		const loaded = checks();
		if (!loaded) {
			// The question needs the saved scenario and the verdict on what is half-typed, both
			// read with the checks (app-scenario loads them with the link's reader): then again.
			loadChecks().then(
				() => this.openShared(decoded),
				() => {
					this.shareMessage =
						'The share link could not be opened: this page could not load the code that reads it (the connection may have dropped). Your saved scenario is unchanged. To try again, open the link you were given once more.';
				}
			);
			return 'pending';
		}
		// The question is about the saved scenario, so it must be on screen first.
		if (!this.loaded) {
			this.load();
		}
		if (!decoded.ok) {
			this.shareMessage = decoded.message;
			return 'failed';
		}
		const shared = decoded.scenario;
		const { scenarioJson } = loaded;
		const sharedJson = scenarioJson(shared);
		const currentJson = scenarioJson(this.scenario);
		if (sharedJson === currentJson) {
			this.shareMessage = null;
			return 'same';
		}
		// The untouched example is replaced without a question; anything typed into it, even
		// half-typed (the link's reader loads while the person may already be typing), asks.
		if (!this.hasErrors && currentJson === scenarioJson(exampleScenario())) {
			this.replace(shared, null);
			this.shareMessage = loaded.shareWords.opened;
			return 'opened';
		}
		this.pendingShared = shared;
		this.#shareWords = loaded.shareWords;
		return 'pending';
	}

	acceptShared(): void {
		if (this.pendingShared) {
			this.replace(this.pendingShared, null);
			this.pendingShared = null;
			this.shareMessage = this.#shareWords.replaced;
		}
	}

	dismissMessages(): void {
		this.storageMessage = null;
		this.shareMessage = null;
		this.syncMessage = null;
	}

	rejectShared(): void {
		this.pendingShared = null;
		this.shareMessage = this.#shareWords.kept;
	}

	/**
	 * Replaces the scenario with a file's, as `importScenarioJson` read it. On failure changes
	 * nothing and returns the reasons.
	 */
	applyImport(result: ImportResult): { ok: true } | { ok: false; reasons: string[] } {
		if (!result.ok) {
			return result;
		}
		// A file replaces everything at once: keep what it replaced, so one click undoes it, the
		// half-typed drafts too (the import read with the checks, so they are here).
		const before = {
			scenario: this.scenario,
			current: this.currentIndex,
			copy: checks()?.workingCopyOf(this, this.#storage) ?? null
		};
		this.replace(result.scenario, null);
		this.beforeImport = before;
		return { ok: true };
	}

	/** Puts back the scenario the last import replaced, and what was typed over it. */
	undoImport(): void {
		const before = this.beforeImport;
		if (before) {
			this.replace(before.scenario, before.current);
			if (before.copy) {
				checks()?.applyWorkingCopy(this, before.copy);
			}
		}
	}
}
