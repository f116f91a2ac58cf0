/**
 * The reasons of a counter-offer: one plain sentence per asked number, to the person ("you"),
 * quoting the amounts asked and what each adds. The talking points and scripts are written in
 * negotiate-text.ts and negotiate-script.ts from the same facts.
 */
import { ZERO, type Money } from './money';
import type { Ask, AskKey } from './negotiate-ask';
import { MODEST_RAISE_PCT } from './negotiate-ask';
import { askSplit, type AskSplit } from './negotiate-split';
import { withArticle } from './negotiate-article';
import { grantWeighting, optionSharesText } from './negotiate-grant';
import { offerFigure, onAverage, paysText, perYear } from './negotiate-horizon';
import {
	cityPhrase,
	competitorOffer,
	firstOfferAdvice,
	growsWithBase,
	money,
	pct,
	rangeText,
	roleWithArticle,
	targetFromCompetitor,
	upperFirst,
	yearsText,
	type TextFacts
} from './negotiate-words';

/** Where the target comes from, as a phrase: "the 75th percentile of …" or a competitor. */
export function targetOrigin(f: TextFacts): string {
	if (f.target === null) {
		return '';
	}
	if (f.top && targetFromCompetitor(f)) {
		return f.years === 1
			? `what ${competitorOffer(f, f.top)} pays in its first year`
			: `the average of ${competitorOffer(f, f.top)} over the same ${yearsText(f.years)}`;
	}
	if (f.market) {
		return `the ${f.percentile}th percentile of the market range, ${rangeText(f.market)}, for ${roleWithArticle(f.offer)} ${cityPhrase(f.offer)}`;
	}
	return '';
}

function baseReason(f: TextFacts, base: NonNullable<Ask['base']>, split: AskSplit | null): string {
	const c = f.offer.currency;
	const change = `${money(base, c)} (up ${money(base.minus(f.offer.base), c)} from ${money(f.offer.base, c)})`;
	if (f.plan.mode === 'modest') {
		const why =
			f.target === null
				? 'There is no market range (the offer names no role and level) and no competing offer, so'
				: `The offer already ${paysText(money(f.current, c), f.years)}, at or above the target of ${money(f.target, c)} (${targetOrigin(f)}), so`;
		return `${why} the ask is modest: a base of ${change}, about ${pct(MODEST_RAISE_PCT[f.stance])} more, because the guide's advice is "${firstOfferAdvice}"`;
	}
	const fromBonus = bonusPart(f);
	const whole = `the ${money(fullGap(f), c)}${perYear(f.years)} between ${offerFigure(money(f.current, c), f.years)} and the target of ${money(f.target ?? ZERO, c)}, ${targetOrigin(f)}`;
	// A matched bonus target closes part of the gap first, said in a sentence of its own; base
	// and equity carry the rest.
	const lead = fromBonus.isZero()
		? ''
		: `Matching the bonus target closes ${money(fromBonus, c)} of ${whole}. `;
	const gap = fromBonus.isZero()
		? whole
		: `the remaining ${money(f.plan.gap, c)}${perYear(f.years)}`;
	if (f.plan.baseAtFloor) {
		return `${lead}A base of ${change} is the least worth asking for (about ${pct(MODEST_RAISE_PCT[f.stance])} more) and already covers ${gap}.`;
	}
	const follow = followers(f);
	const head = `${lead}A base of ${change}${follow === '' ? '' : `, with ${follow},`}`;
	// A split is worked out whenever a grant is asked (only in gap mode, with a base ask).
	if (f.plan.ask.equityGrant === undefined || split === null) {
		return `${head} carries all of ${gap}.`;
	}
	// The amounts asked, not the mix the gap was split in: see negotiate-split.ts. What each
	// adds is projected (raises, bonus, vesting, growth, chance), so only the asks are whole
	// thousands, never the sum of what they add.
	return `${head} adds ${money(split.base, c)} ${onAverage(f.years)}: ${split.basePct}% of ${together(f, split)} (with both asks rounded up to whole thousands), which closes ${gap}.`;
}

/** "the $61,600 a year that base and equity add together". */
function together(f: TextFacts, split: AskSplit): string {
	return `the ${money(split.total, f.offer.currency)}${perYear(f.years)} that base and equity add together`;
}

