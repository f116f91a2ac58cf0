/**
 * Byte budgets, read from the build output (run after `vite build`): what a first visit to a
 * page downloads before any chart, gzip-compressed as a server would send it.
 *
 * "Before any chart" = the scripts the prerendered HTML loads (the bootstrap's imports and the
 * preloads it adds after the first paint, or modulepreload links) with everything they import
 * statically, plus the stylesheets it links
 * (not the `disabled` links of inlined CSS), the HTML (with its inline <style>), icon and
 * manifest. Checked against Chromium's requests for `/`: the same 15 scripts, no CSS file. Chunks loaded by a dynamic import() (chart.js, drawn on mount) are not in it, and
 * the check fails if chart.js ever slips into that set. The service worker's precache, which
 * downloads the rest of the site after the page has loaded, is printed separately.
 *
 * Usage: node tests/perf/budget.js   (exit 1 when over budget)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const BUILD = 'build';
/** As src/lib/server/compile-hints.ts writes them (this script runs in plain Node). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const HINTED_MIN_BYTES = 10_000;
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
const KB = 1000;

/**
 * Budgets in gzip bytes for the first visit to `/`: issue 7's, 80 KB of JavaScript and 150 KB
 * in all. It was 120.6 KB of JavaScript with zod's classic build. zod/mini, engine modules the
 * page does not use kept out of its chunks, data files parsed only in the server build, the
 * sections below the results loaded when they are scrolled to (Deferred.svelte), the tax
 * tables' notes and sources left to /about (`?figures`, see vite.config.ts), the share-link
 * and file readers loaded only when used, and the checks (zod, the engine's parsers and the
 * save reader) loaded when the page is first used took it under. What is left is what the
 * first screen needs: the Svelte and SvelteKit runtimes (about 27 KB), decimal.js (12.5), the
 * engine that projects the offers with their tax tables and market data, the scenario state,
 * and the offer form.
 */
const BUDGET = { js: 80 * KB, total: 150 * KB };
const JS_GOAL = 80 * KB;
/**
 * Found in zod's runtime (its global config), so in any file that holds zod. The compare page
 * draws its first screen without the checks (the worked example is parsed already) and loads
 * them when it is first used (src/lib/state/checks.ts): they must stay out of a first visit.
 */
const ZOD_MARK = '__zod_globalConfig';
/** The module a page loads its checks from when it is first used. */
const CHECKS_SRC = 'src/lib/state/checks.ts';
/** Pages whose figures are printed (only `/` is held to the budget). */
/** @type {Array<[string, string]>} */
const PAGES = [
	['/', 'index.html'],
	['/cities', 'cities.html'],
	['/negotiate', 'negotiate.html'],
	['/market', 'market.html'],
	['/about', 'about.html']
];

/** @typedef {{ file: string, name?: string, src?: string, imports?: string[], dynamicImports?: string[], css?: string[] }} Chunk */

/** @type {Record<string, Chunk>} */
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
/** Manifest entries by output file, e.g. `_app/immutable/chunks/abc.js`. */
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));

/** @param {string} file a path inside build/ */
function gzipSize(file) {
	return gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).length;
}

/** @param {number} bytes */
function kb(bytes) {
	return `${(bytes / KB).toFixed(1)} KB`;
}

/** `./_app/x.js` or `/_app/x.js` → `_app/x.js` */
function local(/** @type {string | undefined} */ href = '') {
	return href.replace(/^\.?\//, '');
}

/**
 * Every file a page loads before any script runs a dynamic import.
 * @param {string} htmlFile
 */
function firstVisit(htmlFile) {
	const html = readFileSync(join(BUILD, htmlFile), 'utf8');
	/** @type {Set<string>} */
	const js = new Set();
	/** @type {Set<string>} */
	const css = new Set();
	/** @type {Set<string>} */
	const other = new Set();
	for (const [, tag] of html.matchAll(/<link\b([^>]*)>/g)) {
		const href = /href="([^"]+)"/.exec(tag ?? '')?.[1];
		const rel = /rel="([^"]+)"/.exec(tag ?? '')?.[1];
		if (!href) {
			continue;
		}
		if (rel === 'modulepreload') {
			js.add(local(href));
		} else if (rel === 'stylesheet' && !/\sdisabled\b/.test(tag ?? '')) {
			// With inlineStyleThreshold SvelteKit inlines the CSS in a <style> (counted with the
			// HTML) and keeps each file's link `disabled`, which the browser does not fetch.
			css.add(local(href));
		} else if (rel === 'icon' || rel === 'manifest') {
			other.add(local(href));
		}
	}
	// The inline bootstrap script imports the entries and the page's modules, and preloads the
	// rest after the first paint (src/lib/server/paint-first.ts): every script it names.
	for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
		for (const [, href] of (script ?? '').matchAll(/"(\.\/_app\/[^"]+\.js)"/g)) {
			js.add(local(href));
		}
	}
	// Static imports are fetched before a module runs, so they belong to the first visit. Their
	// CSS is not followed here: SvelteKit links (or inlines) every stylesheet of the page's
	// nodes in the HTML, read above.
	const queue = [...js];
	while (queue.length > 0) {
		const chunk = byFile.get(queue.pop() ?? '');
		for (const key of chunk?.imports ?? []) {
			const file = manifest[key]?.file;
			if (file && !js.has(file)) {
				js.add(file);
				queue.push(file);
			}
		}
	}
	return { html: htmlFile, js: [...js], css: [...css], other: [...other] };
}

/**
 * A chunk and every chunk it imports statically, as files.
 * @param {string} file
 */
