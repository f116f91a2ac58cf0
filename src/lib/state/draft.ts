/**
 * The editable draft of an offer: the contract's raw offer shape with every number as the
 * string a text box holds, so what the person typed ("150,000", "", "abc") is kept exactly
 * while they type, and the engine's `parseOffer` decides what it means. Pure functions only.
 */
import {
	Dec,
	locations,
	type Currency,
	type LevelId,
	type LocationId,
	type Offer,
	type RoleId,
	type Scenario,
	type TaxRegionId,
	type VestingPresetId
} from '$lib/engine';

export type EquityType = 'none' | 'rsu' | 'options';

export interface DraftVesting {
	/** A preset id, or 'custom' to use `yearly`, `cliffMonths` and `every`. */
	preset: VestingPresetId | 'custom';
	yearly: string[];
	cliffMonths: string;
	every: string;
}

/** Both grant kinds' fields are kept, so switching the type back and forth loses nothing. */
export interface DraftEquity {
	type: EquityType;
	grant: string;
	refresh: string;
	shares: string;
	strike: string;
	price: string;
	growthPct: string;
	successPct: string;
	vesting: DraftVesting;
}

export interface DraftOffer {
	/** Stable key for `{#each}` and for remembering the offer's last valid values. */
	id: string;
	name: string;
	role: RoleId | '';
	level: LevelId | '';
	location: LocationId | '';
	/** '' means "the location's default" (and follows the location when it changes). */
	currency: Currency | '';
	colIndex: string;
	taxRegion: TaxRegionId | '';
	base: string;
	raisePct: string;
	bonusPct: string;
	/** One entry per year, index 0 = year 1; a single entry is the usual year-1 sign-on. */
	signOn: string[];
	relocation: string;
	otherAnnual: string;
	retirementMatchPct: string;
	equity: DraftEquity;
}

/** The horizon, household and exchange rate, as the form holds them. */
export interface DraftSettings {
	years: string;
	filingStatus: 'single' | 'married';
	annualSpending: string;
	GBPUSD: string;
}

function blankEquity(): DraftEquity {
	return {
		type: 'none',
		grant: '',
		refresh: '',
		shares: '',
		strike: '',
		price: '',
		growthPct: '',
		successPct: '',
		vesting: { preset: 'standard', yearly: ['25', '25', '25', '25'], cliffMonths: '12', every: '1' }
	};
}

/** A new, empty offer: invalid until it has a location and a base salary. */
export function blankDraft(id: string, name: string): DraftOffer {
	return {
		id,
		name,
		role: '',
		level: '',
		location: '',
		currency: '',
		colIndex: '',
		taxRegion: '',
		base: '',
		raisePct: '',
		bonusPct: '',
		signOn: [''],
		relocation: '',
		otherAnnual: '',
		retirementMatchPct: '',
		equity: blankEquity()
	};
}

/**
 * A number as a text box shows it: plain digits, never exponent form. `String(1e-7)` is
 * "1e-7", which the form's reader refuses; this gives "0.0000001", the same number.
 *
 * @example plainNumber(1e-7) // '0.0000001'
 */
function plainNumber(value: number): string {
	return new Dec(value).toFixed();
}

/**
 * The draft of a normalized offer. Values equal to the location's defaults are left empty,
 * so they keep following the location if the person changes it.
 */
export function draftFromOffer(offer: Offer, id: string): DraftOffer {
	const place = locations.find((l) => l.id === offer.location);
	const draft = blankDraft(id, offer.name);
	draft.role = offer.role ?? '';
	draft.level = offer.level ?? '';
	draft.location = offer.location;
	draft.currency = place?.currency === offer.currency ? '' : offer.currency;
	draft.colIndex = place?.defaultColIndex === offer.colIndex ? '' : plainNumber(offer.colIndex);
	draft.taxRegion = place?.taxRegion === offer.taxRegion ? '' : offer.taxRegion;
	draft.base = offer.base.toFixed();
	draft.raisePct = plainNumber(offer.raisePct);
	draft.bonusPct = plainNumber(offer.bonusPct);
	draft.signOn = offer.signOn.map((amount) => amount.toFixed());
	draft.relocation = offer.relocation.toFixed();
	draft.otherAnnual = offer.otherAnnual.toFixed();
	draft.retirementMatchPct = plainNumber(offer.retirementMatchPct);
	const equity = offer.equity;
	if (equity) {
		const { vesting } = equity;
		draft.equity.type = equity.type;
		draft.equity.growthPct = plainNumber(equity.growthPct);
		draft.equity.vesting = {
			preset: vesting.preset ?? 'custom',
			yearly: vesting.yearly.map(plainNumber),
			cliffMonths: String(vesting.cliffMonths),
			every: String(vesting.every)
		};
		if (equity.type === 'rsu') {
			draft.equity.grant = equity.grant.toFixed();
			draft.equity.refresh = equity.refresh.toFixed();
		} else {
			draft.equity.shares = equity.shares.toFixed();
			draft.equity.strike = equity.strike.toFixed();
			draft.equity.price = equity.price.toFixed();
			draft.equity.successPct = plainNumber(equity.successPct);
		}
	}
	return draft;
}

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

/** The settings of a scenario, as the form holds them. */
export function settingsFromScenario(scenario: Scenario): DraftSettings {
	return {
		years: String(scenario.years),
		filingStatus: scenario.household.filingStatus,
		annualSpending: scenario.household.annualSpending.toFixed(),
		GBPUSD: scenario.fx.GBPUSD.toFixed()
	};
}
