/**
 * The build-time rewrite that fetches a page's scripts after its first paint
 * (src/lib/server/paint-first.ts), on a page shaped as SvelteKit 2.70 writes it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evaluationOrder, paintFirst } from '$lib/server/paint-first';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const SCRIPT = `
				{
					__sveltekit_abc = { base: new URL(".", location).pathname.slice(0, -1) };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null,null], form: null, error: null });
					});
				}
			`;

function page(script = SCRIPT, hash = sha(script)) {
	return `<!doctype html><html><head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${hash}'; style-src 'self'">
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/C.js" rel="modulepreload">
		<link href="./_app/immutable/entry/app.B.js" rel="modulepreload">
		<link href="./_app/immutable/nodes/0.N.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/D.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/E.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/F.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/G.js" rel="modulepreload">
		<style>body{}</style>
	</head><body><div><p>The results</p><script>${script}</script></div></body></html>`;
}

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** The built modules' imports, as the bundler writes them (minified, double quotes). */
const SOURCES: Record<string, string> = {
	'./_app/immutable/entry/start.A.js': 'import{a as s}from"../chunks/C.js";export{s as start};',
	'./_app/immutable/chunks/C.js': 'import"./D.js";var a=1;export{a};',
	'./_app/immutable/entry/app.B.js':
		'import{b}from"../chunks/D.js";const n=[()=>import("../nodes/0.N.js")];',
	'./_app/immutable/nodes/0.N.js': 'import{e as t}from"../chunks/E.js";import"../chunks/C.js";',
	'./_app/immutable/chunks/D.js': 'var b=2;export{b};',
	'./_app/immutable/chunks/E.js': 'export{f as e}from"./F.js";',
	'./_app/immutable/chunks/F.js': 'var f=3;export{f};',
	'./_app/immutable/chunks/G.js': 'export{};'
};
const sourceOf = (url: string) => SOURCES[url] ?? '';
/** Each module after the ones it imports (a dynamic import is not waited for). */
const ORDER = [
	'./_app/immutable/chunks/D.js',
	'./_app/immutable/chunks/C.js',
	'./_app/immutable/entry/start.A.js',
	'./_app/immutable/entry/app.B.js',
	'./_app/immutable/chunks/F.js',
	'./_app/immutable/chunks/E.js',
	'./_app/immutable/nodes/0.N.js',
	'./_app/immutable/chunks/G.js'
];

