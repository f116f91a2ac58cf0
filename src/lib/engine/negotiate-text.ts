/**
 * The words of a counter-offer: the talking points (notes to say, quoting real figures and the
 * guide's tips where they apply), with the reasons (negotiate-reasons.ts) and the scripts
 * (negotiate-script.ts). Nothing here is a template with blanks: every sentence is built
 * from the facts, and a fact that is missing drops its sentence.
 */
import { ZERO } from './money';
import type { AskKey, Competitor } from './negotiate-ask';
import { cautionPoint } from './negotiate-caution';
import { costOfLivingPoint } from './negotiate-living';
import { oneOffsIncluded, writeScripts } from './negotiate-script';
import { fullGap, targetOrigin, writeReasons } from './negotiate-reasons';
import type { NegotiationMarket } from './negotiate';
import {
	cityName,
	cityPhrase,
	baseGrowthText,
	competitorAbove,
	competitorConversion,
	competitorOffer,
	count,
	firstOfferAdvice,
	guideCitation,
	guideTitle,
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
	type TextFacts
} from './negotiate-words';
import { averagesText, overHorizon, paysText, perYear } from './negotiate-horizon';
import { withArticle } from './negotiate-article';

export type { TextFacts } from './negotiate-words';

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
			`Use data, as the guide's tip shows (${example}): "Market rate for ${roleTitle(f.offer) ?? ''} in ${cityName(f.offer)} is ${rangeText(market)}${rangeCounts(market)}. I'm asking for ${listText(terms)}, which ${terms.length === 1 ? 'brings' : 'together bring'} the package to ${f.years === 1 ? `${money(f.asked, c)} in its first year` : `an average of ${money(f.asked, c)} a year`}."`
		);
	}
	return points;
}

/** The asked amounts as the "Use data" line says them: "$238,000 base", "an $80,000 sign-on". */
function usedTerms(f: TextFacts): string[] {
	const { ask, asked } = f.plan;
	const c = f.offer.currency;
	const grant =
		ask.equityGrant === undefined
			? ''
			: asked.equity?.type === 'options'
				? `an option grant of ${count(asked.equity.shares)} shares`
				: withArticle(`${money(ask.equityGrant, c)} initial RSU grant`);
	return [
		ask.base ? `${money(ask.base, c)} base` : '',
		ask.bonusPct === undefined ? '' : withArticle(`${pct(ask.bonusPct)} bonus target`),
		grant,
		ask.signOn ? withArticle(`${money(ask.signOn, c)} sign-on`) : '',
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
		return `Left out of the scripts: the ask ${paysText(money(f.asked, c), f.years)}, ${money(f.asked.minus(market.high), c)} above ${top}, so quoting the range would argue against it. The ask rests on ${competitorOffer(f, f.top)}: lead with it, expect the company to meet part of the gap, and decide beforehand the least you would accept.`;
	}
	return `Left out of the scripts: the offer already ${paysText(money(f.current, c), f.years)}, ${money(f.current.minus(market.high), c)} above ${top}, so quoting the range would argue against your ask. The ask rests on the offer itself.`;
}

function targetPoint(f: TextFacts): string {
	const c = f.offer.currency;
	// Over one year: "pays $361,000 in its first year", not "averages … a year over 1 year".
	const now = `${possessive(f.offer.name)} offer ${averagesText(money(f.current, c), f.years, 'averages')}`;
	if (f.target === null) {
		return `${now}. With no market range and no competing offer there is no target, so the ask is modest.`;
	}
	const stance = targetFromCompetitor(f) ? '' : ` (${f.stance} stance)`;
	const target = `Target: ${money(f.target, c)} a year, ${targetOrigin(f)}${stance}.`;
	if (f.plan.mode === 'modest') {
		return `${target} ${now}, so it already reaches the target and the ask is modest.`;
	}
	return `${target} ${now}, ${money(fullGap(f), c)}${perYear(f.years)} short; the ask brings it to ${money(f.asked, c)}${oneOffsIncluded(f)}.`;
}

/** The talking points, in the order they are best raised. */
export function writeTalkingPoints(f: TextFacts): string[] {
	const c = f.offer.currency;
	// An outsized ask's caution comes first: it may change whether to counter at all.
	const points = [cautionPoint(f), ...marketPoints(f), targetPoint(f)];
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
		`Don't accept the first offer: this ask is worth ${money(f.worth, c)} ${overHorizon(f.years)}${compounding(f)}. ${guideCitation}: "${firstOfferAdvice}"`
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
