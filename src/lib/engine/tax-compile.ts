/**
 * A tax table's definition as the engine computes with it: Decimals made once, at load, not
 * per call, and the tax of one definition on an amount of wages. `tax.ts` joins these into
 * regions; `tax-merge.ts` sums a region's schedules into one per line of the estimate.
 */
import type Decimal from 'decimal.js';
import { Dec, HUNDRED, ZERO, type Money } from './money';
import type { Bracket, TaxFigures, TaxField } from './tax-schema';
import type { FilingStatus } from './types';

/** A bracket as the engine computes with it. */
export interface CompiledBracket {
	from: Decimal;
	/** ratePct / 100: exact in decimal (22 % → 0.22). */
	rate: Decimal;
	/** The whole tax of the brackets below this one, so one bracket answers any amount. */
	below: Decimal;
}

/** One tax of a region, ready to apply: a recompute runs it for every year of every offer. */
export interface CompiledTax {
	field: TaxField;
	deduction:
		| { kind: 'standard'; amount: Record<FilingStatus, Decimal> }
		| {
				kind: 'allowance';
				amount: Record<FilingStatus, Decimal>;
				taperFrom: Decimal;
				taper: Decimal;
		  }
		| undefined;
	schedule: Record<FilingStatus, CompiledBracket[]>;
}

export function byStatus<T, U>(
	values: Record<FilingStatus, T>,
	f: (value: T, status: FilingStatus) => U
): Record<FilingStatus, U> {
	return { single: f(values.single, 'single'), married: f(values.married, 'married') };
}

function compileBrackets(brackets: readonly Bracket[]): CompiledBracket[] {
	const compiled: CompiledBracket[] = [];
	let below: Decimal = ZERO;
	brackets.forEach((bracket, i) => {
		const from = new Dec(bracket.from);
		const rate = new Dec(bracket.ratePct).dividedBy(HUNDRED);
		compiled.push({ from, rate, below });
		const next = brackets[i + 1];
		if (next !== undefined) {
			below = below.plus(new Dec(next.from).minus(from).times(rate));
		}
	});
	return compiled;
}

export function compileTax(definition: TaxFigures): CompiledTax {
	const d = definition.deduction;
	const amount = d ? byStatus(d.amount, (value) => new Dec(value)) : undefined;
	return {
		field: definition.field,
		deduction:
			!d || !amount
				? undefined
				: d.kind === 'standard'
					? { kind: 'standard', amount }
					: {
							kind: 'allowance',
							amount,
							taperFrom: new Dec(d.taperFrom),
							taper: new Dec(d.taperPct).dividedBy(HUNDRED)
						},
		schedule: byStatus(definition.schedule, compileBrackets)
	};
}

function deductionFor(tax: CompiledTax, income: Money, status: FilingStatus): Money {
	const deduction = tax.deduction;
	if (!deduction) {
		return ZERO;
	}
	const full = deduction.amount[status];
	if (deduction.kind === 'standard') {
		return full;
	}
	// The allowance loses taperPct % of every unit of income above taperFrom (HMRC: 1 for
	// every 2 above 100,000), and never goes below zero.
	const excess = income.minus(deduction.taperFrom);
	if (excess.lte(0)) {
		return full;
	}
	const reduced = full.minus(excess.times(deduction.taper));
	return reduced.isNegative() ? ZERO : reduced;
}

/**
 * Applies a marginal schedule: each bracket's rate to the slice of `base` inside it. The
 * slices below the top bracket reached are summed once, at load (`below`), so a year's tax
 * costs one comparison per bracket and three operations, not four per bracket.
 */
function scheduleTax(base: Money, brackets: readonly CompiledBracket[]): Money {
	for (let i = brackets.length - 1; i >= 0; i -= 1) {
		const bracket = brackets[i];
		if (bracket && base.gt(bracket.from)) {
			return bracket.below.plus(base.minus(bracket.from).times(bracket.rate));
		}
	}
	return ZERO;
}

/**
 * One tax on `income`. The UK income tax shows why bands are in taxable income: at
 * 110,000 the allowance is 12,570 − (110,000 − 100,000) / 2 = 7,570, taxable income is
 * 102,430, and HMRC's bands (20 % to 37,700, 40 % to 125,140, 45 % above) apply to that.
 * The 45 % band starts at 125,140 of taxable income, which is also 125,140 of gross income
 * because the allowance is 0 there; so the 40 % band's upper edge needs no taper maths.
 */
export function oneTax(tax: CompiledTax, income: Money, status: FilingStatus): Money {
	const base = tax.deduction ? income.minus(deductionFor(tax, income, status)) : income;
	return base.lte(0) ? ZERO : scheduleTax(base, tax.schedule[status]);
}
