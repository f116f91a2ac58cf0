/**
 * The worked example a first visit starts with: two offers, each named "Example: …" so no
 * one mistakes them for their own, written as a scenario file (the shape a person would
 * import) and read with the engine's own parser, so the example can never drift from it.
 */
import { parseScenario, type Scenario } from '$lib/engine';

/** Every example offer's name starts with this, which is how the page recognizes them. */
export const EXAMPLE_PREFIX = 'Example: ';

/** The example as a scenario file. */
export const exampleScenarioFile = {
	version: 1,
	years: 4,
	household: { filingStatus: 'single', annualSpending: 60000 },
	fx: { GBPUSD: 1.36 },
	offers: [
		{
			name: 'Example: Bay Area AI lab',
			role: 'ml-engineer',
			level: 'senior',
			location: 'san-francisco',
			base: 210000,
			bonusPct: 10,
			signOn: 30000,
			equity: { type: 'rsu', grant: 400000, vesting: 'standard', growthPct: 0, refresh: 50000 }
		},
		{
			name: 'Example: Austin startup',
			role: 'ml-engineer',
			level: 'senior',
			location: 'austin',
			base: 175000,
			bonusPct: 0,
			signOn: 0,
			equity: {
				type: 'options',
				shares: 40000,
				strike: 2,
				price: 10,
				vesting: 'standard',
				growthPct: 20,
				successPct: 40
			}
		}
	]
} as const;

/** Whether an offer name marks it as part of the worked example. */
export function isExampleName(name: string): boolean {
	return name.startsWith(EXAMPLE_PREFIX);
}

/**
 * The example, parsed. A failure here is a bug in this file (a unit test parses it), so it
 * throws rather than showing a half-built example.
 *
 * @example exampleScenario().offers[0].name // 'Example: Bay Area AI lab'
 */
export function exampleScenario(): Scenario {
	// Parsed once: the page start and every share link opened compare against it, and nothing
	// changes a parsed scenario (its offers are read, never written).
	if (!example) {
		const parsed = parseScenario(exampleScenarioFile);
		if (!parsed.ok) {
			throw new Error(`The worked example does not parse: ${JSON.stringify(parsed.errors)}`);
		}
		example = parsed.scenario;
	}
	return example;
}

let example: Scenario | undefined;
