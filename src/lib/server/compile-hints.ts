/**
 * Compile hints: the big modules a page evaluates as it loads start with V8's magic comment
 * `//# allFunctionsCalledOnLoad` (Chrome 136 and later), which asks V8 to compile every
 * function of the file as the file arrives, on a background thread, instead of compiling each
 * function on the main thread the first time it is called.
 *
 * A first visit calls most of the functions of these modules within its first second: the
 * Svelte and SvelteKit runtimes, decimal.js, the engine's projection, the page's components.
 * Compiled lazily, that compilation ran inside the late sections' hydration and the engine's
 * first steps, on the main thread (120–145 ms of a first visit here, traced, out of 500–700 ms
 * of main-thread work); with the hints, 35–55 ms (see the README's "Privacy and
 * performance"). Browsers that do not know the comment read a comment.
 *
 * Only modules of at least `HINTED_MIN_BYTES` are hinted: the comment costs about 22 bytes of
 * gzip per file (counted in the byte budget of `/`), and a small module has little to compile.
 * Modules only a dynamic `import()` reaches (chart.js, the checks) are left lazy: when they
 * load, only part of them runs.
 *
 * The comment is added after the bundler has named the files from their contents, so a file's
 * hash does not cover it. Only a change to this plugin alone could then ship a file under an
 * old name with or without the comment, which changes when it is compiled, not what it does.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** Raw size, in bytes of minified code, from which a module evaluated on load is hinted. */
export const HINTED_MIN_BYTES = 10_000;

/** What the selection needs to know of a built chunk (Rollup's and Rolldown's `OutputChunk`). */
export interface BuiltChunk {
	fileName: string;
	isEntry: boolean;
	/** The chunks it imports statically (file names). */
	imports: string[];
	code: string;
}

/**
 * The chunks to hint: the entries (for SvelteKit, its start and each page's node) and every
 * chunk they import statically, which the browser evaluates before the page starts, when they
 * are at least `HINTED_MIN_BYTES` long.
 */
export function chunksToHint(chunks: BuiltChunk[]): BuiltChunk[] {
	const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
	const evaluated = new Set<BuiltChunk>();
	const visit = (chunk: BuiltChunk | undefined) => {
		if (!chunk || evaluated.has(chunk)) {
			return;
		}
		evaluated.add(chunk);
		for (const name of chunk.imports) {
			visit(byName.get(name));
		}
	};
	for (const chunk of chunks) {
		if (chunk.isEntry) {
			visit(chunk);
		}
	}
	return [...evaluated].filter((chunk) => chunk.code.length >= HINTED_MIN_BYTES);
}

/**
 * The Vite plugin: adds the hint to the client build's chunks once they are minified (a
 * minifier would drop a comment added before) and Vite has added its own lines, before they
 * are written.
 */
export function compileHints(): Plugin {
	return {
		name: 'counteroffer-compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			// After Vite's own, which puts a line in front of a chunk that imports dynamically: V8
			// reads the comment only at the very start of the file.
			order: 'post',
			handler(_options, bundle) {
				const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
				for (const chunk of chunksToHint(chunks)) {
					if (!chunk.code.startsWith(COMPILE_HINT)) {
						chunk.code = COMPILE_HINT + chunk.code;
					}
				}
			}
		}
	};
}
