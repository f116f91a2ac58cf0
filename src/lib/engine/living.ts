/**
 * Cost of living: what salary in another city would be worth the same as an offer, after
 * tax and after the household's spending (after-tax.ts works out one year).
 *
 * Spending is given in USD at cost-of-living index 100 (the US average) and scales with the
 * index; GBP and USD are converted with the scenario's `fx.GBPUSD` (USD per GBP).
 */
import Decimal from 'decimal.js';
import { DEFAULT_FX, convert } from './fx';
import { runToEnd } from './steps';
import { locationById } from './market';
import { Dec, ZERO, cents, toMoney, type Money } from './money';
import { project } from './project';
import { parseFx, parseHousehold, parseOffer } from './schema';
import type { Currency, Fx, Household, LocationId, Offer, TaxRegionId } from './types';

// Others import these from here; they live in fx.ts and after-tax.ts.
export { DEFAULT_FX, convert } from './fx';
export { afterTaxFor, afterTaxLines } from './after-tax';

/** A place to compare: a location id, or an explicit currency and cost-of-living index. */
export type Place = LocationId | { currency: Currency; colIndex: number };

function resolvePlace(place: Place): { currency: Currency; colIndex: number } | null {
	if (typeof place === 'string') {
		const location = locationById(place);
		return location ? { currency: location.currency, colIndex: location.defaultColIndex } : null;
	}
	if (
		typeof place !== 'object' ||
		place === null ||
		(place.currency !== 'USD' && place.currency !== 'GBP') ||
		!Number.isFinite(place.colIndex) ||
		place.colIndex <= 0
	) {
		return null;
	}
	return place;
}

/**
 * The salary in `toLocation` with the same cost-of-living-adjusted worth as `amount` in
 * `fromLocation`: amount × col(to) / col(from), converted from the first place's currency
 * to the second's with `fx`. A location id takes the guide's index (remote: 100) and the
 * location's currency; pass `{ currency, colIndex }` for an offer's own override.
 * Returns cents in the target currency, or `null` when the amount is not a number or a
 * place is unknown (it never throws).
 *
 * @example
 * // 200,000 USD in San Francisco (220) → Austin (120): 200,000 × 120 / 220 = 109,090.91
 * String(equivalentSalary(200000, 'san-francisco', 'austin')) // '109090.91'
 * // 100,000 GBP in London (165) → Austin (120) at 1.36: 100,000 × 1.36 × 120 / 165 = 98,909.09
 */
export function equivalentSalary(
	amount: Money | number | string,
	fromLocation: Place,
	toLocation: Place,
	fx: Fx = DEFAULT_FX
): Money | null {
	const value = toMoney(amount);
	const from = resolvePlace(fromLocation);
	const to = resolvePlace(toLocation);
	if (!value || !from || !to || !(fx.GBPUSD instanceof Decimal) || !fx.GBPUSD.gt(0)) {
		return null;
	}
	const converted = convert(value, from.currency, to.currency, fx);
	return cents(converted.times(to.colIndex).dividedBy(from.colIndex));
}

/**
 * Every money term of an offer in another currency, rounded to cents like any amount a
 * contract names (share prices excepted).
 */
function convertTerms(offer: Offer, to: Currency, fx: Fx): Offer {
	const move = (amount: Money): Money => cents(convert(amount, offer.currency, to, fx));
	// A share price may be a fraction of a cent (early-stage options): never round it.
	const perShare = (amount: Money): Money => convert(amount, offer.currency, to, fx);
	const equity = offer.equity;
	return {
		...offer,
		currency: to,
		base: move(offer.base),
		signOn: offer.signOn.map(move),
		relocation: move(offer.relocation),
		otherAnnual: move(offer.otherAnnual),
		...(equity === undefined
			? {}
			: {
					equity:
						equity.type === 'rsu'
							? { ...equity, grant: move(equity.grant), refresh: move(equity.refresh) }
							: { ...equity, strike: perShare(equity.strike), price: perShare(equity.price) }
				})
	};
}

/** Year-1 savings of an offer, or null when `project` could not take it. */
function yearOneSavings(offer: Offer, household: Household, fx: Fx): Money | null {
	return project(offer, { years: 1, household, fx }).years[0]?.savings ?? null;
}

/** Far beyond any salary: the search gives up (returns null) rather than run forever. */
const SEARCH_CEILING = new Dec('1e12');
const ONE_CENT = new Dec('0.01');

