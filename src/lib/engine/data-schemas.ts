/**
 * zod schemas of the guide's data files (data/guide/*.json) and of our own location
 * defaults (data/location-defaults.json). market.ts parses the files with them when it
 * loads, so the rest of the engine gets typed ids; the unit test runs them too, so a
 * mistyped file fails with a message naming the field.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { LEVEL_IDS, LOCATION_IDS, ROLE_IDS, TAX_REGION_IDS } from './types';

/** A text the guide printed: never empty. */
const text = () => z.string().check(z.minLength(1));

/** Every guide file names the same guide: a typo in a citation is caught here. */
export const guideSourceSchema = z.strictObject({
	title: z.literal('The Complete AI Career Guide for 2026'),
	publisher: z.literal('HireKit Team'),
	/** The date at the top of the page ("Published: Feb 1, 2026"). */
	published: z.literal('2026-02-01'),
	/** The date at the end of the page ("Published: Feb 25, 2026"). */
	publishedAlso: z.literal('2026-02-25'),
	/** The heading of the part of the guide the file transcribes. */
	section: text()
});

/** The guide writes whole amounts ("$110K", "$40/hour"): anything else is a transcription slip. */
const amount = z
	.number({ error: 'an amount must be a number' })
	.check(z.int('an amount must be a whole number'), z.positive('an amount must be above zero'));

const rangeShape = {
	low: amount,
	high: amount,
	/** The guide wrote "+" after the high figure ("$300K–$500K+"). */
	openEnded: z.optional(z.boolean())
};
const lowBelowHigh = { message: 'low must be below high', path: ['high'] };
const checkRange = (r: { low: number; high: number }) => r.low < r.high;

export const rangeSchema = z.strictObject(rangeShape).check(z.refine(checkRange, lowBelowHigh));

/** Checks that `items` lists exactly `ids`, once each, in that order. */
function exactIds(ids: readonly string[], what: string) {
	return z.refine<readonly { id: string }[]>(
		(items) => items.map((i) => i.id).join() === ids.join(),
		`${what} must be exactly ${ids.join(', ')}, in that order`
	);
}
const roleOrder = exactIds(ROLE_IDS, 'roles');
const levelOrder = exactIds(LEVEL_IDS, 'levels');
const locationOrder = exactIds(LOCATION_IDS, 'locations');

export const salaryByRoleSchema = z.strictObject({
	source: guideSourceSchema,
	currency: z.literal('USD'),
	levels: z
		.array(z.strictObject({ id: z.enum(LEVEL_IDS), name: text(), years: text() }))
		.check(levelOrder),
	roles: z
		.array(
			z.strictObject({
				id: z.enum(ROLE_IDS),
				name: text(),
				/** The row label exactly as the guide prints it ("Computer Vision Eng"). */
				guideLabel: text(),
				ranges: z.strictObject({ entry: rangeSchema, mid: rangeSchema, senior: rangeSchema })
			})
		)
		.check(roleOrder),
	footnote: text()
});

const currencySchema = z.enum(['USD', 'GBP']);

export const salaryByLocationSchema = z.strictObject({
	source: guideSourceSchema,
	note: text(),
	locations: z
		.array(
			z
				.strictObject({
					id: z.enum(LOCATION_IDS),
					name: text(),
					currency: currencySchema,
					mlEngineerMid: rangeSchema,
					dataScientistMid: rangeSchema,
					/** The guide's own "~$" figures, given only for a non-USD city. */
					usdEquivalent: z.optional(
						z.strictObject({ mlEngineerMid: rangeSchema, dataScientistMid: rangeSchema })
					),
					colIndex: z.nullable(z.number().check(z.positive())),
					/** What the guide printed where it gave no number ("Variable"). */
					colIndexText: z.optional(text())
				})
				.check(
					z.refine((l) => (l.currency === 'USD') === (l.usdEquivalent === undefined), {
						message: 'usdEquivalent belongs to a non-USD location, and only there',
						path: ['usdEquivalent']
					}),
					z.refine((l) => (l.colIndex === null) === (l.colIndexText !== undefined), {
						message: 'a location without a colIndex must say what the guide printed (colIndexText)',
						path: ['colIndexText']
					})
				)
		)
		.check(locationOrder)
});

