/**
 * The editable draft of a scenario and what the engine makes of it: the first half of the
 * compare page's state (the second, saving and sharing, is `ScenarioStore`, which extends
 * this class). Everything the engine sees is `$derived` from the draft, offer by offer, so
 * one invalid offer never blanks the others, and an invalid offer keeps showing results
 * for its last valid values.
 *
 * The checks (zod, checks.ts) are loaded when the page is first used, not with it: a scenario
 * put in with `replace` is already parsed, so the page draws it without them. A draft edited
 * before they arrive keeps its last valid values, with no verdict yet, and is read again when
 * they come (checks-loader.svelte.ts).
 */
import {
	type Fx,
	type Household,
	type InputIssue,
	type Offer,
	type OfferParse,
	type Scenario
} from '$lib/engine';
import {
	blankDraft,
	draftFromOffer,
	settingsFromScenario,
	type DraftOffer,
	type DraftSettings
} from './draft';
import { checks, startLoadingChecks, whenChecksLoad } from './checks-loader.svelte';
import { isExampleName } from './example';
import type { WorkingCopy } from './working-copy';

export const MAX_OFFERS = 8;

/** What a draft's parse depends on: its text and its place (error paths name it). */
function parseKey(draft: DraftOffer, index: number): string {
	return `${index}|${JSON.stringify(draft)}`;
}

/** What the settings' parse depends on: the text of each of them. */
function settingsKey(settings: DraftSettings): string {
	const { years, filingStatus, annualSpending, GBPUSD } = settings;
	return JSON.stringify([years, filingStatus, annualSpending, GBPUSD]);
}

/** One draft offer and what the engine makes of it. */
export interface OfferResult {
	id: string;
	/** The offer to show results for: this draft's values, or its last valid ones. */
	offer: Offer | null;
	/** The draft's own problems (empty when it parses). */
	errors: InputIssue[];
	/** True when the draft has problems and results show its last valid values. */
	stale: boolean;
}

/** The last removed offer, for "Undo". */
export interface RemovedOffer {
	draft: DraftOffer;
	index: number;
	wasCurrent: boolean;
}

export class ScenarioDraft {
	offers = $state<DraftOffer[]>([]);
	settings = $state<DraftSettings>({
		years: '4',
		filingStatus: 'single',
		annualSpending: '60000',
		GBPUSD: '1.36'
	});
	currentId = $state<string | null>(null);
	lastRemoved = $state<RemovedOffer | null>(null);
	/**
	 * The scenario an imported file replaced, for "Undo" (forgotten by any other replace), with
	 * what was typed over it and not saved yet (working-copy.ts), if anything.
	 */
	beforeImport = $state.raw<{
		scenario: Scenario;
		current: number | null;
		copy: WorkingCopy | null;
	} | null>(null);

