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
	type Offer,
	type Scenario
} from '$lib/engine';
import type { DraftOffer, DraftSettings } from './draft';
import { readSave, scenarioJson, type SaveResult } from './persistence';
import { WORKING_KEY } from './saved-scenario';
import type { SafeStorage } from './storage';

/** One draft as kept, without its id (a load gives it a new one). */
export type KeptDraft = Omit<DraftOffer, 'id'>;

export interface WorkingCopy {
	/**
	 * The scenario file (as `scenarioJson` writes it) of the save this copy was typed over, or
	 * null when nothing valid was there to save (every offer still being typed).
	 */
	basedOn: string | null;
	/** Every draft, in order; `kept` says it has an offer in that scenario (its last valid). */
	offers: { draft: KeptDraft; kept: boolean }[];
	settings: DraftSettings;
	/** Index in `offers` of the current job, or null. */
	current: number | null;
}

/** A typed field: what a text box may hold (the parsers refuse anything longer anyway). */
const text = () => z.string().check(z.maxLength(200));
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
		basedOn: z.nullable(z.string().check(z.maxLength(200_000))),
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
	scenario: Scenario;
	/** Adds an empty draft at the end; its id, or null when the form is full. */
	add(): string | null;
}

/** The form holds something the save does not: a draft or setting that does not parse yet. */
export function isUnfinished(form: Pick<FormState, 'results' | 'hasErrors'>): boolean {
	return form.hasErrors || form.results.some((result) => result.offer === null);
}

/**
 * The working copy of a form, or null when the save holds all of it: every draft and setting
 * parses (so each draft reads back from its offer).
 *
 * @example workingCopyOf(store, store.scenario) // { basedOn: '{"version":1,…}', offers, … }
 */
export function workingCopyOf(form: FormState, scenario: Scenario): WorkingCopy | null {
	// With no offer at all there is nothing typed worth a copy (a bad setting alone is not).
	if (!isUnfinished(form) || form.offers.length === 0) {
		return null;
	}
	const at = form.offers.findIndex((draft) => draft.id === form.currentId);
	return {
		basedOn: scenario.offers.length > 0 ? scenarioJson(scenario) : null,
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
 * Writes the form's working copy if it changed since `last` (its JSON, '' for none, undefined
 * when not known yet), or removes it once the save holds everything; returns what is stored.
 *
 * @example store.workingJson = syncWorkingCopy(storage, store, store.scenario, store.workingJson)
 */
export function syncWorkingCopy(
	storage: SafeStorage,
	form: FormState,
	scenario: Scenario,
	last: string | undefined
): string | undefined {
	const copy = workingCopyOf(form, scenario);
	const json = copy === null ? '' : JSON.stringify(copy);
	if (json === last) {
		return last;
	}
	return saveWorkingCopy(storage, copy).ok ? json : last;
}

/**
 * Puts back the working copy in storage, when it was typed over the scenario now on the form
 * (or over no valid offer at all); returns a sentence when it could not be read. The drafts
 * it marks as kept are the form's own drafts of that scenario, in order, with their last
 * valid values; the others are added, and every draft gets its text back.
 *
 * @example restoreWorkingCopy(store, storage, Date.now()) // null
 */
export function restoreWorkingCopy(
	form: FormState,
	storage: SafeStorage,
	now: number
): string | null {
	const { copy, message } = loadWorkingCopy(storage, now);
	const on = copy?.basedOn ?? null;
	if (!copy || (on !== null && on !== scenarioJson(form.scenario))) {
		return message;
	}
	// Over no valid offer, the form's drafts (the example, or an older save) are not the copy's.
	if (on === null) {
		form.offers = [];
	}
	const kept = [...form.offers];
	const drafts = copy.offers.flatMap(({ draft, kept: hasOffer }) => {
		const own = hasOffer ? kept.shift() : undefined;
		const id = own?.id ?? form.add();
		const target = own ?? form.offers.find((d) => d.id === id);
		return target ? [Object.assign(target, draft)] : [];
	});
	form.offers = drafts;
	form.settings = copy.settings;
	form.currentId = copy.current === null ? null : (drafts[copy.current]?.id ?? null);
	return message;
}
