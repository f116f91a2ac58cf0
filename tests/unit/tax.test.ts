import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import regionsJson from '$data/tax/regions.json';
import ukJson from '$data/tax/uk.json';
import usCaJson from '$data/tax/us-ca.json';
import usFederalJson from '$data/tax/us-federal.json';
import usMaJson from '$data/tax/us-ma.json';
import usNyJson from '$data/tax/us-ny.json';
import usNycJson from '$data/tax/us-nyc.json';
import usWaJson from '$data/tax/us-wa.json';
import { Dec } from '$lib/engine/money';
import { taxFigures, taxRegions } from '$lib/engine/tax';
import { estimateTax } from '$lib/engine/tax-estimate';
import { taxNotes, taxRegionNote, taxTables } from '$lib/engine/tax-tables';
import {
	parseTaxTable,
	readableIssues,
	taxRegionsFileSchema,
	taxTableSchema
} from '$lib/engine/tax-schema';
import {
	FILING_STATUSES,
	TAX_REGION_IDS,
	type FilingStatus,
	type TaxRegionId
} from '$lib/engine/types';

type Row = [
	label: string,
	region: TaxRegionId,
	status: FilingStatus,
	income: number,
	federal: string,
	state: string,
	local: string,
	payroll: string,
	total: string,
	net: string,
	rate: number
];

