/**
 * The store's tests run on Svelte's client runtime, as the page does (the `unit-client`
 * project in vite.config.ts): if a change of configuration put them back on the server build,
 * `$effect` would never run and `flushSync` would do nothing, and the autosave tests would
 * pass without testing anything.
 */
import { types } from 'node:util';
import { flushSync } from 'svelte';
import { expect, it } from 'vitest';

it('gives real $state proxies, and flushSync runs effects', () => {
	const state = $state({ base: 150000 });
	let seen = 0;
	const stop = $effect.root(() => {
		$effect(() => {
			seen = state.base;
		});
	});
	flushSync();
	expect(types.isProxy(state)).toBe(true);
	expect(seen).toBe(150000);
	state.base = 160000;
	flushSync();
	expect(seen).toBe(160000);
	stop();
});
