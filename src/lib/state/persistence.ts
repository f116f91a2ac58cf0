/**
 * Saving and loading in the browser, without ever losing work: only a scenario that parses
 * is written, and a save that no longer parses (an old version, a hand edit, a bug) is not
 * overwritten but moved aside under its own key, where it stays until the person deletes it.
 * Pure helpers over a `SafeStorage`: the caller passes the time, these never read a clock.
 */
import * as z from 'zod/mini';
import { LOCATION_IDS, parseScenario, type LocationId, type Scenario } from '$lib/engine';
import { serializeScenario } from '$lib/engine/serialize';
import { describeIssues } from './issue-words';
import { SCENARIO_KEY, SCRIPTS_KEY, corruptKey, type SavedExtras } from './saved-scenario';
import type { SafeStorage } from './storage';

export { SCENARIO_KEY, SCRIPTS_KEY, corruptKey, type SavedExtras } from './saved-scenario';

/** The negotiate page's choices (loadChoices); only that page reads them. */
export const CHOICES_KEY = 'counteroffer:negotiation:v1';

/**
 * A value built on its first use. zod builds every part of a schema when it is declared, and
 * a first visit, with nothing saved, never reads a save: the page start need not pay for it.
 */
function onFirstUse<T>(build: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= build());
}

const envelopeSchema = onFirstUse(() =>
	z.object({
		savedAt: z.number(),
		scenario: z.unknown(),
		currentOffer: z.optional(z.nullable(z.number().check(z.int(), z.nonnegative())))
	})
);

export type LoadResult =
	| { status: 'empty' }
	| { status: 'loaded'; scenario: Scenario; savedAt: number; extras: SavedExtras; json: string }
	| {
			status: 'corrupt';
			/** The key the unreadable save was moved to; null when moving it failed. */
			keptAt: string | null;
			message: string;
	  }
	| { status: 'unavailable'; message: string };

export type SaveResult =
	| { ok: true; json: string }
	| { ok: false; reason: 'invalid' | 'unavailable' | 'quota' | 'error'; message: string };

/**
 * The scenario file of a scenario, the form that is compared and written. Two scenarios
 * are "the same" for saving purposes when this text is equal.
 *
 * @example scenarioJson(a) === scenarioJson(b)
 */
export function scenarioJson(scenario: Scenario): string {
	return JSON.stringify(serializeScenario(scenario));
}

/**
 * Copies `text` to a fresh corrupt key (never overwriting an earlier one: a suffix is added
 * if two loads happen in the same millisecond), then removes the original.
 */
function keepAside(storage: SafeStorage, key: string, text: string, now: number): string | null {
	const existing = new Set(storage.keys());
	let target = corruptKey(key, now);
	for (let n = 1; existing.has(target); n++) {
		target = `${corruptKey(key, now)}-${n}`;
	}
	if (!storage.set(target, text).ok) {
		return null;
	}
	// Only once the copy is safe is the original removed, so nothing is ever lost.
	storage.remove(key);
	return target;
}

function corrupt(storage: SafeStorage, text: string, now: number, why: string): LoadResult {
	const keptAt = keepAside(storage, SCENARIO_KEY, text, now);
	const kept =
		keptAt === null
			? 'It was left where it is, and saving is paused so it is not overwritten; export your work to keep it.'
			: `It was kept aside in this browser’s storage under “${keptAt}”, not deleted.`;
	return {
		status: 'corrupt',
		keptAt,
		message: `Your saved scenario could not be opened (${why}), so the page starts fresh. ${kept}`
	};
}

/** A save read back: the scenario, or why it cannot be used. */
export type SavedRead =
	| { ok: true; scenario: Scenario; savedAt: number; extras: SavedExtras; json: string }
	| { ok: false; why: string };

/**
 * Reads the text of a save (from storage, or from another tab's `storage` event).
 *
 * @example readSaved(localStorage.getItem(SCENARIO_KEY) ?? '') // { ok: true, scenario, ... }
 */
export function readSaved(text: string): SavedRead {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, why: 'it is not valid JSON' };
	}
	const envelope = envelopeSchema().safeParse(data);
	if (!envelope.success) {
		return { ok: false, why: 'it is not in the format this version saves' };
	}
	const parsed = parseScenario(envelope.data.scenario);
	if (!parsed.ok) {
		return { ok: false, why: describeIssues(parsed.errors, 2).replace(/\.$/, '') };
	}
	const current = envelope.data.currentOffer ?? null;
	return {
		ok: true,
		scenario: parsed.scenario,
		savedAt: envelope.data.savedAt,
		extras: {
			currentOffer: current !== null && current < parsed.scenario.offers.length ? current : null
		},
		json: scenarioJson(parsed.scenario)
	};
}

