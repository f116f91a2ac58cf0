/**
 * The numbers of a counter-offer (`negotiate` writes the words around them in
 * negotiate-text.ts). Rules, in the order they are applied:
 *
 * 1. Bonus: a competing offer with a higher bonus target → ask for that target.
 * 2. Base and equity close the yearly gap to the target (see `planAsk`): split in the offer's
 *    own mix of pay, then verified by projecting the asked terms, base raised by whole
 *    thousands until the average yearly total reaches the target. The base ask is never
 *    below the modest ask (a higher target never asks for less than a lower one).
 * 3. No target, or the offer already reaches it: the modest ask, base + 3 / 5 / 7 % by stance.
 * 4. One-off payments on top, never counted toward the target (they replace a loss, they do
 *    not raise pay): a sign-on that covers what you forfeit, and the best competing relocation.
 * 5. Remote: asked for when a competing offer is remote and this one is not.
 * Every amount is rounded up to whole thousands of the offer's currency.
 */
import type Decimal from 'decimal.js';
import { headline } from './compare';
import { convert } from './fx';
import { cents, Dec, HUNDRED, ZERO, type Money } from './money';
import { project } from './project';
import { parseOffer } from './schema-offer';
import type { EquityGrant, Fx, Offer } from './types';

export type Stance = 'conservative' | 'balanced' | 'ambitious';

/** The terms to ask for, each present only where it changes; money in the offer's currency. */
export interface Ask {
	/** Year-1 base salary. */
	base?: Money;
	/** Year-1 sign-on bonus. */
	signOn?: Money;
	/** The initial grant's value: an RSU grant's value, or an option grant's shares × (price − strike). */
	equityGrant?: Money;
	/** Target bonus, % of base. */
	bonusPct?: number;
	/** One-time relocation, paid in year 1. */
	relocation?: Money;
	/** Remote work: asked for when a competing offer is remote. */
	remote?: true;
}

export type AskKey = keyof Ask;

/** The order the terms are listed in, everywhere (ask table, reasons, scripts). */
export const ASK_KEYS: readonly AskKey[] = [
	'base',
	'bonusPct',
	'equityGrant',
	'signOn',
	'relocation',
	'remote'
];

/** The percentile of the market range each stance aims at (low + p × (high − low)). */
export const STANCE_PERCENTILE: Readonly<Record<Stance, number>> = {
	conservative: 50,
	balanced: 75,
	ambitious: 90
};

/**
 * The modest ask, % added to the base, when the offer already reaches its target (or there is
 * none). Our rule, not the guide's figure: the guide only says "Even modest negotiation adds
 * $10K–$30K lifetime per role"; 5 % of a typical $150K base is $7,500 a year.
 */
export const MODEST_RAISE_PCT: Readonly<Record<Stance, number>> = {
	conservative: 3,
	balanced: 5,
	ambitious: 7
};

const THOUSAND = new Dec(1000);

/**
 * Rounds up to whole thousands (a counter-offer names round figures).
 *
 * @example String(ceilThousand(new Dec('157500'))) // '158000'
 */
export function ceilThousand(value: Decimal): Money {
	return value.dividedBy(THOUSAND).ceil().times(THOUSAND);
}

/**
 * The value of an initial grant that an `equityGrant` ask is about: an RSU grant's value,
 * or an option grant's shares × (price − strike). Null when there is no grant or it is worth
 * nothing today (underwater options), so there is nothing to scale.
 *
 * @example String(grantValue({ type: 'options', shares: new Dec(40000), strike: new Dec(2), price: new Dec(10), ... })) // '320000'
 */
export function grantValue(equity: EquityGrant | undefined): Money | null {
	if (equity === undefined) {
		return null;
	}
	const value =
		equity.type === 'rsu' ? equity.grant : equity.shares.times(equity.price.minus(equity.strike));
	return value.isPositive() && !value.isZero() ? value : null;
}

/**
 * The offer with the asked terms. An option grant's `equityGrant` becomes shares:
 * value ÷ (price − strike), rounded up to a whole share. Remote work changes no figure.
 *
 * @example applyAsk(offer, { base: new Dec(238000) }).base // 238000, every other term as it was
 */
