/**
 * `leaveAt`: what leaving an offer after `month` months means (contract: "leaveAt").
 *
 * Month m is the number of whole months worked: month 12 is the end of year 1. Year k's
 * sign-on is paid at the start of year k (so it has been received once m ≥ 12(k−1)+1) and a
 * refresher is granted at the start of each year from year 2, on the same rule.
 */
import type Decimal from 'decimal.js';
import { REFRESH_EVENTS, REFRESH_EVERY } from './equity';
import { priceFactors, type PriceFactors } from './growth';
import { cents, Dec, HUNDRED, ZERO, type Money } from './money';
import { parseOffer } from './schema-offer';
import type { InputIssue, LeaveOutcome, Offer, OptionGrant } from './types';
import { vestEvents, vestedFraction } from './vesting';

const MAX_MONTH = 120;
/** A sign-on is clawed back pro rata if you leave within this many months of its payment. */
const CLAWBACK_MONTHS = 12;

function failed(errors: InputIssue[]): LeaveOutcome {
	return { received: ZERO, forfeitedEquity: ZERO, signOnRepaid: ZERO, errors };
}

/** Base and bonus earned by the end of `month`: each month earns its year's base/12 and bonus/12. */
function pay(offer: Offer, month: number): Decimal {
	const raise = new Dec(offer.raisePct).dividedBy(HUNDRED).plus(1);
	const withBonus = new Dec(offer.bonusPct).dividedBy(HUNDRED).plus(1);
	let base = offer.base;
	let earned: Decimal = ZERO;
	for (let start = 0; start < month; start += 12) {
		const months = Math.min(12, month - start);
		earned = earned.plus(base.times(withBonus).times(months).dividedBy(12));
		base = base.times(raise);
	}
	return earned.plus(offer.otherAnnual.times(month).dividedBy(12));
}

/** Sign-on received by `month`, and what of it a 12-month pro-rata clawback takes back. */
function signOn(offer: Offer, month: number): { received: Decimal; repaid: Decimal } {
	let received: Decimal = ZERO;
	let repaid: Decimal = ZERO;
	offer.signOn.forEach((amount, i) => {
		const paidAt = 12 * i;
		if (month < paidAt + 1) {
			return;
		}
		received = received.plus(amount);
		const monthsSince = month - paidAt;
		if (monthsSince < CLAWBACK_MONTHS) {
			repaid = repaid.plus(amount.times(CLAWBACK_MONTHS - monthsSince).dividedBy(CLAWBACK_MONTHS));
		}
	});
	return { received, repaid };
}

/** Value of one share (RSU: the price factor; options: spread × success) at month m. */
function optionShareValue(grant: OptionGrant, factors: PriceFactors, month: number): Decimal {
	const spread = grant.price.times(factors.at(month)).minus(grant.strike);
	if (!spread.isPositive() || spread.isZero()) {
		return ZERO;
	}
	return spread.times(grant.successPct).dividedBy(HUNDRED);
}

/** The initial grant: value vested by `month` (at each vest's month) and value forfeited. */
function initialGrant(offer: Offer, month: number): { vested: Decimal; forfeited: Decimal } {
	const grant = offer.equity;
	if (grant === undefined) {
		return { vested: ZERO, forfeited: ZERO };
	}
	const factors = priceFactors(grant.growthPct);
	const worth = (m: number): Decimal =>
		grant.type === 'rsu'
			? grant.grant.times(factors.at(m))
			: grant.shares.times(optionShareValue(grant, factors, m));
	let vested: Decimal = ZERO;
	for (const event of vestEvents(grant.vesting)) {
		if (event.month > month) {
			break;
		}
		vested = vested.plus(worth(event.month).times(event.fraction));
	}
	const unvested = new Dec(1).minus(vestedFraction(grant.vesting, month));
	return { vested, forfeited: unvested.isZero() ? ZERO : worth(month).times(unvested) };
}

/** The refreshers granted by `month`: value vested (at each vest's month) and forfeited. */
function refreshers(offer: Offer, month: number): { vested: Decimal; forfeited: Decimal } {
	const grant = offer.equity;
	if (grant?.type !== 'rsu' || grant.refresh.isZero()) {
		return { vested: ZERO, forfeited: ZERO };
	}
	const factors = priceFactors(grant.growthPct);
	const perEvent = grant.refresh.dividedBy(REFRESH_EVENTS);
	let vested: Decimal = ZERO;
	let forfeited: Decimal = ZERO;
	for (let grantedAt = 12; month >= grantedAt + 1; grantedAt += 12) {
		const age = month - grantedAt;
		const done = Math.min(REFRESH_EVENTS, Math.floor(age / REFRESH_EVERY));
		for (let j = 1; j <= done; j++) {
			// A refresher's value is its value on its grant date, so its growth starts there.
			vested = vested.plus(perEvent.times(factors.at(REFRESH_EVERY * j)));
		}
		forfeited = forfeited.plus(perEvent.times(REFRESH_EVENTS - done).times(factors.at(age)));
	}
	return { vested, forfeited };
}

/**
 * What leaving after `month` months (a whole number, 0..120) means: `received` (base and
 * bonus pro rata, sign-on paid, relocation, other cash, vested equity at its vest-month
 * value), `forfeitedEquity` (unvested initial grant and refreshers, at the leave month's
 * price) and `signOnRepaid` (each payment clawed back pro rata within 12 months of it).
 * Never throws: an invalid offer or month gives zero lines and `errors`.
 *
 * @example
 * // base 150,000, bonus 10 %, sign-on 30,000, RSU 200,000 on `standard`, leave at month 3:
 * // received 3/12 × 165,000 + 30,000 = 71,250; no vest before the 12-month cliff, so all
 * // 200,000 is forfeited; the sign-on repaid is 30,000 × 9/12 = 22,500.
 * leaveAt({ name: 'Acme', location: 'austin', base: 150000, bonusPct: 10, signOn: 30000,
 *   equity: { type: 'rsu', grant: 200000, vesting: 'standard' } }, 3)
 * // { received: 71250, forfeitedEquity: 200000, signOnRepaid: 22500 }
 */
export function leaveAt(offer: unknown, month: unknown): LeaveOutcome {
	try {
		const parsed = parseOffer(offer);
		const errors = parsed.ok ? [] : [...parsed.errors];
		const validMonth =
			typeof month === 'number' && Number.isInteger(month) && month >= 0 && month <= MAX_MONTH;
		if (!validMonth) {
			errors.push({
				path: 'month',
				message: `The month you leave must be a whole number from 0 to ${MAX_MONTH}.`
			});
		}
		if (!parsed.ok || !validMonth) {
			return failed(errors);
		}
		const o = parsed.offer;
		const sign = signOn(o, month);
		const initial = initialGrant(o, month);
		const refresh = refreshers(o, month);
		const received = pay(o, month)
			.plus(sign.received)
			.plus(month >= 1 ? o.relocation : ZERO)
			.plus(initial.vested)
			.plus(refresh.vested);
		return {
			received: cents(received),
			forfeitedEquity: cents(initial.forfeited.plus(refresh.forfeited)),
			signOnRepaid: cents(sign.repaid)
		};
	} catch {
		return failed([{ path: '', message: 'This offer could not be read.' }]);
	}
}

/**
 * What you keep of what you received once the sign-on clawback is paid back. Apart from
 * `leaveAt` so its result stays the contract's three lines.
 *
 * @example keptAfterLeaving(leaveAt(acme, 3)) // 71,250 − 22,500 = 48750
 */
export function keptAfterLeaving(outcome: LeaveOutcome): Money {
	return outcome.received.minus(outcome.signOnRepaid);
}
