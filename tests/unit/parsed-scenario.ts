/**
 * A scenario for a test, parsed as the app parses one: the tests state their scenarios as raw
 * JSON and work with what `parseScenario` makes of it. A scenario that does not parse is a
 * mistake in the test, so it throws with the parser's reasons.
 */
import { parseScenario, type Scenario } from '$lib/engine';

/** @example parsed({ offers: [{ name: 'Acme', location: 'austin', base: '150000' }] }).offers[0].name // 'Acme' */
export function parsed(input: unknown): Scenario {
	const result = parseScenario(input);
	if (!result.ok) {
		throw new Error(JSON.stringify(result.errors));
	}
	return result.scenario;
}
