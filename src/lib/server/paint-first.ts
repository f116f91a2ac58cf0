/**
 * Paint first, then fetch the scripts: a prerendered page's HTML already shows everything, so
 * its JavaScript (which only makes it interactive) need not compete with the first paint.
 *
 * SvelteKit writes a `<link rel="modulepreload">` in the head for each of the page's modules,
 * and an inline script that imports the two entries at once. A phone on a slow network then
 * downloads and compiles about 18 modules while it is still parsing the page, and Lighthouse
 * counts every one of them in the time to the first and the largest paint. This rewrites the
 * prerendered HTML (through `transformPageChunk`, at build time) so that:
 * - the preload links leave the head, and the bootstrap adds them, three per task (a link
 *   costs the main thread 1.5 to 3 ms here, the request it starts; six at once made tasks of
 *   up to 25 ms), so the modules still download in parallel, not as a waterfall of imports;
 * - that happens, and the entries are imported, once the first contentful paint is on the
 *   screen: the browser's `paint` performance entry for it, which comes after the frame is
 *   shown (an animation frame and a task after it came 15 to 55 ms before the frame was shown,
 *   traced, so the scripts' requests started before the first paint, and Lighthouse counted
 *   them in it); where that entry is not supported, an animation frame and a task; in a tab
 *   that paints nothing (hidden), after a second;
 * - once every preload is added, the page's modules are evaluated one per task, each after the
 *   modules it imports (the order is read from the built files here), and SvelteKit is started
 *   a task after the last: imported at once, the modules were evaluated in one or two tasks of
 *   up to 50 ms on this machine (the engine's figures, the runtimes, the state), and, with
 *   SvelteKit's start, made the longest tasks of a first visit;
 * - before the first paint, the script opens the tab's sessionStorage and the site's
 *   localStorage (reads their length), so that SvelteKit's start (which reads sessionStorage as
 *   its module is evaluated) and the saved scenario's read do not open them: a storage's first
 *   access is a synchronous round trip to the browser process. Here it costs 0.5 to 3 ms while
 *   the page is parsed, and 3 to 12 ms once the browser is busy fetching the page's modules,
 *   inside the task that evaluates SvelteKit's runtime;
 * - the Content-Security-Policy's hash of the inline script is replaced by the new script's.
 *
 * Anything unexpected (another SvelteKit's bootstrap, no policy, an unknown hash) throws, so
 * that the build fails rather than shipping a page whose script the policy would block.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const BOOTSTRAP = /<script>([\s\S]*?)<\/script>/;
const ENTRY_IMPORT = /\bimport\(("[^"]+")\)/g;
const START = 'Promise.all([';
const THEN = ']).then(([kit, app]) =>';
/**
 * A static import or re-export in a built module, as the bundler writes it (`import"./a.js"`,
 * `import{x as y}from"../chunks/b.js"`, `export{z}from"./c.js"`); not `import("…")`.
 */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

function hashOf(script: string): string {
	return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/**
 * The preloaded modules in an order that evaluates each after the modules it imports, read
 * from their built text (`sourceOf`): importing them one at a time in this order, each import
 * evaluates one module. A module the text does not lead to keeps its place after the others.
 */
export function evaluationOrder(preloads: string[], sourceOf: (url: string) => string): string[] {
	const order: string[] = [];
	const seen = new Set<string>();
	const visit = (url: string) => {
		if (seen.has(url) || !preloads.includes(url)) {
			return;
		}
		seen.add(url);
		for (const [, specifier] of sourceOf(url).matchAll(STATIC_IMPORT)) {
			visit(`./${posix.join(posix.dirname(url), specifier!)}`);
		}
		order.push(url);
	};
	for (const url of preloads) {
		visit(url);
	}
	return order;
}

/**
 * The statements put before SvelteKit's `Promise.all`: the storages opened (see above), then
 * `painted`, which resolves once the first contentful paint is shown and starts adding the
 * page's preload links, and `evaluated`, which resolves once every preloaded module has been
 * evaluated, one per task, in `order`.
 */
function paintedPromise(preloads: string[], order: string[]): string {
	return [
		// Either may throw (storage blocked); the app then says it cannot save.
		'try { sessionStorage.length; } catch {}',
		'try { localStorage.length; } catch {}',
		'let preloaded;',
		'const allPreloaded = new Promise((done) => (preloaded = done));',
		'const painted = new Promise((go) => {',
		`const preloads = ${JSON.stringify(preloads)};`,
		'const preloadSome = () => {',
		'for (const href of preloads.splice(0, 3)) {',
		"const link = document.createElement('link');",
		"link.rel = 'modulepreload';",
		'link.href = href;',
		'document.head.append(link);',
		'}',
		'if (preloads.length > 0) setTimeout(preloadSome);',
		'else preloaded();',
		'};',
		'let started = false;',
		'const start = () => {',
		'if (started) return;',
		'started = true;',
		'go();',
		'preloadSome();',
		'};',
		"if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {",
		'new PerformanceObserver((entries, observer) => {',
		"if (entries.getEntriesByName('first-contentful-paint').length === 0) return;",
		'observer.disconnect();',
		'start();',
		"}).observe({ type: 'paint', buffered: true });",
		'} else {',
		'requestAnimationFrame(() => setTimeout(start));',
		'}',
		'setTimeout(start, 1000);',
		'});',
		// A message, not a timer: browsers hold nested timers back 4 ms each.
		'const nextTask = () => new Promise((next) => {',
		'const channel = new MessageChannel();',
		'channel.port1.onmessage = () => next();',
		'channel.port2.postMessage(null);',
		'});',
		'const evaluated = allPreloaded.then(async () => {',
		`for (const url of ${JSON.stringify(order)}) {`,
		// SvelteKit reports a module that fails when it imports it itself.
		'await import(url).catch(() => undefined);',
		'await nextTask();',
		'}',
		'});',
		''
	].join('\n\t\t\t\t\t');
}

/**
 * The prerendered page with its scripts fetched after the first paint (see above).
 * `sourceOf(url)` is the built text of a preloaded module (`./_app/immutable/…`).
 */
export function paintFirst(html: string, sourceOf: (url: string) => string): string {
	const bootstrap = BOOTSTRAP.exec(html);
	if (!bootstrap) {
		return html; // A page without SvelteKit's bootstrap (none today) has nothing to defer.
	}
	const original = bootstrap[1]!;
	const imports = original.match(ENTRY_IMPORT) ?? [];
	if (
		imports.length !== 2 ||
		original.split(START).length !== 2 ||
		original.split(THEN).length !== 2
	) {
		throw new Error('paint-first: SvelteKit’s bootstrap script is not the expected one');
	}
	const preloads = [...html.matchAll(PRELOAD)].map((match) => match[1]!);
	const order = evaluationOrder(preloads, sourceOf);
	const rewritten = original
		.replace(START, `${paintedPromise(preloads, order)}${START}`)
		.replace(ENTRY_IMPORT, (_, url: string) => `evaluated.then(() => import(${url}))`);

	const oldHash = hashOf(original);
	if (!html.includes(`'${oldHash}'`)) {
		throw new Error('paint-first: the Content-Security-Policy does not hold the script’s hash');
	}
	return html
		.replace(PRELOAD, '')
		.replace(`'${oldHash}'`, `'${hashOf(rewritten)}'`)
		.replace(original, () => rewritten);
}
