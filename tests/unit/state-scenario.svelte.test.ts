/**
 * The ScenarioStore, compiled for Svelte's client runtime (see state-svelte-client-env.ts),
 * so `$state` proxies and `$derived` caching behave as they do in the browser.
 */
import { describe, expect, it } from 'vitest';
import { type Scenario } from '$lib/engine';
import { exportScenarioJson, importScenarioJson } from '$lib/state/import-export';
import { SCENARIO_KEY, saveScenario } from '$lib/state/persistence';
import { ScenarioStore } from '$lib/state/scenario.svelte';
import { encodeShareFragment, openShareLink } from '$lib/state/share-link';
import { createSafeStorage } from '$lib/state/storage';
import { FakeStorage } from './state-fake-storage';
import { parsed } from './parsed-scenario';

const NOW = 1_767_225_600_000;
const acme = { name: 'Acme', location: 'austin', base: '150000' };

/** A store over a fake storage; `saved` is written first, as an earlier visit would have. */
function setup(saved?: Scenario) {
	const fake = new FakeStorage();
	const storage = createSafeStorage(() => fake);
	if (saved) {
		saveScenario(storage, saved, { currentOffer: null }, NOW - 1000);
	}
	const writes: string[] = [];
	const setItem = fake.setItem.bind(fake);
	fake.setItem = (key, value) => {
		writes.push(key);
		setItem(key, value);
	};
	return { fake, store: new ScenarioStore(storage), writes };
}

const names = (store: ScenarioStore) => store.offers.map((o) => o.name);

/** Another tab saving `scenario`: it is written to the shared storage, and the event is returned. */
function otherTabSaves(fake: FakeStorage, scenario: Scenario, savedAt = NOW) {
	const newValue = JSON.stringify({
		savedAt,
		currentOffer: null,
		scenario: JSON.parse(exportScenarioJson(scenario))
	});
	fake.data.set(SCENARIO_KEY, newValue);
	return { key: SCENARIO_KEY, newValue };
}

