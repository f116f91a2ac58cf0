/**
 * parseScenario under hostile input: it never throws, and gives either a scenario that
 * serializes and parses back, or problems each with a path and a readable message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '$lib/engine';
import { serializeScenario } from '$lib/engine/serialize';
import { describeIssues } from '$lib/state/issue-words';
import {
	FUZZ_RUNS,
	expectNoPollution,
	expectReadable,
	hostileInput,
	hostileText,
	megabyteStrings,
	nested
} from './fuzz-arbitraries';

function expectValidOrReadable(input: unknown): void {
	const result = parseScenario(input);
	if (result.ok) {
		// Valid means: it is a scenario the rest of the app can save and read back.
		expect(parseScenario(serializeScenario(result.scenario)).ok).toBe(true);
		expect(Object.getPrototypeOf(result.scenario)).toBe(Object.prototype);
		expect(result.scenario.offers.length).toBeGreaterThan(0);
	} else {
		expect(result.errors.length).toBeGreaterThan(0);
		for (const issue of result.errors) {
			expect(typeof issue.path).toBe('string');
			expectReadable(issue.message);
		}
		expectReadable(describeIssues(result.errors, 3));
	}
	expectNoPollution();
}

describe('parseScenario, fuzzed', () => {
	it(`never throws on ${FUZZ_RUNS} hostile values, and is valid or says why`, () => {
		fc.assert(fc.property(hostileInput, expectValidOrReadable), { numRuns: FUZZ_RUNS });
	}, 60_000);

	it(`never throws on ${FUZZ_RUNS} hostile texts (it also reads JSON text)`, () => {
		fc.assert(fc.property(hostileText, expectValidOrReadable), { numRuns: FUZZ_RUNS });
		// Megabyte strings and 200,000-deep brackets take seconds to generate, not to parse.
	}, 120_000);

	it.each([
		['a megabyte string', megabyteStrings[0]],
		[
			'a megabyte-long offer name',
			{ offers: [{ name: megabyteStrings[2], location: 'austin', base: 1 }] }
		],
		['a scenario nested 100,000 deep', nested(100_000)],
		['an offers list of 1,000,000 items', { offers: new Array<unknown>(1_000_000).fill({}) }],
		[
			'a __proto__ key that tries to pollute',
			JSON.parse('{"__proto__":{"polluted":"yes"},"offers":[]}')
		],
		[
			'a constructor.prototype that tries to pollute',
			JSON.parse(
				'{"offers":[{"constructor":{"prototype":{"polluted":"yes"}},"name":"A","location":"austin","base":1}]}'
			)
		]
	])('handles %s', (_case, input) => {
		expectValidOrReadable(input);
	});
});
