/**
 * /negotiate's tables as a reader checks them, rendered as the prerender does: the figures
 * shown add up to the total shown, to the cent, and every term's offer plus its change is the
 * ask. Whole dollars hid the cents: four years of $60,001 over a total of $240,003.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import NegotiateAsk from '$lib/components/NegotiateAsk.svelte';
import { Dec, negotiate, type Money } from '$lib/engine';

/** The cells of each body row and the footer of the table with this caption, as shown. */
function table(html: string, caption: string): { rows: string[][]; foot: string[] } {
	const start = html.indexOf(`<caption>${caption}</caption>`);
	const markup = html.slice(start, html.indexOf('</table>', start));
	const cells = (part: string) =>
		[...part.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) =>
			[...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) =>
				(cell[1] ?? '').replace(/<[^>]+>/g, '').trim()
			)
		);
	const body = markup.slice(markup.indexOf('<tbody'), markup.indexOf('</tbody>'));
	const foot = markup.slice(markup.indexOf('<tfoot'), markup.indexOf('</tfoot>'));
	return { rows: cells(body), foot: cells(foot)[0] ?? [] };
}

/** "$60,000.75" or "+$60,000.75" as the exact amount shown. */
function shown(text: string | undefined): Money {
	return new Dec((text ?? '').replace(/[+$£,]/g, ''));
}

// ML Engineer, Mid, San Francisco ($200,000–$280,000): balanced target 260,000. A base with
// cents, 199,999.25, gets the ask 260,000: 60,000.75 more each year, 240,003.00 over 4 years.
const result = negotiate({
	offer: {
		name: 'Acme AI',
		role: 'ml-engineer',
		level: 'mid',
		location: 'san-francisco',
		base: '199999.25'
	}
});
const { body } = render(NegotiateAsk, { props: { result } });

describe('the yearly table on /negotiate', () => {
	const yearly = table(body, 'Total compensation each year, offer and ask');

	it('shows each year and the total to the cent', () => {
		expect(yearly.rows.map((row) => row[3])).toEqual(Array(4).fill('$60,000.75'));
		expect(yearly.foot.at(-1)).toBe('$240,003.00');
	});

	it('has rows that add up to the total shown', () => {
		const sum = yearly.rows.reduce((total, row) => total.plus(shown(row[3])), new Dec(0));
		expect(sum.equals(shown(yearly.foot.at(-1)))).toBe(true);
		for (const [, offer, asked, difference] of yearly.rows) {
			expect(shown(offer).plus(shown(difference)).equals(shown(asked))).toBe(true);
		}
	});
});

describe('the ask beside the offer', () => {
	it('shows each money term so that offer + change = ask', () => {
		const terms = table(body, 'The ask beside the offer');
		expect(terms.rows[0]).toEqual(['Base salary', '$199,999.25', '$260,000.00', '+$60,000.75']);
		for (const [, offer, asked, change] of terms.rows) {
			expect(shown(offer).plus(shown(change)).equals(shown(asked))).toBe(true);
		}
	});
});
