/**
 * `negotiate`: a counter-offer with its reasons, talking points and two scripts (contract:
 * "negotiate(input)"). This module reads the input and sets the target; negotiate-ask.ts
 * plans the numbers and negotiate-text.ts writes the words.
 *
 * Target (per year, in the offer's currency): the market range's 50th / 75th / 90th
 * percentile for the stance (low + p × (high − low)), converted to the offer's currency with
 * `fx` when the range is in the other one, raised to the best competing offer's average
 * yearly total (same horizon, converted) where that is higher. An offer without a role and
 * level has no market range; with no competing offer either there is no target, and the
 * modest ask applies.
 */
import { headline } from './compare';
import { runToEnd } from './steps';
import { convert } from './fx';
import { marketRange, type MarketRange } from './market';
import { cents, Dec, ZERO, type Money } from './money';
import {
	applyAsk,
	ASK_KEYS,
	planAsk,
	STANCE_PERCENTILE,
	type Ask,
	type AskKey,
	type Competitor,
	type Stance
} from './negotiate-ask';
import { readNegotiateInput } from './negotiate-input';
import { writeNegotiation } from './negotiate-text';
import { targetFromCompetitor } from './negotiate-words';
import { project } from './project';
import type { Currency, Fx, InputIssue, Offer } from './types';

export { ASK_KEYS, MODEST_RAISE_PCT, STANCE_PERCENTILE } from './negotiate-ask';
export type { Ask, AskKey, Stance } from './negotiate-ask';
export { baseGrowthText } from './negotiate-words';

export interface NegotiateInput {
	/** The offer to negotiate, raw (as in a scenario file) or normalized. */
	offer: unknown;
	/** Other offers that count as competing, raw or normalized (at most 8). */
	competing?: unknown[];
	/** Unvested equity and bonus left behind at the current job, in the offer's currency. */
	forfeited?: number | string | Money;
	stance?: Stance;
	/** Name the competing company in the text (default true); false says "another offer". */
	discloseCompeting?: boolean;
	/** Horizon in years, 1..10 (default 4). */
	years?: number;
	fx?: unknown;
	/** With a household, `worthAfterTax` is filled in. */
	household?: unknown;
}

/** The market range used, in the offer's currency. */
export interface NegotiationMarket extends MarketRange {
	/** The range as the guide (or the derivation) gives it, when it was converted. */
	original?: { low: Money; high: Money; currency: Currency };
	/** Where the stance's percentile lies: low + p × (high − low), to cents. */
	percentileValue: Money;
}

/** A competing offer as the result shows it: named only when `discloseCompeting`. */
export interface CompetingSummary {
	/** The company's name, or null when it must not be named. */
	name: string | null;
	currency: Currency;
	average: Money;
	/** `average` in the negotiated offer's currency. */
	averageHere: Money;
}

/** One term beside its asked value, for the page's table (money in the offer's currency). */
export interface TermChange {
	key: Exclude<AskKey, 'remote'>;
	current: Money | number;
	asked: Money | number;
	/** asked − current: money, or percentage points for `bonusPct`. */
	change: Money | number;
}

export interface YearComparison {
	year: number;
	current: Money;
	asked: Money;
	difference: Money;
}

export interface NegotiationResult {
	ask: Ask;
	/** One sentence for every key of `ask`. */
	reasons: Partial<Record<AskKey, string>>;
	talkingPoints: string[];
	scripts: { email: string; call: string };
	stance: Stance;
	/** 50, 75 or 90. */
	percentile: number;
	years: number;
	currency: Currency;
	/** Target total comp per year, or null with neither a market range nor a competing offer. */
	target: Money | null;
	/** Where `target` comes from: the market range's percentile or the best competing offer. */
	targetFrom: 'market' | 'competing' | null;
	/** Average yearly total of the offer as given. */
	current: Money;
	/** Average yearly total with the asked terms. */
	asked: Money;
	market: NegotiationMarket | null;
	/** The best competing offer (the one the target may come from), or null. */
	competing: CompetingSummary | null;
	/** Asked total − current total over the horizon (raises and bonus compound on the base). */
	worth: Money;
	/** The same after tax (net), with a household; otherwise null. */
	worthAfterTax: Money | null;
	terms: TermChange[];
	yearly: YearComparison[];
	/** The offer with the asked terms (normalized), or null when the input did not parse. */
	askedOffer: Offer | null;
	/** Present, with an empty ask and empty texts, when the input did not parse. */
	errors?: InputIssue[];
}

function failed(errors: InputIssue[]): NegotiationResult {
	return {
		ask: {},
		reasons: {},
		talkingPoints: [],
		scripts: { email: '', call: '' },
		stance: 'balanced',
		percentile: STANCE_PERCENTILE.balanced,
		years: 4,
		currency: 'USD',
		target: null,
		targetFrom: null,
		current: ZERO,
		asked: ZERO,
		market: null,
		competing: null,
		worth: ZERO,
		worthAfterTax: null,
		terms: [],
		yearly: [],
		askedOffer: null,
		errors
	};
}

/** The offer's market range in its own currency, with the stance's percentile. */
function marketFor(offer: Offer, percentile: number, fx: Fx): NegotiationMarket | null {
	if (offer.role === undefined || offer.level === undefined) {
		return null;
	}
	const range = marketRange(offer.role, offer.level, offer.location);
	const here = (amount: Money) => cents(convert(amount, range.currency, offer.currency, fx));
	const low = here(range.low);
	const high = here(range.high);
	const p = new Dec(percentile).dividedBy(100);
	return {
		...range,
		low,
		high,
		currency: offer.currency,
		percentileValue: cents(low.plus(high.minus(low).times(p))),
		...(range.currency === offer.currency
			? {}
			: { original: { low: range.low, high: range.high, currency: range.currency } })
	};
}

