import { bench, describe } from 'vitest';
import { bigScenario } from './big-scenario';
import { ProjectionCache, parseOffer, parseScenario, serializeOffer } from '$lib/engine';
import { DEFAULT_FX } from '$lib/engine/fx';
import { computeProjection } from '$lib/engine/project-offer';

// Parsed once, outside the measured code: a page parses when the input changes and
// re-projects on every render, so projection is what has to be fast.
const parsed = parseScenario(bigScenario);
if (!parsed.ok) {
	throw new Error(JSON.stringify(parsed.errors));
}
const { offers, household, fx } = parsed.scenario;
const [single] = offers;
if (!single) {
	throw new Error('the bench scenario has no offer');
}

// `project` remembers the last projections of each offer object (project-offer.ts): these
// cases call the arithmetic behind it, so that every run computes.
describe('project', () => {
	bench('one offer over 4 years', () => {
		computeProjection(single, { years: 4, fx: DEFAULT_FX });
	});

	bench('a whole scenario: 8 offers over 10 years with refreshers', () => {
		for (const offer of offers) {
			computeProjection(offer, { years: 10, fx: DEFAULT_FX });
		}
	});

	// What the page computes with every view on: tax, net, purchasing power and savings per row.
	bench('8 offers over 10 years with the household (tax, purchasing power, savings)', () => {
		for (const offer of offers) {
			computeProjection(offer, { years: 10, household, fx });
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
