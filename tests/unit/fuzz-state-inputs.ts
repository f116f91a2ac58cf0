/**
 * Hostile inputs for the state layer's three doors: a share-link fragment, an imported file
 * and the text left in storage. Built on fuzz-arbitraries.ts; what is new here is the shape
 * of each door (base64url and UTF-8 for links, file formats for imports, the save envelope).
 */
import fc from 'fast-check';
import { IMPORT_MAX_CHARS } from '$lib/state/import-export';
import { SHARE_MAX_BYTES, SHARE_PREFIX, bytesToBase64url } from '$lib/state/share-link';
import { bigStrings, hostileSet, megabyteStrings, setAt, toJsonText } from './fuzz-arbitraries';
import { rawScenario } from './state-arbitraries';

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);
const linkOf = (bytes: Uint8Array): string => SHARE_PREFIX + bytesToBase64url(bytes);

/** Inserts `piece` at `at` (modulo the length, so any index fits). */
function splice(text: string, at: number, piece: string, drop = 0): string {
	const index = at % (text.length + 1);
	return text.slice(0, index) + piece + text.slice(index + drop);
}

function spliceBytes(bytes: Uint8Array, at: number, piece: readonly number[]): Uint8Array {
	const index = at % (bytes.length + 1);
	return new Uint8Array([...bytes.subarray(0, index), ...piece, ...bytes.subarray(index)]);
}

/**
 * Long strings in every generated value would spend the run on copying megabytes, not on
 * finding bugs: values carry strings just past each door's limit (a script edit holds
 * 50,000 characters), and megabyte texts come whole, as constants.
 */
const midSet = hostileSet(bigStrings(64_000), 20_000);
const hostileValue = midSet.value;
const hostileInput = midSet.input;
const hostileText = fc.oneof(
	{ arbitrary: midSet.text, weight: 12 },
	{ arbitrary: fc.constantFrom(...megabyteStrings), weight: 1 }
);

/** Scenario files a person really sends: valid, so some links and imports must succeed. */
const validJson = rawScenario.map((raw) => JSON.stringify(raw));

// --- Share links ---------------------------------------------------------------------------

/** Largest base64url payload the decoder reads; one more character and it refuses unread. */
const SHARE_MAX_CHARS = Math.ceil((SHARE_MAX_BYTES * 4) / 3);

/** Strings long enough to matter but under the link limit, so they are decoded, not refused. */
const linkSet = hostileSet(bigStrings(16_000), 16_000);

/** Not UTF-8: stray continuation bytes, overlong forms, surrogates, past U+10FFFF, cut forms. */
const invalidUtf8 = fc.constantFrom(
	[0x80],
	[0xbf],
	[0xc0, 0xaf],
	[0xc1, 0xbf],
	[0xe0, 0x80, 0xaf],
	[0xed, 0xa0, 0x80],
	[0xed, 0xbf, 0xbf],
	[0xf4, 0x90, 0x80, 0x80],
	[0xf8, 0x88, 0x80, 0x80, 0x80],
	[0xfe],
	[0xff],
	[0xc3],
	[0xe2, 0x82],
	[0xf0, 0x9f, 0x98]
);

/** What a chat app, a mail client or a careless copy does to a link. */
const damage: fc.Arbitrary<(link: string) => string> = fc.oneof(
	fc.nat().map((at) => (link: string) => link.slice(0, SHARE_PREFIX.length + (at % link.length))),
	fc
		.tuple(
			fc.nat(),
			fc.constantFrom(' ', '\n', '%', '%3D', '+', '/', '=', '#', '.', ')', '&', 'é', '\u200b')
		)
		.map(
			([at, piece]) =>
				(link: string) =>
					splice(link, SHARE_PREFIX.length + at, piece)
		),
	fc.nat().map((at) => (link: string) => splice(link, SHARE_PREFIX.length + at, '', 1)),
	fc.constant((link: string) => link.replace(/-/g, '+').replace(/_/g, '/') + '=='),
	fc.constant((link: string) => link.toUpperCase()),
	fc.constant((link: string) => link + link.slice(1)),
	fc.constant((link: string) => encodeURIComponent(link)),
	fc.constantFrom(
		(link: string) => link.slice(1),
		(link: string) => '#S=' + link.slice(SHARE_PREFIX.length),
		(link: string) => '##' + link.slice(1),
		(link: string) => link + '&utm_source=chat',
		(link: string) => link + '#s=' + link.slice(SHARE_PREFIX.length)
	)
);

