import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/paint-first';

// Runs only while the pages are prerendered (there is no server at run time): each page's
// scripts are fetched after its first paint (src/lib/server/paint-first.ts).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => paintFirst(html) });
