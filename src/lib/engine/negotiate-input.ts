/**
 * Reading `negotiate`'s input: the offer and competing offers (raw or normalized), what is
 * forfeited, the stance, whether to name the competitor, the horizon, the exchange rate and
 * an optional household. Every problem is collected as an `InputIssue`; nothing throws.
 */
import { DEFAULT_FX } from './fx';
import { cents, ZERO, type Money } from './money';
import { readMoney, type MoneySpec } from './readers';
import type { Stance } from './negotiate-ask';
import { parseFx, parseHousehold } from './schema';
import { parseOffer } from './schema-offer';
import type { Fx, Household, InputIssue, Offer } from './types';

const STANCES: readonly Stance[] = ['conservative', 'balanced', 'ambitious'];

/**
 * What is forfeited, read like an offer's amounts and worded like them ("… cannot be negative",
 * "… must be at most …; this is …"). Text that is not plain digits ("1e6", "200 thousand")
 * is asked for in digits: saying the amount is out of range, as this once did, was wrong.
 */
const FORFEITED = {
	label: 'What you would forfeit',
	example: '50000',
	max: 1_000_000_000,
	maxText: '1,000,000,000',
	fallback: ZERO,
	unreadable: 'What you would forfeit must be typed in digits, like 50000.'
} as const satisfies MoneySpec;

/** The input, checked: what `negotiate` works from. */
export interface NegotiateSettings {
	offer: Offer;
	competing: Offer[];
	forfeited: Money;
	stance: Stance;
	disclose: boolean;
	years: number;
	fx: Fx;
	household?: Household;
}

/**
 * Checks the input; returns the settings or every problem found.
 *
 * @example readNegotiateInput({ offer: { name: 'Acme', location: 'austin', base: 150000 }, stance: 'bold' })
 * // [{ path: 'stance', message: 'The stance must be "conservative", "balanced" or "ambitious".' }]
 */
export function readNegotiateInput(input: unknown): NegotiateSettings | InputIssue[] {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return [{ path: '', message: 'negotiate needs an object like { "offer": { … } }.' }];
	}
	const raw = input as Record<string, unknown>;
	const errors: InputIssue[] = [];
	const offer = parseOffer(raw.offer, 'offer');
	if (!offer.ok) {
		errors.push(...offer.errors);
	}
	const competing: Offer[] = [];
	const list = raw.competing ?? [];
	if (!Array.isArray(list) || list.length > 8) {
		errors.push({ path: 'competing', message: 'Competing offers must be a list of at most 8.' });
	} else {
		list.forEach((item: unknown, i) => {
			const parsed = parseOffer(item, `competing.${i}`);
			if (parsed.ok) {
				competing.push(parsed.offer);
			} else {
				errors.push(...parsed.errors);
			}
		});
	}
	const read = raw.forfeited === null ? null : readMoney(raw.forfeited, FORFEITED);
	const forfeited = read?.ok ? read.value : null;
	if (!read?.ok) {
		errors.push({ path: 'forfeited', message: read?.message ?? FORFEITED.unreadable });
	}
	const stance = raw.stance ?? 'balanced';
	if (!STANCES.some((s) => s === stance)) {
		errors.push({
			path: 'stance',
			message: 'The stance must be "conservative", "balanced" or "ambitious".'
		});
	}
	const disclose = raw.discloseCompeting ?? true;
	if (typeof disclose !== 'boolean') {
		errors.push({ path: 'discloseCompeting', message: 'Naming the competitor is yes or no.' });
	}
	const years = raw.years ?? 4;
	if (typeof years !== 'number' || !Number.isInteger(years) || years < 1 || years > 10) {
		errors.push({
			path: 'years',
			message: 'The horizon must be a whole number of years, from 1 to 10.'
		});
	}
	const fx = raw.fx === undefined ? { ok: true as const, fx: DEFAULT_FX } : parseFx(raw.fx, 'fx');
	if (!fx.ok) {
		errors.push(...fx.errors);
	}
	const household =
		raw.household === undefined ? undefined : parseHousehold(raw.household, 'household');
	if (household && !household.ok) {
		errors.push(...household.errors);
	}
	if (errors.length > 0 || !offer.ok || !fx.ok || forfeited === null) {
		return errors;
	}
	return {
		offer: offer.offer,
		competing,
		forfeited: cents(forfeited),
		stance: stance as Stance,
		disclose: disclose as boolean,
		years: years as number,
		fx: fx.fx,
		...(household?.ok ? { household: household.household } : {})
	};
}
