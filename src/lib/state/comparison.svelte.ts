/**
 * What the compare page shows, derived from the scenario: every offer projected year by
 * year (always with the household, so every view is ready), its headline figures, who
 * leads in the chosen view and the difference from the current job. Leaving early and the
 * share-price sensitivity are worked out by their sections (state/leaving.ts and
 * SensitivityTable), whose code loads only when they are shown. All arithmetic happens in the
 * engine; this class only decides what to ask it, and recomputes only what a change touches
 * (each piece is its own $derived).
 *
 * A keystroke re-derives every piece, so the pieces remember their work per parsed offer:
 * the draft keeps an unchanged offer's object (scenario-draft.svelte.ts), and one
 * `ProjectionCache` serves the year tables and the share-price sensitivity, so typing in one
 * offer re-projects that offer only.
 */
import {
	differenceFrom,
	headline,
	marketFit,
	ProjectionCache,
	rankOffers,
	regionSchedulesSteps,
	type CompareView,
	type Headline,
	type MarketFit,
	type Offer,
	type Projection,
	type Ranking,
	type SensitivityOptions,
	type YearDifference
} from '$lib/engine';
import type { ScenarioStore } from './scenario.svelte';

/** One offer on the page, with everything computed about it. */
export interface ComparedOffer {
	/** The draft's id (stable across edits), for keys and for the current-job mark. */
	id: string;
	offer: Offer;
	/** The offer's draft has errors; these figures use its last valid values. */
	stale: boolean;
	projection: Projection;
	headline: Headline;
	market: MarketFit | null;
	isCurrent: boolean;
}

export const VIEW_LABELS: Record<CompareView, { label: string; meaning: string }> = {
	total: {
		label: 'Total compensation',
		meaning: 'Pay before tax: base, bonus, sign-on, vested equity, refreshers and other cash.'
	},
	net: {
		label: 'After tax',
		meaning:
			'Take-home pay: taxable pay minus estimated income and payroll taxes for the offer’s tax region (2026 tables). Options are taxed when exercised, so they are left out.'
	},
	purchasingPower: {
		label: 'Purchasing power',
		meaning:
			'Take-home pay in US-average prices: take-home × 100 ÷ the city’s cost-of-living index, so cities can be compared.'
	},
	savings: {
		label: 'Yearly savings',
		meaning:
			'Take-home pay minus your yearly spending, scaled to the city’s cost of living: what is left to save or invest.'
	}
};

export class Comparison {
	view = $state<CompareView>('total');
	/** The month to leave at in the "leaving early" table. */
	leaveMonth = $state(12);

	#store: ScenarioStore;
	#cache = new ProjectionCache();
	/** Memos, not state: written inside $derived, keyed by objects the cache keeps stable. */
	#compared = new WeakMap<Projection, ComparedOffer>();

	constructor(store: ScenarioStore) {
		this.#store = store;
	}

	/** Options every projection shares: the horizon, household and exchange rate. */
	#options = $derived.by(() => {
		const { years, household, fx } = this.#store.scenario;
		return { years, household, fx };
	});

	/**
	 * Whether any offer can be compared: `offers.length > 0` without projecting them, so that
	 * the page can lay out its sections before (and apart from) the arithmetic.
	 */
	hasOffers = $derived.by(() => this.#store.results.some((result) => result.offer !== null));

	offers: ComparedOffer[] = $derived.by(() => {
		const options = this.#options;
		const currentId = this.#store.currentId;
		return this.#store.results.flatMap((result) => {
			const offer = result.offer;
			if (!offer) {
				return [];
			}
			const projection = this.#cache.project(offer, options);
			const isCurrent = result.id === currentId;
			let kept = this.#compared.get(projection);
			// The same object as last time when nothing about it changed, so the page's rows
			// for the offers not being edited have nothing to update.
			if (kept && kept.id === result.id && kept.stale === result.stale) {
				if (kept.isCurrent !== isCurrent) {
					kept = { ...kept, isCurrent };
					this.#compared.set(projection, kept);
				}
				return [kept];
			}
			const summary = headline(projection);
			const compared: ComparedOffer = {
				id: result.id,
				offer,
				stale: result.stale,
				projection,
				headline: summary,
				market: marketFit(
					summary.averageYearlyTotal,
					offer.currency,
					offer.role,
					offer.level,
					offer.location
				),
				isCurrent
			};
			this.#compared.set(projection, compared);
			return [compared];
		});
	});

	/**
	 * The offers' projections one at a time, each after its region's tax tables (made a table
	 * and a line at a time the first time), a `yield` after each step, then `offers` from them:
	 * the page's late sections (src/lib/hydrate-later) run it in short tasks before the results.
	 */
	*prepare(): Generator<void> {
		const options = this.#options;
		for (const result of this.#store.results) {
			if (result.offer) {
				yield* regionSchedulesSteps(result.offer.taxRegion, options.household.filingStatus);
				this.#cache.project(result.offer, options);
				yield;
			}
		}
		void this.offers;
	}

	ranking: Ranking = $derived(
		rankOffers(
			this.offers.map((c) => ({
				name: c.offer.name,
				currency: c.offer.currency,
				projection: c.projection
			})),
			this.view,
			this.#options.fx
		)
	);

	current: ComparedOffer | null = $derived(this.offers.find((c) => c.isCurrent) ?? null);

	/** Each other offer's yearly difference from the current job, by offer id. */
	differences: Record<string, YearDifference[]> = $derived.by(() => {
		const current = this.current;
		const map: Record<string, YearDifference[]> = {};
		if (!current) {
			return map;
		}
		for (const c of this.offers) {
			if (c.id !== current.id) {
				map[c.id] = differenceFrom(
					c.projection,
					c.offer.currency,
					current.projection,
					current.offer.currency,
					this.view,
					this.#options.fx
				);
			}
		}
		return map;
	});

	/**
	 * What the share-price sensitivity needs (SensitivityTable works it out, in the chunk that
	 * loads with it), with the cache the year tables fill, so it re-projects only what changed.
	 */
	sensitivityOptions: SensitivityOptions = $derived({
		...this.#options,
		view: this.view,
		cache: this.#cache
	});
}
