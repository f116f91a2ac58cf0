/**
 * negotiate: worked examples, each computed by hand in its comment. The guide's figures
 * used: ML Engineer (Mid) San Francisco $200K–$280K, Austin $140K–$200K; Data Scientist
 * (Mid) London £100K–£150K ("Salary by Location (2026)").
 */
import { describe, expect, it } from 'vitest';
import { negotiate, project } from '$lib/engine';
import { headline } from '$lib/engine/compare';
import { applyAsk, ceilThousand, modestBase } from '$lib/engine/negotiate-ask';
import { Dec } from '$lib/engine/money';

const sfMid = { name: 'Acme AI', role: 'ml-engineer', level: 'mid', location: 'san-francisco' };

/** The ask as strings, for comparing with hand-worked values. */
function askText(input: unknown): Record<string, string> {
	const { ask } = negotiate(input);
	return Object.fromEntries(Object.entries(ask).map(([k, v]) => [k, String(v)]));
}

describe('the target and the ask for each stance, without competing offers', () => {
	// Base 200,000 only: current 200,000 a year. Target = 200,000 + p × 80,000.
	it.each([
		['conservative', '240000'], // p 0.50
		['balanced', '260000'], // p 0.75
		['ambitious', '272000'] // p 0.90
	] as const)('%s: target %s, all in base (no grant to share it)', (stance, target) => {
		const r = negotiate({ offer: { ...sfMid, base: 200000 }, stance });
		expect([String(r.target), String(r.current), String(r.asked)]).toEqual([
			target,
			'200000',
			target
		]);
		expect(askText({ offer: { ...sfMid, base: 200000 }, stance })).toEqual({ base: target });
	});

	it('counts the bonus on the asked base: 40,000 gap ÷ 1.1 → base 237,000', () => {
		// current 200,000 + 10 % = 220,000; base 236,363.64 rounds up to 237,000 → 260,700.
		const r = negotiate({ offer: { ...sfMid, base: 200000, bonusPct: 10 } });
		expect([String(r.ask.base), String(r.asked), String(r.worth)]).toEqual([
			'237000',
			'260700',
			'162800' // 4 × 40,700
		]);
	});

	it('splits the gap between base and equity in the offer’s own mix', () => {
		// Base 160,000 + RSU 160,000 over 4 years (40,000 a year): current 200,000, gap 60,000.
		// Equity share 160,000 ÷ (640,000 + 160,000) = 20 %: 12,000 a year → grant +48,000.
		// Base 48,000 → 208,000. Asked: 208,000 + 208,000 ÷ 4 = 260,000.
		const input = {
			offer: { ...sfMid, base: 160000, equity: { type: 'rsu', grant: 160000 } }
		};
		expect(askText(input)).toEqual({ base: '208000', equityGrant: '208000' });
		expect(String(negotiate(input).asked)).toBe('260000');
	});
});

describe('an offer already at or above the target gets the modest ask', () => {
	// Base 300,000 > the 260,000 target: base + 3 / 5 / 7 %, rounded up to thousands.
	it.each([
		['conservative', '309000', '36000'],
		['balanced', '315000', '60000'],
		['ambitious', '321000', '84000']
	] as const)('%s: base %s, worth %s over 4 years', (stance, base, worth) => {
		const r = negotiate({ offer: { ...sfMid, base: 300000 }, stance });
		expect([String(r.ask.base), String(r.worth), Object.keys(r.ask)]).toEqual([
			base,
			worth,
			['base']
		]);
		expect(r.reasons.base).toContain(
			"Don't accept the first offer. Even modest negotiation adds $10K–$30K lifetime per role."
		);
	});

	it('has no target without a role, level or competitor, and still asks modestly', () => {
		const r = negotiate({ offer: { name: 'Solo', location: 'austin', base: 150000 } });
		expect([r.target, r.market, String(r.ask.base)]).toEqual([null, null, '158000']);
		expect(r.talkingPoints.join(' ')).toContain('no market range');
	});
});

