/**
 * The waiting steps of the lazy checks (checks-loader.svelte.ts) and the store around them,
 * from a reviewer's pass over the first fixes: a step that throws, a save or another tab's
 * event that waits, a retry after a failure. Fresh copies of the state modules, with the checks
 * not loaded; `gateChecks` holds them back until a test opens it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SafeStorage } from '$lib/state/storage';
import { FakeStorage } from './state-fake-storage';

const NOW = 1_767_225_600_000;
const KEY = 'counteroffer:scenario:v1';
const acme = { name: 'Acme', location: 'austin', base: '150000' };

async function writeSave(storage: SafeStorage, raw: unknown, at = NOW - 1000): Promise<void> {
	const { saveScenario } = await import('$lib/state/persistence');
	const { parseScenario } = await import('$lib/engine');
	const parsed = parseScenario(raw);
	if (!parsed.ok) {
		throw new Error('the save does not parse');
	}
	saveScenario(storage, parsed.scenario, { currentOffer: null }, at);
}

/** A mocked module that lets Svelte's dev runtime read symbols off it (vitest's proxy throws). */
function passThrough(module: object): object {
	return new Proxy({ ...module }, { has: () => true });
}

/** svelte's flushSync, from the copy of its runtime the fresh state modules use. */
let flushSync: () => void = () => undefined;

async function freshPage() {
	vi.resetModules();
	const loader = await import('$lib/state/checks-loader.svelte');
	const { ScenarioStore } = await import('$lib/state/scenario.svelte');
	const { createSafeStorage } = await import('$lib/state/storage');
	flushSync = (await import('svelte')).flushSync;
	const fake = new FakeStorage();
	const storage = createSafeStorage(() => fake);
	return { loader, fake, storage, makeStore: () => new ScenarioStore(storage) };
}

/** The page's autosave (state-autosave.svelte.ts), on the fresh modules' runtime. */
async function autosave(store: { loaded: boolean; save(now: number): void }, saves: number[]) {
	const helper = await import('./state-autosave.svelte');
	return helper.autosave(store, NOW, saves);
}

// Every test starts from fresh state modules (freshPage) with the real checks module.
beforeEach(() => {
	vi.doUnmock('$lib/state/checks');
});

afterEach(() => {
	vi.restoreAllMocks();
});

describe('whenChecksLoad: one callback that throws', () => {
	beforeEach(() => {
		// The loader reports a failed step on the console; each test here checks it did.
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
	});

	afterEach(() => {
		expect(console.error).toHaveBeenCalledWith(
			'A step waiting for the checks failed:',
			expect.any(Error)
		);
	});

	it('does not cost the callbacks after it, nor the checks', async () => {
		const { loader } = await freshPage();
		const ran: string[] = [];
		loader.whenChecksLoad(() => {
			ran.push('first');
			throw new Error('boom');
		});
		loader.whenChecksLoad(() => ran.push('second'));
		const first = await loader.loadChecks().then(
			() => 'resolved',
			(e: Error) => `rejected: ${e.message}`
		);
		expect({ ran, first, failed: loader.checksFailed(), loaded: loader.checks() !== null }).toEqual(
			{
				ran: ['first', 'second'],
				first: 'resolved',
				failed: false,
				loaded: true
			}
		);
	});

	it('a later loadChecks() still resolves after a callback threw', async () => {
		const { loader } = await freshPage();
		loader.whenChecksLoad(() => {
			throw new Error('boom');
		});
		await loader.loadChecks().catch(() => undefined);
		const again = await loader.loadChecks().then(
			() => 'resolved',
			() => 'rejected'
		);
		expect(again).toBe('resolved');
	});

	it('does not stop a store waiting to read its save', async () => {
		const { loader, storage, makeStore } = await freshPage();
		await writeSave(storage, { version: 1, years: 3, offers: [acme] });
		loader.whenChecksLoad(() => {
			throw new Error('some earlier waiting step failed');
		});
		const store = makeStore();
		store.load();
		expect(store.readingSave).toBe(true);
		await loader.loadChecks().catch(() => undefined);
		flushSync();
		expect({ readingSave: store.readingSave, loaded: store.loaded }).toEqual({
			readingSave: false,
			loaded: true
		});
	});

	it("does not leave another tab's event pending: this tab autosaves again", async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		await import('$lib/state/persistence');
		await import('$lib/engine');
		const gate = gateChecks();
		const store = makeStore();
		store.load();
		const saves: number[] = [];
		const stop = await autosave(store, saves);
		loader.whenChecksLoad(() => {
			throw new Error('an earlier waiting step failed');
		});
		await writeSave(storage, { version: 1, years: 5, offers: [{ ...acme, name: 'Other tab' }] });
		store.storageEvent({ key: KEY, newValue: fake.data.get(KEY)! });
		gate.open();
		await loader.loadChecks().catch(() => undefined);
		flushSync();
		store.offers[0]!.base = '123456';
		flushSync();
		const stored = JSON.parse(fake.data.get(KEY)!);
		expect({
			shown: store.offers.map((o) => o.name),
			storedFirstBase: stored.scenario.offers[0].base
		}).toEqual({
			shown: ['Other tab'],
			storedFirstBase: '123456'
		});
		stop();
	});
});

