/**
 * The shape of the tax tables in `data/tax/*.json`, as zod schemas. `tax.ts` parses
 * every table through these at load time, and `tests/unit/tax.test.ts` reuses them to
 * show that a broken file is rejected with a readable message.
 *
 * One file holds one jurisdiction (US federal, California, ...). A jurisdiction lists
 * its taxes; each tax is a marginal rate schedule applied to income less an optional
 * deduction. That one shape covers every tax we model: a flat payroll tax is a single
 * bracket from 0, a wage cap is a 0 % bracket from the cap, a surtax is a 0 % bracket
 * followed by the surtax rate, and the UK personal allowance is a tapered deduction.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { TAX_REGION_IDS } from './types';

/** A text a table must give: never empty. */
const text = () => z.string().check(z.minLength(1));

// zod 4's number already refuses Infinity and NaN, as "must be a number".
const amount = z.number({ error: 'must be a number' }).check(z.nonnegative('must not be negative'));

const ratePct = z
	.number({ error: 'must be a number' })
	.check(z.gte(0, 'a rate must be at least 0 %'), z.lte(100, 'a rate must be at most 100 %'));

const year = z.int('must be a whole year').check(z.gte(2000), z.lte(2100));

export const taxSourceSchema = z.strictObject({
	/** Who publishes the figure (IRS, FTB, HMRC, ...). */
	publisher: text(),
	/** The document the figure is taken from. */
	title: text(),
	url: z.url()
});

/** A rate that applies to the part of the base from `from` up to the next bracket's `from`. */
export const bracketSchema = z.strictObject({ from: amount, ratePct });

/**
 * A marginal schedule: starts at 0, thresholds strictly rising. Rising thresholds are what
 * make every tax non-decreasing in income, so the schema insists on them.
 */
export const scheduleSchema = z.array(bracketSchema).check(
	z.minLength(1, 'a schedule needs at least one bracket'),
	z.superRefine((brackets, ctx) => {
		if (brackets[0] && brackets[0].from !== 0) {
			ctx.addIssue({
				code: 'custom',
				path: [0, 'from'],
				message: 'the first bracket must start at 0'
			});
		}
		brackets.forEach((bracket, i) => {
			const previous = brackets[i - 1];
			if (previous && bracket.from <= previous.from) {
				ctx.addIssue({
					code: 'custom',
					path: [i, 'from'],
					message: `bracket thresholds must rise: ${bracket.from} does not exceed ${previous.from}`
				});
			}
		});
	})
);

const byStatus = <T extends z.ZodMiniType>(schema: T) =>
	z.strictObject({ single: schema, married: schema });

/**
 * What is taken off income before the schedule applies.
 * - `standard`: a fixed amount per filing status (US standard deduction).
 * - `allowance`: a fixed amount per status, reduced by `taperPct` % of the income above
 *   `taperFrom` until it reaches 0 (the UK personal allowance loses 1 for every 2 above 100,000).
 */
export const deductionSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('standard'), amount: byStatus(amount) }),
	z.strictObject({
		kind: z.literal('allowance'),
		amount: byStatus(amount),
		taperFrom: amount,
		taperPct: z.number().check(z.gt(0, 'a taper must be above 0 %'), z.lte(100))
	})
]);

/** Which line of `estimateTax`'s result a tax is added to. */
export const TAX_FIELDS = ['federal', 'state', 'local', 'payroll'] as const;
export type TaxField = (typeof TAX_FIELDS)[number];

const id = (message?: string) => z.string().check(z.regex(/^[a-z0-9-]+$/, message));

export const taxSchema = z.strictObject({
	id: id('ids are lower-case words joined by hyphens'),
	name: text(),
	field: z.enum(TAX_FIELDS),
	/** The year the figures were published for (may be older than the tax year modelled). */
	year,
	source: taxSourceSchema,
	deduction: z.optional(deductionSchema),
	schedule: byStatus(scheduleSchema)
});

export const taxTableSchema = z.strictObject({
	jurisdiction: id(),
	name: text(),
	currency: z.enum(['USD', 'GBP']),
	/** Where and how we simplify: shown next to the figures on /about. */
	notes: z.array(text()),
	taxes: z.array(taxSchema)
});

