/**
 * negotiate's words against the numbers they stand for, from a QA pass on /negotiate: every
 * figure a sentence states must be true of the ask, and a figure Counteroffer works out itself
 * is never put in the guide's mouth. Figures are worked in the comments from the guide's
 * tables: ML Engineer Senior (national) $200K–$350K, ML Engineer Mid (national) $150K–$220K,
 * Seattle ML Engineer Mid $160K–$240K, London ML Engineer Mid £130K–£180K.
 */
import { describe, expect, it } from 'vitest';
import { negotiate } from '$lib/engine';
import { austinMid } from './negotiate-fixtures';

/**
 * Seattle, Senior ML Engineer (no guide figure: derived, 200,000 × 160/150 → $213,000 and
 * 350,000 × 240/220 → $382,000). Offer: 185,000 + 10 % + 300,000 RSUs over 4 years = 278,500
 * a year. Balanced target 213,000 + 0.75 × 169,000 = 339,750: gap 61,250, split 73/27 in
 * the offer's mix → base 226,000 (adds 41,000 × 1.1 = 45,100 a year) and grant 366,000 (adds
 * 66,000 ÷ 4 = 16,500 a year), together 61,600. The 40,000 sign-on covers the forfeit: year 1
 * 380,100, years 2–4 340,100, average (380,100 + 3 × 340,100) ÷ 4 = 350,100.
 */
const seattle = {
	offer: {
		name: 'Acme',
		role: 'ml-engineer',
		level: 'senior',
		location: 'seattle',
		base: 185000,
		bonusPct: 10,
		equity: { type: 'rsu', grant: 300000, vesting: 'standard' }
	},
	forfeited: 40000,
	stance: 'balanced'
} as const;

/**
 * London, Senior ML Engineer (derived: 200,000 × 130,000/150,000 → £173,000 and 350,000 ×
 * 180,000/220,000 → £286,000), base £95,000 and nothing else, with the Seattle offer competing
 * (278,500 USD ÷ 1.36 = £204,779, below the market target). Target 173,000 + 0.75 × 113,000 =
 * £257,750: 171 % above £95,000. The competitor's 10 % bonus is matched, base 235,000.
 */
const london = {
	offer: {
		name: 'Thames',
		role: 'ml-engineer',
		level: 'senior',
		location: 'london',
		base: 95000
	},
	competing: [seattle.offer],
	stance: 'balanced'
} as const;

describe('an average that includes the sign-on says so', () => {
	it('does not add the sign-on to an average that already holds it', () => {
		// Given the Seattle offer, whose ask includes a $40,000 sign-on for the forfeit
		// When the counter-offer is written
		const r = negotiate(seattle);
		// Then its average is the page's (sign-on in year 1) and every text says it is included
		expect(r.yearly.map((y) => String(y.asked))).toEqual(['380100', '340100', '340100', '340100']);
		expect(String(r.asked)).toBe('350100');
		const summary =
			'would average $350,100 a year over 4 years, sign-on included, reaching the 75th percentile of the market range for the Senior ML Engineer role.';
		expect(r.scripts.email).toContain(`With these changes the offer ${summary}`);
		expect(r.scripts.call).toContain(`With these changes the offer ${summary}`);
		expect(r.talkingPoints).toContain(
			"Target: $339,750 a year, the 75th percentile of the market range, $213,000–$382,000, for a Senior ML Engineer in Seattle, WA (balanced stance). Acme's offer averages $278,500 a year over 4 years, $61,250 a year short; the ask brings it to $350,100, sign-on included."
		);
		const all = [r.scripts.email, r.scripts.call, ...r.talkingPoints, ...Object.values(r.reasons)];
		expect(all.join('\n')).not.toMatch(/plus the (?:sign-on|relocation)/);
	});

	it('says a matched relocation is included too', () => {
		// Given an Austin offer (ML Engineer Mid, $140K–$200K, balanced target 185,000) and a
		// remote competitor paying 7,500 for relocation
		const r = negotiate({
			offer: austinMid(150000),
			competing: [{ name: 'Anywhere', location: 'remote', base: 100000, relocation: 7500 }]
		});
		// When the ask adds 8,000 for relocation (185,000 + 8,000 ÷ 4 = 187,000 a year)
		// Then the scripts say the average includes it rather than adding it on top
		expect(String(r.asked)).toBe('187000');
		expect(r.scripts.email).toContain(
			'would average $187,000 a year over 4 years, relocation included, reaching the 75th percentile'
		);
	});
});

describe('a range the app derived is worded as the candidate’s estimate', () => {
	it('credits the guide’s tables, not the guide, with a derived range', () => {
		// Given the Seattle offer, for which the guide prints no Senior figure
		// When the scripts quote the market
		const { email, call } = negotiate(seattle).scripts;
		// Then the range is the candidate's estimate from the guide's tables, in both scripts
		expect(email).toContain(
			'I\'ve looked at the market data: working from the salary tables in "The Complete AI Career Guide for 2026" (HireKit Team, 2026), I estimate the market for a Senior ML Engineer in Seattle, WA at $213,000–$382,000 a year in total compensation.'
		);
		expect(call).toContain(
			'Working from the salary tables in "The Complete AI Career Guide for 2026", I estimate the market for a Senior ML Engineer in Seattle, WA at $213,000 to $382,000 a year in total compensation.'
		);
		for (const script of [email, call]) {
			expect(script).not.toContain('puts a Senior ML Engineer');
			expect(script).not.toContain('According to');
		}
	});

	it('still quotes the guide for a figure it prints', () => {
		// Given a Mid ML Engineer in San Francisco, printed in the guide as $200K–$280K
		const { email, call } = negotiate({
			offer: {
				name: 'Acme',
				role: 'ml-engineer',
				level: 'mid',
				location: 'san-francisco',
				base: 200000
			}
		}).scripts;
		// Then the scripts attribute the range to the guide, with no estimate wording
		expect(email).toContain(
			'"The Complete AI Career Guide for 2026" (HireKit Team, 2026) puts a Mid-level ML Engineer in San Francisco, CA at $200,000–$280,000 a year.'
		);
		expect(call).toContain('According to "The Complete AI Career Guide for 2026", the market');
		expect(`${email}\n${call}`).not.toContain('I estimate');
	});
});