/**
 * Loads the saved scenario. A save that does not parse is moved aside (see `keepAside`)
 * and reported in a sentence; `now` names its key.
 *
 * @example loadScenario(storage, 1767225600000) // { status: 'loaded', scenario, savedAt, ... }
 */
export function loadScenario(storage: SafeStorage, now: number): LoadResult {
	const read = storage.get(SCENARIO_KEY);
	if (!read.ok) {
		return { status: 'unavailable', message: read.message };
	}
	if (read.value === null) {
		return { status: 'empty' };
	}
	const saved = readSaved(read.value);
	if (!saved.ok) {
		return corrupt(storage, read.value, now, saved.why);
	}
	const { scenario, savedAt, extras, json } = saved;
	return { status: 'loaded', scenario, savedAt, extras, json };
}

/**
 * Saves a scenario, but only one that reads back: the file is parsed again before it is
 * written, so a bug elsewhere can never replace a good save with a bad one.
 *
 * @example saveScenario(storage, scenario, { currentOffer: null }, 1767225600000) // { ok: true, json }
 */
export function saveScenario(
	storage: SafeStorage,
	scenario: Scenario,
	extras: SavedExtras,
	savedAt: number
): SaveResult {
	const file = serializeScenario(scenario);
	if (!parseScenario(file).ok) {
		return {
			ok: false,
			reason: 'invalid',
			message: 'The scenario has a problem, so it was not saved; your last good save is kept.'
		};
	}
	const text = JSON.stringify({ savedAt, currentOffer: extras.currentOffer, scenario: file });
	const written = storage.set(SCENARIO_KEY, text);
	return written.ok ? { ok: true, json: JSON.stringify(file) } : written;
}

/**
 * A negotiate-script edit, per offer: the person's own wording of the email and of the call,
 * each only once edited (the other stays generated, and follows the ask). `emailFrom` and
 * `callFrom` hold the generated text the edit started from, so the page can say when the ask
 * has changed since (edits saved before these existed have none).
 */
export interface ScriptEdit {
	email?: string;
	call?: string;
	emailFrom?: string;
	callFrom?: string;
}

const scriptText = () => z.string().check(z.maxLength(50_000));

/** Stored as a list, not an object keyed by name, so an offer named "__proto__" is harmless. */
const scriptsSchema = onFirstUse(() =>
	z.object({
		version: z.literal(1),
		entries: z
			.array(
				z.object({
					offer: z.string().check(z.minLength(1), z.maxLength(80)),
					email: z.optional(scriptText()),
					call: z.optional(scriptText()),
					emailFrom: z.optional(scriptText()),
					callFrom: z.optional(scriptText())
				})
			)
			.check(z.maxLength(64))
	})
);

export type ScriptsLoad = { scripts: Map<string, ScriptEdit>; message: string | null };

/** What `readSave` found under a key. */
type SaveRead<T> =
	| { status: 'none'; message: string | null }
	| { status: 'unreadable'; keptAt: string | null }
	| { status: 'read'; data: T };

/**
 * Reads a save that is JSON checked by `check` (a schema's safeParse): 'none' when nothing is
 * saved or storage cannot be read (with storage's message), 'unreadable' when it does not
 * parse, after keeping it aside like a corrupt scenario, else its data.
 */
export function readSave<T>(
	storage: SafeStorage,
	key: string,
	check: (data: unknown) => { success: true; data: T } | { success: false },
	now: number
): SaveRead<T> {
	const read = storage.get(key);
	if (!read.ok || read.value === null) {
		return { status: 'none', message: read.ok ? null : read.message };
	}
	let data: unknown;
	try {
		data = JSON.parse(read.value);
	} catch {
		data = undefined;
	}
	const parsed = check(data);
	return parsed.success
		? { status: 'read', data: parsed.data }
		: { status: 'unreadable', keptAt: keepAside(storage, key, read.value, now) };
}

/**
 * Loads the script edits, keyed by offer name. Unreadable edits are kept aside like a
 * corrupt scenario and the page starts with none.
 *
 * @example loadScripts(storage, now).scripts.get('Acme')?.email
 */
