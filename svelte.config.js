import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries keep whatever mode they were written in.
		runes: true
	},
	kit: {
		// The facts (guide tables, tax tables, vesting presets) live in data/, outside src/.
		alias: { $data: 'data' },
		// Every page is prerendered to plain HTML; there is no server at run time.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
