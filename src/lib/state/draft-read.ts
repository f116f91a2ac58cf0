/**
 * What the engine's `parseOffer` reads of a draft (draft.ts): amounts as people type them
 * ("$200,000", "1.2m") made plain, and empty choices left out. It belongs with the checks: the
 * compare page loads it with them, when it is first used (checks.ts). Pure functions only.
 */
import { locationById, type Currency, type InputIssue } from '$lib/engine';
import type { DraftEquity, DraftOffer, DraftVesting } from './draft';

/** The sign each currency is written with. */
const SIGN: Readonly<Record<Currency, string>> = { USD: '$', GBP: '£' };

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
 * @example typedAmount('£30,000', 'USD') // '£30,000' (pounds in a dollar field: refused, see signIssues)
 */
export function typedAmount(text: string, currency?: Currency): string {
	const match = /^\s*([$£])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([kKmM])?\s*$/.exec(text);
	if (!match || (match[1] !== undefined && currency !== undefined && match[1] !== SIGN[currency])) {
		return text;
	}
	const digits = `${match[2]?.replace(/,/g, '') ?? ''}${match[3] ?? ''}`;
	const places = SCALE[match[4]?.toLowerCase() ?? ''];
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

function rawEquity(equity: DraftEquity, currency: Currency | undefined): unknown {
	if (equity.type === 'rsu') {
		const { growthPct } = equity;
		return {
			type: 'rsu',
			grant: typedAmount(equity.grant, currency),
			vesting: rawVesting(equity.vesting),
			growthPct,
			refresh: typedAmount(equity.refresh, currency)
		};
	}
	if (equity.type === 'options') {
		const { growthPct, successPct } = equity;
		return {
			type: 'options',
			shares: typedAmount(equity.shares),
			strike: typedAmount(equity.strike, currency),
			price: typedAmount(equity.price, currency),
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
	const currency = offerCurrency(draft);
	const amount = (text: string) => typedAmount(text, currency);
	const signOn =
		draft.signOn.length <= 1 ? amount(draft.signOn[0] ?? '') : draft.signOn.map(amount);
	return {
		name: draft.name,
		role: choice(draft.role),
		level: choice(draft.level),
		location: choice(draft.location),
		currency: choice(draft.currency),
		colIndex: draft.colIndex,
		taxRegion: choice(draft.taxRegion),
		base: amount(draft.base),
		raisePct: draft.raisePct,
		bonusPct: draft.bonusPct,
		signOn,
		relocation: amount(draft.relocation),
		otherAnnual: amount(draft.otherAnnual),
		retirementMatchPct: draft.retirementMatchPct,
		equity: rawEquity(draft.equity, currency)
	};
}

/** The currency the offer is paid in: the one chosen, else its location's (none without one). */
function offerCurrency(draft: DraftOffer): Currency | undefined {
	return draft.currency || locationById(draft.location)?.currency;
}

/** A draft's amount fields by their path under the offer, as the engine names them. */
function amountText(draft: DraftOffer, field: string): string | undefined {
	const { equity } = draft;
	const fields: Record<string, string | undefined> = {
		base: draft.base,
		relocation: draft.relocation,
		otherAnnual: draft.otherAnnual,
		'equity.grant': equity.type === 'rsu' ? equity.grant : undefined,
		'equity.refresh': equity.type === 'rsu' ? equity.refresh : undefined,
		'equity.strike': equity.type === 'options' ? equity.strike : undefined,
		'equity.price': equity.type === 'options' ? equity.price : undefined
	};
	const signOn = /^signOn(?:\.(\d+))?$/.exec(field);
	return signOn ? draft.signOn[Number(signOn[1] ?? 0)] : fields[field];
}

/**
 * The engine's issues of an offer, with the one of an amount written in the other currency's
 * sign ("£30,000" in a dollar offer) said plainly: typedAmount leaves it unread rather than
 * take pounds for dollars, and the engine's "must be a number" would not say why.
 */
export function signIssues(
	draft: DraftOffer,
	issues: readonly InputIssue[],
	prefix: string
): InputIssue[] {
	const currency = offerCurrency(draft);
	return issues.map((issue) => {
		const text = issue.path.startsWith(`${prefix}.`)
			? amountText(draft, issue.path.slice(prefix.length + 1))
			: undefined;
		const sign = text?.trim()[0];
		const other = currency === 'USD' ? '£' : '$';
		return currency !== undefined && sign === other
			? {
					...issue,
					message: `This offer is paid in ${currency}: type the amount without “${other}”, or change the offer's currency.`
				}
			: issue;
	});
}