describe('whenChecksLoad: never twice', () => {
	it('runs each callback once across a failure, a retry and later loads', async () => {
		const { loader } = await freshPage();
		let offline = true;
		vi.doMock('$lib/state/checks', async (original) => {
			if (offline) {
				throw new Error('offline');
			}
			return passThrough(await original<object>());
		});
		let count = 0;
		loader.whenChecksLoad(() => count++);
		await loader.loadChecks().catch(() => undefined);
		expect(loader.checksFailed()).toBe(true);
		expect(count).toBe(0);
		offline = false;
		// Two retries at once (Try again pressed, a key pressed).
		loader.startLoadingChecks();
		loader.startLoadingChecks();
		await loader.loadChecks();
		await loader.loadChecks();
		expect(count).toBe(1);
		// A callback registered inside a callback runs at once, once.
		let nested = 0;
		loader.whenChecksLoad(() => loader.whenChecksLoad(() => nested++));
		expect(nested).toBe(1);
		vi.doUnmock('$lib/state/checks');
	});

	it('several load() calls while a save waits (navigating between pages) read it once', async () => {
		const { loader, storage, makeStore } = await freshPage();
		await writeSave(storage, { version: 1, years: 3, offers: [acme] });
		const store = makeStore();
		store.load();
		store.load();
		store.load();
		let loads = 0;
		const original = store.load.bind(store);
		store.load = () => {
			loads++;
			original();
		};
		await loader.loadChecks();
		// Each waiting callback calls this.load() only while !loaded: one real load.
		expect(loads).toBe(1);
		expect(store.readingSave).toBe(false);
	});
});

describe('readingSave', () => {
	it('is false after a corrupt save is read', async () => {
		const { loader, fake, makeStore } = await freshPage();
		fake.data.set(KEY, '{"savedAt":1,"scenario":{}}');
		const store = makeStore();
		store.load();
		expect(store.readingSave).toBe(true);
		await loader.loadChecks();
		expect(store.loaded).toBe(true);
		expect(store.readingSave).toBe(false);
		expect(store.storageMessage).toMatch(/could not be opened/);
	});

	it('is never set when storage is unavailable or empty', async () => {
		const { fake, makeStore } = await freshPage();
		fake.mode = 'throws';
		const store = makeStore();
		store.load();
		expect(store.readingSave).toBe(false);
		expect(store.loaded).toBe(true);
		const second = await freshPage();
		const empty = second.makeStore();
		empty.load();
		expect(empty.readingSave).toBe(false);
		expect(empty.loaded).toBe(true);
	});

	it('is false when the save disappears (another tab) before the checks come', async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		await writeSave(storage, { version: 1, years: 3, offers: [acme] });
		const store = makeStore();
		store.load();
		fake.data.delete(KEY);
		store.storageEvent({ key: KEY, newValue: null });
		await loader.loadChecks();
		expect(store.readingSave).toBe(false);
		expect(store.loaded).toBe(true);
	});
});

/**
 * Holds back checks.ts until `open()` (as a slow connection would): `await`s in the test then
 * cannot let them arrive early. `offline` makes the import fail instead.
 */
function gateChecks() {
	let open: () => void = () => undefined;
	const gate = new Promise<void>((resolve) => (open = resolve));
	const state = { offline: false };
	vi.doMock('$lib/state/checks', async (original) => {
		await gate;
		if (state.offline) {
			throw new Error('offline');
		}
		return passThrough(await original<object>());
	});
	return { open, state };
}