	#nextId = 0;
	/**
	 * A memo, not state: what each draft's results fall back to while its text does not parse,
	 * its offer as `replace` put it in or as it was when the person last left a field (`settle`).
	 * A new draft has none until then, so a typo never falls back to a prefix read on the way.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- written inside $derived, so it must not be reactive
	#lastValid = new Map<string, Offer>();
	#lastSettings: { years: number; household: Household; fx: Fx };
	/** The settings a field that does not parse falls back to: see `settle`. */
	#settledSettings: { years: number; household: Household; fx: Fx };
	/** The settings `replace` put in, as the form holds them, and parsed: no check needed. */
	#replaced: { key: string; valid: { years: number; household: Household; fx: Fx } };
	/**
	 * A memo, not state: each draft's last raw input (as JSON, with its place) and its parse.
	 * A keystroke changes one draft, and the others keep their parsed offer, the same object,
	 * so everything remembered about that offer (its projections) stays valid.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- written inside $derived, so it must not be reactive
	#parsed = new Map<string, { key: string; parsed: OfferParse }>();

	/**
	 * `parseOffer` of a draft, reused while the draft's input and place are unchanged; null
	 * while the checks are loading (reading `checks()` runs this again when they arrive).
	 */
	#parse(draft: DraftOffer, index: number): OfferParse | null {
		const key = parseKey(draft, index);
		const memo = this.#parsed.get(draft.id);
		if (memo?.key === key) {
			return memo.parsed;
		}
		const loaded = checks();
		if (!loaded) {
			startLoadingChecks();
			return null;
		}
		const path = `offers.${index}`;
		const read = loaded.parseOffer(loaded.rawFromDraft(draft), path);
		const parsed = read.ok
			? read
			: { ok: false as const, errors: loaded.signIssues(draft, read.errors, path) };
		this.#parsed.set(draft.id, { key, parsed });
		return parsed;
	}

	results: OfferResult[] = $derived.by(() => {
		if (this.#parsed.size > this.offers.length) {
			// Forget removed drafts (an undo parses its draft again).
			const ids = this.offers.map((draft) => draft.id);
			for (const id of this.#parsed.keys()) {
				if (!ids.includes(id)) {
					this.#parsed.delete(id);
				}
			}
		}
		return this.offers.map((draft, i) => {
			const parsed = this.#parse(draft, i);
			if (parsed === null) {
				// No verdict yet (the checks are on their way): the last valid values, no error.
				return {
					id: draft.id,
					offer: this.#lastValid.get(draft.id) ?? null,
					errors: [],
					stale: false
				};
			}
			if (parsed.ok) {
				return { id: draft.id, offer: parsed.offer, errors: [], stale: false };
			}
			const last = this.#lastValid.get(draft.id) ?? null;
			return { id: draft.id, offer: last, errors: parsed.errors, stale: last !== null };
		});
	});

	#settingsParse = $derived.by(() => {
		const { years, filingStatus, annualSpending, GBPUSD } = this.settings;
		if (settingsKey(this.settings) === this.#replaced.key) {
			// As `replace` put them in: parsed already.
			this.#lastSettings = this.#replaced.valid;
			return { errors: [] as InputIssue[], valid: this.#replaced.valid };
		}
		const loaded = checks();
		if (!loaded) {
			// No verdict yet (the checks are on their way): the last valid ones, no error.
			startLoadingChecks();
			return { errors: [] as InputIssue[], valid: this.#lastSettings };
		}
		const { parseFx, parseHousehold, parseYears, typedAmount } = loaded;
		const horizon = parseYears(years);
		const household = parseHousehold(
			{ filingStatus, annualSpending: typedAmount(annualSpending) },
			'household'
		);
		const fx = parseFx({ GBPUSD }, 'fx');
		const errors = [
			...(horizon.ok ? [] : horizon.errors),
			...(household.ok ? [] : household.errors),
			...(fx.ok ? [] : fx.errors)
		];
		// Each setting on its own: a bad spending keeps its settled value, and a new horizon,
		// filing status or exchange rate still applies (ScenarioSettings says which are kept).
		// An unchanged household stays the same object: the projection cache knows it by identity.
		const { household: now } = this.#lastSettings;
		const last = this.#settledSettings;
		const spending = last.household.annualSpending;
		this.#lastSettings = {
			years: horizon.ok ? horizon.years : last.years,
			household: household.ok
				? household.household
				: now.filingStatus === filingStatus && now.annualSpending === spending
					? now
					: { filingStatus, annualSpending: spending },
			fx: fx.ok ? fx.fx : last.fx
		};
		return { errors, valid: this.#lastSettings };
	});

	/** Every problem of the draft, by dotted path (`offers.1.base`, `years`): one message each. */
	fieldErrors: Record<string, string> = $derived.by(() => {
		const map: Record<string, string> = {};
		for (const issue of [...this.#settingsParse.errors, ...this.results.flatMap((r) => r.errors)]) {
			map[issue.path] ??= issue.message;
		}
		return map;
	});

	hasErrors = $derived(Object.keys(this.fieldErrors).length > 0);

	/** The scenario for the engine: every offer with valid (or last valid) values. */
	scenario: Scenario = $derived.by(() => {
		const { years, household, fx } = this.#settingsParse.valid;
		const offers = this.results.flatMap((r) => (r.offer ? [r.offer] : []));
		return { version: 1, years, household, fx, offers };
	});

	/** Index in `scenario.offers` of the current job, or null. */
	currentIndex: number | null = $derived.by(() => {
		const withOffer = this.results.filter((r) => r.offer !== null);
		const index = withOffer.findIndex((r) => r.id === this.currentId);
		return index < 0 ? null : index;
	});

	isExample = $derived(this.offers.some((draft) => isExampleName(draft.name)));
	canAdd = $derived(this.offers.length < MAX_OFFERS);

	constructor(initial: Scenario) {
		this.#lastSettings = this.#settledSettings = {
			years: initial.years,
			household: initial.household,
			fx: initial.fx
		};
		this.#replaced = { key: '', valid: this.#lastSettings };
		this.replace(initial, null);
	}

	#newId(): string {
		this.#nextId += 1;
		return `offer-${this.#nextId}`;
	}

	/**
	 * Replaces the whole draft with a scenario (loaded, imported, shared, from another tab).
	 * `keepIds` keeps each place's draft id: the page then updates its offer cards instead of
	 * building new ones, so the field being typed in keeps the focus (another tab's edit).
	 */
	protected replace(scenario: Scenario, current: number | null, keepIds = false): void {
		const drafts = scenario.offers.map((offer, i) => {
			const id = (keepIds ? this.offers[i]?.id : undefined) ?? this.#newId();
			const draft = draftFromOffer(offer, id);
			this.#lastValid.set(draft.id, offer);
			// The draft of a parsed offer reads back as that offer (state-draft-roundtrip.test.ts),
			// so it is its draft's parse: checking it again would only cost the page start.
			this.#parsed.set(id, { key: parseKey(draft, i), parsed: { ok: true, offer } });
			return draft;
		});
		const valid = { years: scenario.years, household: scenario.household, fx: scenario.fx };
		this.#lastSettings = this.#settledSettings = valid;
		this.offers = drafts;
		this.settings = settingsFromScenario(scenario);
		this.#replaced = { key: settingsKey(this.settings), valid };
		this.currentId = current === null ? null : (drafts[current]?.id ?? null);
		this.lastRemoved = null;
		this.beforeImport = null;
	}

	/**
	 * The person left a field (the page calls this on focusout): what the form shows now becomes
	 * what a field that does not parse falls back to. Not every keystroke: typing "150 000"
	 * reads "150" on the way, and a typo after it must bring back the value from before the
	 * edit, not that prefix (nor save it).
	 */
	settle(): void {
		if (!checks()) {
			// Until they read it, what a field holds is not known: settled when they have.
			whenChecksLoad(() => this.settle());
			return;
		}
		for (const result of this.results) {
			if (result.offer) {
				this.#lastValid.set(result.id, result.offer);
			}
		}
		this.#settledSettings = this.#settingsParse.valid;
	}

	#index(id: string): number {
		return this.offers.findIndex((draft) => draft.id === id);
	}

	/** Adds an empty offer (at most 8); returns its id, or null when full. */
	add(): string | null {
		if (!this.canAdd) {
			return null;
		}
		const draft = blankDraft(this.#newId(), `Offer ${this.offers.length + 1}`);
		this.offers.push(draft);
		return draft.id;
	}

	/** Copies an offer right after it, named "… (copy)"; returns the copy's id, or null. */
	duplicate(id: string): string | null {
		const index = this.#index(id);
		const source = this.offers[index];
		if (!source || !this.canAdd) {
			return null;
		}
		const copy: DraftOffer = { ...$state.snapshot(source), id: this.#newId() };
		copy.name = `${source.name.slice(0, 73)} (copy)`;
		const last = this.#lastValid.get(id);
		if (last) {
			this.#lastValid.set(copy.id, { ...last, name: copy.name });
		}
		this.offers.splice(index + 1, 0, copy);
		return copy.id;
	}

	rename(id: string, name: string): void {
		const draft = this.offers[this.#index(id)];
		if (draft) {
			draft.name = name;
		}
	}

	/** Removes an offer; `undoRemove` puts it back where it was. */
	remove(id: string): void {
		const index = this.#index(id);
		const draft = this.offers[index];
		if (!draft) {
			return;
		}
		const wasCurrent = this.currentId === id;
		this.lastRemoved = { draft: $state.snapshot(draft), index, wasCurrent };
		this.offers.splice(index, 1);
		if (wasCurrent) {
			this.currentId = null;
		}
	}

	undoRemove(): void {
		const removed = this.lastRemoved;
		if (!removed || !this.canAdd) {
			return;
		}
		this.offers.splice(Math.min(removed.index, this.offers.length), 0, removed.draft);
		if (removed.wasCurrent) {
			this.currentId = removed.draft.id;
		}
		this.lastRemoved = null;
	}

	/** Marks one offer as the current job (null: none). Marking it again unmarks it. */
	markCurrent(id: string | null): void {
		this.currentId = id === null || this.currentId === id || this.#index(id) < 0 ? null : id;
	}

	/** Removes the example's offers; an empty offer takes their place if none is left. */
	clearExample(): void {
		this.offers = this.offers.filter((draft) => !isExampleName(draft.name));
		if (this.currentId !== null && this.#index(this.currentId) < 0) {
			this.currentId = null;
		}
		this.lastRemoved = null;
		if (this.offers.length === 0) {
			this.offers.push(blankDraft(this.#newId(), 'Offer 1'));
		}
	}
}
