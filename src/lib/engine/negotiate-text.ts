/**
 * The words of a counter-offer: one reason per asked term (to the person, "you") and the
 * talking points (notes to say, quoting real figures and the guide's tips where they apply).
 * The scripts are in negotiate-script.ts. Nothing here is a template with blanks: every
 * sentence is built from the facts, and a fact that is missing drops its sentence.
 */
import { ZERO, type Money } from './money';
import type { Ask, AskKey, Competitor } from './negotiate-ask';
import { MODEST_RAISE_PCT } from './negotiate-ask';
import { costOfLivingPoint } from './negotiate-living';
import { writeScripts } from './negotiate-script';
import type { NegotiationMarket } from './negotiate';
import {
	cityName,
	cityPhrase,
	averagesText,
	baseGrowthText,
	competitorAbove,
	competitorConversion,
	competitorOffer,
	count,
	firstOfferAdvice,
	guideCitation,
	guideTitle,
	growsWithBase,
	listText,
	marketLeftOut,
	marketSupportsAsk,
	money,
	pct,
	possessive,
	rangeCounts,
	rangeSource,
	rangeText,
	roleTitle,
	targetFromCompetitor,
	roleWithArticle,
	tip,
	upperFirst,
	yearsText,
	type TextFacts
} from './negotiate-words';

export type { TextFacts } from './negotiate-words';

/** Where the target comes from, as a phrase: "the 75th percentile of …" or a competitor. */
export function targetOrigin(f: TextFacts): string {
	if (f.target === null) {
		return '';
	}
	if (f.top && targetFromCompetitor(f)) {
		return `the average of ${competitorOffer(f, f.top)} over the same ${yearsText(f.years)}`;
	}
	if (f.market) {
		return `the ${f.percentile}th percentile of the market range, ${rangeText(f.market)}, for ${roleWithArticle(f.offer)} ${cityPhrase(f.offer)}`;
	}
	return '';
}