describe('competing offers', () => {
	const austin = { name: 'Lone Star ML', role: 'ml-engineer', level: 'mid', location: 'austin' };
	const beta = { name: 'Beta Labs', location: 'san-francisco', base: 240000, bonusPct: 10 };

	it('raises the target to the best competitor and matches its bonus', () => {
		// Market 140,000 + 0.75 × 60,000 = 185,000; Beta averages 264,000, so the target is
		// 264,000. Bonus 10 % asked; current with it 165,000; gap 99,000 ÷ 1.1 = 90,000.
		const r = negotiate({ offer: { ...austin, base: 150000 }, competing: [beta] });
		expect([String(r.target), String(r.market?.percentileValue), String(r.asked)]).toEqual([
			'264000',
			'185000',
			'264000'
		]);
		expect(askText({ offer: { ...austin, base: 150000 }, competing: [beta] })).toEqual({
			bonusPct: '10',
			base: '240000'
		});
		const text = [
			...negotiate({ offer: { ...austin, base: 150000 }, competing: [beta] }).talkingPoints
		];
		expect(text.join(' ')).toContain("Beta Labs' offer averages $264,000 a year over 4 years");
	});

	it('keeps the market target when the competitor is below it', () => {
		const low = { name: 'Small Co', location: 'austin', base: 120000 };
		const r = negotiate({ offer: { ...austin, base: 150000 }, competing: [low] });
		expect([String(r.target), String(r.ask.base)]).toEqual(['185000', '185000']);
	});

	it('never names the competitor when asked not to', () => {
		const r = negotiate({
			offer: { ...austin, base: 150000 },
			competing: [beta],
			discloseCompeting: false
		});
		expect(JSON.stringify(r)).not.toContain('Beta Labs');
		expect(r.scripts.email).toContain('I also have another offer that averages $264,000');
		expect(r.competing?.name).toBeNull();
	});

	it('asks for remote work and the competitor’s relocation', () => {
		const remote = { name: 'Anywhere Inc', location: 'remote', base: 100000, relocation: 7500 };
		const r = negotiate({ offer: { ...austin, base: 150000 }, competing: [remote] });
		expect([r.ask.remote, String(r.ask.relocation), Object.keys(r.reasons).sort()]).toEqual([
			true,
			'8000',
			['base', 'relocation', 'remote']
		]);
		// The relocation is not counted toward the target, but the average holds it: the scripts
		// say so (185,000 + 8,000 ÷ 4 = 187,000), rather than add it on top of that average.
		expect(r.scripts.email).toContain(
			'would average $187,000 a year over 4 years, relocation included, reaching the 75th percentile'
		);
	});
});

describe('currencies', () => {
	it('converts a USD competitor into a GBP offer', () => {
		// London DS Mid £100K–£150K → £137,500. Competitor 204,000 USD ÷ 1.36 = £150,000.
		const r = negotiate({
			offer: {
				name: 'Thames Data',
				role: 'data-scientist',
				level: 'mid',
				location: 'london',
				base: 90000
			},
			competing: [{ name: 'Hudson AI', location: 'new-york', base: 204000 }]
		});
		expect([
			r.currency,
			String(r.target),
			String(r.ask.base),
			String(r.competing?.averageHere)
		]).toEqual(['GBP', '150000', '150000', '150000']);
		expect(r.scripts.email).toContain('£150,000');
		expect(r.scripts.email).toContain(
			'that averages $204,000 a year over the same 4 years (£150,000 at 1.36 US dollars per pound).'
		);
	});

	it('converts a GBP market range into a USD offer in London', () => {
		// £100K–£150K × 1.36 = $136,000–$204,000; 75th percentile 187,000.
		const r = negotiate({
			offer: {
				name: 'Expat Co',
				role: 'data-scientist',
				level: 'mid',
				location: 'london',
				currency: 'USD',
				base: 150000
			}
		});
		expect([String(r.market?.low), String(r.market?.high), String(r.target)]).toEqual([
			'136000',
			'204000',
			'187000'
		]);
		// The scripts say the figure was converted, and from what: the guide printed pounds.
		expect(r.scripts.email).toContain(
			'at $136,000–$204,000 a year (converted from £100,000–£150,000 at 1.36 US dollars per pound).'
		);
		expect(r.scripts.call).toContain(
			'is $136,000 to $204,000 a year (converted from £100,000 to £150,000 at 1.36 US dollars per pound).'
		);
	});
});

