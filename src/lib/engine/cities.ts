/**
 * The cities page's calculator: one role, level and yearly amount seen from every location
 * the guide covers, with the market range there, the salary worth the same after cost of
 * living, what tax leaves of it and what the household saves. Every figure comes from the
 * engine's own functions (`marketRange`, `equivalentSalary`, `afterTaxLines`, `breakEven`);
 * this module only lines them up, so the page never does arithmetic on money.
 */
import { DEFAULT_FX, convert } from './fx';
import { rememberLastSteps } from './steps';
import { afterTaxLines, breakEvenSearch, equivalentSalary } from './living';
import { locationById, locations, marketRange, type MarketRange } from './market';
import { ZERO, cents, type Money } from './money';
import { project } from './project';
import { parseOffer } from './schema';
import { readMoney, readNumber, type Read } from './schema-fields';
import type {
	Currency,
	Fx,
	Household,
	LevelId,
	LocationId,
	Offer,
	RoleId,
	TaxRegionId
} from './types';

/** Where "Remote" is, for this page: the cost-of-living index and tax region the user gives. */
export interface RemotePlace {
	colIndex: number;
	taxRegion: TaxRegionId;
}

const remoteDefaults = locationById('remote');

/** Remote's defaults: index 100 (the guide says "Variable") and US federal tax only. */
export const DEFAULT_REMOTE: RemotePlace = {
	colIndex: remoteDefaults?.defaultColIndex ?? 100,
	taxRegion: remoteDefaults?.taxRegion ?? 'us-none'
};

/** A location as this page prices it: its currency, index and tax region. */
export interface CityPlace {
	currency: Currency;
	colIndex: number;
	taxRegion: TaxRegionId;
}

/**
 * A location's currency, cost-of-living index and tax region: the guide's index and our
 * default region, except Remote, which takes the user's. Unknown ids throw (a programming
 * error: the page only offers known ones).
 *
 * @example cityPlace('london', DEFAULT_REMOTE) // { currency: 'GBP', colIndex: 165, taxRegion: 'uk' }
 */
export function cityPlace(id: LocationId, remote: RemotePlace): CityPlace {
	const location = locationById(id);
	if (location === undefined) {
		throw new RangeError(`Unknown location "${String(id)}".`);
	}
	return id === 'remote'
		? { currency: location.currency, ...remote }
		: {
				currency: location.currency,
				colIndex: location.defaultColIndex,
				taxRegion: location.taxRegion
			};
}

export interface CityTableInput {
	role: RoleId;
	level: LevelId;
	/** The yearly amount, in the home city's currency. */
	amount: Money;
	home: LocationId;
	remote: RemotePlace;
	household: Household;
	fx?: Fx;
}

/** One city of the table; money in the city's currency, every line in cents. */
export interface CityRow {
	id: LocationId;
	name: string;
	currency: Currency;
	isHome: boolean;
	/** The guide's range for the role and level there ('guide'), or one derived from it. */
	market: MarketRange;
	colIndex: number;
	/** 'guide' for the guide's index, 'yours' for Remote's (the guide says "Variable"). */
	colIndexSource: 'guide' | 'yours';
	taxRegion: TaxRegionId;
	/** amount × col(city) / col(home), converted with fx: the equivalent salary. */
	salary: Money;
	tax: Money;
	/** salary − tax, exactly. */
	takeHome: Money;
	/** annualSpending × col / 100, converted from USD to the city's currency. */
	livingCost: Money;
	/** takeHome − livingCost, exactly (negative when the city costs more than it leaves). */
	savings: Money;
	/** `salary` and `savings` in the home city's currency, for a chart on one axis. */
	inHome: { salary: Money; savings: Money };
}

/**
 * Every location's row for an amount earned in a home city. Remote uses `remote` (the
 * user's index and tax region); every other city the guide's index and its default region.
 * Tax is `estimateTax` for the city's region (through `afterTaxLines`, which converts when
 * a region's currency differs from the city's), savings subtract the household's spending
 * scaled by the city's index. Throws only for an amount or place no form can produce.
 *
 * @example
 * // ML Engineer, Mid, 200,000 USD from Austin (120), single, 60,000 spending. Boston (190):
 * // salary 200,000 × 190 / 120 = 316,666.67; living cost 60,000 × 1.9 = 114,000.
 * cityTable({ role: 'ml-engineer', level: 'mid', amount: new Dec(200000), home: 'austin',
 *   remote: DEFAULT_REMOTE, household }).find((r) => r.id === 'boston')?.salary // 316666.67
 */
export function cityTable(input: CityTableInput): CityRow[] {
	return [...cityRows(input)];
}

/**
 * `cityTable`'s rows one at a time, so that a page can compute them a few per task (each
 * row is a tax estimate). Throws, when iterated, where `cityTable` throws.
 */
