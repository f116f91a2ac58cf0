/**
 * The files of `data/tax/`, read twice: the engine takes their figures (tax.ts, `?figures`),
 * /about the whole files with their notes and sources (tax-tables.ts). Both list them here.
 */

/** The jurisdictions' tables, in the order /about lists them (federal first). */
const TABLES = ['us-federal', 'us-ca', 'us-ny', 'us-nyc', 'us-ma', 'us-wa', 'uk'] as const;

/** What `import.meta.glob('/data/tax/*.json', { eager: true, … })` gives: module by path. */
export type TaxModules = Record<string, unknown>;

/**
 * Each table's content with its file name, in order; throws if a file is missing.
 *
 * @example taxTableFiles(modules)[0]?.[1] // 'data/tax/us-federal.json'
 */
export function taxTableFiles(modules: TaxModules): Array<[unknown, string]> {
	return TABLES.map((name) => taxFile(modules, `${name}.json`));
}

/**
 * One file's content and name, e.g. `regions.json`; throws if it is missing.
 *
 * @example taxFile(modules, 'regions.json')[1] // 'data/tax/regions.json'
 */
export function taxFile(modules: TaxModules, name: string): [unknown, string] {
	const file = `data/tax/${name}`;
	if (!(`/${file}` in modules)) {
		throw new Error(`${file} is missing`);
	}
	return [modules[`/${file}`], file];
}