describe('the scripts say what the guide says of a range, and nothing more', () => {
	// An offer always has a location, so its range is a location figure or a derived one.
	const scripts = (offer: Record<string, unknown>) => negotiate({ offer }).scripts;

	it('a location figure carries no label: the guide does not say what that table counts', () => {
		const { email, call } = scripts({ ...sfMid, base: 150000 });
		// Cited with title, publisher and year: a recruiter needs no more.
		expect(email).toContain(
			'"The Complete AI Career Guide for 2026" (HireKit Team, 2026) puts a Mid-level ML Engineer in San Francisco, CA at'
		);
		expect(email).toContain('at $200,000–$280,000 a year.');
		expect(call).toContain('is $200,000 to $280,000 a year.');
		// The market point follows the caution on this outsized ask (target 260,000, 73 % above).
		const { talkingPoints } = negotiate({ offer: { ...sfMid, base: 150000 } });
		expect(talkingPoints.find((point) => point.startsWith('Market range:'))).toContain(
			'does not say whether its "Salary by Location" table counts base pay or total compensation'
		);
	});

	it('leaves out a range the ask is above: a competing offer’s target', () => {
		// Austin ML Engineer (Mid) $140K–$200K. The competitor's 260,000 beats the 90th
		// percentile (194,000): target 260,000, all in base, 60,000 above the range's top.
		const r = negotiate({
			offer: { ...sfMid, name: 'Lone Star AI', location: 'austin', base: 150000 },
			competing: [{ name: 'Bay AI', location: 'san-francisco', base: 260000 }],
			stance: 'ambitious'
		});
		expect([String(r.target), String(r.asked)]).toEqual(['260000', '260000']);
		for (const script of [r.scripts.email, r.scripts.call]) {
			expect(script).not.toContain('$140,000');
			expect(script).toContain('Bay AI');
		}
		expect(r.talkingPoints.join('\n')).toContain(
			"Left out of the scripts: the ask averages $260,000 a year, $60,000 above the top of this range ($200,000), so quoting the range would argue against it. The ask rests on Bay AI's offer"
		);
		expect(r.talkingPoints.join('\n')).not.toContain('Use data');
	});

	it('leaves out a range the offer is already above: a modest ask', () => {
		// Base 300,000 in SF, market $200K–$280K: balanced modest ask +5 % → 315,000.
		const r = negotiate({ offer: { ...sfMid, base: 300000 } });
		expect(String(r.asked)).toBe('315000');
		expect(r.scripts.email).not.toContain('$280,000');
		expect(r.talkingPoints.join('\n')).toContain(
			'Left out of the scripts: the offer already averages $300,000 a year, $20,000 above the top of this range ($280,000), so quoting the range would argue against your ask. The ask rests on the offer itself.'
		);
	});

	it('does not advise leading with a range it left out', () => {
		const r = negotiate({
			offer: { ...sfMid, base: 300000 },
			competing: [{ name: 'Beta', location: 'austin', base: 150000 }]
		});
		const competing = r.talkingPoints.find((point) => point.startsWith('Competing offer'));
		expect(competing).toContain('it shows you have options, but do not lead with its figures');
		expect(competing).not.toContain('lead with the market range');
	});

	it.each([
		// Inside the range, a modest ask (+5 %) lands above its top: 270,000 → 284,000.
		['balanced', 270000, '284000'],
		// The least raise worth asking lands above it: 268,000 → 287,000.
		['ambitious', 268000, '287000']
	] as const)(
		'quotes the range for an offer inside it whose ask ends a little above (%s, %i)',
		(stance, base, asked) => {
			const r = negotiate({ offer: { ...sfMid, base }, stance });
			expect(String(r.asked)).toBe(asked);
			expect(r.scripts.email).toContain('at $200,000–$280,000 a year.');
			expect(r.talkingPoints.join('\n')).not.toContain('Left out');
		}
	);

	it('a derived range says so in both scripts, the call included', () => {
		// ML Engineer Senior, SF: 200,000 × 200/150 = 266,667 → 267,000; 350,000 × 280/220 →
		// 445,455 → 445,000. The guide prints no such figure: it is the candidate's estimate.
		const { email, call } = scripts({ ...sfMid, level: 'senior', base: 200000 });
		expect(email).toContain(
			'working from the salary tables in "The Complete AI Career Guide for 2026" (HireKit Team, 2026), I estimate the market for a Senior ML Engineer in San Francisco, CA at $267,000–$445,000 a year in total compensation.'
		);
		expect(call).toContain(
			'Working from the salary tables in "The Complete AI Career Guide for 2026", I estimate the market for a Senior ML Engineer in San Francisco, CA at $267,000 to $445,000 a year in total compensation.'
		);
	});
});