/**
 * The year-1 base salary in `toLocation` that gives the same year-1 savings as `offer`,
 * within one currency unit (in practice within a few cents).
 *
 * The moved offer keeps every other term (raise, bonus %, sign-on, relocation, other cash,
 * equity), with its money converted to the target location's currency with `fx`, and takes
 * that location's currency, cost-of-living index (the guide's; remote 100) and default tax
 * region. Savings in two currencies are the same when they are equal at `fx` (the offer's
 * savings are converted to the target's currency). The base is found by bisection on
 * `project`'s year-1 savings, to the cent:
 * savings rise with base because no marginal tax rate reaches 100 %.
 *
 * Returns the base in the target currency, rounded to cents; `0` when the other terms alone
 * already save at least as much; `null` (never a throw) when the offer, household, fx or
 * location cannot be read, or when no base the offer schema accepts would be enough.
 * `offer`, `household` and `fx` may be raw (as in a scenario file) or normalized; a missing
 * household or fx takes the scenario defaults (single, 60,000; 1.36 USD per GBP).
 *
 * @example
 * // 150,000 USD in Austin (us-tx, index 120), single, 60,000 spending: year-1 tax 36,209,
 * // savings 150,000 − 36,209 − 72,000 = 41,791. San Francisco (us-ca, index 220) needs net
 * // 41,791 + 132,000 = 173,791, which a base of 274,741.38 gives.
 * String(breakEven({ name: 'A', location: 'austin', base: 150000 }, 'san-francisco',
 *   { filingStatus: 'single', annualSpending: 60000 })) // '274741.38'
 */
export function breakEven(
	offer: unknown,
	toLocation: LocationId,
	household: unknown,
	fx?: unknown
): Money | null {
	return runToEnd(breakEvenSearch(offer, toLocation, household, fx));
}

/**
 * `breakEven` in steps: a `yield` after each year-1 projection of its search. `place` is the
 * index and tax region to use there instead of the location's defaults (the cities page's
 * Remote, which the user describes).
 */
export function* breakEvenSearch(
	offer: unknown,
	toLocation: LocationId,
	household: unknown,
	fx?: unknown,
	place?: { colIndex: number; taxRegion: TaxRegionId }
): Generator<void, Money | null, undefined> {
	try {
		const parsed = parseOffer(offer);
		const people = parseHousehold(household);
		const rate = parseFx(fx);
		const location = typeof toLocation === 'string' ? locationById(toLocation) : undefined;
		if (!parsed.ok || !people.ok || !rate.ok || !location) {
			return null;
		}
		const savings = yearOneSavings(parsed.offer, people.household, rate.fx);
		if (savings === null) {
			return null;
		}
		// The same savings in the target's currency: £56,564 in London matches $76,927 in Austin
		// at 1.36, not £76,927.
		const target = convert(savings, parsed.offer.currency, location.currency, rate.fx);
		const moved: Offer = {
			...convertTerms(parsed.offer, location.currency, rate.fx),
			location: location.id,
			colIndex: place?.colIndex ?? location.defaultColIndex,
			taxRegion: place?.taxRegion ?? location.taxRegion
		};
		const savingsAt = (base: Money): Money | null =>
			yearOneSavings({ ...moved, base }, people.household, rate.fx);
		return yield* bisect(savingsAt, target);
	} catch {
		return null;
	}
}

/** The smallest base (to the cent) whose savings reach `target`; see `breakEven`. */
function* bisect(
	savingsAt: (base: Money) => Money | null,
	target: Money
): Generator<void, Money | null, undefined> {
	const atZero = savingsAt(ZERO);
	if (atZero === null) {
		return null;
	}
	if (atZero.gte(target)) {
		return ZERO;
	}
	// Invariant: savings at `low` fall short of the target, savings at `high` reach it.
	let low: Money = ZERO;
	let high: Money = new Dec(1000);
	for (;;) {
		yield;
		const savings = savingsAt(high);
		if (savings === null) {
			return null;
		}
		if (savings.gte(target)) {
			break;
		}
		low = high;
		high = high.times(2);
		if (high.gt(SEARCH_CEILING)) {
			return null;
		}
	}
	while (high.minus(low).gt(ONE_CENT)) {
		const middle = cents(low.plus(high).dividedBy(2));
		yield;
		const savings = savingsAt(middle);
		if (savings === null) {
			return null;
		}
		if (savings.gte(target)) {
			high = middle;
		} else {
			low = middle;
		}
	}
	return high;
}
