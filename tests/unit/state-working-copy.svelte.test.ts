/**
 * The working copy (src/lib/state/working-copy.ts): what was typed and not saved yet comes
 * back after a reload, on top of the save it was typed over, and never over a newer one.
 */
import { describe, expect, it, vi } from 'vitest';
import { type Scenario } from '$lib/engine';
import { exportScenarioJson, importScenarioJson } from '$lib/state/import-export';
import { SCENARIO_KEY, saveScenario } from '$lib/state/persistence';
import { WORKING_KEY } from '$lib/state/saved-scenario';
import { ScenarioStore } from '$lib/state/scenario.svelte';
import { createSafeStorage } from '$lib/state/storage';
import { FakeStorage } from './state-fake-storage';
import { parsed } from './parsed-scenario';

const NOW = 1_767_225_600_000;
const acme = { name: 'Acme', location: 'austin', base: '150000' };

/** A browser's storage, with `saved` written by an earlier visit. */
function browser(saved?: Scenario): FakeStorage {
	const fake = new FakeStorage();
	if (saved) {
		saveScenario(
			createSafeStorage(() => fake),
			saved,
			{ currentOffer: null },
			NOW - 1000
		);
	}
	return fake;
}

/** The page opened (or reloaded) in that browser. */
function open(fake: FakeStorage): ScenarioStore {
	const store = new ScenarioStore(createSafeStorage(() => fake));
	store.load();
	return store;
}

const names = (store: ScenarioStore) => store.offers.map((o) => o.name);

describe('the working copy', () => {
	it('brings back an offer still being typed (no location yet) after a reload', () => {
		// Given a saved offer, and a second one typed without a location
		const fake = browser(parsed({ offers: [acme] }));
		const page = open(fake);
		const id = page.add();
		const draft = page.offers.find((o) => o.id === id)!;
		draft.name = 'Half typed';
		draft.base = '120000';
		page.save(NOW);
		expect(page.fieldErrors['offers.1.location']).toBeDefined();

		// When the page is reloaded
		const reloaded = open(fake);

		// Then both offers are there, the second as typed, still asking for its location
		expect(names(reloaded)).toEqual(['Acme', 'Half typed']);
		expect(reloaded.offers[1]?.base).toBe('120000');
		expect(reloaded.fieldErrors['offers.1.location']).toBeDefined();
		expect(reloaded.scenario.offers.map((o) => o.name)).toEqual(['Acme']);
	});

	it('brings back the first offer typed after clearing the example, though nothing valid was saved', () => {
		const fake = browser();
		const page = open(fake);
		page.clearExample();
		page.offers[0]!.name = 'Solo Co';
		page.offers[0]!.base = '95000';
		page.offers[0]!.bonusPct = '10';
		page.save(NOW);
		expect(fake.data.has(SCENARIO_KEY)).toBe(false);

		const reloaded = open(fake);
		expect(names(reloaded)).toEqual(['Solo Co']);
		expect(reloaded.offers[0]?.bonusPct).toBe('10');
		expect(reloaded.isExample).toBe(false);
	});

	it('keeps an edit that does not parse yet as typed, with the last valid values behind it', () => {
		const fake = browser(parsed({ offers: [acme, { ...acme, name: 'Globex' }] }));
		const page = open(fake);
		page.markCurrent(page.offers[1]!.id);
		page.save(NOW);
		page.offers[0]!.base = '160,0';
		page.save(NOW + 1);

		const reloaded = open(fake);
		expect(reloaded.offers[0]?.base).toBe('160,0');
		expect(reloaded.results[0]?.stale).toBe(true);
		expect(String(reloaded.scenario.offers[0]?.base)).toBe('150000');
		expect(reloaded.currentIndex).toBe(1);
	});

	it('is removed once the form is complete, so the save alone is read', () => {
		const fake = browser(parsed({ offers: [acme] }));
		const page = open(fake);
		page.offers[0]!.base = 'abc';
		page.save(NOW);
		expect(fake.data.has(WORKING_KEY)).toBe(true);
		page.offers[0]!.base = '170000';
		page.save(NOW + 1);
		expect(fake.data.has(WORKING_KEY)).toBe(false);
		expect(String(open(fake).scenario.offers[0]?.base)).toBe('170000');
	});

	it('is not put over a save written since (another tab, an import)', () => {
		const fake = browser(parsed({ offers: [acme] }));
		const page = open(fake);
		page.offers[0]!.base = 'abc';
		page.save(NOW);
		// Another tab saves a different scenario over the one the copy was typed over.
		const newer = parsed({ offers: [{ ...acme, name: 'Newer' }] });
		fake.data.set(
			SCENARIO_KEY,
			JSON.stringify({
				savedAt: NOW + 5,
				currentOffer: null,
				scenario: JSON.parse(exportScenarioJson(newer))
			})
		);
		const reloaded = open(fake);
		expect(names(reloaded)).toEqual(['Newer']);
		expect(reloaded.fieldErrors).toEqual({});
	});

	it('keeps a working copy that does not read aside, says so, and opens the save', () => {
		const fake = browser(parsed({ offers: [acme] }));
		fake.data.set(WORKING_KEY, '{"version":1,"offers":"not a list"}');
		const reloaded = open(fake);
		expect(names(reloaded)).toEqual(['Acme']);
		expect(reloaded.storageMessage).toMatch(/unfinished edits could not be opened.*kept aside/);
		expect([...fake.data.keys()].some((k) => k.startsWith(`${WORKING_KEY}:corrupt:`))).toBe(true);
	});

	it('leaves the first visit as it was: nothing written while the example is untouched', () => {
		const fake = browser();
		const page = open(fake);
		page.save(NOW);
		expect([...fake.data.keys()].filter((k) => !k.startsWith('counteroffer:probe'))).toEqual([]);
	});
});

