/**
 * What the engine's `parseOffer` reads of a draft (draft.ts): amounts as people type them
 * ("$200,000", "1.2m") made plain, and empty choices left out. It belongs with the checks: the
 * compare page loads it with them, when it is first used (checks.ts). Pure functions only.
 */
import type { DraftEquity, DraftOffer, DraftVesting } from './draft';

/** "k" and "m" after an amount, as people write salaries: thousands and millions. */
const SCALE: Readonly<Record<string, number>> = { k: 3, m: 6 };

/**
 * An amount as people type it into a form: "200,000", "$200,000", "£95,000.50", "200k" or
 * "1.2m" become "200000", "200000", "95000.50", "200000" and "1200000". Only the usual shapes
 * are read (thousands in groups of three, a currency sign in front, k or m after); anything
 * else goes to the engine as typed, which says what is wrong. Files and share links stay
 * strict: this is for the form alone.
 *
 * @example typedAmount('$200,000') // '200000'
 * @example typedAmount('1.25m') // '1250000'
 * @example typedAmount('2,00,000') // '2,00,000' (not a shape we read; the engine refuses it)
 */
export function typedAmount(text: string): string {
	const match = /^\s*[$£]?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([kKmM])?\s*$/.exec(text);
	if (!match) {
		return text;
	}
	const digits = `${match[1]?.replace(/,/g, '') ?? ''}${match[2] ?? ''}`;
	const places = SCALE[match[3]?.toLowerCase() ?? ''];
	return places === undefined ? digits : shiftPoint(digits, places);
}

/** "1.25", 6 → "1250000": the decimal point moved right, as text, so nothing is rounded. */
function shiftPoint(digits: string, places: number): string {
	const [whole = '', fraction = ''] = digits.split('.');
	const moved = `${whole}${fraction.padEnd(places, '0').slice(0, places)}`;
	const rest = fraction.slice(places);
	const number = moved.replace(/^0+(?=\d)/, '');
	return rest === '' ? number : `${number}.${rest}`;
}

/** Empty choices are left out, so the engine fills in its defaults. */
function choice<T extends string>(value: T | ''): T | undefined {
	return value === '' ? undefined : value;
}

function rawVesting(vesting: DraftVesting): unknown {
	return vesting.preset === 'custom'
		? { yearly: [...vesting.yearly], cliffMonths: vesting.cliffMonths, every: vesting.every }
		: vesting.preset;
}

function rawEquity(equity: DraftEquity): unknown {
	if (equity.type === 'rsu') {
		const { growthPct } = equity;
		return {
			type: 'rsu',
			grant: typedAmount(equity.grant),
			vesting: rawVesting(equity.vesting),
			growthPct,
			refresh: typedAmount(equity.refresh)
		};
	}
	if (equity.type === 'options') {
		const { growthPct, successPct } = equity;
		return {
			type: 'options',
			shares: typedAmount(equity.shares),
			strike: typedAmount(equity.strike),
			price: typedAmount(equity.price),
			vesting: rawVesting(equity.vesting),
			growthPct,
			successPct
		};
	}
	return undefined;
}

/**
 * The raw offer `parseOffer` reads. Empty text boxes stay empty strings, which the engine
 * treats as "not given" (a default, or "is required" for name, location and base).
 */
export function rawFromDraft(draft: DraftOffer): Record<string, unknown> {
	const signOn =
		draft.signOn.length <= 1 ? typedAmount(draft.signOn[0] ?? '') : draft.signOn.map(typedAmount);
	return {
		name: draft.name,
		role: choice(draft.role),
		level: choice(draft.level),
		location: choice(draft.location),
		currency: choice(draft.currency),
		colIndex: draft.colIndex,
		taxRegion: choice(draft.taxRegion),
		base: typedAmount(draft.base),
		raisePct: draft.raisePct,
		bonusPct: draft.bonusPct,
		signOn,
		relocation: typedAmount(draft.relocation),
		otherAnnual: typedAmount(draft.otherAnnual),
		retirementMatchPct: draft.retirementMatchPct,
		equity: rawEquity(draft.equity)
	};
}