describe('the draft and what the engine makes of it', () => {
	it('starts with the worked example, valid, marked as an example', () => {
		const { store } = setup();
		expect(names(store)).toEqual(['Example: Bay Area AI lab', 'Example: Austin startup']);
		expect(store.isExample).toBe(true);
		expect(store.fieldErrors).toEqual({});
		expect(store.scenario.offers.map((o) => String(o.base))).toEqual(['210000', '175000']);
	});

	it('keeps the parsed offer of a draft nobody edited, so its projections stay remembered', () => {
		// Given the example's two offers, parsed
		const { store } = setup();
		const [first, second] = store.scenario.offers;
		// When only the first offer's base changes
		store.offers[0]!.base = '250000';
		// Then the second is the very same object, and the first a new one with the new base
		expect(store.scenario.offers[1]).toBe(second);
		expect(store.scenario.offers[0]).not.toBe(first);
		expect(String(store.scenario.offers[0]?.base)).toBe('250000');
		// And typing the old value back gives the old figures again
		store.offers[0]!.base = '210000';
		expect(String(store.scenario.offers[0]?.base)).toBe('210000');
		expect(store.scenario.offers[1]).toBe(second);
	});

	it('keeps the last valid values of an invalid offer, and the other offers untouched', () => {
		const { store } = setup();
		store.offers[0]!.base = '250000';
		expect(String(store.scenario.offers[0]?.base)).toBe('250000');
		// The person leaves the field: 250,000 is what a later typo falls back to.
		store.settle();
		store.offers[0]!.base = '250 thousand';
		expect(store.fieldErrors).toEqual({
			'offers.0.base': 'Base salary must be a number, like 150000.'
		});
		expect(store.results.map((r) => r.stale)).toEqual([true, false]);
		expect(store.scenario.offers.map((o) => String(o.base))).toEqual(['250000', '175000']);
		store.offers[0]!.base = '260000';
		expect(store.fieldErrors).toEqual({});
		expect(String(store.scenario.offers[0]?.base)).toBe('260000');
	});

	it('falls back to the value from before the edit, not to a prefix typed on the way', () => {
		// Given the example's first offer (base 210,000), and "150 000" typed over its base
		const { store } = setup();
		for (const typed of ['1', '15', '150', '150 ', '150 000']) {
			store.offers[0]!.base = typed;
		}
		// Then its results are still those of 210,000 ("150" read on the way is not kept)
		expect(store.results[0]?.stale).toBe(true);
		expect(String(store.scenario.offers[0]?.base)).toBe('210000');
		// And once a valid value is typed and the field left, that is the value kept
		store.offers[0]!.base = '150000';
		store.settle();
		store.offers[0]!.base = '150000x';
		expect(String(store.scenario.offers[0]?.base)).toBe('150000');
	});

	it('falls back to the horizon from before the edit too ("11" reads "1" on the way)', () => {
		const { store } = setup();
		const years = store.scenario.years;
		store.settings.years = '1';
		expect(store.scenario.years).toBe(1);
		store.settings.years = '11';
		expect(store.fieldErrors.years).toBeDefined();
		expect(store.scenario.years).toBe(years);
	});

	it('leaves a new offer out of the scenario until it is valid', () => {
		const { store } = setup();
		const id = store.add();
		expect(store.results[2]).toMatchObject({ id, offer: null, stale: false });
		expect(Object.keys(store.fieldErrors).sort()).toEqual(['offers.2.base', 'offers.2.location']);
		expect(store.scenario.offers).toHaveLength(2);
		Object.assign(store.offers[2]!, { location: 'london', base: '90000' });
		expect(store.scenario.offers[2]).toMatchObject({ name: 'Offer 3', currency: 'GBP' });
	});

	it.each([
		['years', '12', 'years', 'The horizon must be a whole number of years, from 1 to 10.'],
		['annualSpending', '-5', 'household.annualSpending', 'Yearly spending cannot be negative.'],
		['GBPUSD', 'abc', 'fx.GBPUSD', 'The exchange rate (USD per GBP) must be a number, like 1.36.']
	] as const)(
		'reports a bad %s under %s and keeps the last valid value',
		(field, value, path, message) => {
			const { store } = setup();
			const before = JSON.stringify(store.scenario);
			store.settings[field] = value;
			expect(store.fieldErrors).toEqual({ [path]: message });
			expect(JSON.stringify(store.scenario)).toBe(before);
		}
	);

	it('applies each valid setting while another is invalid', () => {
		const { store } = setup();
		const spending = String(store.scenario.household.annualSpending);
		expect([store.scenario.years, store.scenario.household.filingStatus]).not.toEqual([
			3,
			'married'
		]);
		Object.assign(store.settings, { annualSpending: '-1', GBPUSD: 'abc' });
		Object.assign(store.settings, { years: '3', filingStatus: 'married' });
		expect(Object.keys(store.fieldErrors).sort()).toEqual([
			'fx.GBPUSD',
			'household.annualSpending'
		]);
		expect(store.scenario.years).toBe(3);
		expect(store.scenario.household.filingStatus).toBe('married');
		expect(String(store.scenario.household.annualSpending)).toBe(spending);
		// More bad keys in the spending keep the same household object (the projections' cache
		// knows it by identity).
		const household = store.scenario.household;
		store.settings.annualSpending = '-12';
		expect(store.scenario.household).toBe(household);
		store.settings.GBPUSD = '1.5';
		expect(String(store.scenario.fx.GBPUSD)).toBe('1.5');
		expect(String(store.scenario.household.annualSpending)).toBe(spending);
	});

	it('applies valid settings to the scenario', () => {
		const { store } = setup();
		Object.assign(store.settings, {
			years: '6',
			filingStatus: 'married',
			GBPUSD: '1.25',
			annualSpending: '$72.5k'
		});
		expect(store.scenario.years).toBe(6);
		expect(String(store.scenario.household.annualSpending)).toBe('72500');
		expect(store.scenario.household.filingStatus).toBe('married');
		expect(String(store.scenario.fx.GBPUSD)).toBe('1.25');
	});

	it('keeps both grants’ fields when the equity type is switched back and forth', () => {
		const { store } = setup();
		const equity = store.offers[0]!.equity;
		equity.type = 'options';
		expect(store.fieldErrors['offers.0.equity.shares']).toMatch(/Number of shares is required/);
		equity.type = 'none';
		expect(store.scenario.offers[0]?.equity).toBeUndefined();
		equity.type = 'rsu';
		expect(
			String(
				store.scenario.offers[0]?.equity?.type === 'rsu' && store.scenario.offers[0].equity.grant
			)
		).toBe('400000');
	});

	it('lets currency and cost of living follow a changed location', () => {
		const { store } = setup();
		store.offers[1]!.location = 'london';
		expect(store.scenario.offers[1]).toMatchObject({ currency: 'GBP', taxRegion: 'uk' });
	});
});

