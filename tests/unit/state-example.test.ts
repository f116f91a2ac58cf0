import { describe, expect, it } from 'vitest';
import { parseScenario, serializeScenario, type Scenario } from '$lib/engine';
import { isNormalizedFx, isNormalizedOffer } from '$lib/engine/normalized';
import { exampleScenario, exampleScenarioFile, isExampleName } from '$lib/state/example';

describe('the worked example', () => {
	it('parses with the engine', () => {
		expect(parseScenario(exampleScenarioFile)).toMatchObject({ ok: true });
	});

	// The page starts from the written-out example (no checks downloaded): it must be exactly
	// what the parser makes of the file, every default included, and marked as checked.
	it('is what the parser makes of the file, field by field', () => {
		const parsed = parseScenario(exampleScenarioFile);
		if (!parsed.ok) {
			throw new Error('the example file does not parse');
		}
		const built: Scenario = exampleScenario();
		expect(built).toEqual(parsed.scenario);
		expect(serializeScenario(built)).toEqual(serializeScenario(parsed.scenario));
		// toEqual compares Decimals by their digits; the strings show the same values.
		expect(JSON.stringify(serializeScenario(built))).toBe(
			JSON.stringify(serializeScenario(parsed.scenario))
		);
		expect(built.offers.every((offer) => isNormalizedOffer(offer))).toBe(true);
		expect(isNormalizedFx(built.fx)).toBe(true);
	});

	it('reads back through the parser unchanged', () => {
		const again = parseScenario(serializeScenario(exampleScenario()));
		expect(again.ok && again.scenario).toEqual(exampleScenario());
	});

	it.each([
		[0, 'Example: Bay Area AI lab', 'san-francisco', '210000', 'rsu'],
		[1, 'Example: Austin startup', 'austin', '175000', 'options']
	])('offer %i is %s in %s, base %s, with %s equity', (index, name, location, base, type) => {
		const offer = exampleScenario().offers[index];
		expect(offer?.name).toBe(name);
		expect(offer?.location).toBe(location);
		expect(String(offer?.base)).toBe(base);
		expect(offer?.equity?.type).toBe(type);
	});

	it('labels every offer as an example', () => {
		expect(exampleScenario().offers.every((offer) => isExampleName(offer.name))).toBe(true);
	});

	it.each([
		['Example: Bay Area AI lab', true],
		['Acme', false],
		['My example: not one', false]
	])('isExampleName(%j) is %s', (name, expected) => {
		expect(isExampleName(name)).toBe(expected);
	});
});
