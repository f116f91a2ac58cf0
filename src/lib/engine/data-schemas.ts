/**
 * zod schemas of the guide's data files (data/guide/*.json) and of our own location
 * defaults (data/location-defaults.json). market.ts parses the files with them when it
 * loads, so the rest of the engine gets typed ids; the unit test runs them too, so a
 * mistyped file fails with a message naming the field.
 */
import { z } from 'zod';
import { LEVEL_IDS, LOCATION_IDS, ROLE_IDS, TAX_REGION_IDS } from './types';

/** Every guide file names the same guide: a typo in a citation is caught here. */
export const guideSourceSchema = z.strictObject({
	title: z.literal('The Complete AI Career Guide for 2026'),
	publisher: z.literal('HireKit Team'),
	/** The date at the top of the page ("Published: Feb 1, 2026"). */
	published: z.literal('2026-02-01'),
	/** The date at the end of the page ("Published: Feb 25, 2026"). */
	publishedAlso: z.literal('2026-02-25'),
	/** The heading of the part of the guide the file transcribes. */
	section: z.string().min(1)
});

/** The guide writes whole amounts ("$110K", "$40/hour"): anything else is a transcription slip. */
const amount = z
	.number({ error: 'an amount must be a number' })
	.int('an amount must be a whole number')
	.positive('an amount must be above zero');

const rangeShape = {
	low: amount,
	high: amount,
	/** The guide wrote "+" after the high figure ("$300K–$500K+"). */
	openEnded: z.boolean().optional()
};
const lowBelowHigh = { message: 'low must be below high', path: ['high'] };
const checkRange = (r: { low: number; high: number }) => r.low < r.high;

export const rangeSchema = z.strictObject(rangeShape).refine(checkRange, lowBelowHigh);

/** Checks that `items` lists exactly `ids`, once each, in that order. */
function exactIds(ids: readonly string[], what: string) {
	return {
		check: (items: readonly { id: string }[]) => items.map((i) => i.id).join() === ids.join(),
		message: `${what} must be exactly ${ids.join(', ')}, in that order`
	};
}
const roleOrder = exactIds(ROLE_IDS, 'roles');
const levelOrder = exactIds(LEVEL_IDS, 'levels');
const locationOrder = exactIds(LOCATION_IDS, 'locations');

export const salaryByRoleSchema = z.strictObject({
	source: guideSourceSchema,
	currency: z.literal('USD'),
	levels: z
		.array(
			z.strictObject({
				id: z.enum(LEVEL_IDS),
				name: z.string().min(1),
				years: z.string().min(1)
			})
		)
		.refine(levelOrder.check, levelOrder.message),
	roles: z
		.array(
			z.strictObject({
				id: z.enum(ROLE_IDS),
				name: z.string().min(1),
				/** The row label exactly as the guide prints it ("Computer Vision Eng"). */
				guideLabel: z.string().min(1),
				ranges: z.strictObject({ entry: rangeSchema, mid: rangeSchema, senior: rangeSchema })
			})
		)
		.refine(roleOrder.check, roleOrder.message),
	footnote: z.string().min(1)
});

const currencySchema = z.enum(['USD', 'GBP']);

export const salaryByLocationSchema = z.strictObject({
	source: guideSourceSchema,
	note: z.string().min(1),
	locations: z
		.array(
			z
				.strictObject({
					id: z.enum(LOCATION_IDS),
					name: z.string().min(1),
					currency: currencySchema,
					mlEngineerMid: rangeSchema,
					dataScientistMid: rangeSchema,
					/** The guide's own "~$" figures, given only for a non-USD city. */
					usdEquivalent: z
						.strictObject({ mlEngineerMid: rangeSchema, dataScientistMid: rangeSchema })
						.optional(),
					colIndex: z.number().positive().nullable(),
					/** What the guide printed where it gave no number ("Variable"). */
					colIndexText: z.string().min(1).optional()
				})
				.refine((l) => (l.currency === 'USD') === (l.usdEquivalent === undefined), {
					message: 'usdEquivalent belongs to a non-USD location, and only there',
					path: ['usdEquivalent']
				})
				.refine((l) => (l.colIndex === null) === (l.colIndexText !== undefined), {
					message: 'a location without a colIndex must say what the guide printed (colIndexText)',
					path: ['colIndexText']
				})
		)
		.refine(locationOrder.check, locationOrder.message)
});

