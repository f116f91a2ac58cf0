/**
 * "a" or "an" before a figure, from how it is read aloud (a QA pass found "a 11% bonus
 * target", "a 18% bonus target" and "a $80,000 sign-on" in negotiate's texts). English picks
 * the article by sound: 8, 11, 18, 80–89 and 800–899 start with a vowel sound ("eight",
 * "eleven", "eighteen", "eighty", "eight hundred"), and a grouped figure is read from its
 * leftmost group ("$80,000" is "eighty thousand dollars", "$1,800" is "one thousand eight
 * hundred dollars").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiate } from '$lib/engine';
import { articleFor, withArticle } from '$lib/engine/negotiate-article';
import { writeMoney, writeNumber } from '$lib/engine/number-text';
import { Dec } from '$lib/engine/money';

describe('articleFor', () => {
	it.each([
		['$80,000', 'an'],
		['$800,000', 'an'],
		['$8,500', 'an'],
		['$18,000', 'an'],
		['$11,000', 'an'],
		['$8,000', 'an'],
		['$89,999', 'an'],
		['£80,000', 'an'],
		['$1,800', 'a'],
		['$1,100', 'a'],
		['$100,000', 'a'],
		['$180,000', 'a'],
		['$46,000', 'a'],
		['$0', 'a'],
		['$8', 'an'],
		['8', 'an'],
		['11', 'an'],
		['18', 'an'],
		['80', 'an'],
		['800', 'an'],
		['8%', 'an'],
		['11%', 'an'],
		['18%', 'an'],
		['80%', 'an'],
		['8.5%', 'an'],
		['10%', 'a'],
		['1.8%', 'a'],
		['12.5%', 'a'],
		['$18,000,000', 'an'],
		['$1,080,000', 'a'],
		['initial grant', 'an'],
		['sign-on', 'a']
	])('%s takes "%s"', (text, article) => {
		// Given a figure as the texts write it, When its article is picked
		// Then it is the one its spoken form takes
		expect(articleFor(text)).toBe(article);
	});

	it('puts the article in front of the whole phrase', () => {
		expect(withArticle('$80,000 sign-on')).toBe('an $80,000 sign-on');
		expect(withArticle('18% bonus target')).toBe('an 18% bonus target');
		expect(withArticle('10% bonus target')).toBe('a 10% bonus target');
	});
});

/** The first word of a whole number in English, spelled out: an oracle written apart from the helper. */
function firstWord(n: number): string {
	const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
	const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
	const more = ['seventeen', 'eighteen', 'nineteen'];
	const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty'];
	let lead = n;
	while (lead >= 1000) {
		lead = Math.floor(lead / 1000);
	}
	if (lead >= 100) {
		return ones[Math.floor(lead / 100)] ?? '';
	}
	if (lead >= 20) {
		return tens[Math.floor(lead / 10)] ?? 'ninety';
	}
	return lead >= 10 ? ([...teens, ...more][lead - 10] ?? '') : (ones[lead] ?? '');
}

describe('articleFor, over any amount', () => {
	it('agrees with the first word of the amount spelled out, as money, a count or a percent', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
				// Given a whole amount, When it is written as money, a count and a percentage
				// ("one" is the number word written with a vowel but said with a "w")
				const word = firstWord(n);
				const expected = /^[aeiou]/.test(word) && word !== 'one' ? 'an' : 'a';
				// Then each takes the article its spoken first word takes
				expect(articleFor(writeMoney(new Dec(n), 'USD'))).toBe(expected);
				expect(articleFor(writeMoney(new Dec(n), 'GBP'))).toBe(expected);
				expect(articleFor(writeNumber(n))).toBe(expected);
				expect(articleFor(`${writeNumber(n)}%`)).toBe(expected);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('negotiate writes "an" where a figure needs it', () => {
	it.each([
		[8, 8000],
		[11, 11000],
		[18, 18000],
		[80, 80000]
	])('bonus target %i%, forfeit %i', (bonusPct, forfeited) => {
		// Given an SF offer with no bonus, a competitor with a bonus target to match and a forfeit
		// that the sign-on covers
		const r = negotiate({
			offer: {
				name: 'Acme',
				role: 'ml-engineer',
				level: 'mid',
				location: 'san-francisco',
				base: 200000
			},
			competing: [{ name: 'Rival', location: 'austin', base: 100000, bonusPct }],
			forfeited
		});
		// When the reasons, talking points and scripts are written
		const all = [...Object.values(r.reasons), ...r.talkingPoints, r.scripts.email, r.scripts.call];
		const text = all.join('\n');
		// Then the bonus and sign-on take "an", in the reason, the "Use data" line and the call
		const sign = writeMoney(new Dec(forfeited), 'USD');
		expect(r.reasons.bonusPct).toContain(`has an ${bonusPct}% bonus target`);
		expect(text).toContain(`an ${sign} sign-on`);
		expect(r.scripts.call).toContain(`an ${bonusPct}% bonus target`);
		expect(text).not.toMatch(/\ba [$£]?(?:8|11|18|8\d)\b/);
	});

	it('an initial RSU grant of $801,000', () => {
		// Given a Senior SF offer with a large grant, whose ask raises the grant to $801,000
		const r = negotiate({
			offer: {
				name: 'Lab',
				role: 'ml-engineer',
				level: 'senior',
				location: 'san-francisco',
				base: 150000,
				equity: { type: 'rsu', grant: 600000, vesting: 'standard' }
			}
		});
		expect(String(r.ask.equityGrant)).toBe('801000');
		// Then the "Use data" line asks for "an $801,000 initial RSU grant"
		expect(r.talkingPoints.join('\n')).toContain('and an $801,000 initial RSU grant');
	});
});
