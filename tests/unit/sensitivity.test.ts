/**
 * The share-price sensitivity with a projection cache gives exactly the figures of the plain
 * method (every offer re-projected for every question), also when the cache is kept across
 * edits the way the compare page keeps it.
 */
import { describe, expect, it } from 'vitest';
import {
	catchUpGrowth,
	COMPARE_VIEWS,
	DEFAULT_GROWTHS,
	Dec,
	growthSensitivity,
	parseScenario,
	project,
	ProjectionCache,
	rankOffers,
	type CompareView,
	type Offer,
	type Scenario
} from '$lib/engine';
import { isNormalizedOffer, offerWithGrowth, parseOffer } from '$lib/engine/schema-offer';

const vestings = ['standard', 'amazon', 'front-loaded', 'back-loaded'];

function scenario(count: number, years: number): Scenario {
	const parsed = parseScenario({
		years,
		household: { filingStatus: 'married', annualSpending: 70000 },
		offers: Array.from({ length: count }, (_, i) => ({
			name: `Offer ${i + 1}`,
			location: ['san-francisco', 'london', 'new-york', 'austin'][i % 4],
			base: 150000 + 5000 * i,
			raisePct: 3,
			bonusPct: 10,
			signOn: 20000,
			equity:
				i === count - 1
					? { type: 'options', shares: 40000, strike: 1, price: 5, growthPct: 15, successPct: 40 }
					: i === 1
						? undefined
						: {
								type: 'rsu',
								grant: 150000 + 10000 * i,
								vesting: vestings[i % vestings.length],
								growthPct: 2 * i,
								refresh: 20000
							}
		}))
	});
	if (!parsed.ok) {
		throw new Error(JSON.stringify(parsed.errors));
	}
	return parsed.scenario;
}

/** The plain method, as sensitivity.ts worked before it had a cache. */
function withGrowth(offer: Offer, growthPct: number): Offer {
	return offer.equity ? { ...offer, equity: { ...offer.equity, growthPct } } : offer;
}

function plainRanking(offers: readonly Offer[], s: Scenario, view: CompareView) {
	const projected = offers.map((offer) => ({
		name: offer.name,
		currency: offer.currency,
		projection: project(offer, { years: s.years, fx: s.fx, household: s.household })
	}));
	return rankOffers(projected, view, s.fx);
}

function plainSensitivity(s: Scenario, view: CompareView) {
	return DEFAULT_GROWTHS.map((growthPct) => {
		const { ranked } = plainRanking(
			s.offers.map((o) => withGrowth(o, growthPct)),
			s,
			view
		);
		const totals: string[] = [];
		for (const entry of ranked) {
			totals[entry.index] = String(entry.horizonTotalUsd);
		}
		return { growthPct, totals, leaderIndex: ranked[0]?.index ?? 0 };
	});
}

function plainCatchUp(s: Scenario, view: CompareView) {
	const offers = s.offers;
	const leader = plainRanking(offers, s, view).ranked[0]?.index;
	const result: { index: number; growthPct: number | null }[] = [];
	offers.forEach((offer, index) => {
		if (index === leader || !offer.equity) {
			return;
		}
		const leadsAt = (g: number) =>
			plainRanking(
				offers.map((o, i) => (i === index ? withGrowth(o, g) : o)),
				s,
				view
			).ranked[0]?.index === index;
		if (!leadsAt(1000)) {
			result.push({ index, growthPct: null });
			return;
		}
		let low = Math.max(-100, offer.equity.growthPct) * 2;
		let high = 2000;
		while (high - low > 1) {
			const mid = Math.floor((low + high) / 2);
			if (leadsAt(mid / 2)) {
				high = mid;
			} else {
				low = mid;
			}
		}
		result.push({ index, growthPct: high / 2 });
	});
	return result;
}

function cached(s: Scenario, view: CompareView, cache?: ProjectionCache) {
	const options = { years: s.years, fx: s.fx, household: s.household, view, cache };
	return {
		rows: growthSensitivity(s.offers, options).map((row) => ({
			growthPct: row.growthPct,
			totals: row.totalsUsd.map(String),
			leaderIndex: row.leaderIndex
		})),
		catchUp: catchUpGrowth(s.offers, options)
	};
}

