/**
 * The two scripts of a counter-offer: an email and a call, first person, warm and specific,
 * ready to paste. The tone follows the stance (a question, a request, a clear ask); the
 * figures are the same everywhere. The email is signed without a name (no placeholder).
 */
import { ZERO } from './money';
import type { Stance } from './negotiate-ask';
import {
	cityPhrase,
	competitorAbove,
	competitorConversion,
	competitorOffer,
	count,
	guideEmailCitation,
	guideTitle,
	listText,
	marketSupportsAsk,
	money,
	pct,
	rangeCounts,
	rangeProvenance,
	rangeText,
	roleTitle,
	roleWithArticle,
	targetFromCompetitor,
	theRole,
	upFrom,
	upperFirst,
	type TextFacts
} from './negotiate-words';
import { averagesText } from './negotiate-horizon';
import { withArticle } from './negotiate-article';
import { optionAskLine } from './negotiate-grant';

const LEAD_IN: Readonly<Record<Stance, string>> = {
	conservative: 'Would there be room to adjust the offer as follows?',
	balanced: "I'd like to ask for the following:",
	ambitious: "Here is what I'm asking for:"
};

// The email's opening already says "I'm excited": the closings say it another way.
const CLOSING: Readonly<Record<Stance, string>> = {
	conservative: "I really appreciate the offer, and I'm flexible on how we get there.",
	balanced: "I'd love to join, and I'm confident we can find terms that work for both of us.",
	ambitious: "I'm keen to join, and ready to commit if we can reach these terms."
};

const SPOKEN_ASK: Readonly<Record<Stance, string>> = {
	conservative: "I'd like to ask whether we could get to",
	balanced: "I'd like to ask for",
	ambitious: "I'm asking for"
};

/**
 * The asked terms as list lines (email) and as spoken phrases (call). The sign-on's reason
 * stays on its line in the email; the call says it in a sentence of its own (`coverSentence`),
 * since inside a spoken list "…to cover what I'd leave behind and the option to work remotely"
 * would read as if the sign-on covered the remote work too.
 */
function askLines(f: TextFacts): { written: string[]; spoken: string[] } {
	const { ask, asked } = f.plan;
	const c = f.offer.currency;
	const written: string[] = [];
	const spoken: string[] = [];
	if (ask.base) {
		written.push(`Base salary: ${money(ask.base, c)} (up from ${money(f.offer.base, c)})`);
		spoken.push(`a base salary of ${money(ask.base, c)}`);
	}
	if (ask.bonusPct !== undefined) {
		written.push(
			`Bonus target: ${pct(ask.bonusPct)} of base${upFrom(f.offer.bonusPct, pct(f.offer.bonusPct))}`
		);
		spoken.push(withArticle(`${pct(ask.bonusPct)} bonus target`));
	}
	if (ask.equityGrant) {
		const e = f.offer.equity;
		if (e?.type === 'options' && asked.equity?.type === 'options') {
			const shares = asked.equity.shares;
			written.push(optionAskLine(ask.equityGrant, e, shares, c, upFrom(e.shares, count(e.shares))));
			spoken.push(`an option grant of ${count(asked.equity.shares)} shares`);
		} else if (e?.type === 'rsu') {
			written.push(
				`Initial RSU grant: ${money(ask.equityGrant, c)}${upFrom(e.grant, money(e.grant, c))}`
			);
			spoken.push(`an initial equity grant of ${money(ask.equityGrant, c)}`);
		}
	}
	if (ask.signOn) {
		const had = f.offer.signOn[0] ?? ZERO;
		const cover = f.forfeited.isZero()
			? ''
			: `, to cover the ${money(f.forfeited, c)} of unvested equity and bonus I'd leave behind`;
		written.push(`Sign-on bonus: ${money(ask.signOn, c)}${upFrom(had, money(had, c))}${cover}`);
		spoken.push(`a sign-on bonus of ${money(ask.signOn, c)}`);
	}
	if (ask.relocation) {
		written.push(
			`Relocation: ${money(ask.relocation, c)}${upFrom(f.offer.relocation, money(f.offer.relocation, c))}`
		);
		spoken.push(`${money(ask.relocation, c)} for relocation`);
	}
	if (ask.remote) {
		written.push('Remote work: the option to work remotely');
		spoken.push('the option to work remotely');
	}
	return { written, spoken };
}

/** The call's sentence on why the sign-on: " The sign-on would cover …", or nothing. */
function coverSentence(f: TextFacts): string {
	return f.plan.ask.signOn && !f.forfeited.isZero()
		? ` The sign-on would cover the ${money(f.forfeited, f.offer.currency)} I'd leave behind.`
		: '';
}

