/**
 * Registers the service worker (src/service-worker.ts), which caches the whole site for
 * offline use. Called by the root layout once the page is hydrated: the worker's install
 * downloads every page and script (about 315 KB), and on a phone's network that must come after
 * the page's own scripts, not beside them. SvelteKit's own registration waits for the load
 * event, which here comes before the first paint (the page's scripts wait for it).
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';

export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) {
		return;
	}
	// In development Vite serves the worker as a module; the build writes a classic script.
	navigator.serviceWorker
		.register(`${resolve('/')}service-worker.js`, { type: dev ? 'module' : 'classic' })
		.catch(() => {
			// Without a worker the site works online as before; only offline use is lost.
		});
}
