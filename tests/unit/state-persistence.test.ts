import { describe, expect, it } from 'vitest';
import {
	CHOICES_KEY,
	SCENARIO_KEY,
	SCRIPTS_KEY,
	corruptKey,
	loadChoices,
	loadScenario,
	loadScripts,
	readSaved,
	saveChoices,
	saveScenario,
	saveScripts
} from '$lib/state/persistence';
import { createSafeStorage } from '$lib/state/storage';
import { FakeStorage } from './state-fake-storage';
import { plain } from './state-arbitraries';
import { parsed } from './parsed-scenario';

const scenario = parsed({ offers: [{ name: 'Acme', location: 'austin', base: 150000 }] });
const NOW = 1_767_225_600_000;

function setup(initial: Record<string, string> = {}) {
	const fake = new FakeStorage();
	for (const [key, value] of Object.entries(initial)) {
		fake.data.set(key, value);
	}
	return { fake, storage: createSafeStorage(() => fake) };
}

describe('saveScenario / loadScenario', () => {
	it('saves and loads a scenario, with its time and current offer', () => {
		const { storage } = setup();
		expect(saveScenario(storage, scenario, { currentOffer: 0 }, NOW).ok).toBe(true);
		const loaded = loadScenario(storage, NOW + 1);
		expect(loaded.status).toBe('loaded');
		if (loaded.status === 'loaded') {
			expect(plain(loaded.scenario)).toEqual(plain(scenario));
			expect(loaded.savedAt).toBe(NOW);
			expect(loaded.extras).toEqual({ currentOffer: 0 });
		}
	});

	it('reports an empty storage', () => {
		expect(loadScenario(setup().storage, NOW)).toEqual({ status: 'empty' });
	});

	it('never writes a scenario that does not parse', () => {
		const { fake, storage } = setup({ [SCENARIO_KEY]: 'the last good save' });
		const broken = { ...scenario, years: 99 };
		expect(saveScenario(storage, broken, { currentOffer: null }, NOW)).toMatchObject({
			ok: false,
			reason: 'invalid'
		});
		expect(fake.data.get(SCENARIO_KEY)).toBe('the last good save');
	});

	it.each([
		['text that is not JSON', '{"savedAt":', /not valid JSON/],
		['JSON in another format', '{"offers":[]}', /not in the format this version saves/],
		[
			'a scenario that no longer parses',
			JSON.stringify({
				savedAt: 1,
				scenario: { offers: [{ name: 'Acme', location: 'mars', base: 1 }] }
			}),
			/Offer 1, location: must be one of/
		]
	])('moves aside %s, keeps it, and says so', (_case, text, why) => {
		const { fake, storage } = setup({ [SCENARIO_KEY]: text });
		const loaded = loadScenario(storage, NOW);
		const keptAt = `${SCENARIO_KEY}:corrupt:${NOW}`;
		expect(loaded).toMatchObject({ status: 'corrupt', keptAt });
		expect(loaded.status === 'corrupt' && loaded.message).toMatch(why);
		expect(loaded.status === 'corrupt' && loaded.message).toContain(keptAt);
		expect(fake.data.get(keptAt)).toBe(text);
		expect(fake.data.has(SCENARIO_KEY)).toBe(false);
	});

	it('never overwrites an earlier corrupt copy, even in the same millisecond', () => {
		const first = `${SCENARIO_KEY}:corrupt:${NOW}`;
		const { fake, storage } = setup({ [first]: 'older', [SCENARIO_KEY]: 'newer' });
		expect(loadScenario(storage, NOW)).toMatchObject({ keptAt: `${first}-1` });
		expect(fake.data.get(first)).toBe('older');
		expect(fake.data.get(`${first}-1`)).toBe('newer');
	});

	it('leaves a corrupt save in place when it cannot be copied (storage full)', () => {
		const { fake, storage } = setup({ [SCENARIO_KEY]: 'not json' });
		fake.mode = 'full';
		const loaded = loadScenario(storage, NOW);
		expect(loaded).toMatchObject({ status: 'corrupt', keptAt: null });
		expect(fake.data.get(SCENARIO_KEY)).toBe('not json');
	});

	it('reports unavailable storage without throwing', () => {
		const storage = createSafeStorage(() => undefined);
		expect(loadScenario(storage, NOW).status).toBe('unavailable');
		expect(saveScenario(storage, scenario, { currentOffer: null }, NOW)).toMatchObject({
			ok: false,
			reason: 'unavailable'
		});
	});

	it('reports a full storage on save', () => {
		const { fake, storage } = setup();
		fake.quotaChars = 50;
		expect(saveScenario(storage, scenario, { currentOffer: null }, NOW)).toMatchObject({
			ok: false,
			reason: 'quota'
		});
	});

	it.each([
		[5, null],
		[0, 0],
		[-1, 'refused']
	])('readSaved keeps a current offer index %i only when it exists (→ %s)', (index, expected) => {
		const offers = [{ name: 'A', location: 'austin', base: 1 }];
		const saved = readSaved(
			JSON.stringify({ savedAt: NOW, currentOffer: index, scenario: { offers } })
		);
		expect(saved.ok ? saved.extras.currentOffer : 'refused').toBe(expected);
	});
});