function withImports(file) {
	const files = new Set([file]);
	const queue = [file];
	while (queue.length > 0) {
		for (const key of byFile.get(queue.pop() ?? '')?.imports ?? []) {
			const imported = manifest[key]?.file;
			if (imported && !files.has(imported)) {
				files.add(imported);
				queue.push(imported);
			}
		}
	}
	return files;
}

/** @param {string[]} files */
function total(files) {
	return files.reduce((sum, file) => sum + gzipSize(file), 0);
}

/** Files holding chart.js, found by the module it was built from. */
const chartFiles = new Set(
	Object.values(manifest)
		.filter((chunk) => chunk.src?.includes('node_modules/chart.js/'))
		.map((chunk) => chunk.file)
);

/**
 * Every file under build/ (what the service worker precaches, plus itself), without the .gz
 * and .br copies the adapter writes beside each file for the server to send.
 */
function allFiles(/** @type {string} */ dir = BUILD) {
	/** @type {string[]} */
	const found = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			found.push(...allFiles(path));
		} else if (!/\.(gz|br)$/.test(name)) {
			found.push(relative(BUILD, path));
		}
	}
	return found;
}

/** @type {string[]} */
const failures = [];
let rootJs = 0;
if (chartFiles.size === 0) {
	failures.push('chart.js was not found in the build manifest: the check cannot tell where it is');
}

console.log('First visit, gzip (level 9), before any chart is drawn:');
console.log('page        JS         CSS        HTML       other      total');
for (const [path, htmlFile] of PAGES) {
	const visit = firstVisit(htmlFile);
	const js = total(visit.js);
	const css = total(visit.css);
	const html = gzipSize(visit.html);
	const other = total(visit.other);
	const sum = js + css + html + other;
	const cells = [js, css, html, other, sum].map((n) => kb(n).padEnd(11)).join('');
	console.log(`${path.padEnd(12)}${cells}`);
	const charted = visit.js.filter((file) => chartFiles.has(file));
	if (charted.length > 0) {
		failures.push(`${path} loads chart.js before any chart: ${charted.join(', ')}`);
	}
	if (path === '/') {
		rootJs = js;
		const withZod = visit.js.filter((file) =>
			readFileSync(join(BUILD, file), 'utf8').includes(ZOD_MARK)
		);
		if (withZod.length > 0) {
			failures.push(`/ loads zod before it is used: ${withZod.join(', ')}`);
		}
		const checks = manifest[CHECKS_SRC]?.file;
		if (checks) {
			const later = [...withImports(checks)].filter((file) => !visit.js.includes(file));
			console.log(`  its checks (zod), loaded when the page is first used: ${kb(total(later))}`);
		} else {
			failures.push(`${CHECKS_SRC} was not found in the build manifest`);
		}
		if (js > BUDGET.js) {
			failures.push(`/ JavaScript ${kb(js)} is over its budget of ${kb(BUDGET.js)}`);
		}
		if (sum > BUDGET.total) {
			failures.push(`/ total ${kb(sum)} is over its budget of ${kb(BUDGET.total)}`);
		}
		// What `npm start` actually sends (the adapter's .br files): printed, not budgeted.
		const brotli = visit.js.reduce(
			(sum, file) => sum + brotliCompressSync(readFileSync(join(BUILD, file))).length,
			0
		);
		console.log(`  its JavaScript as served with brotli: ${kb(brotli)}`);
		// The big scripts carry V8's compile hint (src/lib/server/compile-hints.ts, counted above):
		// a build without it would still pass the budget, and quietly lose the speed it buys.
		const big = visit.js.filter((file) => statSync(join(BUILD, file)).size >= HINTED_MIN_BYTES);
		const unhinted = big.filter(
			(file) => !readFileSync(join(BUILD, file), 'utf8').startsWith(COMPILE_HINT)
		);
		console.log(
			`  scripts with V8's compile hint: ${big.length - unhinted.length} of ${visit.js.length}`
		);
		if (big.length === 0 || unhinted.length > 0) {
			failures.push(
				`/ has big scripts without the compile hint: ${unhinted.join(', ') || 'none found'}`
			);
		}
		const biggest = visit.js
			.map((file) => ({ file, size: gzipSize(file), name: byFile.get(file)?.name ?? '' }))
			.sort((a, b) => b.size - a.size)
			.slice(0, 5);
		console.log('  biggest scripts of /:');
		for (const { file, size, name } of biggest) {
			console.log(`    ${kb(size).padEnd(10)} ${file}${name ? ` (${name})` : ''}`);
		}
	}
}

const charts = total([...chartFiles]);
console.log(
	`chart.js, loaded only when a chart is drawn: ${kb(charts)} in ${chartFiles.size} chunk(s)`
);
const everything = allFiles();
const precache =
	total(everything.filter((file) => !file.endsWith('.png'))) +
	everything
		.filter((file) => file.endsWith('.png'))
		.reduce((sum, file) => sum + statSync(join(BUILD, file)).size, 0);
console.log(
	`Service worker precache after the first load (whole site, ${everything.length} files): ${kb(precache)}`
);
console.log(
	`Budgets for /: JavaScript ${kb(BUDGET.js)} (goal ${kb(JS_GOAL)}, ${rootJs > JS_GOAL ? 'not yet met' : 'met'}), total ${kb(BUDGET.total)}.`
);

if (failures.length > 0) {
	for (const failure of failures) {
		console.error(`OVER BUDGET: ${failure}`);
	}
	process.exit(1);
}
console.log('Within budget.');
