/**
 * `npm run perf`: serves the built site on loopback and runs Lighthouse 12 (mobile emulation,
 * simulated slow 4G and 4x CPU slowdown, its defaults) in Debian's Chromium on the main pages.
 * Prints the four category scores and LCP, TBT and CLS for each; writes the JSON reports to
 * test-results/lighthouse/. Exit 1 when a score is under the goal of 100.
 *
 * Not part of CI: Lighthouse's timings vary with the load on a shared machine.
 * Usage: npm run perf   (builds first)   or   node tests/perf/lighthouse.js [/path ...]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// CHROME_PATH is what chrome-launcher (inside Lighthouse) reads; CHROMIUM_PATH is the name the
// Playwright config uses, so either works.
const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A fixed port, not one chosen by the system: several checkouts share this machine, and each
// is given its own (PERF_PORT), as the end-to-end tests are given E2E_PORT.
const PORT = Number(process.env.PERF_PORT ?? 4311);
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : ['/', '/cities', '/negotiate'];
const OUT = 'test-results/lighthouse';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOAL = 100;

/**
 * Runs a command to its end.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			stdio: ['ignore', 'ignore', 'inherit'],
			// chrome-launcher (inside Lighthouse) finds the browser through CHROME_PATH.
			env: { ...process.env, CHROME_PATH: CHROMIUM }
		});
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolve(undefined) : reject(new Error(`${command} exited with ${code}`))
		);
	});
}

/** @param {string} url */
async function waitFor(url) {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(url)).ok) {
				return;
			}
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the server at ${url} did not start`);
}

/** @typedef {{ score: number | null }} Category */
/** @typedef {{ numericValue?: number }} Audit */
/** @typedef {{ categories: Record<string, Category>, audits: Record<string, Audit>, runWarnings: string[] }} Report */

const origin = `http://127.0.0.1:${PORT}`;
const server = spawn(
	'node_modules/.bin/sirv',
	['build', '--host', '127.0.0.1', '--port', `${PORT}`],
	{
		stdio: 'ignore'
	}
);
/** @type {string[]} */
const failures = [];
try {
	await waitFor(origin);
	mkdirSync(OUT, { recursive: true });
	console.log(`Lighthouse 12, mobile emulation, ${CHROMIUM}, ${origin}`);
	console.log('page        perf  a11y  best  seo   LCP       TBT     CLS');
	for (const path of PAGES) {
		const name = path === '/' ? 'index' : path.slice(1).replace(/\//g, '-');
		const output = join(OUT, `${name}.json`);
		await run('node_modules/.bin/lighthouse', [
			origin + path,
			'--quiet',
			'--output=json',
			`--output-path=${output}`,
			`--only-categories=${CATEGORIES.join(',')}`,
			// A fresh profile per run: no cache, no service worker from an earlier page.
			`--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run`
		]);
		/** @type {Report} */
		const report = JSON.parse(readFileSync(output, 'utf8'));
		const scores = CATEGORIES.map((id) => Math.round((report.categories[id]?.score ?? 0) * 100));
		const metric = (/** @type {string} */ id) => report.audits[id]?.numericValue ?? NaN;
		const lcp = `${Math.round(metric('largest-contentful-paint'))} ms`;
		const tbt = `${Math.round(metric('total-blocking-time'))} ms`;
		const cls = metric('cumulative-layout-shift').toFixed(3);
		console.log(
			`${path.padEnd(12)}${scores.map((s) => String(s).padEnd(6)).join('')}${lcp.padEnd(10)}${tbt.padEnd(8)}${cls}`
		);
		scores.forEach((score, index) => {
			if (score < GOAL) {
				failures.push(`${path}: ${CATEGORIES[index]} ${score} < ${GOAL}`);
			}
		});
		for (const warning of report.runWarnings) {
			console.log(`  warning: ${warning}`);
		}
	}
} finally {
	server.kill();
}
if (failures.length > 0) {
	console.error(`Under the goal (details in ${OUT}/*.json):\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
console.log('Every score meets the goal of 100.');
