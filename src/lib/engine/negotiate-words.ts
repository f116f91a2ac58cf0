/**
 * The shared vocabulary of the negotiation texts: money as people write it, the role and city
 * of an offer, the guide's citation and its tips, and the facts every text draws on.
 *
 * Money is formatted here with Intl (en-US; GBP with £) rather than with src/lib/format.ts,
 * because the engine never imports upward; the two agree (whole units, half away from zero).
 * Amounts reach Intl as decimal strings, which it reads exactly.
 */
import type Decimal from 'decimal.js';
import { negotiationGuide } from './guide-prose';
import { levelById, locationById, roleById } from './market';
import { guideSource } from './market-notes';
import type { AskPlan, Competitor, Stance } from './negotiate-ask';
import type { NegotiationMarket } from './negotiate';
import type { Money } from './money';
import { writeDate, writeMoney, writeNumber } from './number-text';
import type { Currency, Fx, Offer } from './types';

/** Everything the texts are written from. */
export interface TextFacts {
	offer: Offer;
	plan: AskPlan;
	market: NegotiationMarket | null;
	/** The best competing offer (by average yearly total), if any. */
	top: Competitor | null;
	target: Money | null;
	current: Money;
	asked: Money;
	worth: Money;
	forfeited: Money;
	stance: Stance;
	percentile: number;
	years: number;
	fx: Fx;
	disclose: boolean;
}

/** @example money(new Dec('238000'), 'USD') // '$238,000'; money(new Dec(130000), 'GBP') // '£130,000' */
export function money(value: Decimal, currency: Currency): string {
	return writeMoney(value, currency);
}

/**
 * After an asked term in the email: " (up from $30,000)", or " (new)" when the offer has none
 * of it (a sign-on, relocation, bonus or grant of zero), which "up from $0" would say stiffly.
 *
 * @example upFrom(new Dec(0), '$0') // ' (new)'; upFrom(10, '10%') // ' (up from 10%)'
 */
export function upFrom(current: Decimal | number, written: string): string {
	const none = typeof current === 'number' ? current === 0 : current.isZero();
	return none ? ' (new)' : ` (up from ${written})`;
}

/**
 * What rises with a higher base in an offer: its raises (they compound, so only over more than
 * one year and only when there are any) and its bonus (a percentage of the base, when above 0).
 * A text names only what applies.
 */
export function growsWithBase(offer: Offer, years: number): { raises: boolean; bonus: boolean } {
	return { raises: years > 1 && offer.raisePct > 0, bonus: offer.bonusPct > 0 };
}

/**
 * What makes a higher base worth more over the horizon, after "worth $X over 4 years": only
 * what applies to the asked offer, or nothing (no raises over the horizon and no bonus).
 *
 * @example baseGrowthText({ ...offer, raisePct: 3, bonusPct: 10 }, 4)
 * // ', with raises compounding on the higher base and the bonus following it'
 */
export function baseGrowthText(asked: Offer, years: number): string {
	const { raises, bonus } = growsWithBase(asked, years);
	if (raises) {
		return `, with raises compounding on the higher base${bonus ? ' and the bonus following it' : ''}`;
	}
	return bonus ? ', with the bonus rising with the base' : '';
}

/** @example pct(12.5) // '12.5%' */
export function pct(value: number): string {
	return `${writeNumber(value)}%`;
}

/** @example count(new Dec(45000)) // '45,000' */
export function count(value: Decimal): string {
	return writeNumber(value);
}

/** @example yearsText(4) // '4 years'; yearsText(1) // '1 year' */
export function yearsText(years: number): string {
	return years === 1 ? '1 year' : `${years} years`;
}

// In number-text.ts with the other writers, so the compare page's first screen has it alone.
export { listText } from './number-text';

/**
 * A name's possessive as a person writes it: "Acme's", but "Hudson Labs'".
 *
 * @example possessive('Hudson Labs') // "Hudson Labs'"
 */