// Shared pieces of the arithmetic (US single federal, bracket by bracket, full brackets):
// 10 % × 12,400 = 1,240; 12 % × 38,000 = 4,560; 22 % × 55,300 = 12,166; 24 % × 96,075 = 23,058;
// 32 % × 54,450 = 17,424; 35 % × 384,375 = 134,531.25.
// US married: 10 % × 24,800 = 2,480; 12 % × 76,000 = 9,120; 22 % × 110,600 = 24,332;
// 24 % × 192,150 = 46,116; 32 % × 108,900 = 34,848; 35 % × 256,250 = 89,687.50.
// CA single up to 72,724: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 = 3,201.97.
// prettier-ignore
const rows: Row[] = [
	// taxable 100,000 − 16,100 = 83,900: 1,240 + 4,560 + 22 % × 33,500 (7,370) = 13,170;
	// payroll 6.2 % + 1.45 % of 100,000 = 6,200 + 1,450 = 7,650; total 20,820.
	['TX single 100k', 'us-tx', 'single', 100000, '13170', '0', '0', '7650', '20820', '79180', 20.82],
	// taxable 100,000 − 32,200 = 67,800: 2,480 + 12 % × 43,000 (5,160) = 7,640.
	['none married 100k', 'us-none', 'married', 100000, '7640', '0', '0', '7650', '15290', '84710', 15.29],
	// The same in every state without income tax, and with no state at all.
	['none single 100k', 'us-none', 'single', 100000, '13170', '0', '0', '7650', '20820', '79180', 20.82],
	['TX married 100k', 'us-tx', 'married', 100000, '7640', '0', '0', '7650', '15290', '84710', 15.29],
	// Joint at the SS cap: taxable 184,500 − 32,200 = 152,300: 11,600 + 22 % × 51,500 (11,330)
	// = 22,930; payroll 11,439 + 2,675.25 = 14,114.25.
	['FL married 184.5k', 'us-fl', 'married', 184500, '22930', '0', '0', '14114.25', '37044.25', '147455.75', 20.08],
	// income below the deduction: no income tax; payroll 620 + 145 = 765.
	['TX single 10k', 'us-tx', 'single', 10000, '0', '0', '0', '765', '765', '9235', 7.65],
	// Social Security cap: taxable 168,400: 1,240 + 4,560 + 12,166 + 24 % × 62,700 (15,048) = 33,014;
	// SS 6.2 % × 184,500 = 11,439; Medicare 1.45 % × 184,500 = 2,675.25.
	['FL single 184.5k', 'us-fl', 'single', 184500, '33014', '0', '0', '14114.25', '47128.25', '137371.75', 25.54],
	// Above the cap: SS stays 11,439; Medicare 2,900; additional Medicare 0 (at the threshold).
	// taxable 183,900: 17,966 + 24 % × 78,200 (18,768) = 36,734.
	['FL single 200k', 'us-fl', 'single', 200000, '36734', '0', '0', '14339', '51073', '148927', 25.54],
	// additional Medicare 0.9 % × (250,000 − 200,000) = 450; payroll 11,439 + 3,625 + 450 = 15,514;
	// taxable 233,900: 41,024 + 32 % × 32,125 (10,280) = 51,304.
	['FL single 250k', 'us-fl', 'single', 250000, '51304', '0', '0', '15514', '66818', '183182', 26.73],
	// joint threshold 250,000: no additional Medicare yet; payroll 11,439 + 3,625 = 15,064;
	// taxable 217,800: 2,480 + 9,120 + 24,332 + 24 % × 6,400 (1,536) = 37,468.
	['none married 250k', 'us-none', 'married', 250000, '37468', '0', '0', '15064', '52532', '197468', 21.01],
	// payroll 11,439 + 4,350 + 0.9 % × 50,000 (450) = 16,239; taxable 300,000 − 32,200 = 267,800:
	// 35,932 + 24 % × 56,400 (13,536) = 49,468.
	['none married 300k', 'us-none', 'married', 300000, '49468', '0', '0', '16239', '65707', '234293', 21.9],
	// CA 100,000: 3,201.97 + 9.3 % × 27,276 (2,536.668) = 5,738.638 → 5,738.64;
	// payroll 7,650 + SDI 1.3 % × 100,000 (1,300) = 8,950.
	['CA single 100k', 'us-ca', 'single', 100000, '13170', '5738.64', '0', '8950', '27858.64', '72141.36', 27.86],
	// CA joint: 1 % × 22,158 (221.58) + 2 % × 30,370 (607.40) + 4 % × 30,376 (1,215.04)
	// + 6 % × 32,180 (1,930.80) + 8 % × 30,364 (2,429.12) + 9.3 % × 54,552 (5,073.336) = 11,477.276;
	// federal taxable 167,800: 11,600 + 22 % × 67,000 (14,740) = 26,340;
	// payroll 11,439 + 2,900 + SDI 2,600 = 16,939.
	['CA married 200k', 'us-ca', 'married', 200000, '26340', '11477.28', '0', '16939', '54756.28', '145243.72', 27.38],
	// MHST: federal taxable 1,483,900: 58,448 + 134,531.25 + 37 % × 843,300 (312,021) = 505,000.25.
	// CA: 3,201.97 + 9.3 % × 298,755 (27,784.215) + 10.3 % × 74,292 (7,652.076)
	// + 11.3 % × 297,182 (33,581.566) + 12.3 % × 757,047 (93,116.781) = 165,336.608,
	// + MHST 1 % × 500,000 (5,000) = 170,336.608 → 170,336.61.
	// payroll 11,439 + 21,750 + 0.9 % × 1,300,000 (11,700) + SDI 19,500 = 64,389.
	['CA single 1.5M', 'us-ca', 'single', 1500000, '505000.25', '170336.61', '0', '64389', '739725.86', '760274.14', 49.32],
	// NY: 3.9 % × 8,500 (331.50) + 4.4 % × 3,200 (140.80) + 5.15 % × 2,200 (113.30)
	// + 5.4 % × 66,750 (3,604.50) + 5.9 % × 19,350 (1,141.65) = 5,331.75.
	['NY single 100k', 'us-ny', 'single', 100000, '13170', '5331.75', '0', '7650', '26151.75', '73848.25', 26.15],
	// NY joint (see NYC married 200k below for the brackets): 10,659.75; federal 26,340;
	// payroll 11,439 + 2,900 = 14,339.
	['NY married 200k', 'us-ny', 'married', 200000, '26340', '10659.75', '0', '14339', '51338.75', '148661.25', 25.67],
	// NYC: 3.078 % × 12,000 (369.36) + 3.762 % × 13,000 (489.06) + 3.819 % × 25,000 (954.75)
	// + 3.876 % × 50,000 (1,938) = 3,751.17.
	['NYC single 100k', 'us-ny-nyc', 'single', 100000, '13170', '5331.75', '3751.17', '7650', '29902.92', '70097.08', 29.9],
	// NY joint: 3.9 % × 17,150 (668.85) + 4.4 % × 6,450 (283.80) + 5.15 % × 4,300 (221.45)
	// + 5.4 % × 133,650 (7,217.10) + 5.9 % × 38,450 (2,268.55) = 10,659.75.
	// NYC joint: 3.078 % × 21,600 (664.848) + 3.762 % × 23,400 (880.308) + 3.819 % × 45,000
	// (1,718.55) + 3.876 % × 110,000 (4,263.60) = 7,527.306 → 7,527.31. Payroll 11,439 + 2,900.
	['NYC married 200k', 'us-ny-nyc', 'married', 200000, '26340', '10659.75', '7527.31', '14339', '58866.06', '141133.94', 29.43],
	// MA: 5 % × 100,000 = 5,000.
	['MA single 100k', 'us-ma', 'single', 100000, '13170', '5000', '0', '7650', '25820', '74180', 25.82],
	// MA surtax: 5 % × 1,500,000 (75,000) + 4 % × 416,850 (16,674) = 91,674. Federal taxable
	// 1,467,800: 116,896 + 89,687.50 + 37 % × 699,100 (258,667) = 465,250.50.
	// payroll 11,439 + 21,750 + 0.9 % × 1,250,000 (11,250) = 44,439.
	['MA married 1.5M', 'us-ma', 'married', 1500000, '465250.5', '91674', '0', '44439', '601363.5', '898636.5', 40.09],
	// WA: payroll 7,650 + WA Cares 0.58 % × 100,000 (580) + PFML 0.807 % × 100,000 (807) = 9,037.
	['WA single 100k', 'us-wa', 'single', 100000, '13170', '0', '0', '9037', '22207', '77793', 22.21],
	// PFML cap: 0.807 % × 184,500 = 1,488.915; payroll 11,439 + 4,350 + 900 + 1,740 + 1,488.915
	// = 19,917.915 → 19,917.92. Federal taxable 283,900: 58,448 + 35 % × 27,675 (9,686.25).
	['WA single 300k', 'us-wa', 'single', 300000, '68134.25', '0', '0', '19917.92', '88052.17', '211947.83', 29.35],
	// At the PFML cap, joint: federal taxable 152,300: 11,600 + 22 % × 51,500 (11,330) = 22,930;
	// payroll 11,439 + 2,675.25 + 1,070.10 + 1,488.915 = 16,673.265 → 16,673.27 (half up).
	['WA married 184.5k', 'us-wa', 'married', 184500, '22930', '0', '0', '16673.27', '39603.27', '144896.73', 21.47],
	// UK: taxable 50,000 − 12,570 = 37,430 × 20 % = 7,486; NI 8 % × 37,430 = 2,994.40.
	['UK single 50k', 'uk', 'single', 50000, '7486', '0', '0', '2994.4', '10480.4', '39519.6', 20.96],
	['UK married 50k (individual tables)', 'uk', 'married', 50000, '7486', '0', '0', '2994.4', '10480.4', '39519.6', 20.96],
	// Below the allowance: nothing.
	['UK single 10k', 'uk', 'single', 10000, '0', '0', '0', '0', '0', '10000', 0],
	// Taper starts: taxable 87,430: 20 % × 37,700 (7,540) + 40 % × 49,730 (19,892) = 27,432;
	// NI 8 % × 37,700 (3,016) + 2 % × 49,730 (994.60) = 4,010.60.
	['UK single 100k', 'uk', 'single', 100000, '27432', '0', '0', '4010.6', '31442.6', '68557.4', 31.44],
	// Allowance 12,570 − 10,000 / 2 = 7,570; taxable 102,430: 7,540 + 40 % × 64,730 (25,892)
	// = 33,432 (6,000 more than at 100k: the 60 % band). NI 3,016 + 2 % × 59,730 (1,194.60).
	['UK single 110k', 'uk', 'single', 110000, '33432', '0', '0', '4210.6', '37642.6', '72357.4', 34.22],
	// Allowance gone: taxable 125,140: 7,540 + 40 % × 87,440 (34,976) = 42,516;
	// NI 3,016 + 2 % × 74,870 (1,497.40) = 4,513.40.
	['UK single 125,140', 'uk', 'single', 125140, '42516', '0', '0', '4513.4', '47029.4', '78110.6', 37.58],
	// 45 % band: 42,516 + 45 % × 24,860 (11,187) = 53,703; NI 3,016 + 2 % × 99,730 (1,994.60).
	['UK single 150k', 'uk', 'single', 150000, '53703', '0', '0', '5010.6', '58713.6', '91286.4', 39.14]
];

