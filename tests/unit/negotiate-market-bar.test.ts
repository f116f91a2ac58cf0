/**
 * "Where the offer sits" on /negotiate, rendered as the prerender does: a money axis in the
 * offer's currency, a caption that says which the target is (the market's percentile or a
 * competing offer), and the table beside the bar with the same figures. Then the axis's round
 * values, case by case.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import NegotiateMarketBar from '$lib/components/NegotiateMarketBar.svelte';
import { niceTicks } from '$lib/chart-ticks';
import { Dec, negotiate } from '$lib/engine';

const fx = { GBPUSD: new Dec('1.36') };
const sfMid = { name: 'Acme AI', role: 'ml-engineer', level: 'mid', location: 'san-francisco' };

function shown(input: Parameters<typeof negotiate>[0]) {
	const { body } = render(NegotiateMarketBar, { props: { result: negotiate(input), fx } });
	const text = (html: string) =>
		html
			.replace(/<!--.*?-->/gs, '')
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ')
			.trim();
	const between = (from: string, to: string) =>
		body.slice(body.indexOf(from), body.indexOf(to, body.indexOf(from)));
	return {
		ticks: [...body.matchAll(/<span class="tick[^"]*"[^>]*>(.*?)<\/span>/gs)].map((m) =>
			text(m[1] ?? '')
		),
		caption: text(between('<figcaption', '</figcaption>')),
		table: text(between('<table', '</table>'))
	};
}

describe('the market bar', () => {
	// SF Mid $200,000–$280,000: balanced target 260,000; base 200,000 asks 260,000. The scale
	// runs from 195,200 to 284,800 (6% either side), every 20,000.
	it('labels its value axis in the offer’s currency', () => {
		expect(shown({ offer: { ...sfMid, base: 200000 } }).ticks).toEqual([
			'$200K',
			'$220K',
			'$240K',
			'$260K',
			'$280K'
		]);
	});

	it('labels a pound offer’s axis in pounds', () => {
		// London Mid £130,000–£180,000: 75th percentile 167,500; base 130,000 asks 168,000.
		const london = { ...sfMid, location: 'london', base: 130000 };
		expect(shown({ offer: london }).ticks).toEqual([
			'£130K',
			'£140K',
			'£150K',
			'£160K',
			'£170K',
			'£180K'
		]);
	});

	it('says the target is the market percentile when it is', () => {
		const { caption, table } = shown({ offer: { ...sfMid, base: 200000 } });
		expect(caption).toContain('the target is the 75th percentile of this range, $260,000;');
		expect(caption).not.toContain(' or the best competing offer');
		expect(table).toContain('Target: 75th percentile$260,000');
	});

	it('says the target is the competing offer when it is, named or not', () => {
		const input = {
			offer: { ...sfMid, base: 200000 },
			competing: [{ name: 'Bay AI', location: 'san-francisco', base: 300000 }]
		};
		const named = shown(input);
		expect(named.caption).toContain(
			'the target is the average of the offer from Bay AI over 4 years, $300,000;'
		);
		expect(named.table).toContain('Target: offer from Bay AI$300,000');
		const unnamed = shown({ ...input, discloseCompeting: false });
		expect(unnamed.caption).toContain('the target is the average of another offer over 4 years');
		expect(unnamed.caption + unnamed.table).not.toContain('Bay AI');
	});

	it('keeps a table of the same figures beside the bar', () => {
		expect(shown({ offer: { ...sfMid, base: 200000 } }).table).toBe(
			'Where the offer sits, a year (USD)Market range$200,000–$280,000Offer (average)$200,000Target: 75th percentile$260,000With the ask (average)$260,000'
		);
	});
});

describe('niceTicks', () => {
	it.each([
		// [min, max, ticks]
		[195200, 284800, [200000, 220000, 240000, 260000, 280000]],
		[188000, 372000, [200000, 250000, 300000, 350000]],
		[0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
		[-0.06, 1.06, [0, 0.2, 0.4, 0.6, 0.8, 1]],
		[127000, 183000, [130000, 140000, 150000, 160000, 170000, 180000]],
		[-3.5, 3.5, [-2, 0, 2]],
		[99, 101, [99, 99.5, 100, 100.5, 101]]
	])('from %d to %d: %j', (min, max, ticks) => {
		expect(niceTicks(min, max)).toEqual(ticks);
	});

	it.each([
		[5, 5],
		[5, 1],
		[Number.NaN, 1],
		[0, Number.POSITIVE_INFINITY]
	])('has none from %d to %d', (min, max) => {
		expect(niceTicks(min, max)).toEqual([]);
	});
});