describe('saveScripts / loadScripts', () => {
	it('saves and loads script edits keyed by offer name, even "__proto__"', () => {
		const { storage } = setup();
		const scripts = new Map([
			['Acme', { email: 'Hi, thanks for the offer…', call: 'Thank you…' }],
			['__proto__', { email: 'e', call: 'c' }]
		]);
		expect(saveScripts(storage, scripts).ok).toBe(true);
		const loaded = loadScripts(storage, NOW);
		expect(loaded.message).toBeNull();
		expect([...loaded.scripts]).toEqual([...scripts]);
		expect(Object.prototype).not.toHaveProperty('email');
	});

	it('keeps an edit of one script alone, with the generated text it started from', () => {
		// Given the email edited, the call script not
		const { storage } = setup();
		const scripts = new Map([['Acme', { email: 'My words', emailFrom: 'Generated words' }]]);
		// When it is saved and loaded again
		expect(saveScripts(storage, scripts).ok).toBe(true);
		const loaded = loadScripts(storage, NOW);
		// Then the call script has no edit (it stays generated) and the email keeps its origin
		expect(loaded.message).toBeNull();
		expect(loaded.scripts.get('Acme')).toEqual({ email: 'My words', emailFrom: 'Generated words' });
	});

	it('starts empty when nothing is saved', () => {
		expect(loadScripts(setup().storage, NOW)).toEqual({ scripts: new Map(), message: null });
	});

	it.each([
		['not JSON', '{'],
		['a wrong shape', JSON.stringify({ Acme: { email: 1 } })]
	])('keeps aside script edits that are %s', (_case, text) => {
		const { fake, storage } = setup({ [SCRIPTS_KEY]: text });
		const loaded = loadScripts(storage, NOW);
		expect(loaded.scripts.size).toBe(0);
		expect(loaded.message).toContain(`${SCRIPTS_KEY}:corrupt:${NOW}`);
		expect(fake.data.get(`${SCRIPTS_KEY}:corrupt:${NOW}`)).toBe(text);
	});

	it('refuses to save a script over 50,000 characters', () => {
		const { storage } = setup();
		const scripts = new Map([['Acme', { email: 'x'.repeat(50_001), call: '' }]]);
		expect(saveScripts(storage, scripts)).toMatchObject({ ok: false, reason: 'invalid' });
	});
});

describe('the negotiate page’s choices', () => {
	const choices = {
		offer: 'Acme',
		stance: 'ambitious',
		forfeited: '45,500',
		disclose: false
	} as const;

	it('come back as they were saved', () => {
		const { storage } = setup();
		expect(saveChoices(storage, choices).ok).toBe(true);
		expect(loadChoices(storage, 1000)).toEqual({ choices, message: null });
	});

	it('keep the competing offer typed on the page, as typed', () => {
		const { storage } = setup();
		const extra = {
			name: 'Gamma <b>Robotics</b>',
			location: 'london',
			base: '600k',
			bonusPct: '',
			grant: '1,000'
		} as const;
		expect(saveChoices(storage, { ...choices, extra }).ok).toBe(true);
		expect(loadChoices(storage, 1000).choices?.extra).toEqual(extra);
	});

	it('refuse a competing offer in a city the page does not know', () => {
		const { storage } = setup();
		const extra = { name: 'G', location: 'paris', base: '1', bonusPct: '', grant: '' };
		storage.set(CHOICES_KEY, JSON.stringify({ version: 1, ...choices, extra }));
		expect(loadChoices(storage, 1000).choices).toBeNull();
	});

	it('start from the defaults when none are saved', () => {
		expect(loadChoices(setup().storage, 1000)).toEqual({ choices: null, message: null });
	});

	it('are kept aside when they cannot be read, and the page says so', () => {
		const { storage } = setup();
		storage.set(CHOICES_KEY, '{"version":1,"stance":"bold"}');
		const loaded = loadChoices(storage, 1000);
		expect(loaded.choices).toBeNull();
		expect(loaded.message).toContain('could not be opened');
		expect(storage.get(CHOICES_KEY)).toEqual({ ok: true, value: null });
		expect(storage.get(corruptKey(CHOICES_KEY, 1000))).toEqual({
			ok: true,
			value: '{"version":1,"stance":"bold"}'
		});
	});

	it('are not saved when they do not fit the schema', () => {
		const { storage } = setup();
		expect(saveChoices(storage, { ...choices, forfeited: '9'.repeat(41) }).ok).toBe(false);
		expect(storage.get(CHOICES_KEY)).toEqual({ ok: true, value: null });
	});
});