describe('estimateTax: hand-worked examples', () => {
	it.each(rows)(
		'%s',
		(_label, region, filingStatus, income, federal, state, local, payroll, total, net, rate) => {
			const tax = estimateTax({ income, region, filingStatus });
			expect({
				federal: String(tax.federal),
				state: String(tax.state),
				local: String(tax.local),
				payroll: String(tax.payroll),
				total: String(tax.total),
				net: String(tax.net),
				effectiveRatePct: tax.effectiveRatePct
			}).toEqual({ federal, state, local, payroll, total, net, effectiveRatePct: rate });
		}
	);
});

describe('estimateTax: inputs', () => {
	it.each([
		['a number', 100000],
		['a numeric string', '100000'],
		['a string with cents', '100000.00'],
		['a Decimal', new Dec(100000)]
	])('accepts income as %s', (_label, income) => {
		expect(String(estimateTax({ income, region: 'us-tx', filingStatus: 'single' }).total)).toBe(
			'20820'
		);
	});

	it.each([
		['zero', 0],
		['negative', -50000],
		['not a number', 'abc'],
		['NaN', Number.NaN]
	])('gives all zeros for %s income', (_label, income) => {
		const tax = estimateTax({ income, region: 'us-ca', filingStatus: 'married' });
		expect(
			[tax.federal, tax.state, tax.local, tax.payroll, tax.total, tax.net].map(String)
		).toEqual(['0', '0', '0', '0', '0', '0']);
		expect(tax.effectiveRatePct).toBe(0);
	});

	it('defaults the filing status to single', () => {
		expect(String(estimateTax({ income: 100000, region: 'us-none' }).total)).toBe('20820');
	});

	it('truncates income to whole cents so net never exceeds it', () => {
		// 10,000.009 → 10,000.00; UK tax 0, so net is 10,000 (not 10,000.01).
		expect(String(estimateTax({ income: '10000.009', region: 'uk' }).net)).toBe('10000');
	});

	it('names the unknown region it rejects', () => {
		expect(() =>
			estimateTax({ income: 1, region: 'us-zz' as TaxRegionId, filingStatus: 'single' })
		).toThrow(/us-zz/);
	});
});

