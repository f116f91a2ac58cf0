/**
 * Hostile inputs for the fuzz tests: what a person may paste, open or have left in storage.
 * Wrong types, deep nesting, huge and non-finite numbers, `__proto__`/`constructor` keys,
 * megabyte strings, markup-looking names, and valid scenarios with one field made wrong.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { rawScenario } from './state-arbitraries';

/** fast-check runs per property: the issue asks for at least 10,000 generated inputs each. */
export const FUZZ_RUNS = 10_000;

const MEGABYTE = 1024 * 1024;

/** Strings of about `size` UTF-16 units: plain, digits, markup, and 4-byte UTF-8 emoji. */
export function bigStrings(size: number): string[] {
	return [
		'x'.repeat(size),
		'9'.repeat(size),
		'<img src=x onerror=alert(1)>'.repeat(Math.floor(size / 28)),
		'\u{1F600}'.repeat(Math.floor(size / 2))
	];
}

/** Built once: generating megabyte strings per run would make the suite slow, not harder. */
export const megabyteStrings = bigStrings(MEGABYTE);

/** Keys that pollute prototypes when code copies objects carelessly. */
const dangerousKey = fc.constantFrom(
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'valueOf',
	'hasOwnProperty'
);

const hugeNumber = fc.constantFrom(
	Number.MAX_VALUE,
	-Number.MAX_VALUE,
	Number.MAX_SAFE_INTEGER + 2,
	Number.MIN_VALUE,
	Number.POSITIVE_INFINITY,
	Number.NEGATIVE_INFINITY,
	Number.NaN,
	-0,
	1e21,
	'1e999999999',
	'-1e999999999',
	'9'.repeat(400),
	'0.' + '0'.repeat(400) + '1',
	'Infinity',
	'NaN',
	'0x10',
	'1_000',
	' 12 ',
	'١٢٣'
);

const markup = fc.constantFrom(
	'<img src=x onerror=alert(1)>',
	'<script>alert(1)</script>',
	'"><svg onload=alert(1)>',
	'=HYPERLINK("https://evil.example","x")',
	'+SUM(1,2)',
	'-2+3',
	'@cmd',
	'\u0000\u202e\ufeff'
);

/** An object whose keys include the dangerous ones, as JSON.parse would build it (own keys). */
function objectWithKeys<T>(value: fc.Arbitrary<T>) {
	return fc
		.array(fc.tuple(fc.oneof(dangerousKey, fc.string({ maxLength: 8 })), value), {
			maxLength: 6
		})
		.map((entries) => {
			const object: Record<string, T> = {};
			for (const [key, entry] of entries) {
				Object.defineProperty(object, key, {
					value: entry,
					enumerable: true,
					writable: true,
					configurable: true
				});
			}
			return object;
		});
}

/** Arrays nested `depth` deep around a value, built without recursion. */
export function nested(depth: number, inner: unknown = 1): unknown {
	let value = inner;
	for (let level = 0; level < depth; level++) {
		value = level % 2 === 0 ? [value] : { offers: value };
	}
	return value;
}