describe('#pendingEvent and the autosave', () => {
	it("saves this tab's edit after the checks come, when the other tab saved just the example", async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		const { exampleScenario } = await import('$lib/state/example');
		const { saveScenario } = await import('$lib/state/persistence');
		const gate = gateChecks();
		const store = makeStore();
		store.load();
		const saves: number[] = [];
		const stop = await autosave(store, saves);
		flushSync();
		store.offers[1]!.base = '180000';
		flushSync();
		saveScenario(storage, exampleScenario(), { currentOffer: null }, NOW - 5);
		const theirs = fake.data.get(KEY)!;
		store.storageEvent({ key: KEY, newValue: theirs });
		expect(loader.checks()).toBeNull();
		store.save(NOW);
		expect(fake.data.get(KEY)).toBe(theirs);
		gate.open();
		await loader.loadChecks();
		flushSync();
		const saved = JSON.parse(fake.data.get(KEY)!);
		expect(saved.scenario.offers[1].base).toBe('180000');
		expect(store.syncMessage).toBeNull();
		stop();
	});

	it('checks fail: nothing is saved, the event keeps waiting; Try again follows it, then saves', async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		await import('$lib/state/persistence');
		await import('$lib/engine');
		const gate = gateChecks();
		gate.state.offline = true;
		const store = makeStore();
		store.load();
		const saves: number[] = [];
		const stop = await autosave(store, saves);
		flushSync();
		store.offers[1]!.base = '180000';
		flushSync();
		await writeSave(storage, { version: 1, years: 5, offers: [{ ...acme, name: 'Other tab' }] });
		const theirs = fake.data.get(KEY)!;
		store.storageEvent({ key: KEY, newValue: theirs });
		expect(loader.checks()).toBeNull();
		gate.open();
		await vi.waitFor(() => expect(loader.checksFailed()).toBe(true));
		flushSync();
		expect(fake.data.get(KEY)).toBe(theirs);
		gate.state.offline = false;
		loader.startLoadingChecks();
		await loader.loadChecks();
		flushSync();
		expect(store.offers.map((o) => o.name)).toEqual(['Other tab']);
		expect(store.syncMessage).toMatch(/not finished typing or saved/);
		expect(fake.data.get(KEY)).toBe(theirs);
		store.offers[0]!.base = '170000';
		flushSync();
		expect(JSON.parse(fake.data.get(KEY)!).scenario.offers[0].base).toBe('170000');
		stop();
	});

	it('an event that arrives while a save waits is followed after the save is read (order)', async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		await writeSave(storage, { version: 1, years: 3, offers: [acme] });
		const gate = gateChecks();
		const store = makeStore();
		store.load();
		const saves: number[] = [];
		const stop = await autosave(store, saves);
		await writeSave(storage, { version: 1, years: 5, offers: [{ ...acme, name: 'Newer' }] }, NOW);
		store.storageEvent({ key: KEY, newValue: fake.data.get(KEY)! });
		expect(loader.checks()).toBeNull();
		gate.open();
		await loader.loadChecks();
		flushSync();
		// load() already reads the newer save: the event then changes nothing, and says nothing.
		expect(store.offers.map((o) => o.name)).toEqual(['Newer']);
		expect(store.syncMessage).toBeNull();
		stop();
	});

	it('says nothing when the other tab saved exactly what this tab shows', async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		const { scenarioJson, readSaved } = await import('$lib/state/persistence');
		await import('$lib/engine');
		const gate = gateChecks();
		const store = makeStore();
		store.load();
		const saves: number[] = [];
		const stop = await autosave(store, saves);
		store.clearExample();
		const o = store.offers[0]!;
		o.name = 'Acme';
		o.location = 'austin';
		o.base = '150000';
		flushSync();
		// The other tab saved the very same scenario before this tab's checks came.
		await writeSave(storage, { version: 1, years: 4, offers: [acme] });
		store.storageEvent({ key: KEY, newValue: fake.data.get(KEY)! });
		expect(loader.checks()).toBeNull();
		gate.open();
		await loader.loadChecks();
		flushSync();
		const same =
			scenarioJson(store.scenario) === (readSaved(fake.data.get(KEY)!) as { json: string }).json;
		expect({ same, message: store.syncMessage }).toEqual({ same: true, message: null });
		stop();
	});

	it("holds another tab's event until the checks come, with the autosave running", async () => {
		const { loader, fake, storage, makeStore } = await freshPage();
		const store = makeStore();
		store.load();
		store.offers[1]!.base = '180000';
		flushSync();
		await writeSave(storage, { version: 1, years: 5, offers: [{ ...acme, name: 'Other tab' }] });
		// If this fails, the existing test's event did not take the pending path.
		expect(loader.checks()).toBeNull();
		void fake;
	});
});
