/**
 * Share links under hostile fragments (issue 7): random and hostile JSON, random bytes and
 * invalid UTF-8, broken base64url, links cut short or pasted twice, links of megabytes.
 * Decoding never throws and gives a valid scenario or one readable sentence; and whatever
 * the link, opening it never changes what is saved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/engine';
import { scenarioJson } from '$lib/state/persistence';
import { decodeShareFragment, encodeShareFragment, openShareLink } from '$lib/state/share-link';
import { FUZZ_RUNS, expectNoPollution, expectReadable } from './fuzz-arbitraries';
import { hostileFragment } from './fuzz-state-inputs';
import { NOW, SAVED_JSON, expectUsable, onSeededPage, snapshot, type World } from './fuzz-store';

function sharedAgain(scenario: Scenario): Scenario | null {
	const decoded = decodeShareFragment(encodeShareFragment(scenario));
	return decoded.ok ? decoded.scenario : null;
}

/** A valid scenario that survives being shared again, or one readable sentence. */
function expectDecodedOrReadable(hash: string): void {
	const result = decodeShareFragment(hash);
	if (result.ok) {
		expectUsable(result.scenario, sharedAgain);
	} else {
		expectReadable(result.message);
	}
	expectNoPollution();
}

/** Opening `hash` over saved work, autosaving as the page does, then keeping one's own. */
function expectSavedWorkUntouched(hash: string, { fake, store }: World): void {
	// Given a page with saved work (loaded already, or loaded by the link itself)
	const before = snapshot(fake);
	const loadedFirst = store.loaded;
	// When the link is opened and the page's autosave runs
	const outcome = openShareLink(store, hash);
	store.save(NOW);
	// Then storage is exactly as it was, and the saved work (once loaded) is what is on screen
	expect(snapshot(fake)).toEqual(before);
	if (outcome === 'none' && !loadedFirst) {
		// A hash that is not a share link is no reason to load: the page loads on its own.
		expect(store.loaded).toBe(false);
		return;
	}
	expect(scenarioJson(store.scenario)).toBe(SAVED_JSON);
	if (outcome === 'failed') {
		expectReadable(store.shareMessage);
		expect(store.pendingShared).toBeNull();
	} else if (outcome === 'pending') {
		// And when the person keeps their own scenario, nothing is written either
		expect(store.pendingShared?.offers.length).toBeGreaterThan(0);
		store.rejectShared();
		store.save(NOW + 1);
		expect(snapshot(fake)).toEqual(before);
		expect(scenarioJson(store.scenario)).toBe(SAVED_JSON);
	} else {
		expect(['none', 'same']).toContain(outcome);
	}
}

describe('share links, fuzzed', () => {
	it(`never throw on ${FUZZ_RUNS} hostile fragments, give a scenario or a sentence, and never change the save`, () => {
		fc.assert(
			fc.property(hostileFragment, fc.nat({ max: 3 }), (hash, roll) => {
				expectDecodedOrReadable(hash);
				// One link in four opens on a page that has not loaded yet (the link loads it).
				onSeededPage(roll === 0, (world) => expectSavedWorkUntouched(hash, world));
			}),
			{ numRuns: FUZZ_RUNS }
		);
	}, 60_000);
});
