/**
 * marketRange: the guide's own figures where it gives them, hand-computed derived ones
 * elsewhere, null for unknown ids; and the location defaults other modules rely on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelById, locationById, locations, marketRange, roleById } from '$lib/engine/market';
import { derivedRule, guideSource } from '$lib/engine/market-notes';
import { LEVEL_IDS, LOCATION_IDS, ROLE_IDS } from '$lib/engine/types';

describe('marketRange without a location: the "Salary by Role" row', () => {
	it.each([
		['ml-engineer', 'entry', '110000', '150000', false],
		['data-scientist', 'mid', '120000', '180000', false],
		['ai-research-scientist', 'senior', '300000', '500000', true],
		['mlops-engineer', 'senior', '190000', '320000', false]
	] as const)('%s %s: %s–%s USD (open-ended: %s)', (role, level, low, high, openEnded) => {
		const r = marketRange(role, level);
		expect([String(r.low), String(r.high), r.currency, r.source, r.openEnded]).toEqual([
			low,
			high,
			'USD',
			'guide',
			openEnded
		]);
	});

	it('treats a null location as no location', () => {
		expect(marketRange('prompt-engineer', 'entry', null)).toEqual(
			marketRange('prompt-engineer', 'entry')
		);
	});
});

describe('marketRange with a location the guide prices itself (Mid, ML Engineer / Data Scientist)', () => {
	it.each([
		['ml-engineer', 'san-francisco', '200000', '280000', 'USD'],
		['ml-engineer', 'new-york', '180000', '260000', 'USD'],
		['ml-engineer', 'boston', '170000', '240000', 'USD'],
		['ml-engineer', 'seattle', '160000', '240000', 'USD'],
		['ml-engineer', 'austin', '140000', '200000', 'USD'],
		['ml-engineer', 'london', '130000', '180000', 'GBP'],
		['ml-engineer', 'remote', '140000', '180000', 'USD'],
		['data-scientist', 'san-francisco', '150000', '220000', 'USD'],
		['data-scientist', 'new-york', '140000', '200000', 'USD'],
		['data-scientist', 'boston', '130000', '190000', 'USD'],
		['data-scientist', 'seattle', '120000', '180000', 'USD'],
		['data-scientist', 'austin', '110000', '160000', 'USD'],
		['data-scientist', 'london', '100000', '150000', 'GBP'],
		['data-scientist', 'remote', '110000', '150000', 'USD']
	] as const)('%s mid in %s: %s–%s %s, from the guide', (role, location, low, high, currency) => {
		const r = marketRange(role, 'mid', location);
		expect([String(r.low), String(r.high), r.currency, r.source]).toEqual([
			low,
			high,
			currency,
			'guide'
		]);
	});
});

describe('marketRange derived by the rule (hand-computed)', () => {
	it.each([
		// 110000 × 200000/150000 = 146666.67 → 147000; 150000 × 280000/220000 = 190909.09 → 191000
		['ml-engineer', 'entry', 'san-francisco', '147000', '191000', 'USD', false],
		// 90000 × 150000/120000 = 112500 (exactly half) → 113000 (half up); 130000 × 220/180 = 158888.89 → 159000
		['data-scientist', 'entry', 'san-francisco', '113000', '159000', 'USD', false],
		// 200000 × 130000/150000 = 173333.33 → 173000; 350000 × 180000/220000 = 286363.64 → 286000 (GBP)
		['nlp-engineer', 'senior', 'london', '173000', '286000', 'GBP', false],
		// 160000 × 100000/120000 = 133333.33 → 133000; 280000 × 150000/180000 = 233333.33 → 233000 (GBP)
		['data-scientist', 'senior', 'london', '133000', '233000', 'GBP', false],
		// 300000 × 140000/150000 = 280000; 500000 × 180000/220000 = 409090.91 → 409000, still "+"
		['ai-research-scientist', 'senior', 'remote', '280000', '409000', 'USD', true],
		// 120000 × 140000/150000 = 112000; 180000 × 200000/220000 = 163636.36 → 164000
		['prompt-engineer', 'mid', 'austin', '112000', '164000', 'USD', false],
		// A Mid role other than the two anchors is derived too: 150000 × 200000/150000 = 200000;
		// 210000 × 280000/220000 = 267272.73 → 267000
		['mlops-engineer', 'mid', 'san-francisco', '200000', '267000', 'USD', false]
	] as const)(
		'%s %s in %s: %s–%s %s (open-ended: %s)',
		(role, level, location, low, high, currency, openEnded) => {
			const r = marketRange(role, level, location);
			expect([String(r.low), String(r.high), r.currency, r.source, r.openEnded]).toEqual([
				low,
				high,
				currency,
				'derived',
				openEnded
			]);
		}
	);

	it('names the table each figure comes from', () => {
		expect(
			[
				marketRange('ml-engineer', 'mid'),
				marketRange('ml-engineer', 'mid', 'san-francisco'),
				marketRange('ml-engineer', 'entry', 'san-francisco')
			].map((range) => range.table)
		).toEqual(['role', 'location', 'both']);
	});

	it('explains a derived figure with the numbers it used', () => {
		expect(marketRange('ml-engineer', 'entry', 'san-francisco').basis).toContain(
			'low $200,000 ÷ $150,000, high $280,000 ÷ $220,000'
		);
	});

	it('states the rule with the example marketRange gives (147,000 and 191,000)', () => {
		expect(derivedRule).toContain('146,667, rounded 147,000');
		expect(derivedRule).toContain('190,909, rounded 191,000');
	});
});

describe('marketRange with unknown ids', () => {
	it.each([
		['chef', 'mid', undefined],
		['ml-engineer', 'junior', undefined],
		['ml-engineer', 'mid', 'paris'],
		['ml-engineer', 'mid', ''],
		['__proto__', 'mid', undefined],
		['ml-engineer', 'toString', undefined],
		['ml-engineer', 'mid', 'constructor'],
		['ML-ENGINEER', 'mid', undefined]
	])('(%s, %s, %s) gives null', (role, level, location) => {
		expect(marketRange(role, level, location)).toBeNull();
	});

	it('never throws, whatever strings it is given', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.option(fc.string()), (role, level, location) => {
				const r = marketRange(role, level, location);
				expect(r === null || r.low.lte(r.high)).toBe(true);
			})
		);
	});
});

describe('marketRange invariants over every role, level and location', () => {
	const anyCase = fc.record({
		role: fc.constantFrom(...ROLE_IDS),
		level: fc.constantFrom(...LEVEL_IDS),
		location: fc.constantFrom(...LOCATION_IDS)
	});

	it('gives low ≤ high, in the location currency, guide only where the guide prints it', () => {
		fc.assert(
			fc.property(anyCase, ({ role, level, location }) => {
				const r = marketRange(role, level, location);
				const fromGuide = level === 'mid' && (role === 'ml-engineer' || role === 'data-scientist');
				expect(r.low.lte(r.high)).toBe(true);
				expect(r.currency).toBe(locationById(location)?.currency);
				expect(r.source).toBe(fromGuide ? 'guide' : 'derived');
			})
		);
	});

	it('rounds every derived end to whole thousands', () => {
		fc.assert(
			fc.property(anyCase, ({ role, level, location }) => {
				const r = marketRange(role, level, location);
				expect([r.low.mod(1000).isZero(), r.high.mod(1000).isZero()]).toEqual([true, true]);
			})
		);
	});
});

describe('locations: the defaults an offer starts from', () => {
	it.each([
		['san-francisco', 'USD', 220, 220, 'us-ca'],
		['new-york', 'USD', 210, 210, 'us-ny-nyc'],
		['boston', 'USD', 190, 190, 'us-ma'],
		['seattle', 'USD', 180, 180, 'us-wa'],
		['austin', 'USD', 120, 120, 'us-tx'],
		['london', 'GBP', 165, 165, 'uk'],
		['remote', 'USD', null, 100, 'us-none']
	] as const)(
		'%s: %s, guide index %s, default index %s, tax region %s',
		(id, currency, colIndex, defaultColIndex, taxRegion) => {
			expect(locationById(id)).toMatchObject({ currency, colIndex, defaultColIndex, taxRegion });
		}
	);

	it('lists the locations in the contract order', () => {
		expect(locations.map((l) => l.id)).toEqual([...LOCATION_IDS]);
	});

	it.each(['__proto__', 'toString', '', 'London'])('finds nothing for "%s"', (id) => {
		expect([roleById(id), levelById(id), locationById(id)]).toEqual([
			undefined,
			undefined,
			undefined
		]);
	});

	it('cites the guide', () => {
		expect(guideSource).toEqual({
			title: 'The Complete AI Career Guide for 2026',
			publisher: 'HireKit Team',
			published: '2026-02-01',
			publishedAlso: '2026-02-25'
		});
	});
});
