/**
 * The working copy: the form as the person left it, when it holds more than the save does.
 *
 * Why: the autosave writes only a scenario that parses (persistence.ts), so an offer still
 * being typed (no location yet, say) is in no save at all, and an edit that does not parse
 * yet is saved as the offer's last valid values. A reload, a closed tab or a phone that
 * discards the page in the background lost that typing. The working copy keeps it: every
 * draft's text, the settings' text and the current job, beside the save it was typed over,
 * and a load puts it back on top of that same save (never on top of another: a save written
 * since, by another tab or an import, wins, as it would without the working copy).
 *
 * Checked by zod like every other save, and kept aside, not deleted, when it does not read.
 */
import * as z from 'zod/mini';
import {
	LEVEL_IDS,
	LOCATION_IDS,
	ROLE_IDS,
	TAX_REGION_IDS,
	VESTING_PRESET_IDS,
	type Offer
} from '$lib/engine';
import type { DraftOffer, DraftSettings } from './draft';
import { readSave, type SaveResult } from './persistence';
import { SCENARIO_KEY, WORKING_KEY } from './saved-scenario';
import type { SafeStorage } from './storage';

/** One draft as kept, without its id (a load gives it a new one). */
export type KeptDraft = Omit<DraftOffer, 'id'>;

export interface WorkingCopy {
	/**
	 * The save this copy was typed over, word for word as storage held it, or null when there
	 * was none. A load restores the copy only over that very save: any save written since (by
	 * another tab, an import, a share link) wins, as it would without the copy.
	 */
	basedOn: string | null;
	/** Every draft, in order; `kept` says it has an offer in that scenario (its last valid). */
	offers: { draft: KeptDraft; kept: boolean }[];
	settings: DraftSettings;
	/** Index in `offers` of the current job, or null. */
	current: number | null;
}

/** A typed field: longer than any text box needs, so that a long paste is kept too. */
const text = () => z.string().check(z.maxLength(10_000));
const choice = <T extends string>(ids: readonly T[]) => z.enum(['', ...ids]);
const texts = () => z.array(text()).check(z.maxLength(10));

let schema: ReturnType<typeof buildSchema> | undefined;

function buildSchema() {
	const draft = z.object({
		name: text(),
		role: choice(ROLE_IDS),
		level: choice(LEVEL_IDS),
		location: choice(LOCATION_IDS),
		currency: z.enum(['', 'USD', 'GBP']),
		colIndex: text(),
		taxRegion: choice(TAX_REGION_IDS),
		base: text(),
		raisePct: text(),
		bonusPct: text(),
		signOn: texts(),
		relocation: text(),
		otherAnnual: text(),
		retirementMatchPct: text(),
		equity: z.object({
			type: z.enum(['none', 'rsu', 'options']),
			grant: text(),
			refresh: text(),
			shares: text(),
			strike: text(),
			price: text(),
			growthPct: text(),
			successPct: text(),
			vesting: z.object({
				preset: z.enum([...VESTING_PRESET_IDS, 'custom']),
				yearly: texts(),
				cliffMonths: text(),
				every: text()
			})
		})
	});
	return z.object({
		version: z.literal(1),
		basedOn: z.nullable(z.string().check(z.maxLength(1_000_000))),
		offers: z.array(z.object({ draft, kept: z.boolean() })).check(z.minLength(1), z.maxLength(8)),
		settings: z.object({
			years: text(),
			filingStatus: z.enum(['single', 'married']),
			annualSpending: text(),
			GBPUSD: text()
		}),
		current: z.nullable(z.number().check(z.int(), z.nonnegative()))
	});
}

/** The form, as the working copy reads and restores it (ScenarioDraft's public side). */
export interface FormState {
	offers: DraftOffer[];
	results: readonly { offer: Offer | null }[];
	settings: DraftSettings;
	currentId: string | null;
	hasErrors: boolean;
	/** Adds an empty draft at the end; its id, or null when the form is full. */
	add(): string | null;
}

/** The form holds something the save does not: a draft or setting that does not parse yet. */
export function isUnfinished(form: Pick<FormState, 'results' | 'hasErrors'>): boolean {
	return form.hasErrors || form.results.some((result) => result.offer === null);
}

/** The save in storage, word for word (null when there is none or it cannot be read). */
function savedText(storage: SafeStorage): string | null {
	const read = storage.get(SCENARIO_KEY);
	return read.ok ? read.value : null;
}

/**
 * The working copy of a form, typed over the save `storage` holds now, or null when the save
 * holds all of it: every draft and setting parses (so each draft reads back from its offer).
 *
 * @example workingCopyOf(store, storage) // { basedOn: '{"savedAt":…}', offers, settings, current }
 */
export function workingCopyOf(form: FormState, storage: SafeStorage): WorkingCopy | null {
	// With no offer at all there is nothing typed worth a copy (a bad setting alone is not).
	if (!isUnfinished(form) || form.offers.length === 0) {
		return null;
	}
	const at = form.offers.findIndex((draft) => draft.id === form.currentId);
	return {
		basedOn: savedText(storage),
		// The drafts as they are now (the form's own objects are reactive proxies): JSON holds
		// only strings, so a round trip copies them exactly.
		offers: form.offers.map(({ id: _id, ...draft }, i) => ({
			draft: JSON.parse(JSON.stringify(draft)) as KeptDraft,
			kept: (form.results[i]?.offer ?? null) !== null
		})),
		settings: { ...form.settings },
		current: at < 0 ? null : at
	};
}

