import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	base64urlToBytes,
	bytesToBase64url,
	decodeShareFragment,
	encodeShareFragment
} from '$lib/state/share-link';
import { plain, rawScenario } from './state-arbitraries';
import { parsed } from './parsed-scenario';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fragment = (text: string) => '#s=' + bytesToBase64url(utf8(text));
const oneOffer = { name: 'Acme', location: 'austin', base: 150000 };

describe('share link round trip', () => {
	it('gives back an equal scenario, for any scenario', () => {
		fc.assert(
			fc.property(rawScenario, (raw) => {
				const scenario = parsed(raw);
				const hash = encodeShareFragment(scenario);
				expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
				const decoded = decodeShareFragment(hash);
				expect(decoded.ok).toBe(true);
				expect(decoded.ok && plain(decoded.scenario)).toEqual(plain(scenario));
			}),
			{ numRuns: 150 }
		);
	});

	it('keeps non-ASCII names exactly ("Zürich Café 東京")', () => {
		const scenario = parsed({ offers: [{ ...oneOffer, name: 'Zürich Café 東京 🚀' }] });
		const decoded = decodeShareFragment(encodeShareFragment(scenario));
		expect(decoded.ok && decoded.scenario.offers[0]?.name).toBe('Zürich Café 東京 🚀');
	});

	it('accepts the fragment without its "#"', () => {
		const scenario = parsed({ offers: [oneOffer] });
		expect(decodeShareFragment(encodeShareFragment(scenario).slice(1)).ok).toBe(true);
	});
});

describe('base64url', () => {
	it('round-trips any bytes, without padding', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const text = bytesToBase64url(bytes);
				expect(text).not.toMatch(/[=+/]/);
				expect(base64urlToBytes(text)).toEqual(bytes);
			})
		);
	});

	it.each([
		['', ''],
		['f', 'Zg'],
		['fo', 'Zm8'],
		['foo', 'Zm9v'],
		['\u00ff\u00fe', 'w7_Dvg']
	])('encodes %j as %s (RFC 4648 vectors, URL alphabet)', (text, expected) => {
		expect(bytesToBase64url(utf8(text))).toBe(expected);
	});
});

describe('decodeShareFragment refuses, in a sentence', () => {
	it.each([
		['an empty hash', '', /does not contain a shared scenario/],
		['another hash', '#offers', /does not contain a shared scenario/],
		['an empty link', '#s=', /empty/],
		['broken base64', '#s=abc$def', /not valid base64url/],
		['an impossible base64 length', '#s=abcde', /not valid base64url/],
		[
			'invalid UTF-8',
			'#s=' + bytesToBase64url(new Uint8Array([0xff, 0xfe, 0x7b])),
			/not valid UTF-8/
		],
		['text that is not JSON', fragment('{"version": 1, "offers": ['), /not valid JSON/],
		[
			'a scenario that fails parseScenario',
			fragment('{"version":1,"offers":[]}'),
			/cannot be used: Offers: .*1 to 8 offers/
		],
		['an oversized link', '#s=' + 'A'.repeat(300 * 1024), /too large.*200 KB/]
	])('%s', (_case, hash, message) => {
		const result = decodeShareFragment(hash);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(message);
	});

	it('names the first problems of an invalid scenario', () => {
		const bad = { version: 1, offers: [oneOffer, { ...oneOffer, base: 'lots' }] };
		const result = decodeShareFragment(fragment(JSON.stringify(bad)));
		expect(!result.ok && result.message).toBe(
			'This share link holds a scenario that cannot be used: Offer 2, base salary: must be a number, like 150000.'
		);
	});

	it('never throws, whatever the hash', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.string({ unit: 'binary' }).map((s) => '#s=' + s),
					fc.uint8Array().map((b) => '#s=' + bytesToBase64url(b)),
					fc.jsonValue().map((v) => fragment(JSON.stringify(v)))
				),
				(hash) => {
					const result = decodeShareFragment(hash);
					expect(typeof result.ok).toBe('boolean');
				}
			)
		);
	});
});
