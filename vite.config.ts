import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
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
		include: ['tests/unit/**/*.test.ts'],
		benchmark: { include: ['tests/bench/**/*.bench.ts'] },
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