describe('adding, copying, renaming, removing', () => {
	it('adds offers up to 8, then refuses', () => {
		const { store } = setup();
		const added = Array.from({ length: 7 }, () => store.add());
		expect(added.filter((id) => id !== null)).toHaveLength(6);
		expect(added[6]).toBeNull();
		expect(store.canAdd).toBe(false);
		expect(store.duplicate(store.offers[0]!.id)).toBeNull();
	});

	it('duplicates an offer right after it, as an independent copy', () => {
		const { store } = setup();
		store.duplicate(store.offers[0]!.id);
		expect(names(store)).toEqual([
			'Example: Bay Area AI lab',
			'Example: Bay Area AI lab (copy)',
			'Example: Austin startup'
		]);
		store.offers[1]!.base = '1';
		expect(store.scenario.offers.map((o) => String(o.base))).toEqual(['210000', '1', '175000']);
	});

	it('renames an offer', () => {
		const { store } = setup();
		store.rename(store.offers[1]!.id, 'Globex');
		expect(store.scenario.offers[1]?.name).toBe('Globex');
	});

	it('removes an offer and puts it back at its position, still the current job', () => {
		const { store } = setup();
		store.add();
		const [, middle] = store.offers;
		store.markCurrent(middle!.id);
		store.remove(middle!.id);
		expect(names(store)).toEqual(['Example: Bay Area AI lab', 'Offer 3']);
		expect(store.currentId).toBeNull();
		expect(store.lastRemoved?.index).toBe(1);
		store.undoRemove();
		expect(names(store)).toEqual([
			'Example: Bay Area AI lab',
			'Example: Austin startup',
			'Offer 3'
		]);
		expect(store.currentId).toBe(middle!.id);
		expect(store.lastRemoved).toBeNull();
	});

	it('marks at most one offer as the current job; marking it again unmarks it', () => {
		const { store } = setup();
		const [a, b] = store.offers.map((o) => o.id);
		store.markCurrent(a!);
		store.markCurrent(b!);
		expect(store.currentId).toBe(b);
		expect(store.currentIndex).toBe(1);
		store.markCurrent(b!);
		expect(store.currentId).toBeNull();
	});

	it('clears the example, leaving the person’s own offers or one empty offer', () => {
		const { store } = setup();
		store.add();
		store.clearExample();
		expect(names(store)).toEqual(['Offer 3']);
		expect(store.isExample).toBe(false);
		const { store: fresh } = setup();
		fresh.clearExample();
		expect(names(fresh)).toEqual(['Offer 1']);
	});
});

