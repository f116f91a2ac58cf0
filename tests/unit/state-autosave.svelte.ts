/**
 * The autosave of `connectAppScenario` (app-scenario.svelte.ts), outside a component, for the
 * store's tests. Imported after `vi.resetModules()`, it runs on the same copy of Svelte's
 * runtime as the fresh state modules.
 */
import { flushSync } from 'svelte';

/** Runs `store.save` whenever what it reads changes, as the page does; returns the stop. */
export function autosave(
	store: { loaded: boolean; save(now: number): void },
	now: number,
	saves: number[] = []
): () => void {
	const stop = $effect.root(() => {
		$effect(() => {
			if (store.loaded) {
				saves.push(1);
				store.save(now);
			}
		});
	});
	flushSync();
	return stop;
}
