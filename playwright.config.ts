import { defineConfig } from '@playwright/test';

// E2E_PORT lets a second checkout run its tests beside this one without sharing a server.
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests drive Debian's Chromium (`apt-get install -y chromium`) against the
 * prerendered site served by `npm start`. Playwright's own browser download cannot work
 * on machines without internet access, so we never ask for it.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: 'list',
	timeout: 30_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		trace: 'off',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{ name: 'e2e', testIgnore: /keystroke-bench/ },
		// The keystroke benchmark runs alone, after the rest, one test at a time: beside another
		// worker it would slow that worker's tests, and its figures would measure the contention.
		{
			name: 'bench',
			testMatch: /keystroke-bench/,
			dependencies: ['e2e'],
			fullyParallel: false,
			workers: 1
		}
	],
	webServer: {
		command: `npx sirv build --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