export const locationDefaultsSchema = z.strictObject({
	source: z.strictObject({
		author: z.literal('Counteroffer'),
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the date must be written YYYY-MM-DD'),
		note: z.string().min(1)
	}),
	locations: z
		.array(
			z.strictObject({
				id: z.enum(LOCATION_IDS),
				taxRegion: z.enum(TAX_REGION_IDS),
				/** Used only where the guide's index is missing (Remote: "Variable"). */
				colIndexWhenGuideHasNone: z.number().positive().optional()
			})
		)
		.refine(locationOrder.check, locationOrder.message)
});

/** One salary figure in the guide's prose ("Entry: $110K–$140K", "Salary: $40–60/hour"). */
export const salaryLineSchema = z
	.strictObject({
		label: z.string().min(1),
		...rangeShape,
		/** Per year unless the guide says otherwise. */
		unit: z.enum(['year', 'hour']).optional(),
		/** The guide's words after the figure ("(entry to senior)", "total comp"). */
		suffix: z.string().min(1).optional()
	})
	.refine(checkRange, lowBelowHigh);

export const careerPathsSchema = z.strictObject({
	source: guideSourceSchema,
	paths: z
		.array(
			z.strictObject({
				name: z.string().min(1),
				/** The matching "Salary by Role" row; absent for a role the table leaves out. */
				roleId: z.enum(ROLE_IDS).optional(),
				salary: z.array(salaryLineSchema).min(1),
				/** The guide's parenthesis after the figures: words, or a further figure. */
				aside: z.union([z.string().min(1), salaryLineSchema]).optional()
			})
		)
		.length(8, 'the guide details 8 career paths')
});

export const roleBreadthSchema = z.strictObject({
	source: guideSourceSchema,
	groups: z
		.array(
			z.strictObject({
				name: z.string().min(1),
				roles: z.array(salaryLineSchema).min(1)
			})
		)
		.length(4, 'the guide names 4 groups of roles')
});

export const emergingRolesSchema = z.strictObject({
	source: guideSourceSchema,
	roles: z
		.array(
			z.strictObject({
				name: z.string().min(1),
				...rangeShape,
				demand: z.string().min(1)
			})
		)
		.length(5, 'the guide names 5 emerging roles')
});

const pctRange = z.strictObject({ low: z.number().min(0), high: z.number().positive() });

export const negotiationSchema = z.strictObject({
	source: guideSourceSchema,
	tips: z
		.array(z.strictObject({ title: z.string().min(1), text: z.string().min(1) }))
		.length(6, 'the guide gives 6 negotiation tips'),
	firstOffer: z.strictObject({ text: z.string().min(1), lifetimeGain: rangeSchema }),
	keyTakeaway: z.strictObject({
		number: z.literal(7),
		title: z.string().min(1),
		text: z.string().min(1)
	}),
	equity: z.strictObject({
		vesting: z.string().min(1),
		vestingYears: z.number().int().positive(),
		cliffMonths: z.number().int().min(0),
		/** The tips say 40–100 %, the table's footnote 50–100 %: both kept, each with its source. */
		startupPctOfBase: z.array(z.strictObject({ ...pctRange.shape, per: z.string().min(1) })),
		publicPctOfBase: z.strictObject({ ...pctRange.shape, per: z.string().min(1) })
	})
});

/**
 * Parses `data` with `schema`; on failure throws an Error whose message names the file and
 * every problem on its own line (z.prettifyError), e.g.
 * `data/guide/salary-by-role.json: ✖ an amount must be a whole number → at roles[0].ranges.entry.low`.
 */
export function parseDataFile<T extends z.ZodType>(
	file: string,
	schema: T,
	data: unknown
): z.output<T> {
	const result = schema.safeParse(data);
	if (!result.success) {
		throw new Error(`${file}: ${z.prettifyError(result.error)}`);
	}
	return result.data;
}