/** Replaces the value at `path` (creating objects on the way), on a deep copy. */
export function setAt(target: unknown, path: readonly string[], value: unknown): unknown {
	const copy = structuredClone(target) as Record<string, unknown>;
	let node: Record<string, unknown> = copy;
	for (const key of path.slice(0, -1)) {
		const next = node[key];
		if (typeof next !== 'object' || next === null) {
			node[key] = {};
		}
		node = node[key] as Record<string, unknown>;
	}
	Object.defineProperty(node, path.at(-1) ?? '', {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
	return copy;
}

const scenarioPath = fc.oneof(
	fc.constantFrom(
		['version'],
		['years'],
		['household'],
		['fx', 'GBPUSD'],
		['offers'],
		['__proto__']
	),
	fc
		.tuple(
			fc.constantFrom('0', '1', '7', '8'),
			fc.constantFrom(
				['name'],
				['location'],
				['base'],
				['currency'],
				['colIndex'],
				['taxRegion'],
				['raisePct'],
				['signOn'],
				['signOn', '3'],
				['equity'],
				['equity', 'type'],
				['equity', 'grant'],
				['equity', 'vesting'],
				['equity', 'vesting', 'yearly'],
				['equity', 'vesting', 'cliffMonths'],
				['constructor'],
				['__proto__']
			)
		)
		.map(([index, rest]) => ['offers', index, ...rest])
);

/** JSON text that may not stringify: deep values and non-finite numbers become text anyway. */
export function toJsonText(value: unknown): string {
	try {
		return JSON.stringify(value) ?? 'undefined';
	} catch {
		return '[' + String(value) + ']';
	}
}

/** The hostile generators, with `big` as the long strings and brackets nested up to `maxDepth`. */
export interface HostileSet {
	/** Any value at all, biased toward the ones that break parsers. */
	value: fc.Arbitrary<unknown>;
	/** A valid scenario file with one field replaced by something hostile. */
	mutated: fc.Arbitrary<unknown>;
	/** What a parser may be handed: valid files, files with one bad field, anything at all. */
	input: fc.Arbitrary<unknown>;
	/** Text a person may open or paste as a scenario file. */
	text: fc.Arbitrary<string>;
}

/**
 * Built per size because a share link refuses anything over 200 KB unread: its fuzz needs
 * long strings that still get decoded, where the import and the parser need megabyte ones.
 */
export function hostileSet(big: readonly string[], maxDepth: number): HostileSet {
	const leaf = fc.oneof(
		fc.anything({ maxDepth: 2 }),
		hugeNumber,
		markup,
		fc.string({ unit: 'binary', maxLength: 40 }),
		{ arbitrary: fc.constantFrom(...big), weight: 1 }
	);
	const value: fc.Arbitrary<unknown> = fc.oneof(
		{ arbitrary: leaf, weight: 4 },
		{ arbitrary: objectWithKeys(leaf), weight: 2 },
		{ arbitrary: fc.integer({ min: 1, max: 3000 }).map((depth) => nested(depth)), weight: 1 },
		{ arbitrary: fc.array(leaf, { maxLength: 12 }), weight: 1 }
	);
	const mutated = fc
		.tuple(rawScenario, scenarioPath, value)
		.map(([scenario, path, replacement]) => setAt(scenario, path, replacement));
	const input: fc.Arbitrary<unknown> = fc.oneof(
		{ arbitrary: rawScenario, weight: 1 },
		{ arbitrary: mutated, weight: 3 },
		{ arbitrary: value, weight: 2 }
	);
	const text: fc.Arbitrary<string> = fc.oneof(
		{ arbitrary: input.map(toJsonText), weight: 4 },
		// Cut short, as a download or a copy may be.
		{
			arbitrary: fc
				.tuple(rawScenario.map(toJsonText), fc.nat())
				.map(([json, cut]) => json.slice(0, cut % Math.max(1, json.length))),
			weight: 1
		},
		{ arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
		{
			arbitrary: fc.integer({ min: 1, max: maxDepth }).map((d) => '['.repeat(d) + ']'.repeat(d)),
			weight: 1
		},
		{ arbitrary: rawScenario.map((s) => '\uFEFF' + toJsonText(s)), weight: 1 },
		{ arbitrary: fc.constantFrom(...big), weight: 1 }
	);
	return { value, mutated, input, text };
}

const megabyteSet = hostileSet(megabyteStrings, 200_000);
export const hostileValue = megabyteSet.value;
export const mutatedScenario = megabyteSet.mutated;
export const hostileInput = megabyteSet.input;
export const hostileText = megabyteSet.text;

/** Prototype pollution would show up as a key on every object. */
export function expectNoPollution(): void {
	expect(Object.keys(Object.prototype)).toEqual([]);
	expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

/**
 * A message a person can read: a sentence or two, not a dump of their megabyte input, and no
 * control characters that would garble the page.
 */
export function expectReadable(message: unknown): void {
	expect(typeof message).toBe('string');
	const text = message as string;
	expect(text.length).toBeGreaterThan(10);
	expect(text.length).toBeLessThan(2000);
	// eslint-disable-next-line no-control-regex
	expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
}
