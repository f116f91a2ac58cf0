/**
 * The methodology page's ranking example (src/lib/components/AboutCompare.svelte), rendered as
 * the prerender does: its list names the offers as the example's text does.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AboutCompare from '$lib/components/AboutCompare.svelte';

describe('the dollar-against-pound ranking example', () => {
	it('calls the worked offer what the text calls it', () => {
		// The text introduces "the worked offer" and never places it in a city: the list must not
		// call it "Austin offer". 4 × (150,000 + 15,000 + 50,000) = 860,000.
		const { body } = render(AboutCompare);
		const example = body.slice(body.indexOf('Ranking a dollar offer'));
		expect(example).toContain('The worked offer against a London offer');
		expect(example).toContain('Worked offer: $860,000 over 4 years');
		expect(example).not.toContain('Austin offer');
	});
});
