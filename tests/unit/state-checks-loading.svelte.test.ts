// @vitest-environment ./tests/unit/state-svelte-client-env.ts
/**
 * The compare page starts without its checks (zod, checks.ts): the worked example is already
 * parsed, and the checks are loaded when the page is first used. These tests take a fresh
 * copy of the state modules, with the checks not loaded yet (the setup file loads them for
 * every other test), and check that nothing is lost or decided meanwhile: an edit waits for
 * its verdict, a save waits to be read, and the first visit's autosave does not load them.
 */
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage } from './state-fake-storage';

const NOW = 1_767_225_600_000;

/** Fresh state modules, as a page has them before the checks arrive. */
async function freshPage() {
	vi.resetModules();
	const loader = await import('$lib/state/checks-loader.svelte');
	const { ScenarioStore } = await import('$lib/state/scenario.svelte');
	const { createSafeStorage } = await import('$lib/state/storage');
	const fake = new FakeStorage();
	const storage = createSafeStorage(() => fake);
	return { loader, fake, storage, makeStore: () => new ScenarioStore(storage) };
}

describe('before the checks are loaded', () => {
	beforeEach(() => {
		vi.resetModules();
	});

	it('shows the example, loads an empty storage and autosaves nothing, without loading them', async () => {
		const { loader, fake, makeStore } = await freshPage();
		const store = makeStore();
		store.load();
		expect(store.loaded).toBe(true);
		store.save(NOW);
		expect(store.scenario.offers.map((offer) => offer.name)).toEqual([
			'Example: Bay Area AI lab',
			'Example: Austin startup'
		]);
		expect(store.fieldErrors).toEqual({});
		expect(fake.data.size).toBe(0);
		expect(loader.checks()).toBeNull();
	});

	it('keeps an edit typed meanwhile, and reads it when they come', async () => {
		const { loader, makeStore } = await freshPage();
		const store = makeStore();
		store.load();
		const startup = store.offers[1];
		if (!startup) {
			throw new Error('no second offer');
		}
		startup.base = '180000';
		flushSync();
		// No verdict yet: the last valid values, no error, and the checks on their way.
		expect(store.scenario.offers[1]?.base.toFixed()).toBe('175000');
		expect(store.hasErrors).toBe(false);
		await loader.loadChecks();
		flushSync();
		expect(store.scenario.offers[1]?.base.toFixed()).toBe('180000');
		expect(startup.base).toBe('180000');
	});

	it('shows what is wrong with an edit once they come', async () => {
		const { loader, makeStore } = await freshPage();
		const store = makeStore();
		store.load();
		store.settings.years = '40';
		const lab = store.offers[0];
		if (!lab) {
			throw new Error('no first offer');
		}
		lab.base = 'lots';
		flushSync();
		expect(store.fieldErrors).toEqual({});
		expect(store.scenario.years).toBe(4);
		await loader.loadChecks();
		flushSync();
		expect(store.fieldErrors['offers.0.base']).toMatch(/Base salary must be a number/);
		expect(store.fieldErrors.years).toMatch(/whole number of years, from 1 to 10/);
		expect(store.scenario.years).toBe(4);
	});

	it('reads a save with them, and saves nothing over it meanwhile', async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		// An earlier visit's save, written with the checks of another copy of the modules.
		const { saveScenario } = await import('$lib/state/persistence');
		const { parseScenario } = await import('$lib/engine');
		const earlier = parseScenario({
			version: 1,
			years: 3,
			offers: [{ name: 'Acme', location: 'austin', base: '150000' }]
		});
		if (!earlier.ok) {
			throw new Error('the earlier save does not parse');
		}
		saveScenario(storage, earlier.scenario, { currentOffer: null }, NOW - 1000);
		const written = fake.data.get('counteroffer:scenario:v1');
		const store = makeStore();
		store.load();
		expect(store.loaded).toBe(false);
		store.save(NOW);
		expect(fake.data.get('counteroffer:scenario:v1')).toBe(written);
		await loader.loadChecks();
		await store.whenLoaded();
		expect(store.loaded).toBe(true);
		expect(store.offers.map((offer) => offer.name)).toEqual(['Acme']);
		expect(store.scenario.years).toBe(3);
	});

	it('says so when they cannot be loaded, and keeps the save untouched', async () => {
		const { fake, storage, makeStore } = await freshPage();
		fake.data.set('counteroffer:scenario:v1', '{"savedAt":1,"scenario":{}}');
		vi.doMock('$lib/state/checks', () => {
			throw new Error('offline');
		});
		const store = makeStore();
		store.load();
		await vi.waitFor(() => expect(store.storageMessage).toMatch(/could not load the code/));
		expect(store.loaded).toBe(false);
		expect(fake.data.get('counteroffer:scenario:v1')).toBe('{"savedAt":1,"scenario":{}}');
		expect(storage.available).toBe(true);
		vi.doUnmock('$lib/state/checks');
	});
});
