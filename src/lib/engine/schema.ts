/**
 * Reading a scenario (contract: "Scenario file", `parseScenario`). Whatever arrives (a
 * saved file, an import, a share link, a form) is checked here once and turned into the
 * normalized types of types.ts; nothing behind this module checks input again.
 *
 * Field readers live in schema-fields.ts, the offer schema in schema-offer.ts.
 */
import * as z from 'zod/mini';
import { DEFAULT_FX } from './fx';
import { Dec, type Money } from './money';
import {
	addIssues,
	field,
	readChoice,
	readMoney,
	readNumber,
	report,
	lazySchema,
	toInputIssues,
	type Read
} from './schema-fields';
import { markNormalizedFx } from './normalized';
import { parseOffer } from './schema-offer';
import {
	FILING_STATUSES,
	type Fx,
	type Household,
	type InputIssue,
	type Offer,
	type ParseResult,
	type Scenario
} from './types';

export { parseOffer, type OfferParse } from './schema-offer';
export { isNormalizedFx } from './normalized';

/** A scenario file is a few kilobytes; a megabyte of text is not one, so it is not parsed. */
const MAX_TEXT_LENGTH = 1_000_000;
const MAX_OFFERS = 8;
const DEFAULT_SPENDING = '60000';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const householdSchema = lazySchema(() =>
	z.object(
		{
			filingStatus: field((v) => readChoice(v, 'Filing status', FILING_STATUSES, false)),
			annualSpending: field((v) =>
				readMoney(v, {
					label: 'Yearly spending',
					example: DEFAULT_SPENDING,
					max: 10_000_000,
					maxText: '10,000,000 a year',
					fallback: new Dec(DEFAULT_SPENDING)
				})
			)
		},
		{
			error: `The household must look like { "filingStatus": "single", "annualSpending": ${DEFAULT_SPENDING} }.`
		}
	)
);

function readRate(value: unknown): Read<Money> {
	const rate = readMoney(value, {
		label: 'The exchange rate (USD per GBP)',
		example: '1.36',
		max: 10,
		maxText: '10',
		fallback: DEFAULT_FX.GBPUSD
	});
	if (rate.ok && rate.value.lessThan('0.1')) {
		return {
			ok: false,
			message: `The exchange rate must be between 0.1 and 10 USD per GBP; this is ${rate.value.toFixed()}.`
		};
	}
	return rate;
}

const fxSchema = lazySchema(() =>
	z.object(
		{ GBPUSD: field(readRate) },
		{ error: 'The exchange rate must look like { "GBPUSD": 1.36 } (US dollars per pound).' }
	)
);

/**
 * Checks a household and fills in its defaults (single, 60,000 USD a year at index 100).
 *
 * @example parseHousehold({ filingStatus: 'married' })
 * // { ok: true, household: { filingStatus: 'married', annualSpending: 60000 } }
 */
export function parseHousehold(
	input: unknown,
	path = ''
): { ok: true; household: Household } | { ok: false; errors: InputIssue[] } {
	try {
		const parsed = householdSchema().safeParse(input ?? {});
		if (!parsed.success) {
			return { ok: false, errors: toInputIssues(parsed.error.issues, path) };
		}
		const { filingStatus = 'single', annualSpending } = parsed.data;
		return { ok: true, household: { filingStatus, annualSpending } };
	} catch {
		return { ok: false, errors: [{ path, message: 'The household could not be read.' }] };
	}
}

/**
 * Checks an exchange rate object and fills in the default (1.36 USD per GBP).
 *
 * @example parseFx({ GBPUSD: '1.25' }) // { ok: true, fx: { GBPUSD: 1.25 } }
 * @example parseFx({ GBPUSD: 50 }).ok // false: "The exchange rate (USD per GBP) must be at most 10; this is 50."
 */
export function parseFx(
	input: unknown,
	path = ''
): { ok: true; fx: Fx } | { ok: false; errors: InputIssue[] } {
	try {
		const parsed = fxSchema().safeParse(input ?? {});
		if (!parsed.success) {
			return { ok: false, errors: toInputIssues(parsed.error.issues, path) };
		}
		const fx: Fx = { GBPUSD: parsed.data.GBPUSD };
		markNormalizedFx(fx);
		return { ok: true, fx };
	} catch {
		return { ok: false, errors: [{ path, message: 'The exchange rate could not be read.' }] };
	}
}

function offerCount(count: number): string {
	return `A scenario holds 1 to ${MAX_OFFERS} offers; this one has ${count === 0 ? 'none' : count}.`;
}

function readYears(value: unknown): Read<number> {
	return readNumber(value, {
		label: 'The horizon',
		example: '4',
		min: 1,
		max: 10,
		unit: ' years',
		integer: true,
		fallback: 4,
		rangeMessage: 'The horizon must be a whole number of years, from 1 to 10.'
	});
}

