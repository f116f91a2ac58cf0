/**
 * A vitest environment for the rune classes: Node, but modules are transformed for the
 * `client` Vite environment, so `.svelte.ts` files compile to Svelte's client runtime
 * (real `$state` proxies, `$derived` caching, `$effect`, `flushSync`) instead of the
 * server output, where `$derived` is a plain getter and reactivity is not exercised.
 * The `unit-client` project of vite.config.ts runs the store's tests with it (a
 * `@vitest-environment` comment with a path is not read by vitest 4), and resolves `svelte` to
 * its browser build, whose `flushSync` runs effects.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