const incomeCents = fc
	.integer({ min: 0, max: 3_000_000_000 })
	.map((c) => new Dec(c).dividedBy(100));
const regionAndStatus = fc.tuple(
	fc.constantFrom(...TAX_REGION_IDS),
	fc.constantFrom(...FILING_STATUSES)
);

describe('estimateTax: properties', () => {
	it('never decreases as income rises', () => {
		fc.assert(
			fc.property(regionAndStatus, incomeCents, incomeCents, ([region, filingStatus], a, b) => {
				const [low, high] = a.lte(b) ? [a, b] : [b, a];
				const lowTax = estimateTax({ income: low, region, filingStatus });
				const highTax = estimateTax({ income: high, region, filingStatus });
				expect(highTax.total.gte(lowTax.total)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('is monotone across the UK taper, one pound at a time', () => {
		let previous = new Dec(0);
		for (let income = 99_000; income <= 127_000; income += 1) {
			const total = estimateTax({ income, region: 'uk' }).total;
			expect(total.gte(previous)).toBe(true);
			previous = total;
		}
	});

	it('keeps net within income and the lines adding up', () => {
		fc.assert(
			fc.property(regionAndStatus, incomeCents, ([region, filingStatus], income) => {
				const tax = estimateTax({ income, region, filingStatus });
				expect(tax.net.lte(income)).toBe(true);
				expect(tax.net.gte(0)).toBe(true);
				expect(String(tax.federal.plus(tax.state).plus(tax.local).plus(tax.payroll))).toBe(
					String(tax.total)
				);
				expect(String(tax.net.plus(tax.total))).toBe(String(income));
			}),
			{ numRuns: 500 }
		);
	});
});

describe('tax data files', () => {
	it.each([
		['us-federal', usFederalJson],
		['us-ca', usCaJson],
		['us-ny', usNyJson],
		['us-nyc', usNycJson],
		['us-ma', usMaJson],
		['us-wa', usWaJson],
		['uk', ukJson]
	])('%s.json matches the schema', (_name, json) => {
		const result = taxTableSchema.safeParse(json);
		expect(result.success ? [] : readableIssues(result.error)).toEqual([]);
	});

	it('regions.json matches the schema', () => {
		const result = taxRegionsFileSchema.safeParse(regionsJson);
		expect(result.success ? [] : readableIssues(result.error)).toEqual([]);
	});

	it.each<[string, (file: typeof usFederalJson) => unknown, RegExp]>([
		[
			'falling thresholds',
			(file) => {
				const copy = structuredClone(file);
				copy.taxes[0]!.schedule.single[2]!.from = 1000;
				return copy;
			},
			/taxes\.0\.schedule\.single\.2\.from: bracket thresholds must rise: 1000 does not exceed 12400/
		],
		[
			'a rate above 100 %',
			(file) => {
				const copy = structuredClone(file);
				copy.taxes[1]!.schedule.married[0]!.ratePct = 620;
				return copy;
			},
			/taxes\.1\.schedule\.married\.0\.ratePct: a rate must be at most 100 %/
		],
		[
			'a tax without its source',
			(file) => ({ ...file, taxes: [{ ...file.taxes[2], source: undefined }] }),
			/taxes\.0\.source/
		],
		[
			'a schedule not starting at 0',
			(file) => {
				const copy = structuredClone(file);
				copy.taxes[2]!.schedule.single[0]!.from = 5;
				return copy;
			},
			/taxes\.2\.schedule\.single\.0\.from: the first bracket must start at 0/
		]
	])('rejects a file with %s, saying where', (_label, breakIt, message) => {
		expect(() => parseTaxTable(breakIt(usFederalJson), 'us-federal.json')).toThrow(message);
	});
});

describe('taxRegions', () => {
	it('lists every region once with its currency', () => {
		expect(taxRegions.map((r) => [r.id, r.currency])).toEqual(
			TAX_REGION_IDS.map((id) => [id, id === 'uk' ? 'GBP' : 'USD'])
		);
	});

	it.each<[TaxRegionId, number[], number]>([
		['us-ca', [2025, 2026], 7],
		['us-ny-nyc', [2026], 6],
		['us-none', [2026], 4],
		['uk', [2026], 2]
	])('%s shows the years of its figures and its taxes', (id, years, count) => {
		const region = taxRegions.find((r) => r.id === id);
		expect([region?.dataYears, region?.taxes.length]).toEqual([years, count]);
	});
});

describe('the figures the engine computes with (`?figures`, see vite.config.ts)', () => {
	/** A file as the published tables hold it, less the keys that are prose. */
	const withoutProse = (value: unknown): unknown =>
		JSON.parse(
			JSON.stringify(value, (key, inner: unknown) =>
				['notes', 'note', 'source'].includes(key) ? undefined : inner
			)
		);

	it('are the published tables, figure for figure, without their notes and sources', () => {
		expect(taxFigures).toEqual(taxTables.map(withoutProse));
		expect(JSON.stringify(taxFigures)).not.toMatch(/"(notes|note|source)"/);
	});

	it('keep the region notes and table notes for /about, in tax-tables.ts', () => {
		expect(taxTables.every((table) => table.notes.length > 0)).toBe(true);
		expect(taxNotes).toEqual(regionsJson.notes);
		expect(taxRegionNote('us-wa')).toBe(
			regionsJson.regions.find((region) => region.id === 'us-wa')?.note
		);
	});
});
