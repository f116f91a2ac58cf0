/**
 * The tax tables as published in `data/tax/`, notes and sources included, for the pages that
 * show them (/about). The engine computes from the same files' figures (tax.ts imports them
 * `?figures`), so the compare page does not download these sentences.
 */
import regionsJson from '$data/tax/regions.json';
import ukJson from '$data/tax/uk.json';
import usCaJson from '$data/tax/us-ca.json';
import usFederalJson from '$data/tax/us-federal.json';
import usMaJson from '$data/tax/us-ma.json';
import usNyJson from '$data/tax/us-ny.json';
import usNycJson from '$data/tax/us-nyc.json';
import usWaJson from '$data/tax/us-wa.json';
import { parseTaxRegions, parseTaxTable, type TaxRegionsFile, type TaxTable } from './tax-schema';
import type { TaxRegionId } from './types';

const TAX_FILES = [
	[usFederalJson, 'data/tax/us-federal.json'],
	[usCaJson, 'data/tax/us-ca.json'],
	[usNyJson, 'data/tax/us-ny.json'],
	[usNycJson, 'data/tax/us-nyc.json'],
	[usMaJson, 'data/tax/us-ma.json'],
	[usWaJson, 'data/tax/us-wa.json'],
	[ukJson, 'data/tax/uk.json']
] as const;

/**
 * Every tax table, with its notes and each tax's source (shown on /about). Parsed where the
 * files are checked (see `parseDataFile`): the server build and the tests.
 *
 * @example taxTables[0]?.jurisdiction // 'us-federal'
 */
export const taxTables: readonly TaxTable[] =
	import.meta.env?.SSR !== false
		? TAX_FILES.map(([json, file]) => parseTaxTable(json, file))
		: TAX_FILES.map(([json]) => json as TaxTable);

const regionsFile =
	import.meta.env?.SSR !== false
		? parseTaxRegions(regionsJson, 'data/tax/regions.json')
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