export const locationDefaultsSchema = z.strictObject({
	source: z.strictObject({
		author: z.literal('Counteroffer'),
		date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'the date must be written YYYY-MM-DD')),
		note: text()
	}),
	locations: z
		.array(
			z.strictObject({
				id: z.enum(LOCATION_IDS),
				taxRegion: z.enum(TAX_REGION_IDS),
				/** Used only where the guide's index is missing (Remote: "Variable"). */
				colIndexWhenGuideHasNone: z.optional(z.number().check(z.positive()))
			})
		)
		.check(locationOrder)
});

/** One salary figure in the guide's prose ("Entry: $110K–$140K", "Salary: $40–60/hour"). */
export const salaryLineSchema = z
	.strictObject({
		label: text(),
		...rangeShape,
		/** Per year unless the guide says otherwise. */
		unit: z.optional(z.enum(['year', 'hour'])),
		/** The guide's words after the figure ("(entry to senior)", "total comp"). */
		suffix: z.optional(text()),
		/** The guide prints the currency sign once ("$40–60/hour"), and so does the page. */
		signOnce: z.optional(z.boolean())
	})
	.check(z.refine(checkRange, lowBelowHigh));

export const careerPathsSchema = z.strictObject({
	source: guideSourceSchema,
	paths: z
		.array(
			z.strictObject({
				name: text(),
				/** The matching "Salary by Role" row; absent for a role the table leaves out. */
				roleId: z.optional(z.enum(ROLE_IDS)),
				salary: z.array(salaryLineSchema).check(z.minLength(1)),
				/** The guide's parenthesis after the figures: words, or a further figure. */
				aside: z.optional(z.union([text(), salaryLineSchema]))
			})
		)
		.check(z.length(8, 'the guide details 8 career paths'))
});

export const roleBreadthSchema = z.strictObject({
	source: guideSourceSchema,
	groups: z
		.array(
			z.strictObject({
				name: text(),
				roles: z.array(salaryLineSchema).check(z.minLength(1))
			})
		)
		.check(z.length(4, 'the guide names 4 groups of roles'))
});

export const emergingRolesSchema = z.strictObject({
	source: guideSourceSchema,
	roles: z
		.array(z.strictObject({ name: text(), ...rangeShape, demand: text() }))
		.check(z.length(5, 'the guide names 5 emerging roles'))
});

const pctRange = {
	low: z.number().check(z.gte(0)),
	high: z.number().check(z.positive()),
	/** Which passage says it, in words ("Salary by Role table footnote"). */
	per: text(),
	/** The guide's heading over that passage, as a citation names it. */
	section: text()
};

export const negotiationSchema = z.strictObject({
	source: guideSourceSchema,
	tips: z
		.array(z.strictObject({ title: text(), text: text() }))
		.check(z.length(6, 'the guide gives 6 negotiation tips')),
	firstOffer: z.strictObject({ text: text(), lifetimeGain: rangeSchema }),
	/** Not from the tips: the guide's closing list, cited by its own heading (`section`). */
	keyTakeaway: z.strictObject({
		number: z.literal(7),
		section: text(),
		title: text(),
		text: text()
	}),
	equity: z.strictObject({
		vesting: text(),
		vestingYears: z.number().check(z.int(), z.positive()),
		cliffMonths: z.number().check(z.int(), z.gte(0)),
		/** The tips say 40–100 %, the table's footnote 50–100 %: both kept, each with its source. */
		startupPctOfBase: z.array(z.strictObject(pctRange)),
		publicPctOfBase: z.strictObject(pctRange)
	})
});

/**
 * Parses `data` with `schema`; on failure throws an Error whose message names the file and
 * every problem on its own line (z.prettifyError), e.g.
 * `data/guide/salary-by-role.json: ✖ an amount must be a whole number → at roles[0].ranges.entry.low`.
 *
 * The data modules call it unless `import.meta.env?.SSR` is false: the server build loads
 * them for every prerendered page, so a broken file stops the build, and the unit tests (and
 * any plain Node script, where `import.meta.env` does not exist) parse every file. The
 * browser receives those same checked bytes, so it skips the parse; `SSR` is the constant
 * false there, and the bundler drops the branch and with it every data schema (about 6 KB of
 * the compare page's first visit, gzipped).
 */
export function parseDataFile<T extends z.ZodMiniType>(
	file: string,
	schema: T,
	data: unknown
): z.output<T> {
	// zod/mini registers no messages of its own ("Invalid input"); the English ones say what
	// a transcription slip got wrong (`expected "HireKit Team"`), for this parse only.
	const result = schema.safeParse(data, { error: en().localeError });
	if (!result.success) {
		throw new Error(`${file}: ${z.prettifyError(result.error)}`);
	}
	return result.data;
}
