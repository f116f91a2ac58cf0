/**
 * The words of an equity-grant ask. The ask's `equityGrant` is the initial grant's value today
 * (contract): an RSU grant's value, or an option grant's shares × (price − strike), rounded up
 * to whole thousands. Two things then part the words from the arithmetic a reader does, and
 * each is said where it applies:
 *
 * - An option ask becomes whole shares, value ÷ (price − strike) rounded up (applyAsk), so
 *   the shares are worth a little more than the value asked: $277,000 at $4.50 a share is
 *   61,555.6 shares, asked as 61,556 (worth $277,002).
 * - What the grant adds a year is projected: the share price grows as set, and an option's
 *   value is weighted by its chance of success. A 20 % chance makes $118,000 more of grant,
 *   vesting over 4 years, add $5,900 a year, not $29,500.
 */
import type Decimal from 'decimal.js';
import { ZERO, type Money } from './money';
import { count, pct } from './negotiate-words';
import { writeMoney, writeNumber } from './number-text';
import type { Currency, EquityGrant, OptionGrant } from './types';

/** A price a share, to the cent ("$1.50"), or to every decimal it has past the cent. */
function perShare(value: Decimal, currency: Currency): string {
	if (value.decimalPlaces() <= 2) {
		return writeMoney(value, currency, { cents: true });
	}
	return `${writeMoney(ZERO, currency).slice(0, -1)}${writeNumber(value, value.decimalPlaces())}`;
}

/** Whether `shares` of `grant` are worth exactly `value` (no share was rounded up to). */
function sharesExact(value: Money, shares: Decimal, grant: OptionGrant): boolean {
	return shares.times(grant.price.minus(grant.strike)).equals(value);
}

/**
 * The option ask's value and shares, for a reason, after "An option grant worth $343,000":
 * the spread a share and the shares it comes to, rounded up to a whole share where it is.
 *
 * @example optionSharesText(new Dec(343000), offered, new Dec(76223), 'USD')
 * // ' at $4.50 a share (today's price of $6.00 less the strike of $1.50), which is 76,223
 * // shares once rounded up to a whole share (up from 50,000)'
 */
export function optionSharesText(
	value: Money,
	offered: OptionGrant,
	shares: Decimal,
	currency: Currency
): string {
	const spread = `${perShare(offered.price.minus(offered.strike), currency)} a share (today's price of ${perShare(offered.price, currency)} less the strike of ${perShare(offered.strike, currency)})`;
	const rounded = sharesExact(value, shares, offered) ? '' : ' once rounded up to a whole share';
	return ` at ${spread}, which is ${count(shares)} shares${rounded} (up from ${count(offered.shares)})`;
}

/**
 * The option ask as the email lists it: the shares, then the value they stand for.
 *
 * @example optionAskLine(new Dec(343000), offered, new Dec(76223), 'USD', ' (up from 50,000)')
 * // "Option grant: 76,223 shares (up from 50,000): $343,000 at today's price less the strike
 * // ($4.50 a share), rounded up to a whole share"
 */
export function optionAskLine(
	value: Money,
	offered: OptionGrant,
	shares: Decimal,
	currency: Currency,
	upFrom: string
): string {
	const at = `${writeMoney(value, currency)} at today's price less the strike (${perShare(offered.price.minus(offered.strike), currency)} a share)`;
	return sharesExact(value, shares, offered)
		? `Option grant: ${count(shares)} shares${upFrom}, worth ${at}`
		: `Option grant: ${count(shares)} shares${upFrom}: ${at}, rounded up to a whole share`;
}

/**
 * How the projection counts a grant beyond its value today, for a reason: after "counted as
 * it vests", the share price's growth as set; after "adds $5,900 a year on average", an
 * option's chance of success below 100 %. Each is '' when it changes nothing.
 *
 * @example grantWeighting(options) // growth 15, success 20:
 * // { growth: ' with the share price growing 15% a year, as you set',
 * //   chance: ' once weighted by the 20% chance you set that the shares are ever worth anything' }
 */
export function grantWeighting(equity: EquityGrant | undefined): {
	growth: string;
	chance: string;
} {
	const g = equity?.growthPct ?? 0;
	const growth =
		g === 0
			? ''
			: ` with the share price ${g > 0 ? 'growing' : 'falling'} ${pct(Math.abs(g))} a year, as you set`;
	const chance =
		equity?.type === 'options' && equity.successPct < 100
			? ` once weighted by the ${pct(equity.successPct)} chance you set that the shares are ever worth anything`
			: '';
	return { growth, chance };
}
