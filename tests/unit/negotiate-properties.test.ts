/**
 * negotiate's invariants over random offers: the ask never lowers a term, the asked terms
 * reach the target, every asked term has a reason, amounts are whole thousands, the sign-on
 * covers what is forfeited, no placeholder reaches the text, an unnamed competitor's name
 * appears nowhere, the shares the reasons quote are true, and an outsized ask is cautioned.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiate, parseOffer, project, type Offer } from '$lib/engine';
import { headline } from '$lib/engine/compare';
import { ASK_KEYS, grantValue } from '$lib/engine/negotiate-ask';
import { articleFor } from '$lib/engine/negotiate-article';
import { LEVEL_IDS, LOCATION_IDS, ROLE_IDS, VESTING_PRESET_IDS } from '$lib/engine/types';

const whole = (min: number, max: number) => fc.integer({ min, max });

const equity = fc.oneof(
	fc.constant(undefined),
	fc.record({
		type: fc.constant('rsu'),
		grant: whole(0, 1_000_000),
		vesting: fc.constantFrom(...VESTING_PRESET_IDS),
		growthPct: whole(-30, 40),
		refresh: whole(0, 100_000)
	}),
	fc.record({
		type: fc.constant('options'),
		shares: whole(0, 200_000),
		strike: whole(0, 20),
		price: whole(0, 60),
		vesting: fc.constantFrom(...VESTING_PRESET_IDS),
		growthPct: whole(-30, 40),
		successPct: whole(0, 100)
	})
);

/** Names no sentence of the guide or the scripts could contain by chance. */
const offer = (name: fc.Arbitrary<string>) =>
	fc.record(
		{
			name,
			role: fc.constantFrom(...ROLE_IDS),
			level: fc.constantFrom(...LEVEL_IDS),
			location: fc.constantFrom(...LOCATION_IDS),
			base: whole(0, 800_000),
			raisePct: whole(0, 10),
			bonusPct: whole(0, 40),
			signOn: whole(0, 100_000),
			relocation: whole(0, 30_000),
			equity
		},
		{ requiredKeys: ['name', 'location', 'base'] }
	);

const input = fc.record({
	offer: offer(fc.constant('Quorvex Systems')),
	competing: fc.array(offer(fc.integer({ min: 1, max: 99 }).map((n) => `Zyphrant ${n}`)), {
		maxLength: 3
	}),
	forfeited: whole(0, 300_000),
	stance: fc.constantFrom('conservative', 'balanced', 'ambitious'),
	discloseCompeting: fc.boolean(),
	years: whole(1, 10),
	fx: fc.integer({ min: 110, max: 160 }).map((n) => ({ GBPUSD: n / 100 }))
});

/** Every piece of text in a result. */
function texts(r: ReturnType<typeof negotiate>): string[] {
	return [...Object.values(r.reasons), ...r.talkingPoints, r.scripts.email, r.scripts.call];
}

const PLACEHOLDER = /\[|\]|\{|\}|TODO|undefined|NaN|Infinity|null|\$-|£-|\bN\/A\b/;

