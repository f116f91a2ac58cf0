/**
 * Cost of living: what a year's pay is worth after tax and after the household's spending.
 * A projection's after-tax rows come from here; living.ts compares cities with it.
 *
 * Spending is given in USD at cost-of-living index 100 (the US average) and scales with the
 * index; GBP and USD are converted with the scenario's `fx.GBPUSD` (USD per GBP).
 */
import { DEFAULT_FX, convert } from './fx';
import { Dec, HUNDRED, ZERO, cents, percentOf, toMoney, type Money } from './money';
import { taxRegionCurrency, taxTotalFor } from './tax';
import type { AfterTaxLines, Fx, Household, Offer } from './types';

/**
 * Yearly living costs in the offer's currency: annualSpending (USD at index 100) × colIndex
 * / 100, converted with `fx`, in cents.
 */
function yearlySpending(
	annualSpending: Money,
	offer: Pick<Offer, 'currency' | 'colIndex'>,
	fx: Fx
): Money {
	const usd = percentOf(annualSpending, offer.colIndex);
	return cents(convert(usd, 'USD', offer.currency, fx));
}

/**
 * A year after tax and cost of living, in the offer's currency, every line in cents:
 * - `taxable`: the year's taxable pay as given (base + bonus + signOn + RSU equity + refresh
 *   + other), rounded to cents.
 * - `tax`: `estimateTax(...).total` for the offer's `taxRegion` and the household's filing
 *   status. When the offer's currency is not the region's (a USD remote offer taxed in
 *   `uk`, say), taxable is converted into the region's currency with `fx`, taxed there, and
 *   the tax converted back to the offer's currency, then rounded to cents.
 * - `net` = taxable − tax.
 * - `purchasingPower` = net × 100 / colIndex: net pay in US-average (index 100) money.
 * - `savings` = net − spending, where spending = annualSpending (USD at index 100) ×
 *   colIndex / 100, converted to the offer's currency with `fx` and rounded to cents.
 * `offer.colIndex` must be above 0 (`parseScenario` guarantees it).
 *
 * @example
 * // Austin (us-tx, index 120), single, 100,000 USD taxable, 60,000 USD spending:
 * // tax 20,820 (federal 13,170 + payroll 7,650), net 79,180,
 * // purchasingPower 79,180 × 100 / 120 = 65,983.33, savings 79,180 − 72,000 = 7,180.
 * afterTaxLines(new Dec(100000), { currency: 'USD', colIndex: 120, taxRegion: 'us-tx' },
 *   { filingStatus: 'single', annualSpending: new Dec(60000) })
 * // → { taxable: 100000, tax: 20820, net: 79180, purchasingPower: 65983.33, savings: 7180 }
 */
export function afterTaxLines(
	taxable: Money,
	offer: Pick<Offer, 'currency' | 'colIndex' | 'taxRegion'>,
	household: Household,
	fx: Fx = DEFAULT_FX
): AfterTaxLines {
	return afterTaxFor(offer, household, fx).year(cents(toMoney(taxable) ?? ZERO));
}

/**
 * `afterTaxLines` for one offer and household, as a function of a year's taxable pay (a
 * Decimal in cents). A projection calls it every year: the tax region, the spending and the
 * index are the same each year, so they are looked up and converted once, here. Every line
 * is in cents: pay, tax, spending and purchasing power are rounded, and net and savings are
 * differences of amounts in cents, so a projection need not round them again.
 */
export function afterTaxFor(
	offer: Pick<Offer, 'currency' | 'colIndex' | 'taxRegion'>,
	household: Household,
	fx: Fx = DEFAULT_FX
): { year: (pay: Money) => AfterTaxLines; spending: Money } {
	const regionCurrency = taxRegionCurrency(offer.taxRegion);
	const taxTotal = taxTotalFor(offer.taxRegion, household.filingStatus);
	const spending = yearlySpending(household.annualSpending, offer, fx);
	// Made a Decimal once, not every year. (Kept whole, net × 100 ÷ colIndex: a divisor of one
	// decimal.js word, below 10^7, divides several times faster than colIndex / 100 would.)
	const colIndex = new Dec(offer.colIndex);
	const year = (pay: Money): AfterTaxLines => {
		const total = taxTotal(convert(pay, offer.currency, regionCurrency, fx));
		const tax = cents(convert(total, regionCurrency, offer.currency, fx));
		const net = pay.minus(tax);
		return {
			taxable: pay,
			tax,
			net,
			purchasingPower: cents(net.times(HUNDRED).dividedBy(colIndex)),
			savings: net.minus(spending)
		};
	};
	return { year, spending };
}