describe('the shares the reasons quote are true of the ask', () => {
	it('quotes what base and grant each add, as a share of what they add together', () => {
		// Given the Seattle offer: base adds 45,100 a year, the grant 16,500, together 61,600
		// When the reasons are written
		const { reasons } = negotiate(seattle);
		// Then 45,100 ÷ 61,600 = 73.2 % → 73 %, and 16,500 ÷ 61,600 = 26.8 % → 27 %
		expect(reasons.base).toBe(
			"A base of $226,000 (up $41,000 from $185,000), with the bonus that follows it, adds $45,100 a year on average: 73% of the $61,600 a year that base and equity add together (with both asks rounded up to whole thousands), which closes the $61,250 a year between the offer's average of $278,500 and the target of $339,750, the 75th percentile of the market range, $213,000–$382,000, for a Senior ML Engineer in Seattle, WA."
		);
		expect(reasons.equityGrant).toBe(
			"An initial RSU grant of $366,000 (up $66,000 from $300,000), counted as it vests, adds $16,500 a year on average: 27% of the $61,600 a year that base and equity add together; the gap was split in the offer's own mix of pay, in which equity is 27%."
		);
	});

	it.each([
		['Seattle, Senior', seattle],
		[
			'San Francisco, Mid, with a raise and a large grant',
			{
				offer: {
					name: 'Bay',
					role: 'ml-engineer',
					level: 'mid',
					location: 'san-francisco',
					base: 150000,
					raisePct: 3,
					bonusPct: 15,
					equity: { type: 'rsu', grant: 160000, vesting: 'standard' }
				},
				stance: 'ambitious'
			}
		]
	])('%s: each quoted share is its amount over the total, rounded half up', (_, input) => {
		// Given an ask with a base and a grant
		const { reasons } = negotiate(input);
		// When the shares are read back out of the sentences
		for (const reason of [reasons.base, reasons.equityGrant]) {
			const m = /adds \$([\d,]+) a year on average: (\d+)% of the \$([\d,]+) a year/.exec(
				reason ?? ''
			);
			expect(m).not.toBeNull();
			const [part, pct, total] = [m?.[1], m?.[2], m?.[3]].map((s) =>
				Number(s?.replaceAll(',', ''))
			);
			// Then each is the amount's share of the total, to the nearest whole percent
			expect(pct).toBe(Math.round(((part ?? 0) * 100) / (total ?? 1)));
		}
	});
});

describe('an outsized ask carries a caution', () => {
	it('warns first, when the target is more than 30% above the offer, without capping the ask', () => {
		// Given a £95,000 London offer whose target is £257,750 (171 % above it)
		// When the counter-offer is written
		const r = negotiate(london);
		// Then the ask is as the contract defines it, and the first talking point cautions
		expect([String(r.ask.base), r.ask.bonusPct, String(r.target)]).toEqual([
			'235000',
			10,
			'257750'
		]);
		expect(r.talkingPoints[0]).toBe(
			"Caution: this ask aims at £257,750 a year, 171% above the offer's average of £95,000, an unusually large gap (Counteroffer flags a target more than 30% above the offer). A gap this size often means the offer was leveled lower than the Senior ML Engineer role you chose, or is for a different scope: confirm the level and scope with the recruiter before countering with the full figure, because a counter this far above the offer can end the conversation."
		);
		// And the reasons stay one per asked number
		expect(Object.keys(r.reasons).sort()).toEqual(Object.keys(r.ask).sort());
	});

	it('says the offers may differ in level when the target is a competing offer', () => {
		// Given an Austin offer of $100,000 and a $200,000 offer from Bay AI (100 % above)
		const r = negotiate({
			offer: austinMid(100000),
			competing: [{ name: 'Bay AI', location: 'austin', base: 200000 }]
		});
		// Then the caution compares the two offers rather than the role chosen
		expect(r.targetFrom).toBe('competing');
		expect(r.talkingPoints[0]).toContain(
			"A gap this size often means this offer is for a lower level or a different scope than Bay AI's offer: confirm"
		);
	});

	it.each([
		// 339,750 ÷ 278,500 = 22 % above
		['a target 22% above (Seattle)', seattle],
		// Already above the target: a modest ask
		[
			'a modest ask',
			{
				offer: {
					name: 'Acme',
					role: 'ml-engineer',
					level: 'mid',
					location: 'san-francisco',
					base: 300000
				}
			}
		]
	])('no caution for %s', (_, input) => {
		expect(negotiate(input).talkingPoints.join('\n')).not.toContain('Caution');
	});
});