/** Another tab's save, written to the shared storage; the event it sends. */
function otherTabSaves(fake: FakeStorage, scenario: Scenario, currentOffer: number | null = null) {
	saveScenario(
		createSafeStorage(() => fake),
		scenario,
		{ currentOffer },
		NOW + 10
	);
	return { key: SCENARIO_KEY, newValue: fake.data.get(SCENARIO_KEY) ?? '' };
}

// Found in review: each of these lost or overwrote work in the first version.
describe('the working copy, with a save written since', () => {
	it('is not put over it, even when nothing valid was saved with the copy', () => {
		// Given every offer removed and a new one half typed, then another tab's save
		const fake = browser(parsed({ offers: [acme] }));
		const page = open(fake);
		page.remove(page.offers[0]!.id);
		page.add();
		page.offers[0]!.name = 'New';
		page.save(NOW);
		otherTabSaves(fake, parsed({ offers: [acme, { ...acme, name: 'Globex' }] }));
		// When the page is reloaded and the person types on
		const reloaded = open(fake);
		reloaded.offers[0]!.base = '151000';
		reloaded.save(NOW + 11);
		// Then the newer save is shown, and is what stays saved
		expect(names(reloaded)).toEqual(['Acme', 'Globex']);
		const saved = JSON.parse(fake.data.get(SCENARIO_KEY) ?? '{}');
		expect(saved.scenario.offers.map((o: { name: string }) => o.name)).toEqual(['Acme', 'Globex']);
	});

	it('keeps the current job another tab marked since', () => {
		const fake = browser(parsed({ offers: [acme, { ...acme, name: 'Globex' }] }));
		const page = open(fake);
		page.offers[0]!.base = 'abc';
		page.save(NOW);
		otherTabSaves(fake, parsed({ offers: [acme, { ...acme, name: 'Globex' }] }), 1);
		expect(open(fake).currentIndex).toBe(1);
	});

	it("is not removed by a tab that follows another tab's save: it holds that tab's typing", () => {
		// Given tab A with a half-typed offer, and tab B opened on it
		const fake = browser(parsed({ offers: [acme] }));
		const tabA = open(fake);
		const half = tabA.add();
		tabA.offers.find((o) => o.id === half)!.name = 'Half';
		tabA.save(NOW);
		const tabB = open(fake);
		expect(names(tabB)).toEqual(['Acme', 'Half']);
		// When B saves an edit and A follows it (its form now complete) and autosaves
		tabB.offers[0]!.base = '160000';
		tabB.save(NOW + 1);
		tabA.storageEvent({ key: SCENARIO_KEY, newValue: fake.data.get(SCENARIO_KEY) ?? '' });
		tabA.save(NOW + 2);
		// Then a reload still brings back B's half-typed offer
		expect(names(open(fake))).toEqual(['Acme', 'Half']);
	});
});