export function possessive(name: string): string {
	return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** Capitalizes the first letter (sentences that start with "another offer"). */
export function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Senior ML Engineer", "Mid-level Data Scientist", "ML Engineer", or null without a role. */
export function roleTitle(offer: Offer): string | null {
	const role = offer.role === undefined ? undefined : roleById(offer.role);
	if (role === undefined) {
		return null;
	}
	const level = offer.level === undefined ? undefined : levelById(offer.level);
	const prefix =
		level === undefined ? '' : level.id === 'senior' ? `${level.name} ` : `${level.name}-level `;
	return `${prefix}${role.name}`;
}

/** The title with its article: "a Senior ML Engineer", "an ML Engineer", "the role". */
export function roleWithArticle(offer: Offer): string {
	const title = roleTitle(offer);
	if (title === null) {
		return 'the role';
	}
	// Vowels and the letter names of ML, MLOps, NLP take "an".
	return /^(?:[AEIOU]|M[A-Z]|N[A-Z])/.test(title) ? `an ${title}` : `a ${title}`;
}

/** "the Senior ML Engineer role" or "the role". */
export function theRole(offer: Offer): string {
	const title = roleTitle(offer);
	return title === null ? 'the role' : `the ${title} role`;
}

/** "in San Francisco, CA" or "working remotely". */
export function cityPhrase(offer: Offer): string {
	if (offer.location === 'remote') {
		return 'working remotely';
	}
	return `in ${locationById(offer.location)?.name ?? offer.location}`;
}

/** A city name for the "Use data" line ("San Francisco, CA", "remote"). */
export function cityName(offer: Offer): string {
	return offer.location === 'remote' ? 'remote roles' : (locationById(offer.location)?.name ?? '');
}

/** The guide as cited in the texts, with both dates it shows. */
export const guideCitation =
	`"${guideSource.title}" (${guideSource.publisher}, published ` +
	`${writeDate(guideSource.published)}; the page also shows ` +
	`${writeDate(guideSource.publishedAlso)})`;

/**
 * The guide as an email to a recruiter cites it: title, publisher and year. The talking
 * points, read by the user, keep both of the page's dates.
 */
export const guideEmailCitation = `"${guideSource.title}" (${guideSource.publisher}, ${guideSource.published.slice(0, 4)})`;

/** The guide's short name, for a second mention. */
export const guideTitle = `"${guideSource.title}"`;

/** A tip's text, verbatim, by its title (empty if the data ever drops it). */
export function tip(title: string): string {
	return negotiationGuide.tips.find((t) => t.title === title)?.text ?? '';
}

export const firstOfferAdvice: string = negotiationGuide.firstOffer.text;

/** How a competing offer is named: its company, or "another offer" when it must not be. */
export function competitorName(facts: TextFacts, competitor: Competitor): string {
	return facts.disclose ? competitor.offer.name : 'another offer';
}

/** "Beta AI's offer" / "another offer". */
export function competitorOffer(facts: TextFacts, competitor: Competitor): string {
	return facts.disclose ? `${possessive(competitor.offer.name)} offer` : 'another offer';
}

/**
 * Whether the best competing offer averages more than the negotiated one. Only then do the
 * scripts quote its figure: a figure no higher than the offer's own invites the company to hold
 * firm, so the scripts then say only that there is another offer.
 */
export function competitorAbove(facts: TextFacts, competitor: Competitor): boolean {
	return competitor.averageHere.greaterThan(facts.current);
}

/** " (£183,824 at 1.36 US dollars per pound)" after a competitor's figure in another currency. */
export function competitorConversion(facts: TextFacts, competitor: Competitor): string {
	return competitor.offer.currency === facts.offer.currency
		? ''
		: ` (${money(competitor.averageHere, facts.offer.currency)} at ${writeNumber(facts.fx.GBPUSD)} US dollars per pound)`;
}

/** The market range as text, with the "+" of an open-ended range. */
export function rangeText(market: NegotiationMarket, spoken = false): string {
	const join = spoken ? ' to ' : '–';
	const plus = market.openEnded ? '+' : '';
	return `${money(market.low, market.currency)}${join}${money(market.high, market.currency)}${plus}`;
}

/**
 * " in total compensation" after a range the guide (or the derivation from its role table)
 * counts that way; nothing after a figure of its "Salary by Location" table, which does not say
 * what it counts, so that a text never gives the guide a label it did not print.
 */
export function rangeCounts(market: NegotiationMarket): string {
	return market.table === 'location' ? '' : ' in total compensation';
}

/** ", converted from the guide's £130,000–£180,000 at 1.36 USD per GBP", or nothing. */
function conversion(market: NegotiationMarket, fx: Fx, spoken: boolean): string {
	const o = market.original;
	if (o === undefined) {
		return '';
	}
	const join = spoken ? ' to ' : '–';
	return `converted from ${money(o.low, o.currency)}${join}${money(o.high, o.currency)} at ${writeNumber(fx.GBPUSD)} US dollars per pound`;
}

/**
 * What a script says after the range: " (converted from …)" when it was, "" otherwise. A
 * derived range is not marked here: the script words it as the candidate's own estimate from
 * the guide's tables (negotiate-script.ts), so a figure Counteroffer worked out is never put
 * in the guide's mouth.
 */
export function rangeProvenance(market: NegotiationMarket, fx: Fx, spoken = false): string {
	const converted = conversion(market, fx, spoken);
	return converted === '' ? '' : ` (${converted})`;
}

/** Where the range comes from, for a talking point. */
export function rangeSource(market: NegotiationMarket, fx: Fx): string {
	const from =
		market.source === 'guide'
			? `as printed in ${guideCitation}`
			: `derived by Counteroffer from the salary tables of ${guideCitation}, which gives no figure for this exact role, level and city`;
	const counts =
		market.table === 'location'
			? `; the guide does not say whether its "Salary by Location" table counts base pay or total compensation, and Counteroffer compares it with total compensation`
			: '';
	if (market.original === undefined) {
		return from + counts;
	}
	const o = market.original;
	return `${from}; the guide's ${money(o.low, o.currency)}–${money(o.high, o.currency)} converted at ${writeNumber(fx.GBPUSD)} USD per GBP${counts}`;
}

/**
 * Why the scripts leave the market range out, or null when they quote it. Quoting a range
 * argues against the ask when the target is a competing offer's average above the range's top
 * ('competitor'), or when the offer already averages above that top ('offer-above'). An offer
 * inside the range whose modest ask or least raise lands a little above its top still quotes
 * it: the range then says the ask is at the top of the market. An open-ended range ("+") has
 * no top to be above.
 */
export function marketLeftOut(f: TextFacts): 'competitor' | 'offer-above' | null {
	const { market } = f;
	if (market === null || market.openEnded) {
		return null;
	}
	if (f.top && targetFromCompetitor(f) && f.asked.greaterThan(market.high)) {
		return 'competitor';
	}
	return f.current.greaterThan(market.high) ? 'offer-above' : null;
}

/** The scripts quote the market range: there is one, and it does not argue against the ask. */
export function marketSupportsAsk(f: TextFacts): boolean {
	return f.market !== null && marketLeftOut(f) === null;
}

/** Whether the target is the best competing offer's average (it beats the market's percentile). */
export function targetFromCompetitor(f: Pick<TextFacts, 'market' | 'top'>): boolean {
	const { market, top } = f;
	return top !== null && (market === null || top.averageHere.greaterThan(market.percentileValue));
}
