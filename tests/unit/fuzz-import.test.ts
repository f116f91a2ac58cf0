/**
 * Importing a scenario file under hostile texts (issue 7): JSON with one bad field, deep
 * nesting, huge numbers, `__proto__` keys, megabyte and limit-sized files, files in the wrong
 * encoding and files that are not scenarios at all. Importing never throws and gives a valid
 * scenario or readable reasons; and a rejected file never changes what is saved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/engine';
import { exportScenarioJson, importScenarioJson } from '$lib/state/import-export';
import { SCENARIO_KEY, readSaved, scenarioJson } from '$lib/state/persistence';
import { FUZZ_RUNS, expectNoPollution, expectReadable } from './fuzz-arbitraries';
import { hostileFileText } from './fuzz-state-inputs';
import type { FakeStorage } from './state-fake-storage';
import { NOW, SAVED_JSON, expectUsable, onSeededPage, snapshot, type World } from './fuzz-store';

function importedAgain(scenario: Scenario): Scenario | null {
	const imported = importScenarioJson(exportScenarioJson(scenario));
	return imported.ok ? imported.scenario : null;
}

/** Storage without the scenario key: what an accepted import must leave alone. */
const others = (fake: FakeStorage) => snapshot(fake).filter(([key]) => key !== SCENARIO_KEY);

/**
 * Importing `text` as the page does, on a page with saved work, then autosaving: a valid
 * scenario that survives export and import again, or 1 to 20 readable reasons and no change.
 */
function expectImportedOrRefused(text: string, { fake, store }: World): 'changed' | void {
	// Given a page showing the saved work
	const before = snapshot(fake);
	// When the file is imported and the page's autosave runs
	const result = store.applyImport(importScenarioJson(text));
	store.save(NOW);
	expectNoPollution();
	if (!result.ok) {
		// Then the person reads why, and neither the screen nor storage has changed
		expect(result.reasons.length).toBeGreaterThan(0);
		expect(result.reasons.length).toBeLessThanOrEqual(20);
		result.reasons.forEach(expectReadable);
		expect(scenarioJson(store.scenario)).toBe(SAVED_JSON);
		expect(snapshot(fake)).toEqual(before);
		return;
	}
	// Then the file is on screen as the importer reads it, and survives export and import
	const imported = importScenarioJson(text);
	expect(imported.ok).toBe(true);
	const scenario = (imported as { scenario: Scenario }).scenario;
	expect(scenarioJson(store.scenario)).toBe(scenarioJson(scenario));
	expectUsable(scenario, importedAgain);
	// And it is exactly what is saved, with nothing else in storage touched
	const saved = readSaved(fake.data.get(SCENARIO_KEY) ?? '');
	expect(saved.ok && saved.json).toBe(scenarioJson(scenario));
	expect(others(fake)).toEqual(before.filter(([key]) => key !== SCENARIO_KEY));
	return 'changed';
}

describe('import, fuzzed', () => {
	it(`never throws on ${FUZZ_RUNS} hostile files, gives a scenario or reasons, and a rejected one changes nothing`, () => {
		fc.assert(
			fc.property(hostileFileText, (text) => {
				onSeededPage(false, (world) => expectImportedOrRefused(text, world));
			}),
			{ numRuns: FUZZ_RUNS }
		);
	}, 60_000);
});