describe('what a field that does not parse falls back to', () => {
	it('is nothing for a new offer not yet left, never a prefix read on the way', () => {
		const fake = browser(parsed({ offers: [acme] }));
		const page = open(fake);
		const id = page.add();
		const draft = page.offers.find((o) => o.id === id)!;
		Object.assign(draft, { name: 'Beta', location: 'austin' });
		page.settle();
		for (const typed of ['1', '15', '150', '150 ', '150 000', '150 000x']) {
			draft.base = typed;
			page.save(NOW);
		}
		expect(page.scenario.offers.map((o) => o.name)).toEqual(['Acme']);
		const saved = JSON.parse(fake.data.get(SCENARIO_KEY) ?? '{}');
		expect(saved.scenario.offers.map((o: { name: string }) => o.name)).toEqual(['Acme']);
		// And the draft is kept as typed for a reload
		expect(open(fake).offers[1]?.base).toBe('150 000x');
	});

	it('keeps a long paste in the copy, with the rest of the form', () => {
		const fake = browser(parsed({ offers: [acme] }));
		const page = open(fake);
		const id = page.add();
		const draft = page.offers.find((o) => o.id === id)!;
		draft.name = 'Beta';
		page.save(NOW);
		Object.assign(draft, { base: '1'.repeat(201), bonusPct: '15' });
		page.save(NOW + 1);
		expect(open(fake).offers[1]).toMatchObject({ base: '1'.repeat(201), bonusPct: '15' });
	});

	it('is the value left before the checks arrived, once they have', async () => {
		// A fresh copy of the modules: the checks are not loaded yet
		vi.resetModules();
		const loader = await import('$lib/state/checks-loader.svelte');
		const { ScenarioStore: FreshStore } = await import('$lib/state/scenario.svelte');
		const { createSafeStorage: freshStorage } = await import('$lib/state/storage');
		const store = new FreshStore(freshStorage(() => new FakeStorage()));
		store.load();
		expect(loader.checks()).toBeNull();
		// When a base is typed and left before they arrive, then mistyped
		store.offers[0]!.base = '150000';
		store.settle();
		await loader.loadChecks();
		store.offers[0]!.base = '150000x';
		// Then the results keep 150,000, not the example's value
		expect(String(store.scenario.offers[0]?.base)).toBe('150000');
	});
});

describe('an import undone', () => {
	it('brings back what was typed over the scenario it replaced, not only the save', () => {
		// Given a saved offer mistyped, and a second one half typed
		const fake = browser(parsed({ offers: [acme] }));
		const page = open(fake);
		const id = page.add();
		page.offers.find((o) => o.id === id)!.name = 'Half';
		page.offers[0]!.base = '160,0';
		page.save(NOW);
		// When a file is imported, saved, and the import undone
		const file = importScenarioJson(
			exportScenarioJson(parsed({ offers: [{ ...acme, name: 'Imported' }] }))
		);
		page.applyImport(file);
		page.save(NOW + 1);
		expect(names(page)).toEqual(['Imported']);
		page.undoImport();
		page.save(NOW + 2);
		// Then both drafts are back as typed, and a reload keeps them
		expect(names(page)).toEqual(['Acme', 'Half']);
		expect(page.offers[0]?.base).toBe('160,0');
		expect(names(open(fake))).toEqual(['Acme', 'Half']);
	});
});
