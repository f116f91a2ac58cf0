/**
 * The cost-of-living talking point: when the target is a competing offer's average and that
 * offer is in a city with a higher cost-of-living index, the points warn that the company may
 * not match it one for one. Figures from the guide's "Salary by Location" table: ML Engineer
 * (Mid) Austin $140K–$200K (balanced target 185,000), indexes San Francisco 220, New York 210,
 * Austin 120; Remote has none and counts as 100.
 */
import { describe, expect, it } from 'vitest';
import { negotiate } from '$lib/engine';

const austin = { name: 'Lone Star AI', role: 'ml-engineer', level: 'mid', location: 'austin' };
const point = (r: ReturnType<typeof negotiate>) =>
	r.talkingPoints.find((p) => p.startsWith('Cost of living'));

describe('a target from a competing offer in a more expensive city', () => {
	// Given an Austin offer of 150,000 and a San Francisco offer averaging 300,000 (above the
	// market target of 185,000, so it sets the target)
	const input = {
		offer: { ...austin, base: 150000 },
		competing: [{ name: 'Bay AI', location: 'san-francisco', base: 300000 }]
	};
	const r = negotiate(input);

	it('warns, with both cities and their indexes, and points to the Cities page', () => {
		expect(point(r)).toBe(
			"Cost of living: Bay AI's offer is in San Francisco, CA (cost-of-living index 220), and this one is in Austin, TX (index 120). A company may not match a figure from a more expensive city one for one: the Cities page shows what that pay is worth in Austin, TX after tax and cost of living."
		);
	});

	it('comes right after the competing offer point', () => {
		const at = r.talkingPoints.findIndex((p) => p.startsWith('Cost of living'));
		expect(r.talkingPoints[at - 1]).toMatch(/^Competing offer: Bay AI's offer averages/);
	});

	it('changes neither the ask nor the scripts', () => {
		// The same competitor in a city as cheap as Austin gives the same ask and the same words.
		const cheap = negotiate({
			...input,
			competing: [{ ...input.competing[0], colIndex: 120 }]
		});
		expect(point(cheap)).toBeUndefined();
		expect(String(r.target)).toBe('300000');
		expect(Object.entries(r.ask).map(([k, v]) => [k, String(v)])).toEqual(
			Object.entries(cheap.ask).map(([k, v]) => [k, String(v)])
		);
		expect(r.scripts).toEqual(cheap.scripts);
		expect(r.scripts.email + r.scripts.call).not.toContain('Cities page');
	});

	it('says "another offer" when the company is not named', () => {
		const hidden = negotiate({ ...input, discloseCompeting: false });
		expect(point(hidden)).toMatch(/^Cost of living: Another offer is in San Francisco, CA /);
		expect(point(hidden)).not.toContain('Bay AI');
	});

	it('names a remote offer as remote, at its index', () => {
		const remote = negotiate({
			offer: { ...austin, location: 'remote', base: 150000 },
			competing: [{ name: 'Gotham ML', location: 'new-york', base: 300000 }]
		});
		expect(point(remote)).toBe(
			"Cost of living: Gotham ML's offer is in New York, NY (cost-of-living index 210), and this one is remote (index 100). A company may not match a figure from a more expensive city one for one: the Cities page shows what that pay is worth in a remote role after tax and cost of living."
		);
	});
});

describe('no cost-of-living point', () => {
	it.each([
		// [case, the offer's terms, the competing offer's]
		[
			'the competing offer is in a cheaper city',
			{ ...austin, location: 'san-francisco', base: 150000 },
			{ name: 'Tex Co', location: 'austin', base: 300000 }
		],
		[
			'the target is the market percentile, not the competing offer',
			{ ...austin, base: 150000 },
			{ name: 'Bay AI', location: 'san-francisco', base: 160000 }
		],
		[
			// Above the market target but below this offer: not quoted, so nothing to discount.
			'the competing offer averages less than this one',
			{ ...austin, base: 250000 },
			{ name: 'Bay AI', location: 'san-francisco', base: 200000 }
		],
		[
			'both offers are in the same city, whatever their indexes',
			{ ...austin, base: 150000 },
			{ name: 'Tex Co', location: 'austin', colIndex: 140, base: 300000 }
		]
	])('when %s', (_, offer, competitor) => {
		const r = negotiate({ offer, competing: [competitor] });
		expect(r.talkingPoints.length).toBeGreaterThan(0);
		expect(point(r)).toBeUndefined();
	});
});
