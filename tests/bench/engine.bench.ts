import { bench, describe } from 'vitest';
import { project } from '$lib/engine/project';
import { parseScenario } from '$lib/engine/schema';

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
const single = offers[0];

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
});