export function applyAsk(offer: Offer, ask: Ask): Offer {
	const signOn = [...offer.signOn];
	signOn[0] = ask.signOn ?? signOn[0] ?? ZERO;
	let equity = offer.equity;
	if (equity !== undefined && ask.equityGrant !== undefined) {
		equity =
			equity.type === 'rsu'
				? { ...equity, grant: ask.equityGrant }
				: {
						...equity,
						shares: ask.equityGrant.dividedBy(equity.price.minus(equity.strike)).ceil()
					};
	}
	const asked: Offer = {
		...offer,
		base: ask.base ?? offer.base,
		bonusPct: ask.bonusPct ?? offer.bonusPct,
		relocation: ask.relocation ?? offer.relocation,
		signOn,
		...(equity === undefined ? {} : { equity })
	};
	// Through the parser once, so `project` knows it as normalized and skips re-checking it.
	const parsed = parseOffer(asked);
	return parsed.ok ? parsed.offer : asked;
}

/**
 * Average yearly total comp over the horizon, in the offer's currency (null: unprojectable).
 *
 * @example
 * // Base 150,000, bonus 10 %, RSU 200,000 on `standard`: 215,000 a year over 4 years.
 * averageYearly(offer, 4, DEFAULT_FX) // 215000
 */
export function averageYearly(offer: Offer, years: number, fx: Fx): Money | null {
	const projection = project(offer, { years, fx });
	return projection.errors ? null : headline(projection).averageYearlyTotal;
}

/** A competing offer as the ask sees it: its average in its own and in this offer's currency. */
export interface Competitor {
	offer: Offer;
	average: Money;
	/** `average` converted into the negotiated offer's currency, to cents. */
	averageHere: Money;
}

export interface AskPlan {
	ask: Ask;
	asked: Offer;
	/** 'gap': base/equity close a gap to the target; 'modest': the offer already reaches it (or no target). */
	mode: 'gap' | 'modest';
	/** Yearly gap between the offer (with any bonus ask) and the target; zero in modest mode. */
	gap: Money;
	/** The equity share of the gap, in % (the offer's own mix); 0 without a grant. */
	equitySharePct: number;
	/** Whether the base ask was set by the modest floor rather than the gap. */
	baseAtFloor: boolean;
	/** The competing offers the bonus, relocation and remote asks come from. */
	bonusFrom?: Competitor;
	relocationFrom?: Competitor;
	remoteFrom?: Competitor;
}

export interface PlanInput {
	offer: Offer;
	competitors: readonly Competitor[];
	target: Money | null;
	forfeited: Money;
	stance: Stance;
	years: number;
	fx: Fx;
}

/** The competitor with the largest value of `pick`, if it beats `than`. */
function best(
	competitors: readonly Competitor[],
	pick: (c: Competitor) => Decimal,
	than: Decimal
): Competitor | undefined {
	let found: Competitor | undefined;
	for (const c of competitors) {
		if (pick(c).greaterThan(found ? pick(found) : than)) {
			found = c;
		}
	}
	return found;
}

/** What one unit of year-1 base adds to the average yearly total: raises and bonus compound on it. */
function baseFactor(offer: Offer, years: number): Decimal {
	const raise = new Dec(offer.raisePct).dividedBy(HUNDRED).plus(1);
	let growth: Decimal = ZERO;
	for (let k = 0; k < years; k++) {
		growth = growth.plus(raise.pow(k));
	}
	return growth.times(new Dec(offer.bonusPct).dividedBy(HUNDRED).plus(1)).dividedBy(years);
}

/** Base and equity asks that close `gap` a year (before verification). */
function splitGap(
	offer: Offer,
	gap: Money,
	years: number,
	fx: Fx
): { base: Money; grant: Money | null; equitySharePct: number } {
	const totals = project(offer, { years, fx }).totals;
	const cash = totals.base.plus(totals.bonus);
	const value = grantValue(offer.equity);
	const equityShare =
		value === null || totals.equity.isZero() || cash.plus(totals.equity).isZero()
			? ZERO
			: totals.equity.dividedBy(cash.plus(totals.equity));
	const equityPart = gap.times(equityShare);
	const base = ceilThousand(
		offer.base.plus(gap.minus(equityPart).dividedBy(baseFactor(offer, years)))
	);
	// The grant's average yearly vest per unit of grant value (linear in the grant).
	const grant =
		value === null || equityShare.isZero()
			? null
			: ceilThousand(
					value.plus(equityPart.dividedBy(totals.equity.dividedBy(years).dividedBy(value)))
				);
	return {
		base,
		grant,
		equitySharePct: equityShare.times(100).toDecimalPlaces(0).toNumber()
	};
}

