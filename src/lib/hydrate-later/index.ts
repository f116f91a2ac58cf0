/**
 * HydrateLater: a section of a prerendered page that becomes interactive in a task of its own.
 *
 * Svelte hydrates a page in one go: every component, every effect, and the engine's first
 * projection of the offers, in one long task (about 50 ms on a fast laptop, four times that on
 * a mid-range phone), during which a tap waits. Wrapped in HydrateLater, a section is
 * prerendered in full as usual (the HTML shows it before any script runs), but the page's
 * hydration skips it: the section is hydrated right after, as a root of its own, one task per
 * section, so the browser can answer input between them.
 *
 * The prerender uses the server component and the browser the client one; the build keeps
 * only the one it needs (`import.meta.env.SSR` is a constant in each).
 */
import HydrateLaterClient from './HydrateLaterClient.svelte';
import HydrateLaterServer from './HydrateLaterServer.svelte';

// Typed as the browser's, whose props (with `prepare`) the prerender's accept too.
export const HydrateLater: typeof HydrateLaterClient = import.meta.env.SSR
	? HydrateLaterServer
	: HydrateLaterClient;
export { sectionsHydrated, whenSectionsHydrated } from './pending';
