/**
 * A draft made from a parsed offer reads back as that very offer. ScenarioDraft relies on it:
 * when it replaces the draft with a scenario (the example, a save, a file, a link), it keeps
 * each offer as its draft's parse instead of checking it a second time.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOffer, parseScenario } from '$lib/engine';
import { draftFromOffer, rawFromDraft } from '$lib/state/draft';
import { exampleScenario } from '$lib/state/example';
import { rawScenario } from './state-arbitraries';

/** Decimals by sign, exponent and digits: equal only when every digit and the sign agree. */
function exact(value: unknown): unknown {
	if (value instanceof Decimal) {
		return { decimal: [value.s, value.e, value.d] };
	}
	if (Array.isArray(value)) {
		return value.map(exact);
	}
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exact(v)]));
	}
	return value;
}

describe('draftFromOffer then rawFromDraft', () => {
	it('gives back the example offers exactly', () => {
		for (const offer of exampleScenario().offers) {
			const read = parseOffer(rawFromDraft(draftFromOffer(offer, 'offer-1')), 'offers.0');
			expect(read.ok && exact(read.offer)).toEqual(exact(offer));
		}
	});

	it('gives back any parsed offer exactly (fast-check)', () => {
		fc.assert(
			fc.property(rawScenario, (file) => {
				const parsed = parseScenario(file);
				if (!parsed.ok) {
					return;
				}
				parsed.scenario.offers.forEach((offer, i) => {
					const read = parseOffer(rawFromDraft(draftFromOffer(offer, 'offer-1')), `offers.${i}`);
					expect(read.ok && exact(read.offer)).toEqual(exact(offer));
				});
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);
});