/** Built once: encoding a megabyte per run would make the suite slow, not harder. */
const hugeLinks = [
	SHARE_PREFIX + 'A'.repeat(SHARE_MAX_CHARS),
	SHARE_PREFIX + 'A'.repeat(SHARE_MAX_CHARS + 1),
	SHARE_PREFIX + '%'.repeat(1024 * 1024),
	...megabyteStrings.map((text) => linkOf(utf8(JSON.stringify({ offers: [{ name: text }] }))))
];

/** A `location.hash` that may or may not be a share link, and may be broken in any way. */
export const fragmentParts = [
	{ arbitrary: validJson.map((json) => linkOf(utf8(json))), weight: 2 },
	// A byte-order mark in front of the JSON, as some encoders write.
	{ arbitrary: validJson.map((json) => linkOf(utf8('\uFEFF' + json))), weight: 1 },
	{ arbitrary: linkSet.text.map((text) => linkOf(utf8(text))), weight: 4 },
	{ arbitrary: fc.uint8Array({ maxLength: 400 }).map(linkOf), weight: 2 },
	{
		arbitrary: fc
			.tuple(validJson, invalidUtf8, fc.nat())
			.map(([json, bad, at]) => linkOf(spliceBytes(utf8(json), at, bad))),
		weight: 2
	},
	{
		arbitrary: fc.tuple(validJson, damage).map(([json, hurt]) => hurt(linkOf(utf8(json)))),
		weight: 3
	},
	{
		arbitrary: fc.string({ unit: 'binary', maxLength: 300 }).map((s) => SHARE_PREFIX + s),
		weight: 1
	},
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 100 }), weight: 1 },
	{ arbitrary: fc.constantFrom(...hugeLinks), weight: 1 }
] as const;
export const hostileFragment: fc.Arbitrary<string> = fc.oneof(...fragmentParts);

// --- Imported files ------------------------------------------------------------------------

/** A scenario file whose only offer's name is `length` characters: near the size limit. */
function fileOfLength(length: number): string {
	const shell = JSON.stringify({ version: 1, offers: [{ name: '', location: 'austin', base: 1 }] });
	return splice(shell, shell.indexOf('""') + 1, 'n'.repeat(length - shell.length));
}

/** Built once, like the megabyte strings. */
const limitFiles = [
	fileOfLength(IMPORT_MAX_CHARS),
	fileOfLength(IMPORT_MAX_CHARS + 1),
	'\uFEFF' + fileOfLength(IMPORT_MAX_CHARS - 1),
	' '.repeat(IMPORT_MAX_CHARS - 2) + '{}',
	`{"years":1${'0'.repeat(IMPORT_MAX_CHARS - 12)}}`
];

/** Numbers as JSON text may hold them, including ones no JS number can. */
const jsonNumber = fc.oneof(
	fc.constantFrom(
		'1e400',
		'-1e400',
		'1e-400',
		'-0',
		'0e0',
		'1E+2',
		'123456789012345678901234567890'
	),
	fc.double().map((n) => (Number.isFinite(n) ? String(n) : '0'))
);

/** Not a scenario file at all: what else sits in a Downloads folder. */
const otherFiles = fc.constantFrom(
	'Offer,Currency,Year,Base\r\nAcme,USD,1,150000.00\r\n',
	'<!doctype html><html><body>Counteroffer</body></html>',
	'%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj',
	'PK\u0003\u0004\u0014\u0000\u0006\u0000',
	'\uFFFD\uFFFD{\u0000"\u0000v\u0000e\u0000r\u0000',
	'null',
	'true',
	'"a string"',
	'[]',
	'{}',
	'{"__proto__":{"polluted":"yes"},"version":1,"offers":[{"name":"A","location":"austin","base":1}]}',
	'{"constructor":{"prototype":{"polluted":"yes"}},"offers":[{"name":"A","location":"austin","base":1}]}',
	'{"offers":[{"name":"A","location":"austin","base":1}],"offers":"twice"}'
);

