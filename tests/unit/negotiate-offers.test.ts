/**
 * Which offers /negotiate works with: the current job (marked on the compare page) is neither
 * the offer negotiated nor a competing offer.
 */
import { describe, expect, it } from 'vitest';
import { indexByName, negotiateOffers } from '$lib/negotiate-offers';

const offers = [{ name: 'OldCo' }, { name: 'Acme' }, { name: 'Beta' }];
const names = (list: { offer: { name: string } }[]) => list.map((o) => o.offer.name);

describe('negotiateOffers', () => {
	it.each([
		// [case, current job, index wanted, negotiated, competing, choices]
		['no current job', null, 0, 'OldCo', ['Acme', 'Beta'], ['OldCo', 'Acme', 'Beta']],
		[
			'the current job wanted: the first other offer instead',
			0,
			0,
			'Acme',
			['Beta'],
			['Acme', 'Beta']
		],
		['another offer wanted', 0, 2, 'Beta', ['Acme'], ['Acme', 'Beta']],
		['the current job in the middle', 1, 0, 'OldCo', ['Beta'], ['OldCo', 'Beta']],
		['an index since removed', null, 7, 'OldCo', ['Acme', 'Beta'], ['OldCo', 'Acme', 'Beta']]
	] as const)('%s', (_, current, wanted, negotiated, competing, choices) => {
		const split = negotiateOffers(offers, current, wanted);
		expect([split.chosen?.offer.name, names(split.others), names(split.choices)]).toEqual([
			negotiated,
			competing,
			choices
		]);
		expect(split.current?.name ?? null).toBe(current === null ? null : offers[current]?.name);
	});

	it('keeps each offer’s index in the scenario', () => {
		const split = negotiateOffers(offers, 0, 2);
		expect([split.chosen?.index, split.others.map((o) => o.index)]).toEqual([2, [1]]);
	});

	it('has nothing to negotiate when the only offer is the current job', () => {
		const split = negotiateOffers([{ name: 'OldCo' }], 0, 0);
		expect([split.chosen, split.others, split.current?.name]).toEqual([null, [], 'OldCo']);
	});
});

describe('indexByName', () => {
	it.each([
		['Acme', null, 1],
		['OldCo', 0, -1],
		['Gone', null, -1]
	] as const)('finds %s (current job %s) at %i', (name, current, expected) => {
		expect(indexByName(offers, current, name)).toBe(expected);
	});

	it('skips a current job of the same name', () => {
		expect(indexByName([{ name: 'Acme' }, { name: 'Acme' }], 0, 'Acme')).toBe(1);
	});
});