/** `data/tax/regions.json`: which jurisdictions' taxes make up each region a user can pick. */
const taxRegionsShape = z.object({
	taxYear: year,
	notes: z.array(text()),
	regions: z.array(
		z.strictObject({
			id: z.enum(TAX_REGION_IDS),
			name: text(),
			currency: z.enum(['USD', 'GBP']),
			jurisdictions: z.array(text()),
			note: z.optional(text())
		})
	)
});

const everyRegion = z.superRefine((file: { regions: { id: string }[] }, ctx) => {
	const seen = new Set(file.regions.map((region) => region.id));
	for (const id of TAX_REGION_IDS) {
		if (!seen.has(id)) {
			ctx.addIssue({ code: 'custom', path: ['regions'], message: `region ${id} is missing` });
		}
	}
});

export const taxRegionsFileSchema = taxRegionsShape.check(everyRegion);

/*
 * The figures the engine computes with: the same files without their prose (`notes`, `note`,
 * `source`), as `import … from '….json?figures'` gives them (see vite.config.ts). The pages
 * that show the prose (/about) import the whole files through `tax-tables.ts`; the compare
 * page needs only the figures, and its first visit downloads no sentence it does not show.
 */
export const taxFiguresSchema = z.omit(taxSchema, { source: true });

export const taxTableFiguresSchema = z.extend(
	z.omit(taxTableSchema, { notes: true, taxes: true }),
	{
		taxes: z.array(taxFiguresSchema)
	}
);

export const taxRegionFiguresSchema = z
	.extend(z.omit(taxRegionsShape, { notes: true, regions: true }), {
		regions: z.array(
			z.strictObject({
				id: z.enum(TAX_REGION_IDS),
				name: text(),
				currency: z.enum(['USD', 'GBP']),
				jurisdictions: z.array(text())
			})
		)
	})
	.check(everyRegion);

export type TaxSource = z.infer<typeof taxSourceSchema>;
export type Bracket = z.infer<typeof bracketSchema>;
export type Deduction = z.infer<typeof deductionSchema>;
export type TaxDefinition = z.infer<typeof taxSchema>;
export type TaxTable = z.infer<typeof taxTableSchema>;
export type TaxRegionsFile = z.infer<typeof taxRegionsFileSchema>;
export type TaxFigures = z.infer<typeof taxFiguresSchema>;
export type TaxTableFigures = z.infer<typeof taxTableFiguresSchema>;
export type TaxRegionFigures = z.infer<typeof taxRegionFiguresSchema>;

/**
 * Turns a zod failure into sentences a person can act on: `taxes.0.schedule.single.2.from:
 * bracket thresholds must rise: 100 does not exceed 200`.
 *
 * @example readableIssues(taxTableSchema.safeParse({}).error) // ['jurisdiction: ...', ...]
 */
export function readableIssues(error: z.core.$ZodError): string[] {
	return error.issues.map((issue) => {
		const path = issue.path.map(String).join('.');
		return path ? `${path}: ${issue.message}` : issue.message;
	});
}

/**
 * Parses a tax data file with `schema`, throwing an Error whose message names the file and
 * every problem. Used at module load: a broken data file must stop the build, not yield
 * wrong taxes.
 *
 * @example parseTaxFile(taxTableSchema, usFederalJson, 'us-federal.json', 'tax table').taxes.length // 4
 */
export function parseTaxFile<T extends z.ZodMiniType>(
	schema: T,
	input: unknown,
	file: string,
	what: string
): z.infer<T> {
	// zod/mini has no messages of its own; English ones for this parse (see parseDataFile).
	const result = schema.safeParse(input, { error: en().localeError });
	if (!result.success) {
		throw new Error(`${file} is not a valid ${what}:\n${readableIssues(result.error).join('\n')}`);
	}
	return result.data;
}

/**
 * Parses one tax file (see `parseTaxFile`).
 *
 * @example parseTaxTable(usFederalJson, 'us-federal.json').taxes.length // 4
 */
export function parseTaxTable(input: unknown, file: string): TaxTable {
	return parseTaxFile(taxTableSchema, input, file, 'tax table');
}

/**
 * Parses `regions.json` (see `parseTaxFile`).
 *
 * @example parseTaxRegions(regionsJson, 'regions.json').regions.length // 9
 */
export function parseTaxRegions(input: unknown, file: string): TaxRegionsFile {
	return parseTaxFile(taxRegionsFileSchema, input, file, 'region list');
}
