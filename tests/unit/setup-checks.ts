/**
 * The app loads its checks (zod) when the page is first used (checks-loader.svelte.ts). The
 * unit tests drive the store synchronously, as a page does once they are there, so they are
 * loaded before every test file. `state-checks-loading.svelte.test.ts` tests the time before.
 */
import { loadChecks } from '$lib/state/checks-loader.svelte';

await loadChecks();
