/**
 * What the asked base and the asked grant each add to the offer's average yearly total, for
 * the reasons to quote. The gap is split in the offer's own mix of pay (negotiate-ask.ts), but
 * rounding both asks up to whole thousands, and raising the base until the target is reached,
 * moves the real split away from that mix: a reason that quoted the mix as "73% of the gap"
 * was not true of the amounts asked. These are the amounts, by projection.
 */
import { applyAsk, averageYearly } from './negotiate-ask';
import { Dec, ZERO, type Money } from './money';
import type { TextFacts } from './negotiate-words';

export interface AskSplit {
	/** What the asked base adds a year on average, with the raises and bonus that follow it. */
	base: Money;
	/** What the asked grant adds a year on average, counted as it vests. */
	equity: Money;
	/** base + equity: what the two add together. */
	total: Money;
	/** Each one's share of `total`, in whole percent, rounded half up on its own. */
	basePct: number;
	equityPct: number;
}

/** `part` as a whole percent of `total`, half up (0 for a total of 0). */
function share(part: Money, total: Money): number {
	return total.isZero()
		? 0
		: part.times(100).dividedBy(total).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/**
 * The split of a gap-closing ask between base and grant, or null when the ask closes no gap
 * or asks no higher base. The starting point is the offer with any matched bonus target
 * (whose average is the target less the remaining gap): what the bonus adds is its own reason's.
 *
 * @example
 * // Seattle, Senior ML Engineer: base 185,000 → 226,000 with a 10 % bonus adds 41,000 × 1.1 =
 * // 45,100 a year; RSUs 300,000 → 366,000 over 4 years add 16,500: total 61,600, 73 % / 27 %.
 * askSplit(facts) // { base: 45100, equity: 16500, total: 61600, basePct: 73, equityPct: 27 }
 */
export function askSplit(f: TextFacts): AskSplit | null {
	const { ask } = f.plan;
	if (f.plan.mode !== 'gap' || f.target === null || ask.base === undefined) {
		return null;
	}
	const before = f.target.minus(f.plan.gap);
	const bonus = ask.bonusPct === undefined ? {} : { bonusPct: ask.bonusPct };
	const average = (terms: Parameters<typeof applyAsk>[1]) =>
		averageYearly(applyAsk(f.offer, { ...bonus, ...terms }), f.years, f.fx) ?? before;
	const withBase = average({ base: ask.base });
	const withBoth =
		ask.equityGrant === undefined
			? withBase
			: average({ base: ask.base, equityGrant: ask.equityGrant });
	const base = Dec.max(ZERO, withBase.minus(before));
	const equity = Dec.max(ZERO, withBoth.minus(withBase));
	const total = base.plus(equity);
	return { base, equity, total, basePct: share(base, total), equityPct: share(equity, total) };
}
