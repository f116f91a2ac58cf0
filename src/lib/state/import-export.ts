/**
 * Files a person keeps or shares: the scenario as JSON (export / import) and the
 * year-by-year table as CSV for a spreadsheet.
 */
import type Decimal from 'decimal.js';
import { cents, parseScenario, type Currency, type Projection, type Scenario } from '$lib/engine';
import { serializeScenario } from '$lib/engine/serialize';
import { issueWords } from './issue-words';

/** A scenario file is a few KB; anything near this is not one, and is refused unread. */
export const IMPORT_MAX_CHARS = 1_000_000;

export type ImportResult = { ok: true; scenario: Scenario } | { ok: false; reasons: string[] };

/**
 * The scenario as a pretty-printed scenario file (the contract's shape, `version: 1`).
 *
 * @example exportScenarioJson(scenario) // '{\n\t"version": 1,\n\t"years": 4, ...'
 */
export function exportScenarioJson(scenario: Scenario): string {
	return JSON.stringify(serializeScenario(scenario), null, '\t') + '\n';
}

/**
 * Reads a scenario file. On failure nothing is returned but the reasons, each naming its
 * field in words ("Offer 2, base salary: must be a number, like 150000."). Never throws.
 *
 * @example importScenarioJson('{"version":1}') // { ok: false, reasons: ['Offers: …'] }
 */
export function importScenarioJson(text: string): ImportResult {
	if (typeof text !== 'string' || text.trim() === '') {
		return { ok: false, reasons: ['The file is empty.'] };
	}
	if (text.length > IMPORT_MAX_CHARS) {
		return {
			ok: false,
			reasons: ['The file is too large to be a Counteroffer scenario (over 1 MB).']
		};
	}
	let data: unknown;
	try {
		// A byte-order mark (Windows editors add one) is not part of the JSON.
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {
			ok: false,
			reasons: [
				'The file is not valid JSON. Export a scenario from Counteroffer to see the format.'
			]
		};
	}
	const parsed = parseScenario(data);
	if (!parsed.ok) {
		return { ok: false, reasons: parsed.errors.slice(0, 20).map(issueWords) };
	}
	return { ok: true, scenario: parsed.scenario };
}

/** One offer's projection, as the year table shows it. */
export interface CsvOffer {
	name: string;
	currency: Currency;
	projection: Projection;
}

type MoneyColumn = { header: string; key: keyof Projection['totals'] };

const PAY_COLUMNS: readonly MoneyColumn[] = [
	{ header: 'Base', key: 'base' },
	{ header: 'Bonus', key: 'bonus' },
	{ header: 'Sign-on', key: 'signOn' },
	{ header: 'Equity', key: 'equity' },
	{ header: 'Refreshers', key: 'refresh' },
	{ header: 'Other', key: 'other' },
	{ header: 'Total', key: 'total' },
	{ header: 'Retirement match', key: 'retirement' },
	{ header: 'Exercise cost', key: 'exerciseCost' }
];

const AFTER_TAX_COLUMNS: readonly MoneyColumn[] = [
	{ header: 'Taxable', key: 'taxable' },
	{ header: 'Tax', key: 'tax' },
	{ header: 'Net', key: 'net' },
	{ header: 'Purchasing power', key: 'purchasingPower' },
	{ header: 'Savings', key: 'savings' }
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What our own money cells look like: nothing else in a money column is left as is. */
const PLAIN_AMOUNT = /^-?\d+\.\d{2}$/;

/**
 * A text cell (an offer's name, typed by anyone who sent you a share link) made inert:
 * a leading =, +, -, @, tab or CR gets a single quote in front, so "=HYPERLINK(...)" shows
 * as text instead of running.
 */
export function neutralizeText(cell: string): string {
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A money cell: exactly two decimals, no thousands separators. A negative amount (savings
 * below zero) stays a number: "-1234.50" can hold nothing but digits, so it cannot be a
 * formula, and quoting it would turn it into text a spreadsheet cannot add up. Anything
 * not of that exact shape is treated as text and neutralized (it never is, by construction).
 */
export function moneyCell(value: Decimal | undefined): string {
	if (value === undefined) {
		return '';
	}
	const amount = cents(value).toFixed(2);
	return PLAIN_AMOUNT.test(amount) ? amount : neutralizeText(amount);
}

/** RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes. */
export function csvField(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The year-by-year table as CSV: a header row, then for each offer one row per year and a
 * "Total" row. After-tax columns appear when the projections have them (a household was
 * given). Lines end in CRLF, as RFC 4180 says.
 *
 * @example yearTableCsv([{ name: 'Acme', currency: 'USD', projection }])
 * // 'Offer,Currency,Year,Base,...\r\nAcme,USD,1,210000.00,...\r\n...Acme,USD,Total,...\r\n'
 */
export function yearTableCsv(offers: readonly CsvOffer[]): string {
	const afterTax = offers.some(({ projection }) => projection.totals.net !== undefined);
	const columns = afterTax ? [...PAY_COLUMNS, ...AFTER_TAX_COLUMNS] : PAY_COLUMNS;
	const lines: string[][] = [['Offer', 'Currency', 'Year', ...columns.map((c) => c.header)]];
	for (const { name, currency, projection } of offers) {
		const label = [neutralizeText(name), neutralizeText(currency)];
		for (const row of projection.years) {
			lines.push([...label, String(row.year), ...columns.map((c) => moneyCell(row[c.key]))]);
		}
		lines.push([...label, 'Total', ...columns.map((c) => moneyCell(projection.totals[c.key]))]);
	}
	return lines.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}
