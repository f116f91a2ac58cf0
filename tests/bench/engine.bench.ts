import { bench, describe } from 'vitest';
import { ProjectionCache, parseOffer, parseScenario, project, serializeOffer } from '$lib/engine';

// Parsed once, outside the measured code: a page parses when the input changes and
// re-projects on every render, so projection is what has to be fast.
const vestings = ['standard', 'amazon', 'front-loaded', 'back-loaded', 'standard-quarterly'];
const parsed = parseScenario({
	years: 10,
	offers: Array.from({ length: 8 }, (_, i) => ({
		name: `Offer ${i + 1}`,
		location: i % 2 === 0 ? 'san-francisco' : 'london',
		base: 150000 + 5000 * i,
		raisePct: 3,
		bonusPct: 10,
		signOn: [30000, 10000],
		relocation: 10000,
		retirementMatchPct: 4,
		equity:
			i === 7
				? { type: 'options', shares: 40000, strike: 1, price: 5, growthPct: 15, successPct: 40 }
				: {
						type: 'rsu',
						grant: 200000 + 10000 * i,
						vesting: vestings[i % vestings.length],
						growthPct: 2 * i,
						refresh: 40000
					}
	}))
});
if (!parsed.ok) {
	throw new Error(JSON.stringify(parsed.errors));
}
// parseScenario fills in the household (single, 60,000 USD a year at index 100) and the
// exchange rate, as the page does before it projects with taxes on.
const { offers, household, fx } = parsed.scenario;
const [single] = offers;
if (!single) {
	throw new Error('the bench scenario has no offer');
}

describe('project', () => {
	bench('one offer over 4 years', () => {
		project(single, { years: 4 });
	});

	bench('a whole scenario: 8 offers over 10 years with refreshers', () => {
		for (const offer of offers) {
			project(offer, { years: 10 });
		}
	});

	// What the page computes with every view on: tax, net, purchasing power and savings per row.
	bench('8 offers over 10 years with the household (tax, purchasing power, savings)', () => {
		for (const offer of offers) {
			project(offer, { years: 10, household, fx });
		}
	});

	// What a keystroke on the compare page costs the engine: the page keeps one cache, and an
	// edit gives one offer a new parsed object, so only that offer is projected again.
	const cache = new ProjectionCache();
	const settings = { years: 10, household, fx };
	for (const offer of offers) {
		cache.project(offer, settings);
	}
	let edits = 0;
	bench('a keystroke: 8 offers over 10 years with the household, one of them edited', () => {
		edits += 1;
		const edited = parseOffer({ ...serializeOffer(single), base: String(150000 + edits) });
		for (const offer of [edited.ok ? edited.offer : single, ...offers.slice(1)]) {
			cache.project(offer, settings);
		}
	});
});
