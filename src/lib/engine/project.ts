/**
 * `project`: an offer year by year (contract: "project(offer, options?)"). It reads its input
 * (a raw offer, or one `parseScenario` normalized) and hands the checked offer to
 * `projectOffer` (project-offer.ts), which holds the arithmetic.
 */
import Decimal from 'decimal.js';
import { DEFAULT_FX } from './fx';
import { isNormalizedFx } from './normalized';
import { failed, projectOffer, type ProjectionSettings } from './project-offer';
import { parseFx, parseHousehold } from './schema';
import { parseOffer } from './schema-offer';
import { FILING_STATUSES } from './types';
import type { Household, InputIssue, Projection } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Already-normalized options pass straight through; anything else goes through the schema. */
function readSettings(options: unknown): ProjectionSettings | InputIssue[] {
	if (options === undefined || options === null) {
		return { years: 4, fx: DEFAULT_FX };
	}
	if (!isRecord(options)) {
		return [{ path: '', message: 'Projection options must look like { "years": 4 }.' }];
	}
	const errors: InputIssue[] = [];
	const { years = 4, household, fx } = options;
	if (typeof years !== 'number' || !Number.isInteger(years) || years < 1 || years > 10) {
		errors.push({
			path: 'years',
			message: 'The horizon must be a whole number of years, from 1 to 10.'
		});
	}
	const settings: ProjectionSettings = { years: Number(years), fx: DEFAULT_FX };
	if (household !== undefined) {
		const isNormal =
			isRecord(household) &&
			household.annualSpending instanceof Decimal &&
			FILING_STATUSES.some((s) => s === household.filingStatus);
		const parsed = isNormal
			? { ok: true as const, household: household as unknown as Household }
			: parseHousehold(household, 'household');
		if (parsed.ok) {
			settings.household = parsed.household;
		} else {
			errors.push(...parsed.errors);
		}
	}
	if (isNormalizedFx(fx)) {
		settings.fx = fx;
	} else if (fx !== undefined) {
		const parsed = parseFx(fx, 'fx');
		if (parsed.ok) {
			settings.fx = parsed.fx;
		} else {
			errors.push(...parsed.errors);
		}
	}
	return errors.length > 0 ? errors : settings;
}

/**
 * Projects an offer (raw, as in a scenario file, or normalized by `parseScenario`) year by
 * year. `options`: `{ years?: 1..10 (default 4), household?, fx? (default 1.36 USD per GBP) }`;
 * with a household each row also has taxable, tax, net, purchasingPower and savings.
 * Never throws: an invalid offer or option gives `{ years: [], totals: zeros, errors }`.
 *
 * @example
 * // base 150,000, bonus 10 %, RSU grant 200,000 on `standard`, no growth, no raise:
 * // year 1 = 150,000 + 15,000 + 50,000 (the month-12 cliff vest) = 215,000.
 * const { years } = project({ name: 'Acme', location: 'austin', base: 150000, bonusPct: 10,
 *   equity: { type: 'rsu', grant: 200000, vesting: 'standard' } });
 * String(years[0].total) // '215000'
 */
export function project(offer: unknown, options?: unknown): Projection {
	try {
		const parsed = parseOffer(offer);
		const settings = readSettings(options);
		const errors = [
			...(parsed.ok ? [] : parsed.errors),
			...(Array.isArray(settings) ? settings : [])
		];
		if (!parsed.ok || Array.isArray(settings)) {
			return failed(errors);
		}
		return projectOffer(parsed.offer, settings);
	} catch {
		// Only a hostile input (a getter that throws, a revoked proxy) gets here.
		return failed([{ path: '', message: 'This offer could not be projected.' }]);
	}
}