describe('saving and loading', () => {
	it('touches no storage until load (so the page prerenders)', () => {
		let touched = 0;
		const store = new ScenarioStore(
			createSafeStorage(() => {
				touched += 1;
				return new FakeStorage();
			})
		);
		store.save(NOW);
		expect(touched).toBe(0);
		expect(store.loaded).toBe(false);
	});

	it('does not save the untouched example, saves edits once, and skips unchanged saves', () => {
		const { fake, store, writes } = setup();
		store.load();
		expect(store.canSave).toBe(true);
		store.save(NOW);
		expect(writes.filter((k) => k === SCENARIO_KEY)).toEqual([]);
		store.offers[0]!.base = '220000';
		store.save(NOW + 1);
		store.save(NOW + 2);
		expect(writes.filter((k) => k === SCENARIO_KEY)).toHaveLength(1);
		expect(store.savedAt).toBe(NOW + 1);
		expect(JSON.parse(fake.data.get(SCENARIO_KEY)!).scenario.offers[0].base).toBe('220000');
	});

	it('never saves a scenario without a valid offer', () => {
		const { store, writes } = setup();
		store.load();
		store.clearExample();
		store.save(NOW);
		expect(writes.filter((k) => k === SCENARIO_KEY)).toEqual([]);
	});

	it('loads the saved scenario, with the current job', () => {
		const saved = parsed({ offers: [acme, { ...acme, name: 'Globex' }] });
		const { fake, store } = setup();
		saveScenario(
			createSafeStorage(() => fake),
			saved,
			{ currentOffer: 1 },
			NOW - 5
		);
		store.load();
		expect(names(store)).toEqual(['Acme', 'Globex']);
		expect(store.currentIndex).toBe(1);
		expect(store.savedAt).toBe(NOW - 5);
		expect(store.isExample).toBe(false);
	});

	it('keeps a corrupt save aside, says so, and shows the example', () => {
		const { fake, store } = setup();
		fake.data.set(SCENARIO_KEY, '{broken');
		store.load();
		expect(store.storageMessage).toMatch(/could not be opened.*kept aside/);
		expect([...fake.data.keys()].some((k) => k.startsWith(`${SCENARIO_KEY}:corrupt:`))).toBe(true);
		expect(store.isExample).toBe(true);
		expect(store.canSave).toBe(true);
	});

	it('pauses saving when a corrupt save cannot be moved aside, so it is not overwritten', () => {
		const { fake, store } = setup();
		fake.data.set(SCENARIO_KEY, '{broken');
		fake.mode = 'full';
		store.load();
		fake.mode = 'ok';
		store.offers[0]!.base = '1';
		store.save(NOW);
		expect(store.canSave).toBe(false);
		expect(fake.data.get(SCENARIO_KEY)).toBe('{broken');
	});

	it('reports storage that does not work, and never throws', () => {
		const store = new ScenarioStore(createSafeStorage(() => undefined));
		store.load();
		store.offers[0]!.base = '1';
		store.save(NOW);
		expect(store.canSave).toBe(false);
		expect(store.storageMessage).toMatch(/not letting the page save/);
	});

	it('reports a full storage, then clears the message after a good save', () => {
		const { fake, store } = setup();
		store.load();
		fake.mode = 'full';
		store.offers[0]!.base = '1';
		store.save(NOW);
		expect(store.storageMessage).toMatch(/full/);
		fake.mode = 'ok';
		store.offers[0]!.base = '2';
		store.save(NOW + 1);
		expect(store.storageMessage).toBeNull();
	});

	it('shows what another tab saved, and ignores other keys and bad values', () => {
		const { store } = setup();
		store.load();
		const other = parsed({ offers: [{ ...acme, name: 'From the other tab' }] });
		store.storageEvent({ key: 'something-else', newValue: '{}' });
		store.storageEvent({ key: SCENARIO_KEY, newValue: '{broken' });
		expect(store.isExample).toBe(true);
		const text = JSON.stringify({
			savedAt: NOW,
			currentOffer: 0,
			scenario: JSON.parse(exportScenarioJson(other))
		});
		store.storageEvent({ key: SCENARIO_KEY, newValue: text });
		expect(names(store)).toEqual(['From the other tab']);
		expect(store.currentIndex).toBe(0);
		expect(store.syncMessage).toMatch(/changed in another tab/);
	});

	it('says when another tab replaced what was still being typed here', () => {
		const { fake, store } = setup(parsed({ offers: [acme] }));
		store.load();
		store.offers[0]!.base = '150,0';
		store.storageEvent(otherTabSaves(fake, parsed({ offers: [{ ...acme, base: '160000' }] })));
		expect(store.offers[0]?.base).toBe('160000');
		expect(store.syncMessage).toMatch(/not finished typing or saved here was replaced/);
	});

	it('clears the note about another tab once this tab saves its own edit', () => {
		const { fake, store } = setup(parsed({ offers: [acme] }));
		store.load();
		store.storageEvent(otherTabSaves(fake, parsed({ offers: [{ ...acme, base: '160000' }] })));
		expect(store.syncMessage).not.toBeNull();
		store.offers[0]!.base = '170000';
		store.save(NOW + 1);
		expect(store.syncMessage).toBeNull();
	});

	it('follows what storage holds, not an older event, when two tabs save at once', () => {
		// Given tab A saved, then tab B saved its own edit before A's event reached it
		const { fake, store: tabB } = setup(parsed({ offers: [acme] }));
		tabB.load();
		const fromTabA = otherTabSaves(fake, parsed({ offers: [{ ...acme, base: '160000' }] }));
		tabB.offers[0]!.base = '200000';
		tabB.save(NOW + 2);
		// When tab A's (now older) event reaches tab B
		tabB.storageEvent(fromTabA);
		// Then tab B keeps the last write, which tab A will show when B's event reaches it
		expect(tabB.offers[0]?.base).toBe('200000');
		expect(tabB.syncMessage).toBeNull();
	});
});

