import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				// SvelteKit keeps the service worker out of its tsconfig (it runs with the webworker
				// library, not the DOM's); its own triple-slash references give it its types.
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			// TypeScript already reports undefined names, with better messages.
			'no-undef': 'off',
			curly: ['error', 'all'],
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'svelte/button-has-type': 'error'
		}
	},
	{
		files: ['src/**'],
		rules: {
			// zod 4's classic build compiles object parsers with `new Function` when it can, and
			// probes for that once: under the Content-Security-Policy (no 'unsafe-eval') the probe
			// is reported as a violation and a console error. zod/mini never compiles, so it is
			// the only build the app may use (csp.spec.ts checks the page while it parses input).
			'no-restricted-imports': [
				'error',
				...['zod', 'zod/v4', 'zod/v3'].map((name) => ({
					name,
					message: "Use 'zod/mini': zod's classic build trips the Content-Security-Policy."
				}))
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['*.config.js', '*.config.ts', 'eslint.config.js'],
		...ts.configs.disableTypeChecked
	}
);
