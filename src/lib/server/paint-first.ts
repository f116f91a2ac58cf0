/**
 * Paint first, then fetch the scripts: a prerendered page's HTML already shows everything, so
 * its JavaScript (which only makes it interactive) need not compete with the first paint.
 *
 * SvelteKit writes a `<link rel="modulepreload">` in the head for each of the page's modules,
 * and an inline script that imports the two entries at once. A phone on a slow network then
 * downloads and compiles about 18 modules while it is still parsing the page, and Lighthouse
 * counts every one of them in the time to the first and the largest paint. This rewrites the
 * prerendered HTML (through `transformPageChunk`, at build time) so that:
 * - the preload links leave the head, and the bootstrap adds them, six per task (adding a
 *   link costs the main thread a little; all of them at once made a task too long on a slowed
 *   phone), so the modules still download in parallel, not as a waterfall of imports;
 * - that happens, and the entries are imported, after the first frame has been painted (one
 *   animation frame, then a task), or after 250 ms in a tab that paints no frames (hidden);
 * - the page's own modules (layout and page) are imported with the entries, and SvelteKit is
 *   started a task later, once every preload is added: evaluating those modules and hydrating
 *   the page were one long task (SvelteKit imports them in `start`, then hydrates at once), now
 *   they are two;
 * - the Content-Security-Policy's hash of the inline script is replaced by the new script's.
 *
 * Anything unexpected (another SvelteKit's bootstrap, no policy, an unknown hash) throws, so
 * that the build fails rather than shipping a page whose script the policy would block.
 */
import { createHash } from 'node:crypto';

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const BOOTSTRAP = /<script>([\s\S]*?)<\/script>/;
const ENTRY_IMPORT = /\bimport\(("[^"]+")\)/g;
const START = 'Promise.all([';
const THEN = ']).then(([kit, app]) =>';
/** The page's own modules (its layout and page nodes), among the preloads. */
const PAGE_NODE = /\/nodes\/[^/]+\.js$/;

function hashOf(script: string): string {
	return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/**
 * The statement put before SvelteKit's `Promise.all`: a promise that resolves once the first
 * frame is painted, having added the page's preload links.
 */
function paintedPromise(preloads: string[]): string {
	const nodes = preloads.filter((url) => PAGE_NODE.test(url));
	return [
		'let preloaded;',
		'const allPreloaded = new Promise((done) => (preloaded = done));',
		'const painted = new Promise((go) => {',
		`const preloads = ${JSON.stringify(preloads)};`,
		'const preloadSome = () => {',
		'for (const href of preloads.splice(0, 6)) {',
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
		'requestAnimationFrame(() => setTimeout(start));',
		'setTimeout(start, 250);',
		'});',
		'const pageModules = painted',
		`.then(() => Promise.all(${JSON.stringify(nodes)}.map((url) => import(url))))`,
		'.catch(() => undefined)',
		'.then(() => allPreloaded)',
		'.then(() => new Promise((next) => setTimeout(next)));',
		''
	].join('\n\t\t\t\t\t');
}

/** The prerendered page with its scripts fetched after the first paint (see above). */
export function paintFirst(html: string): string {
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
	const rewritten = original
		.replace(START, `${paintedPromise(preloads)}${START}`)
		.replace(ENTRY_IMPORT, (_, url: string) => `painted.then(() => import(${url}))`)
		.replace(/\s*\]\)\.then\(\(\[kit, app\]\) =>/, `,\n\t\t\t\t\t\tpageModules\n\t\t\t\t\t${THEN}`);

	const oldHash = hashOf(original);
	if (!html.includes(`'${oldHash}'`)) {
		throw new Error('paint-first: the Content-Security-Policy does not hold the script’s hash');
	}
	return html
		.replace(PRELOAD, '')
		.replace(`'${oldHash}'`, `'${hashOf(rewritten)}'`)
		.replace(original, () => rewritten);
}
