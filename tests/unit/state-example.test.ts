import { describe, expect, it } from 'vitest';
import { parseScenario } from '$lib/engine';
import { exampleScenario, exampleScenarioFile, isExampleName } from '$lib/state/example';

describe('the worked example', () => {
	it('parses with the engine', () => {
		expect(parseScenario(exampleScenarioFile)).toMatchObject({ ok: true });
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
