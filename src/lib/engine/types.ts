/**
 * The engine's shared vocabulary. These are the *normalized* shapes that
 * `parseScenario` produces (defaults filled in, money as Decimal); the raw shapes a
 * person or a file may give are described by the zod schemas in `schema.ts`.
 */
import type Decimal from 'decimal.js';
import type { Money } from './money';

export type Currency = 'USD' | 'GBP';

export const ROLE_IDS = [
	'ml-engineer',
	'data-scientist',
	'nlp-engineer',
	'computer-vision-engineer',
	'prompt-engineer',
	'ai-research-scientist',
	'ai-product-manager',
	'mlops-engineer'
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const LEVEL_IDS = ['entry', 'mid', 'senior'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export const LOCATION_IDS = [
	'san-francisco',
	'new-york',
	'boston',
	'seattle',
	'austin',
	'london',
	'remote'
] as const;
export type LocationId = (typeof LOCATION_IDS)[number];

export const TAX_REGION_IDS = [
	'us-ca',
	'us-ny-nyc',
	'us-ny',
	'us-ma',
	'us-wa',
	'us-tx',
	'us-fl',
	'us-none',
	'uk'
] as const;
export type TaxRegionId = (typeof TAX_REGION_IDS)[number];

export const FILING_STATUSES = ['single', 'married'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const VESTING_PRESET_IDS = [
	'standard',
	'standard-quarterly',
	'amazon',
	'front-loaded',
	'back-loaded',
	'quarterly-no-cliff'
] as const;
export type VestingPresetId = (typeof VESTING_PRESET_IDS)[number];

export const VEST_EVERY_MONTHS = [1, 3, 6, 12] as const;
export type VestEvery = (typeof VEST_EVERY_MONTHS)[number];

/** A vesting schedule: `yearly[k]` is the % of the grant that vests in year k+1. */
export interface VestingSchedule {
	/** The preset it came from, kept so the form can show it; absent for a custom schedule. */
	preset?: VestingPresetId;
	yearly: number[];
	cliffMonths: 0 | 12;
	every: VestEvery;
}

export interface RsuGrant {
	type: 'rsu';
	/** The grant's value at today's share price. */
	grant: Money;
	vesting: VestingSchedule;
	/** Yearly change of the share price, in % (may be negative). */
	growthPct: number;
	/** Value (at today's price) of a refresher granted at the start of every year from year 2. */
	refresh: Money;
}

export interface OptionGrant {
	type: 'options';
	shares: Decimal;
	strike: Money;
	/** Today's price (or latest valuation) of one share. */
	price: Money;
	vesting: VestingSchedule;
	growthPct: number;
	/** Chance, in %, that the shares are ever worth anything (an exit happens). */
	successPct: number;
}

export type EquityGrant = RsuGrant | OptionGrant;

/** One offer, normalized: every default filled in, money in the offer's own currency. */
export interface Offer {
	name: string;
	role?: RoleId;
	level?: LevelId;
	location: LocationId;
	currency: Currency;
	colIndex: number;
	taxRegion: TaxRegionId;
	base: Money;
	raisePct: number;
	bonusPct: number;
	/** Sign-on per year: `signOn[0]` is paid in year 1. Always at least one entry. */
	signOn: Money[];
	relocation: Money;
	otherAnnual: Money;
	retirementMatchPct: number;
	equity?: EquityGrant;
}

export interface Household {
	filingStatus: FilingStatus;
	/** USD spent a year at cost-of-living index 100. */
	annualSpending: Money;
}

export interface Fx {
	/** USD per GBP. */
	GBPUSD: Decimal;
}

export interface Scenario {
	version: 1;
	years: number;
	household: Household;
	fx: Fx;
	offers: Offer[];
}

/** A problem with an input: a dotted path (`offers.0.base`) and a sentence a person understands. */
export interface InputIssue {
	path: string;
	message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: InputIssue[] };

/** The money lines of one year (or of the whole horizon, in `totals`). */
export interface PayLines {
	base: Money;
	bonus: Money;
	signOn: Money;
	/** Value of the initial grant vesting this year (RSU value, or options' spread × success). */
	equity: Money;
	/** Value of RSU refreshers vesting this year. */
	refresh: Money;
	/** Other yearly cash, plus relocation in year 1. */
	other: Money;
	/** base + bonus + signOn + equity + refresh + other, summed from the rounded lines. */
	total: Money;
	/** Employer retirement match: reported beside `total`, not inside it. */
	retirement: Money;
	/** Strike × shares of the options vesting this year: reported apart, never subtracted. */
	exerciseCost: Money;
}

/** What a year looks like after tax and cost of living (present when a household is given). */
export interface AfterTaxLines {
	taxable: Money;
	tax: Money;
	net: Money;
	purchasingPower: Money;
	savings: Money;
}

export interface YearRow extends PayLines, Partial<AfterTaxLines> {
	year: number;
}

export type Totals = PayLines & Partial<AfterTaxLines>;

export interface Projection {
	years: YearRow[];
	totals: Totals;
	/** Present (and `years` empty) when the offer given to `project` did not parse. */
	errors?: InputIssue[];
}

export interface ProjectOptions {
	years?: number;
	household?: Household | unknown;
	fx?: Fx | unknown;
}

/** What leaving an offer at a given month means (`leaveAt`); money rounded to cents. */
export interface LeaveOutcome {
	/** Pay and bonus pro rata, sign-on paid, relocation, other cash, and vested equity. */
	received: Money;
	/** Unvested equity given up, valued at the leave month's price. */
	forfeitedEquity: Money;
	/** Sign-on paid back under a 12-month pro-rata clawback. */
	signOnRepaid: Money;
	/** Present (and every line 0) when the offer or the month did not parse. */
	errors?: InputIssue[];
}