/**
 * Writes the working copy, or removes it (null). Checked with the schema that reads it.
 *
 * @example saveWorkingCopy(storage, null) // { ok: true, json: '' }
 */
export function saveWorkingCopy(storage: SafeStorage, copy: WorkingCopy | null): SaveResult {
	if (copy === null) {
		const removed = storage.remove(WORKING_KEY);
		return removed.ok ? { ok: true, json: '' } : removed;
	}
	const file = { version: 1 as const, ...copy };
	if (!(schema ??= buildSchema()).safeParse(file).success) {
		return { ok: false, reason: 'invalid', message: 'The unfinished edits cannot be saved.' };
	}
	const json = JSON.stringify(file);
	const written = storage.set(WORKING_KEY, json);
	return written.ok ? { ok: true, json } : written;
}

/**
 * Reads the working copy: null when there is none. One that does not read is kept aside like
 * a corrupt save, and said so.
 *
 * @example loadWorkingCopy(storage, Date.now()).copy?.offers.length // 3
 */
export function loadWorkingCopy(
	storage: SafeStorage,
	now: number
): { copy: WorkingCopy | null; message: string | null } {
	const read = readSave(
		storage,
		WORKING_KEY,
		(data) => (schema ??= buildSchema()).safeParse(data),
		now
	);
	if (read.status === 'none') {
		return { copy: null, message: null };
	}
	if (read.status === 'unreadable') {
		return {
			copy: null,
			message:
				'Your unfinished edits could not be opened, so the page shows your last saved scenario.' +
				(read.keptAt === null ? '' : ` They were kept aside under “${read.keptAt}”.`)
		};
	}
	const { basedOn, offers, settings, current } = read.data;
	return { copy: { basedOn, offers, settings, current }, message: null };
}

/**
 * Keeps the working copy in step with the form, after the autosave: written when it changed
 * since `last` (the text this tab last wrote or restored; undefined when not known), removed
 * once the save holds everything. Returns the text now stored for this tab.
 *
 * A copy this tab did not write (another tab's half-typed work, written since) is not removed:
 * it is that tab's to remove. One that cannot be written (storage full) takes the stale one
 * with it, so a reload never brings back an older copy than the form showed.
 *
 * @example store.workingJson = syncWorkingCopy(storage, store, store.workingJson)
 */
export function syncWorkingCopy(
	storage: SafeStorage,
	form: FormState,
	last: string | undefined
): string | undefined {
	const copy = workingCopyOf(form, storage);
	const json = copy === null ? '' : JSON.stringify({ version: 1, ...copy });
	if (json === last) {
		return last;
	}
	const stored = storage.get(WORKING_KEY);
	const theirs = stored.ok && stored.value !== null && last !== undefined && stored.value !== last;
	if (copy === null && theirs) {
		return last;
	}
	if (saveWorkingCopy(storage, copy).ok) {
		return json;
	}
	storage.remove(WORKING_KEY);
	return '';
}

/**
 * Puts back the working copy in storage when it was typed over the very save now loaded (or,
 * with none saved, over the page as it starts); returns the copy's text (undefined when none
 * was restored) and a sentence when it could not be read. The drafts it marks as kept are the
 * form's own drafts of that scenario, in order, with their last valid values; the others are
 * added, and every draft gets its text back.
 *
 * @example restoreWorkingCopy(store, storage, Date.now()) // { json: '{"version":1,…}', message: null }
 */
export function restoreWorkingCopy(
	form: FormState,
	storage: SafeStorage,
	now: number
): { json: string | undefined; message: string | null } {
	const { copy, message } = loadWorkingCopy(storage, now);
	if (!copy || copy.basedOn !== savedText(storage)) {
		return { json: undefined, message };
	}
	applyWorkingCopy(form, copy);
	const restored = storage.get(WORKING_KEY);
	return { json: restored.ok ? (restored.value ?? undefined) : undefined, message };
}

/**
 * Puts a working copy's drafts, settings and current job on the form, over the scenario it was
 * typed over (which the form shows): the drafts marked as kept are the form's own, in order.
 *
 * @example applyWorkingCopy(store, copy) // what `restoreWorkingCopy` and an undone import do
 */
export function applyWorkingCopy(form: FormState, copy: WorkingCopy): void {
	const kept = [...form.offers];
	form.offers = [];
	for (const { draft, kept: hasOffer } of copy.offers) {
		const own = hasOffer ? kept.shift() : undefined;
		if (own) {
			form.offers.push(own);
		} else if (form.add() === null) {
			continue;
		}
		Object.assign(form.offers[form.offers.length - 1] ?? {}, draft);
	}
	form.settings = copy.settings;
	form.currentId = copy.current === null ? null : (form.offers[copy.current]?.id ?? null);
}