describe('paintFirst', () => {
	it('moves the preload links from the head into the bootstrap, in their order', () => {
		const html = paintFirst(page(), sourceOf);
		expect(html).not.toContain('rel="modulepreload"');
		expect(scriptOf(html)).toContain(
			'["./_app/immutable/entry/start.A.js","./_app/immutable/chunks/C.js","./_app/immutable/entry/app.B.js","./_app/immutable/nodes/0.N.js","./_app/immutable/chunks/D.js","./_app/immutable/chunks/E.js","./_app/immutable/chunks/F.js","./_app/immutable/chunks/G.js"]'
		);
	});

	it('orders the modules so that each comes after the modules it imports', () => {
		expect(evaluationOrder(Object.keys(SOURCES), sourceOf)).toEqual(ORDER);
		// A module that is not preloaded is not in the order, nor waited for.
		expect(evaluationOrder(['./_app/immutable/chunks/E.js'], sourceOf)).toEqual([
			'./_app/immutable/chunks/E.js'
		]);
	});

	it('imports the modules one by one in that order, and SvelteKit’s entries after them', () => {
		const script = scriptOf(paintFirst(page(), sourceOf));
		expect(script).toContain(`for (const url of ${JSON.stringify(ORDER)})`);
		expect(script).toContain('evaluated.then(() => import("./_app/immutable/entry/start.A.js"))');
		expect(script).toContain('evaluated.then(() => import("./_app/immutable/entry/app.B.js"))');
		expect(script.match(/\bimport\(/g)).toHaveLength(3);
	});

	it('gives the policy the hash of the new script instead of the old one', () => {
		const html = paintFirst(page(), sourceOf);
		expect(html).not.toContain(sha(SCRIPT));
		expect(html).toContain(`'${sha(scriptOf(html))}'`);
	});

	it('writes a script that parses and keeps what SvelteKit starts the page with', () => {
		const script = scriptOf(paintFirst(page(), sourceOf));
		expect(() => new Function(script)).not.toThrow();
		expect(script).toContain('kit.start(app, element,');
		expect(script).toContain('const element = document.currentScript.parentElement;');
	});

	/**
	 * Runs the page's bootstrap against a browser made of arrays: the links appended, the
	 * animation frames, the timers and messages (tasks), the modules imported, the paint
	 * observers. `paintEntries` says whether the browser knows `paint` performance entries.
	 */
	function bootstrap(paintEntries: boolean) {
		const script = scriptOf(paintFirst(page(), sourceOf));
		const browser = {
			appended: [] as string[],
			frames: [] as (() => void)[],
			timers: [] as { run: () => void; ms: number }[],
			imported: [] as string[],
			opened: [] as string[],
			observers: [] as ((names: string[]) => void)[],
			started: false
		};
		/** A message posted is a task, like a timer due now. */
		class MessageChannel {
			port1: { onmessage: (() => void) | null } = { onmessage: null };
			port2 = {
				postMessage: () => browser.timers.push({ run: () => this.port1.onmessage?.(), ms: 0 })
			};
		}
		class PerformanceObserver {
			static supportedEntryTypes = paintEntries ? ['paint', 'mark'] : ['mark'];
			#disconnected = false;
			constructor(
				callback: (
					entries: { getEntriesByName: (name: string) => unknown[] },
					observer: PerformanceObserver
				) => void
			) {
				browser.observers.push((names) => {
					if (!this.#disconnected) {
						const entries = { getEntriesByName: (name: string) => names.filter((n) => n === name) };
						callback(entries, this);
					}
				});
			}
			observe(options: { type: string; buffered: boolean }) {
				expect(options).toEqual({ type: 'paint', buffered: true });
			}
			disconnect() {
				this.#disconnected = true;
			}
		}
		const environment = {
			document: {
				currentScript: { parentElement: {} },
				createElement: () => ({ rel: '', href: '' }),
				head: { append: (link: { href: string }) => browser.appended.push(link.href) }
			},
			location: 'http://127.0.0.1/',
			sessionStorage: {
				get length() {
					return browser.opened.push('session');
				}
			},
			localStorage: {
				get length() {
					return browser.opened.push('local');
				}
			},
			MessageChannel,
			PerformanceObserver,
			requestAnimationFrame: (run: () => void) => browser.frames.push(run),
			setTimeout: (run: () => void, ms = 0) => browser.timers.push({ run, ms }),
			load: (url: string) => {
				browser.imported.push(url);
				return Promise.resolve({ start: () => (browser.started = true) });
			}
		};
		/** Runs the tasks due now (not the later timer), as the browser's next task would. */
		const nextTask = () => {
			const due = browser.timers.filter((t) => t.ms === 0);
			browser.timers = browser.timers.filter((t) => t.ms !== 0);
			for (const timer of due) {
				timer.run();
			}
		};
		/** Shows the page's paint entries to its observers. */
		const paint = (...names: string[]) => {
			for (const observer of browser.observers) {
				observer(names);
			}
		};
		// Dynamic import() cannot be stubbed: the test loads through a function instead.
		const runnable = script.replace(/\bimport\(/g, 'load(');
		new Function(...Object.keys(environment), runnable)(...Object.values(environment));
		return { browser, nextTask, paint };
	}

	const settle = async () => {
		for (let i = 0; i < 10; i++) {
			await Promise.resolve();
		}
	};

	it('once the first paint is shown: preloads, three a task; then a module a task; then SvelteKit', async () => {
		const { browser, nextTask, paint } = bootstrap(true);
		await settle();
		// Both storages are opened as the script runs, before the first frame.
		expect(browser.opened).toEqual(['session', 'local']);
		expect([browser.appended, browser.imported, browser.started]).toEqual([[], [], false]);
		expect(browser.frames).toEqual([]); // Not a frame, which comes before it is shown.
		paint('first-paint');
		expect(browser.appended).toEqual([]); // A paint with nothing to read yet: not that one.
		paint('first-contentful-paint');
		expect(browser.appended).toHaveLength(3);
		await settle();
		expect(browser.imported).toEqual([]); // Nothing is evaluated before every preload is in.
		nextTask();
		expect(browser.appended).toHaveLength(6);
		await settle();
		expect(browser.imported).toEqual([]);
		nextTask();
		expect(browser.appended).toHaveLength(8);
		// Then one module per task, each after its imports.
		for (let count = 1; count <= ORDER.length; count++) {
			await settle();
			expect(browser.imported).toEqual(ORDER.slice(0, count));
			expect(browser.started).toBe(false);
			nextTask();
		}
		// SvelteKit's entries, evaluated already, and its start, a task after the last module.
		await settle();
		expect(browser.imported.slice(ORDER.length).sort()).toEqual([
			'./_app/immutable/entry/app.B.js',
			'./_app/immutable/entry/start.A.js'
		]);
		expect(browser.started).toBe(true);
		// Neither the timer for a hidden tab nor another paint starts anything again.
		browser.timers.find((t) => t.ms === 1000)?.run();
		paint('first-contentful-paint');
		expect(browser.appended).toHaveLength(8);
	});

	it('without paint entries, starts a task after the first animation frame', async () => {
		const { browser, nextTask } = bootstrap(false);
		await settle();
		expect(browser.observers).toEqual([]);
		browser.frames.shift()?.();
		expect(browser.appended).toEqual([]); // In the frame, before it is drawn: a task later.
		nextTask();
		expect(browser.appended).toHaveLength(3);
	});

	it('in a tab that paints nothing (hidden), starts after a second', async () => {
		const { browser } = bootstrap(true);
		await settle();
		const timer = browser.timers.find((t) => t.ms === 1000);
		expect(timer).toBeDefined();
		expect(browser.appended).toEqual([]);
		timer?.run();
		expect(browser.appended).toHaveLength(3);
	});

	it('goes on when a storage throws as it is opened (storage blocked)', () => {
		const script = scriptOf(paintFirst(page(), sourceOf));
		const blocked = {
			get length(): number {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		};
		const frames: (() => void)[] = [];
		const run = new Function(
			'sessionStorage',
			'localStorage',
			'document',
			'requestAnimationFrame',
			'setTimeout',
			'location',
			'PerformanceObserver',
			script.replace(/\bimport\(/g, 'Promise.resolve(')
		);
		expect(() =>
			run(
				blocked,
				blocked,
				{ currentScript: { parentElement: {} } },
				(f: () => void) => frames.push(f),
				() => 0,
				'http://127.0.0.1/',
				undefined // no paint entries: it waits for a frame
			)
		).not.toThrow();
		expect(frames).toHaveLength(1);
	});

	it('refuses a policy without the script’s hash, rather than ship a blocked script', () => {
		expect(() => paintFirst(page(SCRIPT, 'sha256-other'), sourceOf)).toThrow(/hash/);
	});

	it('refuses a bootstrap it does not know', () => {
		const other = SCRIPT.replace('Promise.all([', 'Promise.race([');
		expect(() => paintFirst(page(other), sourceOf)).toThrow(/bootstrap/);
	});

	it('leaves a page without a script as it is', () => {
		const html = '<!doctype html><html><head></head><body><p>Hi</p></body></html>';
		expect(paintFirst(html, sourceOf)).toBe(html);
	});
});
