/**
 * A vitest environment for the rune classes: Node, but modules are transformed for the
 * `client` Vite environment, so `.svelte.ts` files compile to Svelte's client runtime
 * (real `$state` proxies, `$derived` caching, `$effect`, `flushSync`) instead of the
 * server output, where `$derived` is a plain getter and reactivity is not exercised.
 * Use with `// @vitest-environment ./tests/unit/state-svelte-client-env.ts`.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
