/**
 * "a" or "an" before a figure, as English picks it: from the sound the figure is read aloud
 * with, not from its first character. "$80,000" is read "eighty thousand dollars" and takes
 * "an"; "$1,800" is read "one thousand eight hundred dollars" and takes "a". A currency sign
 * is read after the number, so it never decides.
 */

/** A figure at the start of a text: an optional currency sign, then digits grouped by commas. */
const FIGURE = /^[$£€]?(\d[\d,]*)/;

/**
 * Whether a group of up to three digits (1..999), read aloud, starts with a vowel sound. Of
 * English number words only "eight", "eleven", "eighteen" and "eighty" do: so 8, 11, 18,
 * 80–89 and every 800–899 ("eight hundred …").
 */
function groupTakesAn(group: number): boolean {
	if (group >= 100) {
		return Math.floor(group / 100) === 8;
	}
	return group === 8 || group === 11 || group === 18 || (group >= 80 && group <= 89);
}

/**
 * The article a text takes. A figure is read from its leading group of up to three digits
 * ("80,000" is "eighty thousand", "18,500,000" is "eighteen million …"), decimals after it
 * ("8.5%" is "eight point five percent"); zero is "zero". A text that does not start with a
 * figure (a minus sign is read "minus") takes "an" before a written vowel, "a" otherwise.
 *
 * @example articleFor('$80,000') // 'an'; articleFor('$1,800') // 'a'; articleFor('11%') // 'an'
 */
export function articleFor(text: string): 'a' | 'an' {
	const figure = FIGURE.exec(text);
	if (figure === null) {
		return /^[aeiou]/i.test(text) ? 'an' : 'a';
	}
	const digits = (figure[1] ?? '').replaceAll(',', '').replace(/^0+(?=\d)/, '');
	// Digits are grouped by three from the right: the leftmost group is read first.
	const lead = Number(digits.slice(0, ((digits.length - 1) % 3) + 1));
	return lead !== 0 && groupTakesAn(lead) ? 'an' : 'a';
}

/**
 * The text after its article.
 *
 * @example withArticle('$80,000 sign-on') // 'an $80,000 sign-on'
 * @example withArticle('10% bonus target') // 'a 10% bonus target'
 */
export function withArticle(text: string): string {
	return `${articleFor(text)} ${text}`;
}