describe('forfeited equity', () => {
	it('asks a sign-on that covers it, on top of the target', () => {
		// Current: 200,000 + 10,000 ÷ 4 = 202,500; gap 57,500 → base 258,000. The sign-on,
		// 45,500 → 46,000 (the offer has 10,000), is on top: asked 258,000 + 46,000 ÷ 4 =
		// 269,500; worth 4 × 58,000 + 36,000 = 268,000.
		const r = negotiate({
			offer: { ...sfMid, base: 200000, signOn: 10000 },
			forfeited: '45500'
		});
		expect([String(r.ask.signOn), String(r.ask.base), String(r.asked), String(r.worth)]).toEqual([
			'46000',
			'258000',
			'269500',
			'268000'
		]);
		expect(r.reasons.signOn).toContain('$45,500 of unvested equity and bonus');
		expect(r.scripts.email).toContain('to cover the $45,500 of unvested equity and bonus');
	});

	it('does not ask a sign-on when the offer’s already covers it', () => {
		const r = negotiate({ offer: { ...sfMid, base: 200000, signOn: 50000 }, forfeited: 40000 });
		expect([r.ask.signOn, r.talkingPoints.some((p) => p.includes('already covers it'))]).toEqual([
			undefined,
			true
		]);
	});
});

describe('the asked terms, projected, reach the target', () => {
	it('for the worked example’s lab offer (RSU, refresher, bonus, sign-on)', () => {
		const lab = {
			...sfMid,
			level: 'senior',
			base: 210000,
			bonusPct: 10,
			signOn: 30000,
			equity: { type: 'rsu', grant: 400000, vesting: 'standard', refresh: 50000 }
		};
		const r = negotiate({ offer: lab, forfeited: 50000 });
		const offer = r.askedOffer;
		expect(offer).not.toBeNull();
		const average = headline(project(offer)).averageYearlyTotal;
		expect([average.greaterThanOrEqualTo(r.target ?? 0), String(average)]).toEqual([
			true,
			String(r.asked)
		]);
	});

	it('turns an option grant’s value into whole shares', () => {
		// 40,000 shares × (10 − 2) = 320,000; 360,000 ÷ 8 = 45,000 shares.
		const offer = negotiate({
			offer: {
				...sfMid,
				base: 150000,
				equity: { type: 'options', shares: 40000, strike: 2, price: 10 }
			}
		}).askedOffer;
		expect(offer).not.toBeNull();
		if (offer) {
			const asked = applyAsk(offer, { equityGrant: new Dec(360000) });
			expect(asked.equity?.type === 'options' && String(asked.equity.shares)).toBe('45000');
		}
	});
});

describe('helpers', () => {
	it.each([
		['157500', '158000'],
		['158000', '158000'],
		['0.01', '1000'],
		['0', '0']
	])('ceilThousand(%s) = %s', (value, expected) => {
		expect(String(ceilThousand(new Dec(value)))).toBe(expected);
	});

	it.each([
		['150000', 'balanced', '158000'],
		['0', 'balanced', '1000'],
		['100000', 'conservative', '103000']
	] as const)('modestBase(%s, %s) = %s', (base, stance, expected) => {
		expect(String(modestBase(new Dec(base), stance))).toBe(expected);
	});
});