describe('sensitivity with a projection cache', () => {
	it.each(COMPARE_VIEWS)('gives the plain figures in the %s view', (view) => {
		const s = scenario(5, 6);
		const expected = { rows: plainSensitivity(s, view), catchUp: plainCatchUp(s, view) };
		expect(cached(s, view)).toEqual(expected);
		expect(expected.catchUp.length).toBeGreaterThan(0);
	});

	it('breaks ties as the ranking does: the offer entered first leads', () => {
		// Given two identical offers without equity ahead of one with it, and the same again
		// with the equity offer first
		const s = scenario(4, 4);
		const cash = { ...s.offers[1]!, name: 'Cash' };
		for (const offers of [
			[cash, { ...cash }, s.offers[0]!],
			[s.offers[0]!, cash, { ...cash }]
		]) {
			const t = { ...s, offers };
			// Then the cached method answers as the plain one
			expect(cached(t, 'total')).toEqual({
				rows: plainSensitivity(t, 'total'),
				catchUp: plainCatchUp(t, 'total')
			});
		}
	});

	it('gives the plain figures after edits, with one cache kept throughout', () => {
		// Given one cache, as the compare page keeps it, and a scenario
		const cache = new ProjectionCache();
		let s = scenario(4, 5);
		expect(cached(s, 'net', cache)).toEqual({
			rows: plainSensitivity(s, 'net'),
			catchUp: plainCatchUp(s, 'net')
		});
		// When one offer is replaced by an edited copy, again and again
		for (const base of ['260000', '140000', '400000']) {
			const [first, ...rest] = s.offers;
			s = { ...s, offers: [{ ...first!, base: new Dec(base) }, ...rest] };
			// Then every figure is the plain method's
			expect(cached(s, 'net', cache)).toEqual({
				rows: plainSensitivity(s, 'net'),
				catchUp: plainCatchUp(s, 'net')
			});
		}
	});

	it('projects an offer once per growth rate and settings', () => {
		const s = scenario(2, 4);
		const cache = new ProjectionCache();
		const settings = { years: s.years, fx: s.fx, household: s.household };
		const offer = s.offers[0]!;
		expect(cache.project(offer, settings, 25)).toBe(cache.project(offer, settings, 25));
		// The offer's own growth is the offer as entered.
		expect(cache.project(offer, settings, offer.equity?.growthPct)).toBe(
			cache.project(offer, settings)
		);
		// Other settings are other projections.
		expect(cache.project(offer, { ...settings, years: 3 }).years).toHaveLength(3);
	});
});

describe('offerWithGrowth (the copies the sensitivity projects)', () => {
	it('projects exactly as the same offer parsed from scratch, without checking it again', () => {
		const parsed = parseOffer({
			name: 'Acme',
			location: 'austin',
			base: 150000,
			equity: { type: 'rsu', grant: 200000, vesting: 'standard', growthPct: 5 }
		});
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) {
			return;
		}
		for (const growth of [-100, -12.5, 0, 37, 1000]) {
			const copy = offerWithGrowth(parsed.offer, growth);
			expect(isNormalizedOffer(copy)).toBe(true);
			// A fresh copy is not marked as parsed, so project checks it in full first.
			const fromScratch = project({ ...copy, equity: { ...copy.equity } }, { years: 4 });
			expect(fromScratch.errors).toBeUndefined();
			expect(String(project(copy, { years: 4 }).totals.total)).toBe(
				String(fromScratch.totals.total)
			);
		}
		// A growth the field refuses is not marked: projecting it checks it, and says why.
		const wild = offerWithGrowth(parsed.offer, 5000);
		expect(isNormalizedOffer(wild)).toBe(false);
		expect(project(wild, { years: 4 }).errors?.[0]?.message).toMatch(
			/Share price growth must be between/
		);
	});
});
