/**
 * A draft made from a parsed offer reads back as that very offer. ScenarioDraft relies on it:
 * when it replaces the draft with a scenario (the example, a save, a file, a link), it keeps
 * each offer as its draft's parse instead of checking it a second time.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, parseOffer, parseScenario } from '$lib/engine';
import { draftFromOffer } from '$lib/state/draft';
import { rawFromDraft } from '$lib/state/draft-read';
import { exampleScenario } from '$lib/state/example';
import { rawScenario } from './state-arbitraries';

/**
 * Percentages as JS numbers can be (the contract's): any double in range that the engine reads
 * (written out, at most 40 characters: 5e-324 is refused), with the ones `String` writes in
 * exponent form (1e-7) and the long ones (0.30000000000000004) made likely.
 */
const anyPct = (min: number, max: number) =>
	fc.oneof(
		fc.double({ min, max, noNaN: true }).filter((value) => new Dec(value).toFixed().length <= 40),
		fc.constantFrom(1e-7, 2.5e-9, 0.30000000000000004, 99.99999999999999, min, max)
	);

/** Scenarios whose offers' percentages are any of those. */
const scenarioWithAnyPercentages = fc
	.tuple(
		rawScenario,
		fc.array(
			fc.record({
				raisePct: anyPct(-50, 100),
				bonusPct: anyPct(0, 500),
				retirementMatchPct: anyPct(0, 100),
				growthPct: anyPct(-100, 100),
				successPct: anyPct(0, 100),
				firstYear: anyPct(0, 100)
			}),
			{ minLength: 8, maxLength: 8 }
		)
	)
	.map(([file, percentages]) => ({
		...file,
		offers: file.offers.map((offer, i) => {
			const p = percentages[i] ?? percentages[0];
			const equity = offer.equity && {
				...offer.equity,
				growthPct: p?.growthPct,
				...(offer.equity.type === 'options' ? { successPct: p?.successPct } : {}),
				vesting:
					typeof offer.equity.vesting === 'object'
						? { ...offer.equity.vesting, yearly: [p?.firstYear ?? 0, 100 - (p?.firstYear ?? 0)] }
						: offer.equity.vesting
			};
			return {
				...offer,
				raisePct: p?.raisePct,
				bonusPct: p?.bonusPct,
				retirementMatchPct: p?.retirementMatchPct,
				...(equity ? { equity } : {})
			};
		})
	}));

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
		let offersChecked = 0;
		fc.assert(
			fc.property(scenarioWithAnyPercentages, (file) => {
				// Some generated files are refused (a custom schedule's two doubles may not add up
				// to exactly 100); the offers of the others are checked.
				const parsed = parseScenario(file);
				if (!parsed.ok) {
					return;
				}
				parsed.scenario.offers.forEach((offer, i) => {
					offersChecked += 1;
					const read = parseOffer(rawFromDraft(draftFromOffer(offer, 'offer-1')), `offers.${i}`);
					expect(read.ok && exact(read.offer)).toEqual(exact(offer));
				});
			}),
			{ numRuns: 2000 }
		);
		expect(offersChecked).toBeGreaterThan(1000);
	}, 60_000);
});
