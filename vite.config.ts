import { readFile } from 'node:fs/promises';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './src/lib/server/compile-hints.ts';

/** The keys of a data file that hold prose (sources, notes), not figures. */
const PROSE_KEYS = new Set(['notes', 'note', 'source']);

/**
 * `import figures from '$data/….json?figures'`: the data file without its prose, at any depth.
 * The engine computes with figures only, and the compare page shows none of the tables'
 * notes or sources (/about does, importing the whole files): without this, a first visit to
 * `/` would download every tax note. The figures are the file's own, untouched; the engine
 * checks them against the figures' schemas on the server build and in the tests.
 */
function dataFigures(): Plugin {
	return {
		name: 'counteroffer-data-figures',
		enforce: 'pre',
		async load(id) {
			const [file = '', query] = id.split('?');
			if (query !== 'figures' || !file.endsWith('.json')) {
				return null;
			}
			this.addWatchFile(file);
			const data: unknown = JSON.parse(await readFile(file, 'utf8'));
			const figures = JSON.stringify(data, (key, value: unknown) =>
				PROSE_KEYS.has(key) ? undefined : value
			);
			// A module, not JSON: Vite's JSON plugin does not take ids with a query.
			return `export default ${figures};`;
		}
	};
}

/** Parts of module ids (paths with `/`) that go in the chunk every page loads first. */
const SHARED_MODULES = [
	'/node_modules/svelte/src/',
	'vite/preload-helper',
	'/src/lib/hydrate-later/',
	'/src/lib/page-position.ts',
	'/src/lib/components/ScrollRegion.svelte',
	'/@sveltejs/kit/src/runtime/app/state/'
];

/**
 * Parts of Svelte that only some pages use, left to their pages' chunks: SvelteMap is only the
 * negotiation scripts' (0.5 KB of gzip that a first visit to `/` downloaded for nothing).
 */
const UNSHARED_MODULES = ['/node_modules/svelte/src/reactivity/'];

function isSharedModule(id: string): boolean {
	const path = id.replaceAll('\\', '/');
	return (
		SHARED_MODULES.some((part) => path.includes(part)) &&
		!UNSHARED_MODULES.some((part) => path.includes(part))
	);
}

/** The unit tests that drive the scenario store (see the `unit-client` project below). */
const CLIENT_TESTS = [
	'tests/unit/state-*.svelte.test.ts',
	'tests/unit/fuzz-{import,saved-state,share-link}.test.ts'
];

export default defineConfig({
	plugins: [dataFigures(), sveltekit(), compileHints()],
	build: {
		// No modulepreload links added by Vite's helper around dynamic imports: each prerendered
		// page preloads its own modules after its first paint (src/lib/server/paint-first.ts).
		// The helper's lists of each dynamic import's scripts cost / 0.8 KB, over its 80 KB
		// budget. What loads later (charts, a page reached by a link) fetches its imports as it
		// meets them, a round trip more on a first visit (a link is preloaded from the hover or
		// touch before the click); after it, they come from the service worker's cache.
		modulePreload: false,
		rolldownOptions: {
			output: {
				// One chunk for what every page evaluates first: the Svelte and SvelteKit runtimes and
				// the app's small shared modules. The bundler made a chunk of each small module that
				// several pages share (the late sections' queue, the scroll region, the page position,
				// Vite's import helper, Svelte's version mark...): 18 scripts for a first visit to `/`.
				// Each costs its own request and gzip header and starts its compression afresh: one
				// chunk is 1.2 KB of gzip smaller on `/`, and smaller on every page (tests/perf/budget.js).
				codeSplitting: { groups: [{ name: 'shared', test: isSharedModule }] }
			},
			treeshake: {
				// The engine is pure (no DOM, no globals, no registration on import): a page that uses
				// none of a module's exports does not need it. Without this, every module re-exported
				// by `$lib/engine` is reachable from every page, and the bundler puts code only
				// /negotiate calls (the negotiation scripts) in the chunks of `/` too.
				moduleSideEffects: [
					{ test: /\/src\/lib\/engine\/[^/]+\.ts$/, sideEffects: false, external: false }
				]
			}
		}
	},
	test: {
		setupFiles: ['tests/unit/setup-checks.ts'],
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// The engine bench runs here only: run in both projects, the two copies shared
					// the machine's two cores and measured each other.
					benchmark: { include: ['tests/bench/**/*.bench.ts'] },
					exclude: CLIENT_TESTS,
					environment: 'node'
				}
			},
			{
				// The scenario store and what drives it, run on Svelte's client runtime as in the
				// browser: `.svelte.ts` compiled for the client (real `$state` proxies, `$derived`
				// caching, `$effect`), and `svelte` resolved to its browser build, whose
				// `flushSync` runs those effects (the server build's is a no-op).
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'unit-client',
					include: CLIENT_TESTS,
					benchmark: { include: [] },
					environment: './tests/unit/state-svelte-client-env.ts'
				}
			}
		]
	}
});
