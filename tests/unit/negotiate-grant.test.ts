/**
 * The equity-grant reason against the numbers it stands for, from a QA pass on /negotiate. The
 * ask's `equityGrant` is the initial grant's value today (contract), rounded up to whole
 * thousands; an option ask becomes whole shares (value ÷ (price − strike), rounded up); and
 * what the grant adds a year is projected, weighted by the option's chance of success. A
 * sentence must say each of these where it applies, or a reader's arithmetic does not add up.
 *
 * Austin, Senior ML Engineer: derived range $187,000–$318,000, balanced target 187,000 +
 * 0.75 × 131,000 = $285,250. The offer: base 160,000, 10 % bonus, 50,000 options at strike
 * $1.50, price $6.00 ($4.50 a share: $225,000 of grant), on `standard` vesting, no growth.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiate } from '$lib/engine';
import { Dec } from '$lib/engine/money';
import { writeMoney } from '$lib/engine/number-text';

const startup = (successPct: number, growthPct = 0) => ({
	offer: {
		name: 'Austin Startup',
		role: 'ml-engineer',
		level: 'senior',
		location: 'austin',
		base: 160000,
		bonusPct: 10,
		equity: {
			type: 'options',
			shares: 50000,
			strike: 1.5,
			price: 6,
			vesting: 'standard',
			growthPct,
			successPct
		}
	}
});

describe('an option reason says the chance of success it is weighted by', () => {
	it('quotes the 20% chance behind "$5,900 a year"', () => {
		// Given the startup offer with a 20 % chance of success
		// When the counter-offer asks for a grant worth $343,000 (76,223 shares)
		const r = negotiate(startup(20));
		expect(String(r.ask.equityGrant)).toBe('343000');
		// Then the reason says the $5,900 a year is weighted by that chance:
		// (343,000 − 225,000 + 3.50 for the whole share) ÷ 4 years × 20 % = 5,900.18 → $5,900
		expect(r.reasons.equityGrant).toBe(
			"An option grant worth $343,000 at $4.50 a share (today's price of $6.00 less the strike of $1.50), which is 76,223 shares once rounded up to a whole share (up from 50,000), counted as it vests, adds $5,900 a year on average once weighted by the 20% chance you set that the shares are ever worth anything: 6% of the $98,300 a year that base and equity add together; the gap was split in the offer's own mix of pay, in which equity is 6%."
		);
	});

	it('says the growth it counts with, too', () => {
		// Given the same offer with the share price growing 15 % a year
		const r = negotiate(startup(20, 15));
		// Then the reason names both the growth and the chance
		expect(r.reasons.equityGrant).toContain(
			'counted as it vests with the share price growing 15% a year, as you set, adds $8,104 a year on average once weighted by the 20% chance you set that the shares are ever worth anything:'
		);
	});

	it('says no chance at 100%', () => {
		// Given the default 100 % chance of success
		const r = negotiate(startup(100));
		// Then no weighting is mentioned
		expect(r.reasons.equityGrant).not.toContain('chance');
		expect(r.reasons.equityGrant).toContain('counted as it vests, adds $13,001 a year on average:');
	});
});

describe('an option ask’s value and shares agree as written', () => {
	it('explains the whole share the value is rounded up to', () => {
		// Given the startup offer at 100 %: the ask's grant is $277,000, which at $4.50 a share
		// is 61,555.6 shares, asked as 61,556 (worth $277,002)
		const r = negotiate(startup(100));
		expect(String(r.ask.equityGrant)).toBe('277000');
		expect(r.askedOffer?.equity?.type === 'options' && String(r.askedOffer.equity.shares)).toBe(
			'61556'
		);
		// Then the reason and the email say the shares are the value rounded up to a whole share
		expect(r.reasons.equityGrant).toContain(
			"An option grant worth $277,000 at $4.50 a share (today's price of $6.00 less the strike of $1.50), which is 61,556 shares once rounded up to a whole share (up from 50,000),"
		);
		expect(r.scripts.email).toContain(
			"- Option grant: 61,556 shares (up from 50,000): $277,000 at today's price less the strike ($4.50 a share), rounded up to a whole share"
		);
		// And the base reason no longer calls what the asks add "whole thousands"
		expect(r.reasons.base).toContain(
			'76% of the $53,701 a year that base and equity add together (with both asks rounded up to whole thousands), which closes'
		);
		expect(r.reasons.base).not.toContain('each rounded up');
	});

	it('says nothing of rounding when the value buys whole shares exactly', () => {
		// Given 40,000 options at strike $1, price $5 ($4 a share) and a grant asked in whole
		// thousands of $4: every thousand is 250 shares exactly
		const r = negotiate({
			offer: {
				...startup(100).offer,
				equity: { type: 'options', shares: 40000, strike: 1, price: 5, vesting: 'standard' }
			}
		});
		const shares = r.askedOffer?.equity?.type === 'options' ? r.askedOffer.equity.shares : null;
		expect(shares?.times(4).equals(r.ask.equityGrant ?? 0)).toBe(true);
		// Then neither text mentions rounding to a whole share
		expect(`${r.reasons.equityGrant}\n${r.scripts.email}`).not.toContain('whole share');
		expect(r.scripts.email).toContain(
			`shares (up from 40,000), worth ${writeMoney(r.ask.equityGrant ?? new Dec(0), 'USD')} at today's price less the strike ($4.00 a share)`
		);
	});
});

describe('over random option grants', () => {
	const options = fc.record({
		shares: fc.integer({ min: 1000, max: 200_000 }),
		// In cents: whole numbers, so that strike + spread is exact
		strike: fc.integer({ min: 0, max: 2000 }),
		spread: fc.integer({ min: 1, max: 5000 }),
		successPct: fc.integer({ min: 1, max: 100 }),
		growthPct: fc.integer({ min: -20, max: 30 })
	});

	it('quotes shares that are the asked value rounded up, and the chance below 100%', () => {
		fc.assert(
			fc.property(options, ({ shares, strike, spread, successPct, growthPct }) => {
				// Given an options offer whose counter-offer asks for a larger grant
				const r = negotiate({
					offer: {
						...startup(successPct).offer,
						equity: {
							type: 'options',
							shares,
							strike: strike / 100,
							price: (strike + spread) / 100,
							vesting: 'standard',
							growthPct,
							successPct
						}
					}
				});
				const reason = r.reasons.equityGrant;
				if (reason === undefined || r.ask.equityGrant === undefined) {
					return;
				}
				// When the quoted share count is read back out of the reason
				const m = /, which is ([\d,]+) shares/.exec(reason);
				const quoted = Number(m?.[1]?.replaceAll(',', ''));
				// Then it is the asked value ÷ the spread, rounded up, and the reason says so
				// exactly when the rounding changed it
				const exact = r.ask.equityGrant.dividedBy(new Dec(spread).dividedBy(100));
				expect(quoted).toBe(exact.ceil().toNumber());
				expect(reason.includes('once rounded up to a whole share')).toBe(!exact.isInteger());
				// And the chance of success is named exactly when it is below 100 %
				expect(reason.includes(`the ${successPct}% chance you set`)).toBe(successPct < 100);
			}),
			{ numRuns: 60 }
		);
	});
});
