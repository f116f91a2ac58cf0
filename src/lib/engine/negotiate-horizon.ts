/**
 * How the texts speak of the horizon. Over several years a figure is an average: "averages
 * $250,000 a year over 4 years", "$39,500 a year short". Over one year the average is that
 * year's pay, and "averages $250,000 a year over 1 year" says it twice: the texts then say what
 * the offer "pays in its first year", "$39,500 short". Multi-year wording is unchanged.
 */
import { yearsText } from './negotiate-words';

/**
 * What an offer pays, without the horizon: "averages $250,000 a year", or over one year
 * "pays $250,000 in its first year". `form` is the verb's form after "would".
 *
 * @example paysText('$250,000', 4) // 'averages $250,000 a year'
 * @example paysText('$250,000', 1, 'average') // 'pay $250,000 in its first year'
 */
export function paysText(
	amount: string,
	years: number,
	form: 'averages' | 'average' = 'averages'
): string {
	if (years === 1) {
		return `${form === 'averages' ? 'pays' : 'pay'} ${amount} in its first year`;
	}
	return `${form} ${amount} a year`;
}

/**
 * What an offer comes to over the horizon, as a script says it: "averages $250,000 a year over
 * 4 years", or over one year "pays $250,000 in its first year". `form` is the verb's form
 * after "would"; `same` says "the same" horizon, for a second offer (over one year, "its first
 * year" is already the same one).
 *
 * @example averagesText('$250,000', 4, 'averages', true) // 'averages $250,000 a year over the same 4 years'
 */
export function averagesText(
	amount: string,
	years: number,
	form: 'averages' | 'average',
	same = false
): string {
	if (years === 1) {
		return paysText(amount, years, form);
	}
	return `${paysText(amount, years, form)} over ${same ? 'the same ' : ''}${yearsText(years)}`;
}

/**
 * After a yearly difference ("$39,500 a year short", "the $60,000 a year between …"): " a
 * year", or nothing over one year, where the difference is that year's.
 *
 * @example `$39,500${perYear(4)} short` // '$39,500 a year short'; perYear(1) // ''
 */
export function perYear(years: number): string {
	return years === 1 ? '' : ' a year';
}

/**
 * What a term adds, after the amount: "a year on average", or "in the first year".
 *
 * @example `adds $45,100 ${onAverage(4)}` // 'adds $45,100 a year on average'
 */
export function onAverage(years: number): string {
	return years === 1 ? 'in the first year' : 'a year on average';
}

/**
 * A total over the horizon, after the amount: "over 4 years", or "in the first year".
 *
 * @example `worth $240,000 ${overHorizon(1)}` // 'worth $240,000 in the first year'
 */
export function overHorizon(years: number): string {
	return years === 1 ? 'in the first year' : `over ${yearsText(years)}`;
}

/**
 * The offer's own figure, named: "the offer's average of $171,250", or over one year "the
 * offer's first-year total of $171,250".
 */
export function offerFigure(amount: string, years: number): string {
	return years === 1
		? `the offer's first-year total of ${amount}`
		: `the offer's average of ${amount}`;
}
