/**
 * The tax tables as published in `data/tax/`, notes and sources included, for the pages that
 * show them (/about). The engine computes from the same files' figures (tax.ts imports them
 * `?figures`), so the compare page does not download these sentences.
 */
import { parseTaxRegions, parseTaxTable, type TaxRegionsFile, type TaxTable } from './tax-schema';
import { taxFile, taxTableFiles } from './tax-files';
import type { TaxRegionId } from './types';

/** Every file of data/tax/, whole, by path. */
const files = import.meta.glob('/data/tax/*.json', { eager: true, import: 'default' });

/**
 * Every tax table, with its notes and each tax's source (shown on /about). Parsed where the
 * files are checked (see `parseDataFile`): the server build and the tests.
 *
 * @example taxTables[0]?.jurisdiction // 'us-federal'
 */
export const taxTables: readonly TaxTable[] =
	import.meta.env?.SSR !== false
		? taxTableFiles(files).map(([json, file]) => parseTaxTable(json, file))
		: taxTableFiles(files).map(([json]) => json as TaxTable);

const [regionsJson, regionsPath] = taxFile(files, 'regions.json');
const regionsFile =
	import.meta.env?.SSR !== false
		? parseTaxRegions(regionsJson, regionsPath)
		: (regionsJson as TaxRegionsFile);

/** The notes of `data/tax/regions.json` (remote default, scope): for the /about page. */
export const taxNotes: readonly string[] = regionsFile.notes;

/**
 * A region's own note, if it has one.
 *
 * @example taxRegionNote('us-wa') // 'No state income tax; WA Cares and paid family leave premiums apply.'
 */
export function taxRegionNote(id: TaxRegionId): string | undefined {
	return regionsFile.regions.find((region) => region.id === id)?.note;
}