const yearsSchema = lazySchema(() => z.object({ years: field(readYears) }));

/**
 * Checks a horizon (whole years, 1 to 10; 4 when missing), as `parseScenario` does.
 *
 * @example parseYears('6') // { ok: true, years: 6 }
 * @example parseYears(12).ok // false: "The horizon must be a whole number of years, from 1 to 10."
 */
export function parseYears(
	input: unknown,
	path = 'years'
): { ok: true; years: number } | { ok: false; errors: InputIssue[] } {
	const parsed = yearsSchema().safeParse({ years: input });
	return parsed.success
		? { ok: true, years: parsed.data.years }
		: {
				ok: false,
				errors: toInputIssues(parsed.error.issues).map((issue) => ({ ...issue, path }))
			};
}

const scenarioSchema = lazySchema(() =>
	z.object({
		version: field((v): Read<1> =>
			v === undefined || v === 1 || v === '1'
				? { ok: true, value: 1 }
				: {
						ok: false,
						message: 'This file is not a version 1 scenario, the only version this app reads.'
					}
		),
		years: field(readYears),
		household: z.pipe(
			z.optional(z.unknown()),
			z.transform((value: unknown, payload): Household => {
				const parsed = parseHousehold(value);
				if (!parsed.ok) {
					addIssues(payload, parsed.errors, [], value);
					return z.NEVER;
				}
				return parsed.household;
			})
		),
		fx: z.pipe(
			z.optional(z.unknown()),
			z.transform((value: unknown, payload): Fx => {
				const parsed = parseFx(value);
				if (!parsed.ok) {
					addIssues(payload, parsed.errors, [], value);
					return z.NEVER;
				}
				return parsed.fx;
			})
		),
		offers: z.pipe(
			z.optional(z.unknown()),
			z.transform((value: unknown, payload): Offer[] => {
				if (!Array.isArray(value) || value.length < 1 || value.length > MAX_OFFERS) {
					const message = Array.isArray(value)
						? offerCount(value.length)
						: value === undefined
							? offerCount(0)
							: `Offers must be a list of 1 to ${MAX_OFFERS} offers.`;
					report(payload, message, value);
					return z.NEVER;
				}
				const offers: Offer[] = [];
				value.forEach((raw: unknown, i) => {
					const parsed = parseOffer(raw);
					if (parsed.ok) {
						offers.push(parsed.offer);
					} else {
						addIssues(payload, parsed.errors, [String(i)], raw);
					}
				});
				return offers;
			})
		)
	})
);

function failed(path: string, message: string): ParseResult {
	return { ok: false, errors: [{ path, message }] };
}

/**
 * Reads a scenario (an object, or its JSON text) and fills in every default: version 1,
 * a 4-year horizon, a single household spending 60,000 USD a year at index 100, 1.36 USD
 * per GBP, and each offer's defaults (see `parseOffer`). Never throws, whatever the input.
 *
 * @example parseScenario({ offers: [{ name: 'Acme', location: 'austin', base: 150000 }] })
 * // { ok: true, scenario: { version: 1, years: 4, household: { filingStatus: 'single',
 * //   annualSpending: 60000 }, fx: { GBPUSD: 1.36 }, offers: [{ ..., currency: 'USD', taxRegion: 'us-tx' }] } }
 * @example parseScenario({ years: 12, offers: [] }).errors
 * // [{ path: 'offers', message: 'A scenario holds 1 to 8 offers; this one has none.' }]
 */
export function parseScenario(input: unknown): ParseResult {
	try {
		let value = input;
		if (typeof value === 'string') {
			if (value.length > MAX_TEXT_LENGTH) {
				return failed('', 'This is too large to be a scenario: a scenario file is under 1 MB.');
			}
			try {
				value = JSON.parse(value) as unknown;
			} catch {
				return failed('', 'This text is not a scenario: it is not valid JSON.');
			}
		}
		if (!isRecord(value)) {
			return failed(
				'',
				'A scenario must be an object with its offers, like { "version": 1, "offers": [ … ] }.'
			);
		}
		// Count before checking any offer: 10,000 offers must not cost 10,000 offer checks.
		const offers = value.offers;
		if (Array.isArray(offers) && offers.length > MAX_OFFERS) {
			return failed('offers', offerCount(offers.length));
		}
		const parsed = scenarioSchema().safeParse(value);
		if (!parsed.success) {
			return { ok: false, errors: toInputIssues(parsed.error.issues) };
		}
		const scenario: Scenario = parsed.data;
		return { ok: true, scenario };
	} catch {
		// Only hostile input (a throwing getter, a revoked proxy, absurd nesting) gets here.
		return failed('', 'This scenario could not be read.');
	}
}
