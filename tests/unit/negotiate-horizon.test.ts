/**
 * negotiate's words over a one-year horizon, from a QA pass on /negotiate: an average over one
 * year is that year's pay, so "averages $361,000 a year over 1 year, $39,500 a year short"
 * says it twice and "comes to $361,000 in the first year" reads unlike the rest. Over one year
 * every text says what an offer "pays in its first year"; over more, wording is unchanged.
 *
 * Austin, ML Engineer Mid ($140K–$200K): Lone Star pays base $150,000; Bay AI (San Francisco)
 * pays $260,000 + 10 % = $286,000 a year, the target. A $20,000 forfeit is asked as a sign-on.
 */
import { describe, expect, it } from 'vitest';
import { negotiate } from '$lib/engine';
import { austinMid } from './negotiate-fixtures';

const lowball = (years: number) => ({
	offer: austinMid(150000),
	competing: [{ name: 'Bay AI', location: 'san-francisco', base: 260000, bonusPct: 10 }],
	forfeited: 20000,
	years
});

/** Every piece of text in a result. */
function texts(r: ReturnType<typeof negotiate>): string[] {
	return [...Object.values(r.reasons), ...r.talkingPoints, r.scripts.email, r.scripts.call];
}

describe('over a one-year horizon', () => {
	it('the target point says what the offer pays in its first year, and how far short', () => {
		// Given the Lone Star offer over 1 year
		// When the counter-offer is written
		const r = negotiate(lowball(1));
		// Then the target point says the first year's pay and the shortfall, with no "a year over"
		expect(r.talkingPoints).toContain(
			"Target: $286,000 a year, what Bay AI's offer pays in its first year. Lone Star's offer pays $150,000 in its first year, $136,000 short; the ask brings it to $306,000, sign-on included."
		);
	});

	it('the scripts and the competing-offer point say "pays … in its first year"', () => {
		const r = negotiate(lowball(1));
		// Then each figure is the first year's, worded one way everywhere
		expect(r.talkingPoints).toContain(
			'Competing offer: Bay AI\'s offer pays $286,000 in its first year. The guide\'s tip "Get competing offers": "Leverage multiple offers; companies often match or beat."'
		);
		for (const script of [r.scripts.email, r.scripts.call]) {
			expect(script).toContain(
				'The offer as it stands pays $150,000 in its first year. I also have an offer from Bay AI that pays $286,000 in its first year.'
			);
			expect(script).toContain(
				"With these changes the offer would pay $306,000 in its first year, sign-on included, reaching what Bay AI's offer pays."
			);
		}
		expect(r.talkingPoints.join('\n')).toContain(
			"Don't accept the first offer: this ask is worth $156,000 in the first year,"
		);
	});

	it('the reasons and the caution name the first year, not an average', () => {
		const r = negotiate(lowball(1));
		expect(r.reasons.base).toBe(
			"Matching the bonus target closes $15,000 of the $136,000 between the offer's first-year total of $150,000 and the target of $286,000, what Bay AI's offer pays in its first year. A base of $260,000 (up $110,000 from $150,000), with the bonus that follows it, carries all of the remaining $121,000."
		);
		expect(r.reasons.bonusPct).toContain('It adds about $15,000 in the first year.');
		expect(r.talkingPoints[0]).toContain("91% above the offer's first-year total of $150,000");
	});

	it('no text says "over 1 year", an average "a year over", or "comes to"', () => {
		const all = texts(negotiate(lowball(1))).join('\n');
		expect(all).not.toMatch(/over (?:the same )?1 year|a year over|comes? to|a year short/);
		expect(all).not.toMatch(/averages? [$£]/);
	});
});

describe('over several years, the wording is as before', () => {
	it('averages a year over 4 years, a year short', () => {
		// Given the same offer over 4 years
		const r = negotiate(lowball(4));
		// Then the figures are averages "a year over 4 years"
		expect(r.talkingPoints).toContain(
			"Target: $286,000 a year, the average of Bay AI's offer over the same 4 years. Lone Star's offer averages $150,000 a year over 4 years, $136,000 a year short; the ask brings it to $291,000, sign-on included."
		);
		expect(r.scripts.email).toContain(
			'The offer as it stands averages $150,000 a year over 4 years. I also have an offer from Bay AI that averages $286,000 a year over the same 4 years.'
		);
		expect(r.scripts.email).toContain(
			"With these changes the offer would average $291,000 a year over 4 years, sign-on included, reaching the average of Bay AI's offer."
		);
		expect(r.reasons.base).toContain(
			"of the $136,000 a year between the offer's average of $150,000 and the target of $286,000"
		);
		expect(r.talkingPoints.join('\n')).toContain('this ask is worth $564,000 over 4 years,');
	});
});
