import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries keep whatever mode they were written in.
		runes: true,
		// No `window.__svelte.v` version mark in every page's first script: nothing reads it here,
		// and the first visit to `/` has its bytes counted (tests/perf/budget.js).
		discloseVersion: false
	},
	kit: {
		// The service worker is registered by the root layout once the page is hydrated
		// (src/lib/service-worker-registration.ts), not on the load event, which comes before the
		// first paint here (the scripts wait for it, src/lib/server/paint-first.ts): its install
		// downloads the whole site, and must not compete with the page's own first requests.
		serviceWorker: { register: false },
		// The facts (guide tables, tax tables, vesting presets) live in data/, outside src/.
		alias: { $data: 'data' },
		// Every page is prerendered to plain HTML; there is no server at run time.
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: undefined,
			// .gz and .br beside each file: `npm start` (sirv) sends them, as any static host would.
			precompress: true,
			strict: true
		}),
		// The site's CSS is a few KB: inlined in each page it saves a round trip before the first
		// paint on a phone. Hash mode adds the <style>'s hash to style-src, so it obeys the policy.
		inlineStyleThreshold: 16_384,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Salary figures never leave the page. Hash mode writes the policy into each prerendered
		// page as <meta http-equiv>, with the hash of SvelteKit's one inline bootstrap script.
		// frame-ancestors, report-uri and sandbox are ignored in a <meta> policy, so framing can
		// only be refused by a header from the host (adapter-static has no server to send one).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Style sheets only from our own files. Style attributes are allowed, because Svelte's
				// `style:` directive prerenders as style="…" and hydration does not set it again (a
				// blocked attribute would leave the element unstyled). They are escaped by Svelte, and
				// with img-src and font-src 'self' a style cannot reach another origin.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
