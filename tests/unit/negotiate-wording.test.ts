/**
 * negotiate's words, as a negotiation coach reads them: a weaker competing offer is named but
 * not quoted, lists stay unambiguous, every amount Counteroffer works out is written one way,
 * and a sentence says only what applies to the offer. Figures are worked in the comments from
 * the guide's ML Engineer (Mid) San Francisco $200K–$280K, Austin $140K–$200K and Data
 * Scientist (Mid) London £100K–£150K.
 */
import { describe, expect, it } from 'vitest';
import { negotiate } from '$lib/engine';

const sfMid = { name: 'Acme AI', role: 'ml-engineer', level: 'mid', location: 'san-francisco' };

/** The worked example's lab offer: averages $357,250 a year; balanced target $400,500. */
const lab = {
	...sfMid,
	name: 'Bay Lab',
	level: 'senior',
	base: 210000,
	bonusPct: 10,
	signOn: 30000,
	equity: { type: 'rsu', grant: 400000, vesting: 'standard', refresh: 50000 }
};

/** A London offer with nothing but a base, a remote competitor and a forfeit (ambitious). */
const london = {
	offer: {
		name: 'Thames Data',
		role: 'data-scientist',
		level: 'mid',
		location: 'london',
		base: 100000
	},
	competing: [{ name: 'Anywhere', location: 'remote', base: 120000 }],
	stance: 'ambitious',
	forfeited: 45000
};

describe('a competing offer no higher than this one is named, not quoted', () => {
	// Given an SF offer of 240,000 a year (target 260,000) and an Austin offer of 150,000 or
	// 240,000 a year, the scripts mention the other offer without its figure.
	it.each([
		['below', 150000, '$150,000'],
		['level with', 240000, '$240,000 a year over the same']
	] as const)('%s it: no figure in the scripts', (_, base, figure) => {
		const competing = [{ name: 'Small Co', location: 'austin', base }];
		const r = negotiate({ offer: { ...sfMid, base: 240000 }, competing });
		for (const script of [r.scripts.email, r.scripts.call]) {
			expect(script).toContain("I'm also weighing an offer from Small Co.");
			expect(script).not.toContain(figure);
			expect(script).not.toContain('I also have');
		}
		const point = r.talkingPoints.find((p) => p.startsWith('Competing offer'));
		expect(point).toContain(
			"The scripts mention it but leave its figure out, because a figure no higher than this offer's invites the company to hold firm."
		);
	});

	it('says "another offer" when the company is not named', () => {
		const r = negotiate({
			offer: lab,
			competing: [{ name: 'Lone Star', location: 'austin', base: 175000 }],
			discloseCompeting: false
		});
		expect(r.scripts.email).toContain("I'm also weighing another offer.");
		expect(r.scripts.email).not.toContain('Lone Star');
	});

	it('keeps quoting a higher one', () => {
		const r = negotiate({
			offer: { ...sfMid, base: 240000 },
			competing: [{ name: 'Big Co', location: 'san-francisco', base: 300000 }]
		});
		expect(r.scripts.call).toContain(
			'I also have an offer from Big Co that averages $300,000 a year over the same 4 years.'
		);
		expect(r.talkingPoints.join('\n')).not.toContain('leave its figure out');
	});
});

describe('the call says why the sign-on in a sentence of its own', () => {
	it('does not run the forfeit into the rest of the list (remote work)', () => {
		// Target £145,000 (90th percentile), all in base; the sign-on covers the £45,000.
		const { call } = negotiate(london).scripts;
		expect(call).toContain(
			"I'm asking for a base salary of £145,000, a sign-on bonus of £45,000 and the option to work remotely. The sign-on would cover the £45,000 I'd leave behind."
		);
		expect(call).not.toMatch(/leave behind and/);
	});
});

describe('the "Use data" line', () => {
	it('writes every computed amount in full and names every asked amount', () => {
		// Base 238,000 and grant 453,000 bring the lab offer to 401,300; a 50,000 sign-on (the
		// forfeit) adds 12,500 a year: 406,300.
		const point = negotiate({ offer: lab, forfeited: 50000 }).talkingPoints.find((p) =>
			p.startsWith('Use data')
		);
		const quoted = point?.split('"Market rate for Senior')[1] ?? '';
		expect(quoted).toContain(
			"is $267,000–$445,000 in total compensation. I'm asking for $238,000 base, a $453,000 initial RSU grant and a $50,000 sign-on, which together bring the package to an average of $406,300 a year."
		);
		expect(quoted).not.toMatch(/\d(?:\.\d)?K/);
	});
});