describe('negotiate over random offers', () => {
	it('never lowers a term, and the asked terms reach the target', () => {
		fc.assert(
			fc.property(input, (given) => {
				const r = negotiate(given);
				expect(r.errors).toBeUndefined();
				const asked = r.askedOffer as Offer;
				const parsed = parseOffer(given.offer);
				expect(parsed.ok).toBe(true);
				if (!parsed.ok) {
					return;
				}
				const offered = parsed.offer;
				expect(asked.base.greaterThan(offered.base)).toBe(true);
				expect(asked.bonusPct).toBeGreaterThanOrEqual(offered.bonusPct);
				expect(asked.relocation.greaterThanOrEqualTo(offered.relocation)).toBe(true);
				expect(asked.signOn[0]?.greaterThanOrEqualTo(offered.signOn[0] ?? 0)).toBe(true);
				const grantBefore = grantValue(offered.equity);
				const grantAfter = grantValue(asked.equity);
				if (grantBefore) {
					expect(grantAfter?.greaterThanOrEqualTo(grantBefore)).toBe(true);
				}
				if (r.ask.equityGrant) {
					// Whole shares for options: the asked grant is worth at least the ask.
					expect(grantAfter?.greaterThanOrEqualTo(r.ask.equityGrant)).toBe(true);
				}
				const average = headline(
					project(asked, { years: given.years, fx: given.fx })
				).averageYearlyTotal;
				expect(String(average)).toBe(String(r.asked));
				if (r.target !== null) {
					expect(r.asked.greaterThanOrEqualTo(r.target)).toBe(true);
				}
				expect(r.asked.greaterThan(r.current)).toBe(true);
				expect(r.worth.isPositive()).toBe(true);
			}),
			{ numRuns: 150 }
		);
	});

	it('gives one reason per asked term, whole thousands, and a sign-on covering the forfeit', () => {
		fc.assert(
			fc.property(input, (given) => {
				const r = negotiate(given);
				expect(Object.keys(r.reasons).sort()).toEqual(Object.keys(r.ask).sort());
				for (const key of ASK_KEYS) {
					const value = r.ask[key];
					if (value !== undefined) {
						expect(r.reasons[key]?.length ?? 0).toBeGreaterThan(20);
					}
					if (typeof value === 'object') {
						expect(value.modulo(1000).isZero()).toBe(true);
					}
				}
				const signOn = r.ask.signOn ?? r.askedOffer?.signOn[0];
				expect(signOn?.greaterThanOrEqualTo(given.forfeited)).toBe(true);
			}),
			{ numRuns: 150 }
		);
	});

	it('writes no placeholder, and never names a competitor the person keeps unnamed', () => {
		fc.assert(
			fc.property(input, (given) => {
				const r = negotiate(given);
				for (const text of texts(r)) {
					expect(text).not.toMatch(PLACEHOLDER);
					expect(text.trim()).toBe(text);
				}
				expect(r.scripts.email).toContain('Best regards,');
				expect(r.talkingPoints.length).toBeGreaterThanOrEqual(3);
				if (!given.discloseCompeting) {
					expect(JSON.stringify(r)).not.toContain('Zyphrant');
				} else if (given.competing.length > 0) {
					expect(r.scripts.email).toContain('Zyphrant');
				}
				if (r.market) {
					// The first point after any caution on an outsized ask is the market's.
					const market = r.talkingPoints.find((point) => !point.startsWith('Caution:'));
					expect(market).toContain('The Complete AI Career Guide for 2026');
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('puts "an" before every figure read with a vowel sound, and "a" before the others', () => {
		fc.assert(
			fc.property(input, (given) => {
				// Given any offer, When the counter-offer is written
				const r = negotiate(given);
				// Then every article before a figure is the one the figure's spoken form takes
				for (const text of texts(r)) {
					for (const [, article, figure] of text.matchAll(/\b(an?) ([$£]?\d[\d,.]*)/gi)) {
						expect(`${(article ?? '').toLowerCase()} ${figure}`).toBe(
							`${articleFor(figure ?? '')} ${figure}`
						);
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('over one year, says what an offer pays in its first year, never an average over 1 year', () => {
		fc.assert(
			fc.property(input, (given) => {
				// Given any offer over a one-year horizon
				const r = negotiate({ ...given, years: 1 });
				// Then no text averages over it or says "1 year"
				for (const text of texts(r)) {
					expect(text).not.toMatch(/over (?:the same )?1 year|a year over|comes? to|a year short/);
				}
			}),
			{ numRuns: 100 }
		);
	});

	it('quotes true shares, and cautions first exactly when the target is over 30% above', () => {
		fc.assert(
			fc.property(input, (given) => {
				// Given any offer, When the counter-offer is written
				const r = negotiate(given);
				// Then a quoted share is its amount over the total, to the nearest percent (the
				// amounts are written in whole units, so allow for their rounding too), over any
				// horizon and whatever the grant is weighted by
				for (const reason of Object.values(r.reasons)) {
					const m =
						/adds [$£]([\d,]+) (?:a year on average|in the first year)(?: once weighted [^:]+)?: (\d+)% of the [$£]([\d,]+)(?: a year)? that/.exec(
							reason
						);
					if (/% of the [$£][\d,]+(?: a year)? that base and equity/.test(reason)) {
						expect(m).not.toBeNull();
					}
					if (m) {
						const [part, pct, total] = [m[1], m[2], m[3]].map((s) =>
							Number(s?.replaceAll(',', ''))
						) as [number, number, number];
						expect(Math.abs(pct - (100 * part) / total)).toBeLessThanOrEqual(0.5 + 101 / total);
					}
				}
				// And the caution leads the talking points only for a target 30 % above the offer
				const outsized =
					r.target !== null &&
					r.current.greaterThan(0) &&
					r.target.minus(r.current).times(100).greaterThan(r.current.times(30));
				expect(r.talkingPoints[0]?.startsWith('Caution:')).toBe(outsized);
				expect(r.talkingPoints.slice(1).join('\n')).not.toContain('Caution:');
			}),
			{ numRuns: 150 }
		);
	});
});
