/**
 * The offer schema: what a person or a file may write for one offer (contract, "Offer"),
 * and `parseOffer`, which checks it and fills in the defaults, so the rest of the engine
 * only ever sees the normalized `Offer` of types.ts.
 */
import * as z from 'zod/mini';
import { locationById } from './market';
import { ZERO, type Money } from './money';
import {
	addIssues,
	field,
	lazySchema,
	readChoice,
	readMoney,
	readNumber,
	report,
	toInputIssues,
	type MoneySpec,
	type NumberSpec,
	type Read
} from './schema-fields';
import {
	LEVEL_IDS,
	LOCATION_IDS,
	ROLE_IDS,
	TAX_REGION_IDS,
	type Currency,
	type EquityGrant,
	type InputIssue,
	type Offer
} from './types';
import { isNormalizedOffer, markNormalizedOffer } from './normalized';
import { GROWTH } from './offer-growth';
import { checkVesting } from './vesting';

const PER_YEAR = { max: 10_000_000, maxText: '10,000,000 a year' };
const PER_PRICE = { max: 1_000_000, maxText: '1,000,000' };
const BILLION = { max: 1_000_000_000, maxText: '1,000,000,000' };

const money = (spec: MoneySpec) => field((v) => readMoney(v, spec));
const number = (spec: NumberSpec) => field((v) => readNumber(v, spec));
const pct = (label: string, min: number, max: number, example: string) =>
	number({ label, example, min, max, unit: ' %', fallback: 0 });

const CURRENCIES: readonly Currency[] = ['USD', 'GBP'];

function readName(value: unknown): Read<string> {
	if (typeof value !== 'string' || value.trim() === '') {
		return { ok: false, message: 'Each offer needs a name, like "Acme AI".' };
	}
	const name = value.trim();
	return name.length > 80
		? {
				ok: false,
				message: `An offer's name must be at most 80 characters; this one has ${name.length}.`
			}
		: { ok: true, value: name };
}

const signOnSpec = (year: number): MoneySpec => ({
	label: year === 0 ? 'Sign-on bonus' : `Sign-on bonus for year ${year}`,
	example: '50000',
	...PER_YEAR,
	fallback: ZERO
});