describe('share links and imports', () => {
	const shared = parsed({ offers: [{ ...acme, name: 'Shared Café 東京' }] });

	it('opens a share link at once over the untouched example', () => {
		const { store } = setup();
		store.load();
		expect(openShareLink(store, encodeShareFragment(shared))).toBe('opened');
		expect(names(store)).toEqual(['Shared Café 東京']);
		expect(store.pendingShared).toBeNull();
	});

	it('asks before replacing the example when something is half-typed in it', () => {
		// The link's reader loads after the page starts: the person may already be typing.
		const { store } = setup();
		store.load();
		store.offers[0]!.base = '175000x';
		expect(openShareLink(store, encodeShareFragment(shared))).toBe('pending');
		expect(store.offers[0]?.base).toBe('175000x');
	});

	it('asks before replacing a saved scenario; rejecting keeps it', () => {
		const { store } = setup(parsed({ offers: [acme] }));
		store.load();
		expect(openShareLink(store, encodeShareFragment(shared))).toBe('pending');
		expect(store.pendingShared?.offers[0]?.name).toBe('Shared Café 東京');
		expect(names(store)).toEqual(['Acme']);
		store.rejectShared();
		expect(store.pendingShared).toBeNull();
		expect(names(store)).toEqual(['Acme']);
	});

	it('replaces the saved scenario when the person accepts', () => {
		const { store } = setup(parsed({ offers: [acme] }));
		store.load();
		openShareLink(store, encodeShareFragment(shared));
		store.acceptShared();
		expect(names(store)).toEqual(['Shared Café 東京']);
		expect(store.pendingShared).toBeNull();
	});

	it('loads the saved scenario first when a link is opened before load()', () => {
		const { store } = setup(parsed({ offers: [acme] }));
		expect(openShareLink(store, encodeShareFragment(shared))).toBe('pending');
		expect(names(store)).toEqual(['Acme']);
	});

	it('asks nothing when the saved scenario is the shared one', () => {
		const { store } = setup(shared);
		store.load();
		expect(openShareLink(store, encodeShareFragment(shared))).toBe('same');
		expect(store.pendingShared).toBeNull();
	});

	it.each([
		['a hash that is not a share link', '#top', 'none', null],
		['a broken share link', '#s=%%%', 'failed', /damaged/]
	])('leaves everything as it was for %s', (_case, hash, outcome, message) => {
		const { store } = setup(parsed({ offers: [acme] }));
		store.load();
		expect(openShareLink(store, hash)).toBe(outcome);
		expect(store.shareMessage ?? null).toEqual(
			message === null ? null : expect.stringMatching(message)
		);
		expect(names(store)).toEqual(['Acme']);
	});

	it('imports a scenario file, or changes nothing and gives the reasons', () => {
		const { store } = setup();
		const bad = JSON.stringify({ offers: [acme, { ...acme, base: 'lots' }] });
		expect(store.applyImport(importScenarioJson(bad))).toEqual({
			ok: false,
			reasons: ['Offer 2, base salary: must be a number, like 150000.']
		});
		expect(store.isExample).toBe(true);
		expect(store.applyImport(importScenarioJson(exportScenarioJson(shared)))).toEqual({ ok: true });
		expect(names(store)).toEqual(['Shared Café 東京']);
	});
});