/**
 * The modest ask's base: + MODEST_RAISE_PCT, rounded up to thousands, at least 1,000 more.
 *
 * @example modestBase(new Dec(150000), 'balanced') // 158000 (150,000 × 1.05 = 157,500, up to 158,000)
 */
export function modestBase(base: Money, stance: Stance): Money {
	const raised = ceilThousand(
		base.times(new Dec(MODEST_RAISE_PCT[stance]).dividedBy(HUNDRED).plus(1))
	);
	return raised.greaterThan(base) ? raised : base.plus(THOUSAND);
}

/** Raises the base by whole thousands until the asked terms reach the target. */
function reachTarget(offer: Offer, ask: Ask, target: Money, years: number, fx: Fx): Ask {
	const factor = baseFactor(offer, years);
	let current = ask;
	for (let step = 0; step < 50; step++) {
		const average = averageYearly(applyAsk(offer, current), years, fx);
		if (average === null || average.greaterThanOrEqualTo(target)) {
			return current;
		}
		// Jump by the estimated shortfall, then whole thousands (cents rounding may leave a little).
		const jump = Dec.max(THOUSAND, ceilThousand(target.minus(average).dividedBy(factor)));
		current = { ...current, base: (current.base ?? offer.base).plus(jump) };
	}
	return current;
}

/**
 * Plans the ask (rules in this module's header). `target` is per year in the offer's
 * currency; `forfeited` too.
 *
 * @example
 * // base 150,000, no bonus or equity, target 170,000, balanced, 4 years:
 * // gap 20,000 → base 170,000 (all in base: no grant to share it).
 * planAsk({ offer, competitors: [], target: new Dec(170000), forfeited: ZERO, stance: 'balanced', years: 4, fx }).ask
 * // { base: 170000 }
 */
export function planAsk(input: PlanInput): AskPlan {
	const { offer, competitors, target, forfeited, stance, years, fx } = input;
	const ask: Ask = {};
	const plan: Omit<AskPlan, 'ask' | 'asked'> = {
		mode: 'modest',
		gap: ZERO,
		equitySharePct: 0,
		baseAtFloor: true
	};
	const bonusFrom = best(competitors, (c) => new Dec(c.offer.bonusPct), new Dec(offer.bonusPct));
	if (bonusFrom) {
		ask.bonusPct = bonusFrom.offer.bonusPct;
		plan.bonusFrom = bonusFrom;
	}
	const withBonus = applyAsk(offer, ask);
	const floor = modestBase(offer.base, stance);
	const current = averageYearly(withBonus, years, fx) ?? ZERO;
	if (target !== null && current.lessThan(target)) {
		plan.mode = 'gap';
		plan.gap = cents(target.minus(current));
		const split = splitGap(withBonus, plan.gap, years, fx);
		plan.equitySharePct = split.equitySharePct;
		plan.baseAtFloor = floor.greaterThan(split.base);
		ask.base = Dec.max(split.base, floor);
		if (split.grant !== null) {
			ask.equityGrant = split.grant;
		}
		Object.assign(ask, reachTarget(withBonus, ask, target, years, fx));
	} else {
		ask.base = floor;
	}
	const signOn = ceilThousand(forfeited);
	if (signOn.greaterThan(offer.signOn[0] ?? ZERO)) {
		ask.signOn = signOn;
	}
	const here = (c: Competitor) => convert(c.offer.relocation, c.offer.currency, offer.currency, fx);
	const relocationFrom = best(competitors, here, offer.relocation);
	if (relocationFrom && ceilThousand(here(relocationFrom)).greaterThan(offer.relocation)) {
		ask.relocation = ceilThousand(here(relocationFrom));
		plan.relocationFrom = relocationFrom;
	}
	const remoteFrom = competitors.find((c) => c.offer.location === 'remote');
	if (remoteFrom && offer.location !== 'remote') {
		ask.remote = true;
		plan.remoteFrom = remoteFrom;
	}
	// Keys only where a term changes: a grant ask equal to the grant is dropped.
	const value = grantValue(offer.equity);
	if (ask.equityGrant && value && !ask.equityGrant.greaterThan(value)) {
		delete ask.equityGrant;
	}
	return { ...plan, ask, asked: applyAsk(offer, ask) };
}