/** The zod schemas of an offer, built once, on first use (`lazySchema`). */
function buildOfferSchema() {
	/** One amount (paid in year 1) or one amount a year; always at least one entry out. */
	const signOn = z.pipe(
		z.optional(z.unknown()),
		z.transform((value: unknown, payload): Money[] => {
			if (!Array.isArray(value)) {
				const one = readMoney(value, signOnSpec(0));
				if (!one.ok) {
					report(payload, one.message, value);
					return z.NEVER;
				}
				return [one.value];
			}
			if (value.length > 10) {
				report(
					payload,
					`Sign-on bonuses can cover at most 10 years; this lists ${value.length}.`,
					value
				);
				return z.NEVER;
			}
			const out: Money[] = [];
			value.forEach((entry: unknown, i) => {
				const read = readMoney(entry, signOnSpec(i + 1));
				if (read.ok) {
					out.push(read.value);
				} else {
					report(payload, read.message, entry, [String(i)]);
				}
			});
			return out.length > 0 ? out : [ZERO];
		})
	);

	const vesting = z.pipe(
		z.optional(z.unknown()),
		z.transform((value: unknown, payload) => {
			// A grant without a schedule vests the guide's typical way: 4 years, 1-year cliff.
			const checked = checkVesting(value ?? 'standard');
			if (!checked.ok) {
				addIssues(payload, checked.issues, [], value);
				return z.NEVER;
			}
			return checked.schedule;
		})
	);

	const growthPct = number(GROWTH);

	const rsuSchema = z.object({
		type: z.literal('rsu'),
		grant: money({ label: 'RSU grant', example: '200000', ...BILLION }),
		vesting,
		growthPct,
		refresh: money({
			label: 'Yearly refresher grant',
			example: '50000',
			...PER_YEAR,
			fallback: ZERO
		})
	});

	const optionSchema = z.object({
		type: z.literal('options'),
		shares: money({ label: 'Number of shares', example: '40000', ...BILLION }),
		strike: money({ label: 'Strike price', example: '1', ...PER_PRICE }),
		price: money({ label: 'Share price', example: '5', ...PER_PRICE }),
		vesting,
		growthPct,
		successPct: number({
			label: 'Chance of success',
			example: '50',
			min: 0,
			max: 100,
			unit: ' %',
			fallback: 100
		})
	});

	const equity = z.pipe(
		z.optional(z.unknown()),
		z.transform((value: unknown, payload): EquityGrant | undefined => {
			if (value === undefined || value === null) {
				return undefined;
			}
			const type = typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
			const schema = type === 'rsu' ? rsuSchema : type === 'options' ? optionSchema : undefined;
			if (schema === undefined) {
				report(
					payload,
					'Equity must be an RSU grant (type "rsu") or an option grant (type "options").',
					value,
					typeof value === 'object' ? ['type'] : []
				);
				return z.NEVER;
			}
			const parsed = schema.safeParse(value);
			if (!parsed.success) {
				addIssues(payload, toInputIssues(parsed.error.issues), [], value);
				return z.NEVER;
			}
			return parsed.data;
		})
	);

	const offerSchema = z.pipe(
		z.object(
			{
				name: field(readName),
				role: field((v) => readChoice(v, 'Role', ROLE_IDS, false)),
				level: field((v) => readChoice(v, 'Level', LEVEL_IDS, false)),
				location: field((v) => readChoice(v, 'Location', LOCATION_IDS, true)),
				currency: field((v) => readChoice(v, 'Currency', CURRENCIES, false)),
				colIndex: field((v): Read<number | undefined> =>
					v === undefined || v === null || v === ''
						? { ok: true, value: undefined }
						: readNumber(v, {
								label: 'Cost-of-living index',
								example: '100',
								min: 1,
								max: 1000,
								unit: ''
							})
				),
				taxRegion: field((v) => readChoice(v, 'Tax region', TAX_REGION_IDS, false)),
				base: money({ label: 'Base salary', example: '150000', ...PER_YEAR }),
				raisePct: pct('Yearly raise', -50, 100, '3'),
				bonusPct: pct('Bonus', 0, 500, '10'),
				signOn,
				relocation: money({ label: 'Relocation', example: '10000', ...PER_YEAR, fallback: ZERO }),
				otherAnnual: money({
					label: 'Other yearly cash',
					example: '5000',
					...PER_YEAR,
					fallback: ZERO
				}),
				retirementMatchPct: pct('Retirement match', 0, 100, '4'),
				equity
			},
			{ error: 'Each offer must be an object with at least a name, a location and a base salary.' }
		),
		z.transform((raw): Offer => {
			// The location check above guarantees the id; its defaults fill what was left out.
			const place = raw.location === undefined ? undefined : locationById(raw.location);
			const offer: Offer = {
				name: raw.name,
				location: raw.location ?? 'remote',
				currency: raw.currency ?? place?.currency ?? 'USD',
				colIndex: raw.colIndex ?? place?.defaultColIndex ?? 100,
				taxRegion: raw.taxRegion ?? place?.taxRegion ?? 'us-none',
				base: raw.base,
				raisePct: raw.raisePct,
				bonusPct: raw.bonusPct,
				signOn: raw.signOn,
				relocation: raw.relocation,
				otherAnnual: raw.otherAnnual,
				retirementMatchPct: raw.retirementMatchPct
			};
			// Optional keys only when present, so a normalized offer never holds `role: undefined`.
			if (raw.role !== undefined) {
				offer.role = raw.role;
			}
			if (raw.level !== undefined) {
				offer.level = raw.level;
			}
			if (raw.equity !== undefined) {
				offer.equity = raw.equity;
			}
			markNormalizedOffer(offer);
			return offer;
		})
	);

	return offerSchema;
}

const offerSchema = lazySchema(buildOfferSchema);

export type OfferParse = { ok: true; offer: Offer } | { ok: false; errors: InputIssue[] };

/**
 * Checks one offer (raw numbers/strings or an already normalized offer) and fills in the
 * defaults: currency, cost-of-living index and tax region from the location; 0 for optional
 * money; vesting `standard` for a grant without one. `path` prefixes the error paths.
 * Never throws.
 *
 * @example parseOffer({ name: 'Acme', location: 'london', base: '85000' })
 * // { ok: true, offer: { name: 'Acme', location: 'london', currency: 'GBP', colIndex: 165,
 * //   taxRegion: 'uk', base: 85000, raisePct: 0, bonusPct: 0, signOn: [0], ... } }
 * @example parseOffer({ name: 'Acme', location: 'austin', base: 'lots' }, 'offers.0')
 * // { ok: false, errors: [{ path: 'offers.0.base', message: 'Base salary must be a number, like 150000.' }] }
 */
export function parseOffer(input: unknown, path = ''): OfferParse {
	if (isNormalizedOffer(input)) {
		return { ok: true, offer: input };
	}
	try {
		const parsed = offerSchema().safeParse(input);
		return parsed.success
			? { ok: true, offer: parsed.data }
			: { ok: false, errors: toInputIssues(parsed.error.issues, path) };
	} catch {
		// Only a hostile input (a getter that throws, a revoked proxy) gets here.
		return { ok: false, errors: [{ path, message: 'This offer could not be read.' }] };
	}
}

export { isNormalizedOffer } from './normalized';
export { offerWithGrowth } from './offer-growth';