/** What follows the asked base: "the bonus and raises that follow it", or less, or nothing. */
function followers(f: TextFacts): string {
	const { raises, bonus } = growsWithBase(f.plan.asked, f.years);
	if (raises && bonus) {
		return 'the bonus and raises that follow it';
	}
	return raises ? 'the raises that follow it' : bonus ? 'the bonus that follows it' : '';
}

/** The whole yearly gap from the offer as it stands to the target (zero without a target). */
export function fullGap(f: TextFacts): Money {
	return f.target === null || f.target.lte(f.current) ? ZERO : f.target.minus(f.current);
}

/** The part of the yearly gap a matched bonus target closes (the rest is `plan.gap`). */
function bonusPart(f: TextFacts): Money {
	if (f.plan.mode !== 'gap') {
		return ZERO;
	}
	const part = fullGap(f).minus(f.plan.gap);
	return part.isNegative() ? ZERO : part;
}

function equityReason(
	f: TextFacts,
	grant: NonNullable<Ask['equityGrant']>,
	split: AskSplit | null
): string {
	const c = f.offer.currency;
	const equity = f.offer.equity;
	const mix = `the gap was split in the offer's own mix of pay, in which equity is ${f.plan.equitySharePct}%`;
	// The grant's value is today's; what it adds a year is counted with growth and chance.
	const { growth, chance } = grantWeighting(equity);
	const share =
		split === null
			? `carries part of the yearly gap${chance}: ${mix}`
			: `adds ${money(split.equity, c)} ${onAverage(f.years)}${chance}: ${split.equityPct}% of ${together(f, split)}; ${mix}`;
	if (equity?.type === 'options') {
		const shares = f.plan.asked.equity?.type === 'options' ? f.plan.asked.equity.shares : ZERO;
		return `An option grant worth ${money(grant, c)}${optionSharesText(grant, equity, shares, c)}, counted as it vests${growth}, ${share}.`;
	}
	const before = equity?.type === 'rsu' ? equity.grant : ZERO;
	return `An initial RSU grant of ${money(grant, c)} (up ${money(grant.minus(before), c)} from ${money(before, c)}), counted as it vests${growth}, ${share}.`;
}

/** One plain sentence per asked term. */
export function writeReasons(f: TextFacts): Partial<Record<AskKey, string>> {
	const { ask } = f.plan;
	const c = f.offer.currency;
	const reasons: Partial<Record<AskKey, string>> = {};
	const split = ask.equityGrant ? askSplit(f) : null;
	if (ask.base) {
		reasons.base = baseReason(f, ask.base, split);
	}
	if (ask.bonusPct !== undefined && f.plan.bonusFrom) {
		const worth = bonusPart(f);
		const raises = growsWithBase(f.plan.asked, f.years).raises
			? ', with the raises that follow'
			: '';
		const closes = worth.isZero()
			? ''
			: ` It adds about ${money(worth, c)} ${onAverage(f.years)}${raises}.`;
		reasons.bonusPct = `${upperFirst(competitorOffer(f, f.plan.bonusFrom))} has ${withArticle(`${pct(ask.bonusPct)} bonus target`)}, above this offer's ${pct(f.offer.bonusPct)}; matching it is a fair ask, and the guide lists "bonus %" among the things to negotiate.${closes}`;
	}
	if (ask.equityGrant) {
		reasons.equityGrant = equityReason(f, ask.equityGrant, split);
	}
	if (ask.signOn) {
		const had = f.offer.signOn[0] ?? ZERO;
		reasons.signOn = `A year-1 sign-on of ${money(ask.signOn, c)} (the offer has ${had.isZero() ? 'none' : money(had, c)}) covers the ${money(f.forfeited, c)} of unvested equity and bonus you would forfeit by leaving your current job.`;
	}
	if (ask.relocation && f.plan.relocationFrom) {
		reasons.relocation = `${upperFirst(competitorOffer(f, f.plan.relocationFrom))} pays ${money(f.plan.relocationFrom.offer.relocation, f.plan.relocationFrom.offer.currency)} for relocation and this one ${f.offer.relocation.isZero() ? 'pays none' : `pays ${money(f.offer.relocation, c)}`}, so ask for ${money(ask.relocation, c)}.`;
	}
	if (ask.remote && f.plan.remoteFrom) {
		reasons.remote = `${upperFirst(competitorOffer(f, f.plan.remoteFrom))} is fully remote; asking for remote work (or more days from home) costs the company little, and the guide lists "WFH flexibility" among the things to negotiate.`;
	}
	return reasons;
}