describe('bad input never throws', () => {
	it.each([
		['undefined', undefined, ''],
		['a string', 'offer', ''],
		['no offer', {}, 'offer'],
		['a bad stance', { offer: { ...sfMid, base: 1 }, stance: 'bold' }, 'stance'],
		['a negative forfeit', { offer: { ...sfMid, base: 1 }, forfeited: -5 }, 'forfeited'],
		['a bad competitor', { offer: { ...sfMid, base: 1 }, competing: [{}] }, 'competing.0'],
		['a bad horizon', { offer: { ...sfMid, base: 1 }, years: 11 }, 'years']
	])('%s → errors, empty ask and texts', (_, input, path) => {
		const r = negotiate(input);
		expect([
			r.errors?.some((e) => e.path.startsWith(path)),
			r.ask,
			r.scripts,
			r.talkingPoints
		]).toEqual([true, {}, { email: '', call: '' }, []]);
	});
});

describe('the words of the gap', () => {
	it('counts the matched bonus inside the gap it reports', () => {
		// Given Lone Star ML at 150,000 (Austin) against Beta Labs (264,000 a year, 10 % bonus),
		// the whole gap is 264,000 − 150,000 = 114,000; the matched bonus closes 15,000 of it
		// and the base carries the other 99,000.
		const r = negotiate({
			offer: {
				name: 'Lone Star ML',
				role: 'ml-engineer',
				level: 'mid',
				location: 'austin',
				base: 150000
			},
			competing: [{ name: 'Beta Labs', location: 'san-francisco', base: 240000, bonusPct: 10 }]
		});
		expect(r.talkingPoints.join(' ')).toContain('$114,000 a year short');
		expect(r.reasons.base).toContain(
			"Matching the bonus target closes $15,000 of the $114,000 a year between the offer's average of $150,000"
		);
		expect(r.reasons.base).toContain('carries all of the remaining $99,000 a year.');
		expect(r.reasons.bonusPct).toContain('It adds about $15,000 a year on average');
	});

	it.each([
		['Acme', "Acme's"],
		['Hudson Labs', "Hudson Labs'"]
	])('writes the possessive of %s as %s', (name, expected) => {
		const r = negotiate({
			offer: { name, role: 'ml-engineer', level: 'mid', location: 'austin', base: 150000 }
		});
		expect(r.talkingPoints.join(' ')).toContain(`${expected} offer averages $150,000`);
	});
});

describe('the scripts’ sentences fit the ask', () => {
	it('says "this change" and "on this" for one term, and "its first year" over one year', () => {
		// Base 200,000 in SF, 1 year: target 260,000 (balanced), all in base.
		const r = negotiate({ offer: { ...sfMid, base: 200000 }, years: 1 });
		expect(Object.keys(r.ask)).toEqual(['base']);
		expect(r.scripts.email).toContain('The offer as it stands pays $200,000 in its first year.');
		expect(r.scripts.email).toContain(
			'With this change the offer would pay $260,000 in its first year'
		);
		expect(r.scripts.call).toMatch(/What flexibility do you have on this\?$/);
		expect(r.scripts.email).not.toContain('a year over 1 year');
	});

	it('calls an unnamed competitor "the other offer" the second time', () => {
		const r = negotiate({
			offer: { ...sfMid, name: 'Lone Star AI', location: 'austin', base: 150000 },
			competing: [{ name: 'Bay AI', location: 'san-francisco', base: 260000 }],
			discloseCompeting: false
		});
		expect(r.scripts.email).toContain('I also have another offer that averages $260,000');
		expect(r.scripts.email).toContain('in line with the other offer.');
		expect(r.scripts.email).not.toContain('Bay AI');
	});

	it('says the forfeit’s sign-on is why the average passes the competitor’s, and asks a larger one', () => {
		const r = negotiate({
			offer: { ...sfMid, name: 'Lone Star AI', location: 'austin', base: 150000 },
			competing: [{ name: 'Rival', location: 'san-francisco', base: 260000 }],
			forfeited: 80000
		});
		expect(r.ask.signOn).toBeDefined();
		// The average holds the sign-on, so it reaches Rival's average rather than matches it.
		expect(r.scripts.email).toContain(
			"a year over 4 years, sign-on included, reaching the average of Rival's offer."
		);
		expect(r.scripts.call).toContain(
			"If there's less room on the base, I'm open to reaching the same total through a larger sign-on or equity."
		);
	});
});