describe('phrasing', () => {
	it('says a term is new when the offer had none', () => {
		// The competitor's relocation and bonus are matched; the offer has neither, nor a sign-on.
		const r = negotiate({
			...london,
			competing: [
				{ name: 'Anywhere', location: 'remote', base: 120000, bonusPct: 10, relocation: 5000 }
			]
		});
		const { email } = r.scripts;
		expect(email).toContain('- Bonus target: 10% of base (new)');
		expect(email).toContain('- Sign-on bonus: £45,000 (new), to cover');
		expect(email).toContain('- Relocation: £4,000 (new)');
		expect(email).not.toContain('up from £0');
		expect(email).not.toContain('up from 0%');
		expect(r.reasons.signOn).toContain('(the offer has none)');
	});

	it.each(['conservative', 'balanced', 'ambitious'] as const)(
		'says "I\'m excited" once in the %s email',
		(stance) => {
			const { email } = negotiate({ offer: lab, stance }).scripts;
			expect(email.split("I'm excited").length - 1).toBe(1);
		}
	);

	it.each([
		// [raise %, bonus %, what the worth point says grows with the base, the base reason's]
		[0, 0, '', ''],
		[0, 10, ', with the bonus rising with the base', ', with the bonus that follows it,'],
		[3, 0, ', with raises compounding on the higher base', ', with the raises that follow it,'],
		[
			3,
			10,
			', with raises compounding on the higher base and the bonus following it',
			', with the bonus and raises that follow it,'
		]
	])(
		'raise %i %, bonus %i %: says only what grows with the base',
		(raisePct, bonusPct, worth, base) => {
			const r = negotiate({ offer: { ...sfMid, base: 200000, raisePct, bonusPct } });
			expect(r.talkingPoints.at(-1)).toMatch(
				/^Don't accept the first offer: this ask is worth \$[\d,]+ over 4 years[,.]/
			);
			expect(r.talkingPoints.at(-1)).toContain(`over 4 years${worth}. `);
			expect(r.reasons.base).toMatch(/^A base of \$[\d,]+ \(up \$[\d,]+ from \$200,000\)/);
			expect(r.reasons.base).toContain(`from $200,000)${base} carries`);
		}
	);

	it('says the matched bonus closes part of the gap in a sentence of its own', () => {
		// Austin 150,000 against Beta Labs (264,000 a year, 10 % bonus): the gap is 114,000; the
		// matched bonus closes 15,000 and the base carries the other 99,000 (no raises: none said).
		const r = negotiate({
			offer: { ...sfMid, location: 'austin', base: 150000 },
			competing: [{ name: 'Beta Labs', location: 'san-francisco', base: 240000, bonusPct: 10 }]
		});
		expect(r.reasons.base).toBe(
			"Matching the bonus target closes $15,000 of the $114,000 a year between the offer's average of $150,000 and the target of $264,000, the average of Beta Labs' offer over the same 4 years. A base of $240,000 (up $90,000 from $150,000), with the bonus that follows it, carries all of the remaining $99,000 a year."
		);
		expect(r.reasons.bonusPct).toMatch(/It adds about \$15,000 a year on average\.$/);
	});
});

describe('the forfeit field’s messages', () => {
	const message = (forfeited: unknown) =>
		negotiate({ offer: lab, forfeited }).errors?.find((e) => e.path === 'forfeited')?.message;

	it.each([
		['1e6', 'What you would forfeit must be typed in digits, like 50000.'],
		['200 thousand', 'What you would forfeit must be typed in digits, like 50000.'],
		['-5', 'What you would forfeit cannot be negative.'],
		['1000000001', 'What you would forfeit must be at most 1,000,000,000; this is 1000000001.']
	])('%s → %s', (forfeited, expected) => {
		expect(message(forfeited)).toBe(expected);
	});

	it('reads a million given as a number, and an empty field as nothing forfeited', () => {
		expect([
			message(1e6),
			message(''),
			String(negotiate({ offer: lab, forfeited: 1e6 }).ask.signOn)
		]).toEqual([undefined, undefined, '1000000']);
	});
});
