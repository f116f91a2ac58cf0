/**
 * The editable draft of an offer: the contract's raw offer shape with every number as the
 * string a text box holds, so what the person typed ("150,000", "", "abc") is kept exactly
 * while they type, and the engine's `parseOffer` decides what it means (draft-read.ts turns
 * a draft into what it reads). Pure functions only.
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

/** The settings of a scenario, as the form holds them. */
export function settingsFromScenario(scenario: Scenario): DraftSettings {
	return {
		years: String(scenario.years),
		filingStatus: scenario.household.filingStatus,
		annualSpending: scenario.household.annualSpending.toFixed(),
		GBPUSD: scenario.fx.GBPUSD.toFixed()
	};
}
