/**
 * /market's prose figures and citations, rendered as the prerender does. The figures are
 * checked against the guide's text as printed, written out again by hand (not read from
 * data/), so a figure the page writes differently from the guide fails its row.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MarketCareerPaths from '$lib/components/MarketCareerPaths.svelte';
import MarketNegotiation from '$lib/components/MarketNegotiation.svelte';

/** The text of every `<strong>` in the markup, in order (the page's salary figures). */
function strongTexts(html: string): string[] {
	return [...html.matchAll(/<strong>(.*?)<\/strong>/gs)].map((m) =>
		(m[1] ?? '').replace(/<!--.*?-->/gs, '').trim()
	);
}

/** Markup as a reader sees it: no tags or comments, spaces collapsed. */
function plainText(html: string): string {
	return html
		.replace(/<!--.*?-->/gs, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

describe('the guide prose salary figures on /market', () => {
	// The guide's sections "Top AI Career Paths", "Breadth of AI Roles" and "Emerging Roles
	// (2026–2030)", every salary figure in the order the page lists them, as the guide prints it.
	const printed = [
		// Career paths (each "Salary (2026):" line, then its parenthesis where it is a figure).
		...['$110K–$140K', '$150K–$200K', '$180K–$280K'],
		...['$90K–$120K', '$120K–$170K', '$160K–$250K'],
		...['$150K–$200K', '$200K–$400K+'],
		...['$110K–$140K', '$150K–$200K', '$180K–$280K', '$80K–$200K'],
		...['$110K–$140K', '$150K–$200K', '$180K–$280K'],
		...['$130K–$180K', '$180K–$280K', '$200K–$400K+'],
		...['$80K–$120K', '$120K–$160K', '$150K–$200K'],
		...['$110K–$150K', '$150K–$220K'],
		// Breadth of AI roles.
		...['$150K–$300K+', '$120K–$220K'],
		...['$120K–$200K', '$120K–$200K', '$130K–$220K', '$100K–$180K'],
		...['$80K–$200K', '$130K–$250K', '$110K–$180K', '$120K–$200K', '$40–60/hour'],
		// Emerging roles.
		...['$120K–$250K', '$130K–$280K', '$130K–$240K', '$120K–$220K', '$100K–$180K']
	];

	it('shows every figure exactly as the guide prints it', () => {
		const { body } = render(MarketCareerPaths);
		expect(strongTexts(body)).toEqual(printed);
	});

	it('writes the AI Trainer/Evaluator rate with one dollar sign, as the guide does', () => {
		const text = plainText(render(MarketCareerPaths).body);
		expect(text).toContain('AI Trainer/Evaluator: $40–60/hour');
		expect(text).not.toContain('$40–$60');
	});
});

describe('the negotiation tips and equity notes on /market', () => {
	const text = plainText(render(MarketNegotiation).body);
	/** The section named by the first citation after `passage`. */
	const citedSection = (passage: string) => {
		const after = text.slice(text.indexOf(passage));
		return /section “([^”]+)”/.exec(after)?.[1];
	};

	it.each([
		['At startups, equity of 40–100% of base', 'Salary Negotiation Tips (2026)'],
		['Vesting: 4 years, 1-year cliff typical.', 'Salary Negotiation Tips (2026)'],
		['At startups, equity of 50–100% of base', 'Salary by Role (Total Compensation, USD)'],
		['At public companies, 30–50% of base', 'Salary by Role (Total Compensation, USD)'],
		['Time it right:', 'Salary Negotiation Tips (2026)'],
		['Key takeaway 7', 'Key Takeaways: Your AI Career Action Plan']
	])('cites "%s" by its own section, %s', (passage, section) => {
		expect(text).toContain(passage);
		expect(citedSection(passage)).toBe(section);
	});
});
