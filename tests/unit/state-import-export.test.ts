import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '$lib/engine';
import {
	csvField,
	exportScenarioJson,
	importScenarioJson,
	moneyCell,
	neutralizeText,
	yearTableCsv
} from '$lib/state/import-export';
import { Dec } from '$lib/engine';
import { plain } from './state-arbitraries';
import { parsed } from './parsed-scenario';

const acme = { name: 'Acme', location: 'austin', base: 150000 };

describe('exportScenarioJson / importScenarioJson', () => {
	it('exports the contract shape, pretty-printed, and imports it back equal', () => {
		const scenario = parsed({
			offers: [acme, { ...acme, name: 'Zürich Café 東京', signOn: [1, 2] }]
		});
		const text = exportScenarioJson(scenario);
		expect(text).toContain('\n\t"version": 1,\n');
		const back = importScenarioJson(text);
		expect(back.ok && plain(back.scenario)).toEqual(plain(scenario));
	});

	it('accepts a file saved with a byte-order mark', () => {
		const text = '\uFEFF' + JSON.stringify({ version: 1, offers: [acme] });
		expect(importScenarioJson(text).ok).toBe(true);
	});

	it.each([
		['an empty file', '  ', ['The file is empty.']],
		[
			'text that is not JSON',
			'{"offers": [',
			['The file is not valid JSON. Export a scenario from Counteroffer to see the format.']
		],
		[
			'an offer with a bad base salary',
			JSON.stringify({ version: 1, offers: [acme, { ...acme, base: 'lots' }] }),
			['Offer 2, base salary: must be a number, like 150000.']
		],
		[
			'a missing name and location',
			JSON.stringify({ offers: [{ base: 1 }] }),
			[
				'Offer 1, name: Each offer needs a name, like "Acme AI".',
				'Offer 1, location: is required: one of san-francisco, new-york, boston, seattle, austin, london, remote.'
			]
		],
		[
			'a horizon out of range',
			JSON.stringify({ years: 12, offers: [acme] }),
			['Years to compare: The horizon must be a whole number of years, from 1 to 10.']
		],
		[
			'no offers',
			JSON.stringify({ version: 1, offers: [] }),
			['Offers: A scenario holds 1 to 8 offers; this one has none.']
		],
		[
			'an array instead of a scenario',
			'[]',
			[
				'The file: A scenario must be an object with its offers, like { "version": 1, "offers": [ … ] }.'
			]
		]
	])('refuses %s, naming the field in words', (_case, text, reasons) => {
		expect(importScenarioJson(text)).toEqual({ ok: false, reasons });
	});

	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
				expect(typeof importScenarioJson(text).ok).toBe('boolean');
			})
		);
	});

	it('refuses a file over 1 MB without reading it', () => {
		const result = importScenarioJson(' '.repeat(1_000_001) + '{}');
		expect(result).toEqual({
			ok: false,
			reasons: ['The file is too large to be a Counteroffer scenario (over 1 MB).']
		});
	});
});

describe('CSV cells', () => {
	it.each([
		['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
		['+1+1', "'+1+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tTab', "'\tTab"],
		['\rCR', "'\rCR"],
		['Acme', 'Acme'],
		['Zürich Café 東京', 'Zürich Café 東京']
	])('neutralizes the text %j as %j', (text, expected) => {
		expect(neutralizeText(text)).toBe(expected);
	});

	it.each([
		['1234.5', '1234.50'],
		['-1234.505', '-1234.51'],
		['0', '0.00'],
		['-0.001', '0.00'],
		['12345678901234567890.125', '12345678901234567890.13']
	])('writes the amount %s as the number %s (negative amounts stay numbers)', (value, expected) => {
		expect(moneyCell(new Dec(value))).toBe(expected);
	});

	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['\r', '"\r"']
	])('quotes %j as %j (RFC 4180)', (cell, expected) => {
		expect(csvField(cell)).toBe(expected);
	});
});

describe('yearTableCsv', () => {
	it('writes a header, a row per offer per year and a totals row per offer', () => {
		const offer = parsed({
			offers: [{ ...acme, name: '=HYPERLINK("x"), Inc', base: '100000.005', signOn: 5000 }]
		}).offers[0]!;
		const csv = yearTableCsv([
			{ name: offer.name, currency: 'USD', projection: project(offer, { years: 2 }) }
		]);
		expect(csv.split('\r\n')).toEqual([
			'Offer,Currency,Year,Base,Bonus,Sign-on,Equity,Refreshers,Other,Total,Retirement match,Exercise cost',
			`"'=HYPERLINK(""x""), Inc",USD,1,100000.01,0.00,5000.00,0.00,0.00,0.00,105000.01,0.00,0.00`,
			`"'=HYPERLINK(""x""), Inc",USD,2,100000.01,0.00,0.00,0.00,0.00,0.00,100000.01,0.00,0.00`,
			`"'=HYPERLINK(""x""), Inc",USD,Total,200000.02,0.00,5000.00,0.00,0.00,0.00,205000.02,0.00,0.00`,
			''
		]);
	});

	it('adds the after-tax columns when the projection has them, negative savings as numbers', () => {
		const scenario = parsed({
			household: { annualSpending: 500000 },
			offers: [{ ...acme, base: 50000 }]
		});
		const projection = project(scenario.offers[0]!, {
			years: 1,
			household: scenario.household,
			fx: scenario.fx
		});
		const [header, year1] = yearTableCsv([{ name: 'Acme', currency: 'USD', projection }]).split(
			'\r\n'
		);
		expect(header).toBe(
			'Offer,Currency,Year,Base,Bonus,Sign-on,Equity,Refreshers,Other,Total,Retirement match,Exercise cost,Taxable,Tax,Net,Purchasing power,Savings'
		);
		const savings = year1?.split(',').at(-1);
		expect(savings).toMatch(/^-\d+\.\d{2}$/);
		expect(savings).toBe(moneyCell(projection.years[0]?.savings));
	});
});