export function* cityRows(input: CityTableInput): Generator<CityRow, void, undefined> {
	const fx = input.fx ?? DEFAULT_FX;
	const home = cityPlace(input.home, input.remote);
	for (const location of locations) {
		const place = cityPlace(location.id, input.remote);
		const salary = equivalentSalary(input.amount, home, place, fx);
		if (salary === null) {
			throw new RangeError('cityTable needs an amount and exchange rate the engine can read.');
		}
		const lines = afterTaxLines(salary, place, input.household, fx);
		const inHome = (value: Money): Money =>
			cents(convert(value, place.currency, home.currency, fx));
		yield {
			id: location.id,
			name: location.name,
			currency: place.currency,
			isHome: location.id === input.home,
			market: marketRange(input.role, input.level, location.id),
			colIndex: place.colIndex,
			colIndexSource: location.colIndex === null ? 'yours' : 'guide',
			taxRegion: place.taxRegion,
			salary: lines.taxable,
			tax: lines.tax,
			takeHome: lines.net,
			livingCost: lines.net.minus(lines.savings),
			savings: lines.savings,
			inHome: { salary: inHome(lines.taxable), savings: inHome(lines.savings) }
		};
	}
}

/**
 * Reads the page's "Amount" box: a yearly amount ≥ 0, at most 10,000,000.
 *
 * @example readCityAmount('abc') // { ok: false, message: 'Amount must be a number, like 200000.' }
 */
export function readCityAmount(text: string): Read<Money> {
	return readMoney(text, {
		label: 'Amount',
		example: '200000',
		max: 10_000_000,
		maxText: '10,000,000 a year'
	});
}

/**
 * Reads Remote's cost-of-living index: 1 to 1000, like an offer's own index.
 *
 * @example readRemoteColIndex('90') // { ok: true, value: 90 }
 */
export function readRemoteColIndex(text: string): Read<number> {
	return readNumber(text, {
		label: 'Remote cost-of-living index',
		example: '100',
		min: 1,
		max: 1000,
		unit: ''
	});
}

/**
 * An offer's year-1 pay as the table taxes it: total compensation (base + bonus + sign-on +
 * equity + refresh + other, as `project` counts it) less the value of stock options, which
 * are taxed when exercised and which the compare page's after-tax views leave out too (so
 * the home row's savings are the compare page's, and break-even's). In `currency`, converted
 * with fx and rounded to cents.
 *
 * @example
 * // 150,000 base + 10 % bonus in Austin: 165,000 USD; in GBP at 1.36: 121,323.53.
 * offerYearOneTotal(offer, 'GBP', DEFAULT_FX) // 121323.53
 * // 160,000 base and 50,000 options (strike 1.50, price 6) vesting 12,500 in year 1:
 * // 160,000, not 216,250.
 */
export function offerYearOneTotal(offer: Offer, currency: Currency, fx: Fx = DEFAULT_FX): Money {
	const year = project(offer, { years: 1, fx }).years[0];
	const options = offer.equity?.type === 'options' ? (year?.equity ?? ZERO) : ZERO;
	const pay = (year?.total ?? ZERO).minus(options);
	return cents(convert(pay, offer.currency, currency, fx));
}

/**
 * A plain offer of `amount` as base salary in the home city (Remote at the user's index and
 * region), nothing else, so `breakEven` can move an amount as it moves an offer. The name
 * is for display only.
 *
 * @example amountAsOffer(new Dec(200000), 'austin', DEFAULT_REMOTE).base // 200000
 */
export function amountAsOffer(amount: Money, home: LocationId, remote: RemotePlace): Offer {
	const place = cityPlace(home, remote);
	const parsed = parseOffer({ name: 'This amount', location: home, base: amount, ...place });
	if (!parsed.ok) {
		throw new RangeError(`amountAsOffer: ${parsed.errors.map((e) => e.message).join(' ')}`);
	}
	return parsed.offer;
}

/** What "what base in this city matches that offer" needs to be said in one sentence. */
export interface BaseMatch {
	/** The offer's year-1 savings (after tax and cost of living), in the offer's currency. */
	savings: Money | null;
	/** The same in the target city's currency (what the matching base saves there), to cents. */
	savingsThere: Money | null;
	/** The matching year-1 base in the target city, in its currency; null when none works. */
	base: Money | null;
	currency: Currency;
	/** The index and region used there: the location's defaults, or for Remote the user's. */
	colIndex: number;
	taxRegion: TaxRegionId;
}

/**
 * The year-1 base in `target` with the same year-1 savings as `offer` (`breakEven`), and the
 * offer's own year-1 savings to quote beside it. It remembers its last call, and
 * `matchBase.ahead(...)` is the same search in steps (./steps.ts), for a page to run a few
 * per task before the answer is shown. A move to Remote uses `remote`, the index and tax
 * region the page's user gave for it, as the page's table does.
 *
 * @example
 * // 150,000 USD in Austin → San Francisco, single, 60,000 spending (see `breakEven`):
 * matchBase(austinOffer, 'san-francisco', household) // { savings: 41791, base: 274741.38, … }
 */
export const matchBase = /* @__PURE__ */ rememberLastSteps(function* matchBase(
	offer: Offer,
	target: LocationId,
	household: Household,
	fx: Fx = DEFAULT_FX,
	remote: RemotePlace = DEFAULT_REMOTE
): Generator<void, BaseMatch, undefined> {
	const location = locationById(target);
	if (location === undefined) {
		throw new RangeError(`Unknown location "${String(target)}".`);
	}
	const place = cityPlace(target, remote);
	const savings = project(offer, { years: 1, household, fx }).years[0]?.savings ?? null;
	yield;
	return {
		savings,
		savingsThere: savings && cents(convert(savings, offer.currency, location.currency, fx)),
		base: yield* breakEvenSearch(offer, target, household, fx, place),
		currency: location.currency,
		colIndex: place.colIndex,
		taxRegion: place.taxRegion
	};
});