/** The paragraph of facts: market, the offer's average, the competing offer, the forfeit. */
function factSentences(f: TextFacts, spoken: boolean): string[] {
	const c = f.offer.currency;
	const out: string[] = [];
	if (f.market && marketSupportsAsk(f)) {
		const who = `${roleWithArticle(f.offer)} ${cityPhrase(f.offer)}`;
		const range = `${rangeText(f.market, spoken)} a year${rangeCounts(f.market)}${rangeProvenance(f.market, f.fx, spoken)}`;
		const guide = spoken ? guideTitle : guideEmailCitation;
		// A derived range is the candidate's estimate from the guide's tables: a recruiter who
		// looks it up in the guide will not find it, so the guide is credited only with the tables.
		const estimate = `working from the salary tables in ${guide}, I estimate the market for ${who} at ${range}.`;
		if (f.market.source === 'derived') {
			out.push(spoken ? upperFirst(estimate) : `I've looked at the market data: ${estimate}`);
		} else {
			out.push(
				spoken
					? `According to ${guide}, the market for ${who} is ${range}.`
					: `I've looked at the market data: ${guide} puts ${who} at ${range}.`
			);
		}
	}
	const vesting = f.offer.equity === undefined ? '' : ', counting the equity as it vests';
	out.push(
		`The offer as it stands ${averagesText(money(f.current, c), f.years, 'averages')}${vesting}.`
	);
	if (f.top) {
		const other = f.disclose ? `an offer from ${f.top.offer.name}` : 'another offer';
		const theirs = money(f.top.average, f.top.offer.currency);
		// A lower figure invites the company to hold firm: such an offer is named, not quoted.
		out.push(
			competitorAbove(f, f.top)
				? `I also have ${other} that ${averagesText(theirs, f.years, 'averages', true)}${competitorConversion(f, f.top)}.`
				: `I'm also weighing ${other}.`
		);
	}
	if (f.forfeited.isPositive() && !f.forfeited.isZero()) {
		out.push(
			`Leaving my current job means giving up ${money(f.forfeited, c)} of unvested equity and bonus.`
		);
	}
	return out;
}

/**
 * After an asked average: ", sign-on included" (or relocation, or both) when the ask adds a
 * one-off payment. Every average Counteroffer shows holds year 1's one-off payments (the
 * contract's average yearly total), so the texts say so rather than add them "on top".
 *
 * @example oneOffsIncluded(facts) // ', sign-on included' for an ask with a sign-on
 */
export function oneOffsIncluded(f: TextFacts): string {
	const parts = [f.plan.ask.signOn ? 'sign-on' : '', f.plan.ask.relocation ? 'relocation' : ''];
	const named = parts.filter((part) => part !== '');
	return named.length === 0 ? '' : `, ${named.join(' and ')} included`;
}

/** Where the asked average lands, in words. */
function summary(f: TextFacts): string {
	const c = f.offer.currency;
	const terms = Object.keys(f.plan.ask).length === 1 ? 'this change' : 'these changes';
	const average = averagesText(money(f.asked, c), f.years, 'average');
	if (f.plan.mode === 'modest' || f.target === null) {
		return `With ${terms} the offer would ${average}${oneOffsIncluded(f)}.`;
	}
	// One-off payments asked (the forfeit's sign-on, a relocation) are not counted toward the
	// target, but the average holds them (year 1's pay): it is said to include them, and it then
	// ends above a competing offer's average, which it reaches rather than is in line with.
	const included = oneOffsIncluded(f);
	const other =
		f.top && targetFromCompetitor(f)
			? f.disclose
				? competitorOffer(f, f.top)
				: 'the other offer'
			: null;
	const reference =
		other === null
			? `reaching the ${f.percentile}th percentile of the market range for ${theRole(f.offer)}`
			: included === ''
				? `in line with ${other}`
				: `reaching ${f.years === 1 ? `what ${other} pays` : `the average of ${other}`}`;
	return `With ${terms} the offer would ${average}${included}, ${reference}.`;
}

function email(f: TextFacts): string {
	const { written } = askLines(f);
	const title = roleTitle(f.offer);
	const subject = `Subject: ${title === null ? 'Your offer' : `${title} offer`}: my counter-proposal`;
	const opening =
		`Thank you again for the offer for ${theRole(f.offer)} ${cityPhrase(f.offer)}. ` +
		"I'm excited about the team and the work, and I'd like to find terms that let me accept with confidence.";
	const intro =
		f.plan.mode === 'modest'
			? `I like the offer, and I want to make it work. ${Object.keys(f.plan.ask).length === 1 ? 'One change' : 'A few changes'} would help me say yes.`
			: '';
	return [
		subject,
		'Hello,',
		opening,
		[...factSentences(f, false), intro].filter((s) => s !== '').join(' '),
		[LEAD_IN[f.stance], ...written.map((line) => `- ${line}`)].join('\n'),
		summary(f),
		`${CLOSING[f.stance]} I'd be glad to talk it through on a call. Thank you for your time and for working on this with me.`,
		'Best regards,'
	].join('\n\n');
}

function call(f: TextFacts): string {
	const { spoken } = askLines(f);
	const opening =
		`Thank you for making time to talk, and thank you again for the offer for ${theRole(f.offer)} ${cityPhrase(f.offer)}. ` +
		"I'm excited about it, and I want to make this work.";
	const { ask } = f.plan;
	const others = [
		ask.signOn ? 'a larger sign-on' : 'a sign-on bonus',
		ask.equityGrant ? 'more equity' : 'equity'
	].join(' or ');
	const pushback = ask.base
		? `If there's less room on the base, I'm open to reaching the same total through ${others}.`
		: `If that is hard to do, I'm open to reaching the same total another way.`;
	return [
		opening,
		["Before I say yes, I'd like to talk about the package.", ...factSentences(f, true)].join(' '),
		`${SPOKEN_ASK[f.stance]} ${listText(spoken)}.${coverSentence(f)} ${summary(f)}`,
		pushback,
		`What flexibility do you have on ${Object.keys(ask).length === 1 ? 'this' : 'these'}?`
	].join('\n\n');
}

/**
 * The email and the call script.
 *
 * @example writeScripts(facts).email.split('\n')[0] // 'Subject: Mid-level ML Engineer offer: my counter-proposal'
 */
export function writeScripts(f: TextFacts): { email: string; call: string } {
	return { email: email(f), call: call(f) };
}