function termChanges(offer: Offer, asked: Offer, ask: Ask): TermChange[] {
	const terms: TermChange[] = [];
	const money = (key: TermChange['key'], current: Money, next: Money) =>
		terms.push({ key, current, asked: next, change: next.minus(current) });
	for (const key of ASK_KEYS) {
		if (ask[key] === undefined) {
			continue;
		}
		if (key === 'base') {
			money(key, offer.base, asked.base);
		} else if (key === 'bonusPct') {
			terms.push({
				key,
				current: offer.bonusPct,
				asked: asked.bonusPct,
				change: new Dec(asked.bonusPct).minus(offer.bonusPct).toNumber()
			});
		} else if (key === 'signOn') {
			money(key, offer.signOn[0] ?? ZERO, asked.signOn[0] ?? ZERO);
		} else if (key === 'relocation') {
			money(key, offer.relocation, asked.relocation);
		} else if (key === 'equityGrant' && ask.equityGrant) {
			const equity = offer.equity;
			const before =
				equity?.type === 'rsu'
					? equity.grant
					: equity
						? cents(equity.shares.times(equity.price.minus(equity.strike)))
						: ZERO;
			money(key, before, ask.equityGrant);
		}
	}
	return terms;
}

/**
 * A counter-offer: what to ask for, one reason per number, talking points and an email and a
 * call script quoting the real figures. Never throws: an input that does not parse gives
 * `errors` with an empty `ask`, empty `reasons`, no talking points and empty scripts.
 *
 * @example
 * // ML Engineer, Mid, San Francisco: the guide's range $200,000–$280,000; balanced → the
 * // 75th percentile, 200,000 + 0.75 × 80,000 = 260,000 a year. Base 200,000, nothing else:
 * // gap 60,000, all in base (no grant) → ask.base 260,000; worth 4 × 60,000 = 240,000.
 * const r = negotiate({ offer: { name: 'Acme', role: 'ml-engineer', level: 'mid',
 *   location: 'san-francisco', base: 200000 } });
 * String(r.target) // '260000'; String(r.ask.base) // '260000'; String(r.worth) // '240000'
 */
export function negotiate(input: unknown): NegotiationResult {
	return runToEnd(negotiateSteps(input));
}

/**
 * `negotiate` in steps: a `yield` after the input is read and after each projection, for a page
 * that works the negotiation out a few steps per task (see `rememberLastSteps`).
 */
export function* negotiateSteps(input: unknown): Generator<void, NegotiationResult, undefined> {
	try {
		const settings = readNegotiateInput(input);
		yield;
		if (Array.isArray(settings)) {
			return failed(settings);
		}
		const { offer, stance, years, fx, household } = settings;
		const percentile = STANCE_PERCENTILE[stance];
		const market = marketFor(offer, percentile, fx);
		const competitors: Competitor[] = [];
		for (const c of settings.competing) {
			const average = headline(project(c, { years, fx })).averageYearlyTotal;
			competitors.push({
				offer: c,
				average,
				averageHere: cents(convert(average, c.currency, offer.currency, fx))
			});
			yield;
		}
		const top = competitors.reduce<Competitor | null>(
			(a, c) => (a === null || c.averageHere.greaterThan(a.averageHere) ? c : a),
			null
		);
		const candidates = [market?.percentileValue, top?.averageHere].filter(
			(v): v is Money => v !== undefined
		);
		const target = candidates.length === 0 ? null : Dec.max(...candidates);
		const plan = planAsk({
			offer,
			competitors,
			target,
			forfeited: settings.forfeited,
			stance,
			years,
			fx
		});
		yield;
		const before = project(offer, { years, fx, ...(household ? { household } : {}) });
		yield;
		const after = project(plan.asked, { years, fx, ...(household ? { household } : {}) });
		yield;
		const current = headline(before).averageYearlyTotal;
		const asked = headline(after).averageYearlyTotal;
		const worth = after.totals.total.minus(before.totals.total);
		const text = writeNegotiation({
			offer,
			plan,
			market,
			top,
			target,
			current,
			asked,
			worth,
			forfeited: settings.forfeited,
			stance,
			percentile,
			years,
			fx,
			disclose: settings.disclose
		});
		return {
			ask: plan.ask,
			...text,
			stance,
			percentile,
			years,
			currency: offer.currency,
			target,
			targetFrom:
				target === null ? null : targetFromCompetitor({ market, top }) ? 'competing' : 'market',
			current,
			asked,
			market,
			competing: top && {
				name: settings.disclose ? top.offer.name : null,
				currency: top.offer.currency,
				average: top.average,
				averageHere: top.averageHere
			},
			worth,
			worthAfterTax:
				household && after.totals.net && before.totals.net
					? after.totals.net.minus(before.totals.net)
					: null,
			terms: termChanges(offer, plan.asked, plan.ask),
			yearly: before.years.map((row, i) => {
				const next = after.years[i]?.total ?? ZERO;
				return {
					year: row.year,
					current: row.total,
					asked: next,
					difference: next.minus(row.total)
				};
			}),
			askedOffer: plan.asked
		};
	} catch {
		// A safety net, like project's: a page must never break on a counter-offer.
		return failed([{ path: '', message: 'This counter-offer could not be worked out.' }]);
	}
}

// Re-exported for tests and the page: projecting the asked terms is the consistency check.
export { applyAsk };
