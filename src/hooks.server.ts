import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { paintFirst } from '$lib/server/paint-first';

/**
 * The built text of one of a page's modules (`./_app/immutable/…`): SvelteKit has written the
 * browser's build here before it prerenders.
 */
const clientModule = (url: string) => readFileSync(`.svelte-kit/output/client/${url}`, 'utf8');

// Only while the pages are prerendered (there is no server at run time; `vite dev` serves its
// own bootstrap, without the policy): each page's scripts are fetched after its first paint
// (src/lib/server/paint-first.ts).
export const handle: Handle = ({ event, resolve }) =>
	building
		? resolve(event, { transformPageChunk: ({ html }) => paintFirst(html, clientModule) })
		: resolve(event);