function baseReason(f: TextFacts, base: NonNullable<Ask['base']>): string {
	const c = f.offer.currency;
	const change = `${money(base, c)} (up ${money(base.minus(f.offer.base), c)} from ${money(f.offer.base, c)})`;
	if (f.plan.mode === 'modest') {
		const why =
			f.target === null
				? 'There is no market range (the offer names no role and level) and no competing offer, so'
				: `The offer already averages ${money(f.current, c)} a year, at or above the target of ${money(f.target, c)} (${targetOrigin(f)}), so`;
		return `${why} the ask is modest: a base of ${change}, about ${pct(MODEST_RAISE_PCT[f.stance])} more, because the guide's advice is "${firstOfferAdvice}"`;
	}
	const fromBonus = bonusPart(f);
	const whole = `the ${money(fullGap(f), c)} a year between the offer's average of ${money(f.current, c)} and the target of ${money(f.target ?? ZERO, c)}, ${targetOrigin(f)}`;
	// A matched bonus target closes part of the gap first, said in a sentence of its own; base
	// and equity carry the rest.
	const lead = fromBonus.isZero()
		? ''
		: `Matching the bonus target closes ${money(fromBonus, c)} of ${whole}. `;
	const gap = fromBonus.isZero() ? whole : `the remaining ${money(f.plan.gap, c)} a year`;
	if (f.plan.baseAtFloor) {
		return `${lead}A base of ${change} is the least worth asking for (about ${pct(MODEST_RAISE_PCT[f.stance])} more) and already covers ${gap}.`;
	}
	const share =
		f.plan.ask.equityGrant === undefined ? 'all of' : `${100 - f.plan.equitySharePct}% of`;
	const follow = followers(f);
	return `${lead}A base of ${change}${follow === '' ? '' : `, with ${follow},`} carries ${share} ${gap}.`;
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
function fullGap(f: TextFacts): Money {
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

function equityReason(f: TextFacts, grant: NonNullable<Ask['equityGrant']>): string {
	const c = f.offer.currency;
	const equity = f.offer.equity;
	const share = `${f.plan.equitySharePct}% of the yearly gap: equity's part of the offer's own pay`;
	if (equity?.type === 'options') {
		const shares = f.plan.asked.equity?.type === 'options' ? f.plan.asked.equity.shares : ZERO;
		return `An option grant worth ${money(grant, c)} at today's price less the strike (${count(shares)} shares, up from ${count(equity.shares)}), counted as it vests, carries ${share}.`;
	}
	const before = equity?.type === 'rsu' ? equity.grant : ZERO;
	return `An initial RSU grant of ${money(grant, c)} (up ${money(grant.minus(before), c)} from ${money(before, c)}), counted as it vests, carries ${share}.`;
}

/** One plain sentence per asked term. */
export function writeReasons(f: TextFacts): Partial<Record<AskKey, string>> {
	const { ask } = f.plan;
	const c = f.offer.currency;
	const reasons: Partial<Record<AskKey, string>> = {};
	if (ask.base) {
		reasons.base = baseReason(f, ask.base);
	}
	if (ask.bonusPct !== undefined && f.plan.bonusFrom) {
		const worth = bonusPart(f);
		const raises = growsWithBase(f.plan.asked, f.years).raises
			? ', with the raises that follow'
			: '';
		const closes = worth.isZero()
			? ''
			: ` It adds about ${money(worth, c)} a year on average${raises}.`;
		reasons.bonusPct = `${upperFirst(competitorOffer(f, f.plan.bonusFrom))} has a ${pct(ask.bonusPct)} bonus target, above this offer's ${pct(f.offer.bonusPct)}; matching it is a fair ask, and the guide lists "bonus %" among the things to negotiate.${closes}`;
	}
	if (ask.equityGrant) {
		reasons.equityGrant = equityReason(f, ask.equityGrant);
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

function marketPoints(f: TextFacts): string[] {
	const c = f.offer.currency;
	const { market } = f;
	if (market === null) {
		return [
			`There is no market range to quote: the offer names no role and level, so ${guideTitle} cannot be matched to it. Add them to quote the guide's figures.`
		];
	}
	const points = [
		`Market range: ${rangeText(market)} a year${rangeCounts(market)} for ${roleWithArticle(f.offer)} ${cityPhrase(f.offer)}, ${rangeSource(market, f.fx)}.`
	];
	const leftOut = marketLeftOut(f);
	if (leftOut !== null) {
		return [...points, leftOutPoint(f, market, leftOut)];
	}
	const example = tip('Use data');
	if (example && f.plan.ask.base) {
		// Written in full like every other figure Counteroffer gives (the guide's own compact
		// style stays in its quoted example), and naming every asked amount: the package's
		// average counts them all, not the base alone.
		const terms = usedTerms(f);
		points.push(
			`Use data, as the guide's tip shows (${example}): "Market rate for ${roleTitle(f.offer) ?? ''} in ${cityName(f.offer)} is ${rangeText(market)}${rangeCounts(market)}. I'm asking for ${listText(terms)}, which ${terms.length === 1 ? 'brings' : 'together bring'} the package to an average of ${money(f.asked, c)} a year."`
		);
	}
	return points;
}

/** The asked amounts as the "Use data" line says them: "$238,000 base", "a $46,000 sign-on". */
function usedTerms(f: TextFacts): string[] {
	const { ask, asked } = f.plan;
	const c = f.offer.currency;
	const grant =
		ask.equityGrant === undefined
			? ''
			: asked.equity?.type === 'options'
				? `an option grant of ${count(asked.equity.shares)} shares`
				: `a ${money(ask.equityGrant, c)} initial RSU grant`;
	return [
		ask.base ? `${money(ask.base, c)} base` : '',
		ask.bonusPct === undefined ? '' : `a ${pct(ask.bonusPct)} bonus target`,
		grant,
		ask.signOn ? `a ${money(ask.signOn, c)} sign-on` : '',
		ask.relocation ? `${money(ask.relocation, c)} for relocation` : ''
	].filter((term) => term !== '');
}

/** Why the scripts do not quote the range, and what the ask rests on instead. */
function leftOutPoint(
	f: TextFacts,
	market: NegotiationMarket,
	why: NonNullable<ReturnType<typeof marketLeftOut>>
): string {
	const c = f.offer.currency;
	const top = `the top of this range (${money(market.high, c)})`;
	if (why === 'competitor' && f.top) {
		return `Left out of the scripts: the ask averages ${money(f.asked, c)} a year, ${money(f.asked.minus(market.high), c)} above ${top}, so quoting the range would argue against it. The ask rests on ${competitorOffer(f, f.top)}: lead with it, expect the company to meet part of the gap, and decide beforehand the least you would accept.`;
	}
	return `Left out of the scripts: the offer already averages ${money(f.current, c)} a year, ${money(f.current.minus(market.high), c)} above ${top}, so quoting the range would argue against your ask. The ask rests on the offer itself.`;
}

function targetPoint(f: TextFacts): string {
	const c = f.offer.currency;
	const now = `${possessive(f.offer.name)} offer averages ${money(f.current, c)} a year over ${yearsText(f.years)}`;
	if (f.target === null) {
		return `${now}. With no market range and no competing offer there is no target, so the ask is modest.`;
	}
	const stance = targetFromCompetitor(f) ? '' : ` (${f.stance} stance)`;
	const target = `Target: ${money(f.target, c)} a year, ${targetOrigin(f)}${stance}.`;
	if (f.plan.mode === 'modest') {
		return `${target} ${now}, so it already reaches the target and the ask is modest.`;
	}
	return `${target} ${now}, ${money(fullGap(f), c)} a year short; the ask brings it to ${money(f.asked, c)}.`;
}

/** The talking points, in the order they are best raised. */
export function writeTalkingPoints(f: TextFacts): string[] {
	const c = f.offer.currency;
	const points = [...marketPoints(f), targetPoint(f)];
	if (f.top) {
		points.push(competitorPoint(f, f.top), costOfLivingPoint(f));
	}
	if (f.forfeited.isPositive() && !f.forfeited.isZero()) {
		const covered = f.plan.ask.signOn
			? `the sign-on ask of ${money(f.plan.ask.signOn, c)} covers it`
			: `the offer's sign-on of ${money(f.offer.signOn[0] ?? ZERO, c)} already covers it`;
		points.push(
			`Forfeited: leaving your current job means giving up ${money(f.forfeited, c)} of unvested equity and bonus; ${covered}. The guide's "Negotiate everything" tip names the "sign-on bonus (especially if leaving unvested equity)".`
		);
	}
	const asked = Object.keys(f.plan.ask).length;
	if (asked >= 2) {
		points.push(
			`Negotiate every component: this ask covers ${asked} terms. The guide's tip "Negotiate everything": "${tip('Negotiate everything')}"`
		);
	}
	points.push(
		`Timing: you have the offer, so now is the moment to negotiate. The guide's tip "Time it right": "${tip('Time it right')}"`,
		`Don't accept the first offer: this ask is worth ${money(f.worth, c)} over ${yearsText(f.years)}${compounding(f)}. ${guideCitation}: "${firstOfferAdvice}"`
	);
	return points.filter((p) => p !== '');
}

function competitorPoint(f: TextFacts, top: Competitor): string {
	const figure = `Competing offer: ${competitorOffer(f, top)} ${averagesText(money(top.average, top.offer.currency), f.years, 'averages')}${competitorConversion(f, top)}${f.disclose ? '' : ' (you chose not to name the company)'}`;
	const advice = `The guide's tip "Get competing offers": "${tip('Get competing offers')}"`;
	if (competitorAbove(f, top)) {
		return `${figure}. ${advice}`;
	}
	const where = top.averageHere.equals(f.current) ? 'the same as' : 'below';
	const lead = marketSupportsAsk(f)
		? 'lead with the market range, not its figures'
		: 'do not lead with its figures';
	return `${figure}, ${where} this offer's ${money(f.current, f.offer.currency)}: it shows you have options, but ${lead}. The scripts mention it but leave its figure out, because a figure no higher than this offer's invites the company to hold firm. ${advice}`;
}

/** What makes the ask's worth grow year on year, said only where it applies. */
function compounding(f: TextFacts): string {
	return f.plan.ask.base ? baseGrowthText(f.plan.asked, f.years) : '';
}

/**
 * Reasons, talking points and scripts for a planned ask.
 *
 * @example writeNegotiation(facts).reasons.base
 * // 'A base of $260,000 (up $60,000 from $200,000) carries all of the $60,000 a year between …'
 */
export function writeNegotiation(f: TextFacts): {
	reasons: Partial<Record<AskKey, string>>;
	talkingPoints: string[];
	scripts: { email: string; call: string };
} {
	return {
		reasons: writeReasons(f),
		talkingPoints: writeTalkingPoints(f),
		scripts: writeScripts(f)
	};
}
