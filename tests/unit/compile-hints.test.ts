/**
 * Which built chunks get V8's compile hint (src/lib/server/compile-hints.ts): the big ones a
 * page evaluates as it loads, on a bundle shaped as the client build writes it.
 */
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import {
	chunksToHint,
	COMPILE_HINT,
	compileHints,
	HINTED_MIN_BYTES,
	type BuiltChunk
} from '$lib/server/compile-hints';

const BIG = 'x'.repeat(HINTED_MIN_BYTES);
const SMALL = 'x'.repeat(HINTED_MIN_BYTES - 1);

function chunk(fileName: string, code: string, imports: string[] = [], isEntry = false) {
	return { fileName, code, imports, isEntry };
}

/**
 * An entry page node importing the runtime, which imports a small helper; an entry that
 * imports nothing big; a big chunk only a dynamic import reaches (chart.js); a chunk nothing
 * reaches statically at all.
 */
const bundle: BuiltChunk[] = [
	chunk('nodes/2.js', BIG, ['chunks/runtime.js', 'chunks/helper.js'], true),
	chunk('chunks/runtime.js', BIG, ['chunks/helper.js']),
	chunk('chunks/helper.js', SMALL),
	chunk('entry/start.js', SMALL, ['chunks/runtime.js'], true),
	chunk('chunks/chart.js', BIG),
	chunk('chunks/engine.js', BIG, ['chunks/runtime.js'])
];

describe('chunksToHint', () => {
	const hinted = chunksToHint(bundle).map((c) => c.fileName);

	it.each([
		['an entry at least HINTED_MIN_BYTES long', 'nodes/2.js', true],
		['a big chunk an entry imports statically', 'chunks/runtime.js', true],
		['a chunk one byte short of the threshold', 'chunks/helper.js', false],
		['a small entry', 'entry/start.js', false],
		['a big chunk no entry imports statically (a dynamic import)', 'chunks/chart.js', false],
		['a big chunk that only imports an evaluated one', 'chunks/engine.js', false]
	])('%s: %s hinted %s', (_, fileName, expected) => {
		expect(hinted.includes(fileName)).toBe(expected);
	});

	it('follows imports through cycles and names each chunk once', () => {
		const cyclic = [chunk('a.js', BIG, ['b.js'], true), chunk('b.js', BIG, ['a.js', 'missing.js'])];
		expect(chunksToHint(cyclic).map((c) => c.fileName)).toEqual(['a.js', 'b.js']);
	});
});

describe('compileHints plugin', () => {
	type Bundle = Record<string, BuiltChunk & { type: 'chunk' | 'asset' }>;
	const run = (plugin: Plugin, built: Bundle) => {
		const hook = plugin.generateBundle as {
			order: string;
			handler: (options: unknown, bundle: Bundle) => void;
		};
		expect(hook.order).toBe('post');
		hook.handler.call({}, {}, built);
	};

	it('puts the comment first in the chosen chunks, once, and leaves the others as they were', () => {
		// Given a client bundle with an entry, a chunk it imports, a dynamic-only chunk and an asset.
		const built: Bundle = {
			'nodes/2.js': { ...chunk('nodes/2.js', BIG, ['chunks/runtime.js'], true), type: 'chunk' },
			'chunks/runtime.js': { ...chunk('chunks/runtime.js', BIG), type: 'chunk' },
			'chunks/chart.js': { ...chunk('chunks/chart.js', BIG), type: 'chunk' },
			'style.css': { ...chunk('style.css', BIG), type: 'asset' }
		};
		const plugin = compileHints();

		// When the plugin runs twice (a second output of the same bundle).
		run(plugin, built);
		run(plugin, built);

		// Then the evaluated chunks start with the hint, once; the rest are untouched.
		expect(built['nodes/2.js']?.code).toBe(COMPILE_HINT + BIG);
		expect(built['chunks/runtime.js']?.code).toBe(COMPILE_HINT + BIG);
		expect(built['chunks/chart.js']?.code).toBe(BIG);
		expect(built['style.css']?.code).toBe(BIG);
	});

	it('applies to the client build only', () => {
		const applies = compileHints().applyToEnvironment as (environment: { name: string }) => boolean;
		expect(applies({ name: 'client' })).toBe(true);
		expect(applies({ name: 'ssr' })).toBe(false);
	});
});
