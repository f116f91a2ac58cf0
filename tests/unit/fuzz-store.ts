/**
 * What the fuzz tests of the state layer share: a page's store over a fake storage that
 * already holds someone's work, a snapshot of that storage to compare before and after, and
 * what "a valid scenario" means for each door (the rest of the app can save and reopen it).
 * Import only from tests in the Svelte client environment (state-svelte-client-env.ts).
 */
import { expect } from 'vitest';
import { type Scenario } from '$lib/engine';
import {
	SCENARIO_KEY,
	corruptKey,
	readSaved,
	saveScenario,
	saveScripts,
	scenarioJson
} from '$lib/state/persistence';
import { ScenarioStore } from '$lib/state/scenario.svelte';
import { createSafeStorage } from '$lib/state/storage';
import { FakeStorage } from './state-fake-storage';
import { parsed } from './parsed-scenario';

export const NOW = 1_767_225_600_000;

/** Someone's work: a saved scenario, script edits, and a corrupt save kept aside last week. */
const seed: ReadonlyMap<string, string> = (() => {
	const fake = new FakeStorage();
	const storage = createSafeStorage(() => fake);
	const work = parsed({
		years: 5,
		offers: [
			{ name: 'Saved Café 東京', location: 'london', base: '85000', signOn: [5000, 2500] },
			{ name: 'Saved Acme', location: 'austin', base: '150000.50' }
		]
	});
	saveScenario(storage, work, { currentOffer: 1 }, NOW - 86_400_000);
	saveScripts(storage, new Map([['Saved Acme', { email: 'Hi…', call: 'Thanks…' }]]));
	fake.data.set(corruptKey(SCENARIO_KEY, NOW - 7 * 86_400_000), '{"an old":"corrupt save"');
	return new Map(fake.data);
})();

/** A fake storage holding `seed`, plus anything in `extra`. */
export function seededFake(extra: Record<string, string> = {}): FakeStorage {
	const fake = new FakeStorage();
	for (const [key, value] of seed) {
		fake.data.set(key, value);
	}
	for (const [key, value] of Object.entries(extra)) {
		fake.data.set(key, value);
	}
	return fake;
}

export type World = { fake: FakeStorage; store: ScenarioStore };

/** The page's store over a seeded storage; `load()` is left to the test when `loaded` is false. */
export function seededStore(loaded = true): World {
	const fake = seededFake();
	const store = new ScenarioStore(createSafeStorage(() => fake));
	if (loaded) {
		store.load();
	}
	return { fake, store };
}

let reused: World | null = null;

/**
 * Runs `check` on a seeded page: a fresh, unloaded one when `fresh`, else one loaded store
 * kept across runs, because building a store costs more than most runs. A run that passes
 * has shown storage and screen unchanged (or returns 'changed'), so the next starts from the
 * same state; a run that fails drops the store, so fast-check shrinks from a fresh one.
 */
export function onSeededPage(fresh: boolean, check: (world: World) => 'changed' | void): void {
	const world = fresh ? seededStore(false) : (reused ??= seededStore(true));
	let outcome: 'changed' | void;
	try {
		outcome = check(world);
	} catch (error) {
		reused = null;
		throw error;
	}
	if (outcome === 'changed') {
		reused = null;
	}
}

/** Every key and value, in a stable order, for before/after comparisons. */
export function snapshot(fake: FakeStorage): [string, string][] {
	return [...fake.data].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The seeded scenario as the page shows it after loading. */
export const SAVED_JSON = (() => {
	const saved = readSaved(seed.get(SCENARIO_KEY) ?? '');
	if (!saved.ok) {
		throw new Error(saved.why);
	}
	return saved.json;
})();

/**
 * A valid scenario: a plain object of 1 to 8 offers that comes back the same through the
 * door it came in (`again`: encode and decode a link, export and import a file, save and load).
 */
export function expectUsable(scenario: Scenario, again: (scenario: Scenario) => Scenario | null) {
	expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype);
	expect(scenario.offers.length).toBeGreaterThan(0);
	expect(scenario.offers.length).toBeLessThanOrEqual(8);
	const back = again(scenario);
	expect(back && scenarioJson(back)).toBe(scenarioJson(scenario));
}