/** Text a person may pick in the file dialog and import. */
export const hostileFileText: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: hostileText, weight: 6 },
	{ arbitrary: validJson, weight: 1 },
	{
		arbitrary: jsonNumber.map(
			(n) => `{"version":1,"offers":[{"name":"A","location":"austin","base":${n},"bonusPct":${n}}]}`
		),
		weight: 1
	},
	// A UTF-8 file read as Latin-1, as an editor with the wrong encoding shows it.
	{
		arbitrary: validJson.map((json) => String.fromCharCode(...utf8(json).subarray(0, 60_000))),
		weight: 1
	},
	{
		arbitrary: fc
			.tuple(validJson, fc.nat(), fc.constantFrom('\u0000', ',', '}', ']', '//', '\uFFFD', 'NaN'))
			.map(([json, at, piece]) => splice(json, at, piece)),
		weight: 1
	},
	{ arbitrary: otherFiles, weight: 1 },
	{ arbitrary: fc.constantFrom(...limitFiles), weight: 1 }
);

// --- Saved state ---------------------------------------------------------------------------

/** One key of a JSON object, written as text so duplicates and `__proto__` survive. */
function member(key: string, value: unknown): string {
	return `${JSON.stringify(key)}:${toJsonText(value)}`;
}

/** A save envelope's fields, each right, wrong or doubled, in any order. */
const envelopeMember = fc.oneof(
	fc.oneof(fc.integer(), fc.double(), hostileValue).map((value) => member('savedAt', value)),
	fc.oneof(rawScenario, hostileInput).map((value) => member('scenario', value)),
	fc
		.oneof(fc.integer({ min: -2, max: 9 }), fc.double(), hostileValue)
		.map((value) => member('currentOffer', value)),
	fc
		.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), hostileValue)
		.map(([key, value]) => member(key, value))
);

/** A well-formed save of a valid scenario, as `saveScenario` writes it. */
const goodSave = fc
	.tuple(rawScenario, fc.nat({ max: 8 }), fc.nat())
	.map(([scenario, current, savedAt]) =>
		JSON.stringify({ savedAt, currentOffer: current === 8 ? null : current, scenario })
	);

/** What may be stored under the scenario key: our own saves, older or edited ones, garbage. */
export const hostileSavedText: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: goodSave, weight: 2 },
	{
		arbitrary: fc
			.array(envelopeMember, { minLength: 1, maxLength: 5 })
			.map((members) => `{${members.join(',')}}`),
		weight: 4
	},
	{
		arbitrary: fc
			.tuple(goodSave, fc.nat())
			.map(([text, cut]) => text.slice(0, cut % Math.max(1, text.length))),
		weight: 1
	},
	{ arbitrary: hostileText, weight: 3 }
);

/** What may be stored under the scripts key. */
export const hostileScriptsText: fc.Arbitrary<string> = fc.oneof(
	{
		arbitrary: fc
			.array(
				fc.record({
					offer: fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), hostileValue),
					email: fc.oneof(fc.string(), hostileValue),
					call: fc.oneof(fc.string(), hostileValue)
				}),
				{ maxLength: 4 }
			)
			.map((entries) => toJsonText({ version: 1, entries })),
		weight: 2
	},
	{ arbitrary: hostileText, weight: 1 }
);

/** Every path into a JSON value: each key of each object and array, at any depth. */
function pathsOf(value: unknown, path: string[] = []): string[][] {
	const inner =
		typeof value === 'object' && value !== null
			? Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...path, key]))
			: [];
	return path.length === 0 ? inner : [path, ...inner];
}

/**
 * What may be stored under a key whose own writes look like `good` (JSON text of an object):
 * that text, one value at any depth replaced by a hostile one (a key added when the path
 * runs into a non-object), the text cut short, or any hostile text at all.
 */
export function hostileVariantsOf(good: string): fc.Arbitrary<string> {
	const data = JSON.parse(good) as unknown;
	const replaced = fc
		.tuple(fc.constantFrom(...pathsOf(data)), hostileValue)
		.map(([path, value]) => toJsonText(setAt(data, path, value)));
	return fc.oneof(
		{ arbitrary: fc.constant(good), weight: 1 },
		{ arbitrary: replaced, weight: 6 },
		{ arbitrary: fc.nat().map((cut) => good.slice(0, cut % good.length)), weight: 1 },
		{ arbitrary: hostileText, weight: 2 }
	);
}