export function loadScripts(storage: SafeStorage, now: number): ScriptsLoad {
	const read = readSave(storage, SCRIPTS_KEY, (data) => scriptsSchema().safeParse(data), now);
	if (read.status === 'none') {
		return { scripts: new Map(), message: read.message };
	}
	if (read.status === 'unreadable') {
		return {
			scripts: new Map(),
			message:
				'Your edited negotiation scripts could not be opened, so the page shows fresh ones.' +
				(read.keptAt === null ? '' : ` The old text was kept aside under “${read.keptAt}”.`)
		};
	}
	return {
		scripts: new Map(read.data.entries.map(({ offer, ...edit }) => [offer, edit])),
		message: null
	};
}

/**
 * Saves the script edits (validated with the same schema that loads them).
 *
 * @example saveScripts(storage, new Map([['Acme', { email: 'Hi…', call: 'Thanks…' }]]))
 */
export function saveScripts(
	storage: SafeStorage,
	scripts: ReadonlyMap<string, ScriptEdit>
): SaveResult {
	const file = {
		version: 1 as const,
		entries: [...scripts].map(([offer, edit]) => ({ offer, ...edit }))
	};
	if (!scriptsSchema().safeParse(file).success) {
		return {
			ok: false,
			reason: 'invalid',
			message: 'These scripts are too long to save (at most 50,000 characters each, 64 offers).'
		};
	}
	const text = JSON.stringify(file);
	const written = storage.set(SCRIPTS_KEY, text);
	return written.ok ? { ok: true, json: text } : written;
}

/** The competing offer typed on the negotiate page itself, as its fields hold it. */
export interface ExtraOfferFields {
	name: string;
	location: LocationId;
	base: string;
	bonusPct: string;
	grant: string;
}

/** What the negotiate page was set to: the offer negotiated (by name), stance, forfeit, naming. */
export interface NegotiationChoices {
	offer: string;
	stance: 'conservative' | 'balanced' | 'ambitious';
	/** As typed: the page reads it, and says when it cannot. */
	forfeited: string;
	disclose: boolean;
	/** Absent in choices saved before the page kept it. */
	extra?: ExtraOfferFields;
}

const choicesSchema = onFirstUse(() => {
	// Longer than any field needs: a long paste must not stop the other choices from saving.
	const typed = z.string().check(z.maxLength(1000));
	return z.object({
		version: z.literal(1),
		offer: z.string().check(z.maxLength(80)),
		stance: z.enum(['conservative', 'balanced', 'ambitious']),
		forfeited: z.string().check(z.maxLength(40)),
		disclose: z.boolean(),
		extra: z.optional(
			z.object({
				name: typed,
				location: z.enum(LOCATION_IDS),
				base: typed,
				bonusPct: typed,
				grant: typed
			})
		)
	});
});

/**
 * Loads the negotiate page's choices: null when none are saved or storage cannot be read.
 * Unreadable ones are kept aside like a corrupt scenario, and the page starts from its defaults.
 *
 * @example loadChoices(storage, now).choices?.stance // 'ambitious'
 */
export function loadChoices(
	storage: SafeStorage,
	now: number
): { choices: NegotiationChoices | null; message: string | null } {
	const read = readSave(storage, CHOICES_KEY, (data) => choicesSchema().safeParse(data), now);
	if (read.status === 'none') {
		return { choices: null, message: null };
	}
	if (read.status === 'unreadable') {
		return {
			choices: null,
			message:
				'Your last negotiation choices could not be opened, so the page starts from its defaults.' +
				(read.keptAt === null ? '' : ` They were kept aside under “${read.keptAt}”.`)
		};
	}
	const { offer, stance, forfeited, disclose, extra } = read.data;
	return {
		choices: { offer, stance, forfeited, disclose, ...(extra ? { extra } : {}) },
		message: null
	};
}

/** Saves the negotiate page's choices (validated with the schema that loads them). */
export function saveChoices(storage: SafeStorage, choices: NegotiationChoices): SaveResult {
	const file = { version: 1 as const, ...choices };
	if (!choicesSchema().safeParse(file).success) {
		return { ok: false, reason: 'invalid', message: 'These choices cannot be saved.' };
	}
	const text = JSON.stringify(file);
	const written = storage.set(CHOICES_KEY, text);
	return written.ok ? { ok: true, json: text } : written;
}
