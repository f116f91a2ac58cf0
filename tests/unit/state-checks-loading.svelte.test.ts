/**
 * The compare page starts without its checks (zod, checks.ts): the worked example is already
 * parsed, and the checks are loaded when the page is first used. These tests take a fresh
 * copy of the state modules, with the checks not loaded yet (the setup file loads them for
 * every other test), and check that nothing is lost or decided meanwhile: an edit waits for
 * its verdict, a save waits to be read, and the first visit's autosave does not load them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SafeStorage } from '$lib/state/storage';
import { FakeStorage } from './state-fake-storage';

const NOW = 1_767_225_600_000;
const KEY = 'counteroffer:scenario:v1';
const acme = { name: 'Acme', location: 'austin', base: '150000' };

/** A save written by an earlier visit (or another tab), with the checks of this copy. */
async function writeSave(storage: SafeStorage, raw: unknown): Promise<void> {
	const { saveScenario } = await import('$lib/state/persistence');
	const { parseScenario } = await import('$lib/engine');
	const parsed = parseScenario(raw);
	if (!parsed.ok) {
		throw new Error('the save does not parse');
	}
	saveScenario(storage, parsed.scenario, { currentOffer: null }, NOW - 1000);
}

/** svelte's flushSync, from the copy of its runtime the fresh state modules use. */
let flushSync: () => void = () => undefined;

/** Fresh state modules, as a page has them before the checks arrive. */
async function freshPage() {
	vi.resetModules();
	flushSync = (await import('svelte')).flushSync;
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
		const { loader, fake, storage, makeStore } = await freshPage();
		fake.data.set('counteroffer:scenario:v1', '{"savedAt":1,"scenario":{}}');
		vi.doMock('$lib/state/checks', () => {
			throw new Error('offline');
		});
		const store = makeStore();
		store.load();
		// The page says so (ScenarioNotices reads both) and keeps the form inert.
		await vi.waitFor(() => expect(loader.checksFailed()).toBe(true));
		expect(store.readingSave).toBe(true);
		expect(store.loaded).toBe(false);
		expect(fake.data.get('counteroffer:scenario:v1')).toBe('{"savedAt":1,"scenario":{}}');
		expect(storage.available).toBe(true);
		vi.doUnmock('$lib/state/checks');
	});

	it('marks the form as waiting while a save is read, and reads it after a failed load', async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		await writeSave(storage, { version: 1, years: 3, offers: [acme] });
		const written = fake.data.get(KEY);
		let offline = true;
		vi.doMock('$lib/state/checks', async (original) => {
			if (offline) {
				throw new Error('offline');
			}
			// A plain object: Svelte's dev runtime looks up a symbol on the module it is given,
			// which vitest's module mock refuses (it throws on names the module does not export).
			return new Proxy({ ...(await original<object>()) }, { has: () => true });
		});
		const store = makeStore();
		store.load();
		expect(store.readingSave).toBe(true);
		await vi.waitFor(() => expect(loader.checksFailed()).toBe(true));
		expect(store.loaded).toBe(false);
		// The connection is back, and the person presses "Try again".
		offline = false;
		loader.startLoadingChecks();
		await store.whenLoaded();
		expect(store.readingSave).toBe(false);
		expect(loader.checksFailed()).toBe(false);
		expect(store.offers.map((offer) => offer.name)).toEqual(['Acme']);
		expect(fake.data.get(KEY)).toBe(written);
		vi.doUnmock('$lib/state/checks');
	});

	it("follows another tab's save that arrives meanwhile before saving anything here", async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		const store = makeStore();
		store.load();
		const saves: number[] = [];
		const { autosave } = await import('./state-autosave.svelte');
		const stop = autosave(store, NOW, saves);
		expect(saves).toHaveLength(1);
		const startup = store.offers[1];
		if (!startup) {
			throw new Error('no second offer');
		}
		startup.base = '180000';
		flushSync();
		// Another tab saves its own, newer work; its event arrives before this tab's checks.
		await writeSave(storage, { version: 1, years: 5, offers: [{ ...acme, name: 'Other tab' }] });
		const theirs = fake.data.get(KEY) ?? '';
		store.storageEvent({ key: KEY, newValue: theirs });
		await loader.loadChecks();
		flushSync();
		// The later change wins, visibly: storage keeps the other tab's, and this tab says what
		// it replaced.
		expect(fake.data.get(KEY)).toBe(theirs);
		expect(store.offers.map((offer) => offer.name)).toEqual(['Other tab']);
		expect(store.syncMessage).toMatch(/not finished typing or saved here was replaced/);
		// The autosave ran again after the edit and after the checks came, and wrote nothing
		// over the other tab's save.
		expect(saves.length).toBeGreaterThan(1);
		stop();
	});

	it('changes nothing when another tab saves the example this tab shows', async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		const store = makeStore();
		store.load();
		const { exampleScenario } = await import('$lib/state/example');
		const { saveScenario } = await import('$lib/state/persistence');
		saveScenario(storage, exampleScenario(), { currentOffer: null }, NOW);
		store.storageEvent({ key: KEY, newValue: fake.data.get(KEY) ?? '' });
		await loader.loadChecks();
		flushSync();
		expect(store.syncMessage).toBeNull();
	});
});
