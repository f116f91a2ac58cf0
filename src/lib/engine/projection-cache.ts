/**
 * Projections remembered per offer, so a page that re-derives everything on a keystroke
 * re-projects only the offer that changed. The share-price sensitivity asks for each offer
 * at many growth rates (a bisection per trailing offer), and without this every question
 * re-projected every offer, taxes included: hundreds of projections for one typed digit.
 *
 * An entry belongs to one parsed offer object (a WeakMap, so offers no longer on the page
 * are forgotten) and one set of settings, compared by identity: a page keeps the same
 * `years`, `household` and `fx` objects until the person edits them. Offers and settings
 * are never changed in place (see schema-offer.ts), so identity is enough.
 */
import { offerWithGrowth } from './offer-growth';
import { projectOffer, type ProjectionSettings } from './project-offer';
import type { Fx, Household, Offer, Projection } from './types';

export type { ProjectionSettings };

interface Entry {
	years: number;
	household: Household | undefined;
	fx: Fx;
	/** By the share price's yearly growth; 'entered' is the offer as given. */
	byGrowth: Map<number | 'entered', Projection>;
}

/** Growth rates kept per offer: a bisection visits a dozen, a sensitivity table seven. */
const MAX_PER_OFFER = 256;

export class ProjectionCache {
	#entries = new WeakMap<Offer, Entry>();

	/**
	 * `project(offer, settings)`, or with the grant's growth replaced by `growthPct`, computed
	 * once per offer, settings and growth. An offer without equity, or asked at the growth it
	 * already has, is the same projection whatever the growth.
	 *
	 * @example
	 * const cache = new ProjectionCache();
	 * const a = cache.project(offer, { years: 4, fx }, 25);
	 * cache.project(offer, { years: 4, fx }, 25) === a // true: projected once
	 */
	project(offer: Offer, settings: ProjectionSettings, growthPct?: number): Projection {
		const entry = this.#entry(offer, settings);
		const key =
			growthPct === undefined || !offer.equity || offer.equity.growthPct === growthPct
				? 'entered'
				: growthPct;
		let projection = entry.byGrowth.get(key);
		if (!projection) {
			if (entry.byGrowth.size >= MAX_PER_OFFER) {
				entry.byGrowth.clear();
			}
			const changed = key === 'entered' ? offer : offerWithGrowth(offer, key);
			// Offers come parsed (and growth copies checked): straight to the arithmetic, which
			// is also what lets the compare page draw results before the checks are loaded.
			projection = projectOffer(changed, settings);
			entry.byGrowth.set(key, projection);
		}
		return projection;
	}

	#entry(offer: Offer, settings: ProjectionSettings): Entry {
		const found = this.#entries.get(offer);
		if (
			found &&
			found.years === settings.years &&
			found.household === settings.household &&
			found.fx === settings.fx
		) {
			return found;
		}
		const entry: Entry = {
			years: settings.years,
			household: settings.household,
			fx: settings.fx,
			byGrowth: new Map()
		};
		this.#entries.set(offer, entry);
		return entry;
	}
}
