/**
 * What a reload reads back of the page's position (src/lib/reload-position.ts): only a value
 * that passes its schema, for the same page, after a reload or a history return. Anything else
 * (a corrupt value, another page, a fresh visit) is ignored and the page starts as without it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = 'counteroffer:reload-position:v1';

const good = {
	path: '/',
	anchor: { text: 'If you leave early', nth: 0 },
	anchorTop: 12,
	heights: [{ id: 'leaving', px: 540 }]
};

/**
 * A fresh copy of the module in a document loaded by `navigation` for `loadedFor`, showing
 * `path` now, with `stored` kept in sessionStorage.
 */
async function pageWith(
	stored: string | null,
	navigation = 'reload',
	path = '/',
	loadedFor = path
) {
	vi.resetModules();
	const origin = 'http://127.0.0.1:4173';
	vi.stubGlobal('performance', {
		getEntriesByType: () => [{ type: navigation, name: origin + loadedFor }]
	});
	vi.stubGlobal('sessionStorage', { getItem: (key: string) => (key === KEY ? stored : null) });
	vi.stubGlobal('location', { pathname: path, href: origin + path });
	return import('$lib/reload-position');
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('rememberedHeight', () => {
	it('gives a section its height from before a reload or a history return', async () => {
		expect(await (await pageWith(JSON.stringify(good))).rememberedHeight('leaving')).toBe(540);
		const back = await pageWith(JSON.stringify(good), 'back_forward');
		expect(await back.rememberedHeight('leaving')).toBe(540);
		expect(await back.rememberedHeight('charts')).toBeNull();
	});

	it('ignores it on a visit to / through the app after a reload of another page', async () => {
		const page = await pageWith(JSON.stringify(good), 'reload', '/', '/about');
		expect(await page.rememberedHeight('leaving')).toBeNull();
	});

	it.each([
		['a fresh visit', JSON.stringify(good), 'navigate', '/'],
		['another page', JSON.stringify(good), 'reload', '/cities'],
		['nothing stored', null, 'reload', '/'],
		['a value that is not JSON', '{"path":', 'reload', '/'],
		[
			'a negative height',
			JSON.stringify({ ...good, heights: [{ id: 'leaving', px: -5 }] }),
			'reload',
			'/'
		],
		[
			'a height that is text',
			JSON.stringify({ ...good, heights: [{ id: 'leaving', px: '540' }] }),
			'reload',
			'/'
		],
		['a missing anchor offset', JSON.stringify({ ...good, anchorTop: undefined }), 'reload', '/'],
		[
			'an anchor from an older version (an id)',
			JSON.stringify({ ...good, anchor: 'leaving-title' }),
			'reload',
			'/'
		]
	])('ignores %s', async (_label, stored, navigation, path) => {
		expect(await (await pageWith(stored, navigation, path)).rememberedHeight('leaving')).toBeNull();
	});
});

describe('the check of a stored position', () => {
	// It needs zod, which a first visit to / does not download (tests/perf/budget.js).
	it('is loaded only when there is a reload or history return to read', async () => {
		const loads: string[] = [];
		vi.doMock('$lib/reload-position-check', async (original) => {
			loads.push('check');
			return original();
		});
		const fresh = await pageWith(JSON.stringify(good), 'navigate');
		expect(await fresh.rememberedHeight('leaving')).toBeNull();
		expect(loads).toEqual([]);
		const reload = await pageWith(JSON.stringify(good), 'reload');
		expect(await reload.rememberedHeight('leaving')).toBe(540);
		expect(loads).toEqual(['check']);
		vi.doUnmock('$lib/reload-position-check');
	});
});

describe('restorePosition', () => {
	/** The module after a reload of /, with its holds recorded and its listeners callable. */
	async function reloadedPage() {
		const listeners = new Map<string, () => void>();
		vi.stubGlobal('addEventListener', (type: string, listener: () => void) =>
			listeners.set(type, listener)
		);
		vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
		const held: unknown[] = [];
		/** A Back inside the app to this page, to restore (page-position.ts's returnPosition). */
		const back: { position: unknown } = { position: null };
		vi.doMock('$lib/page-position', async (original) => ({
			...(await original<typeof import('$lib/page-position')>()),
			returnPosition: (done = false) => {
				const position = back.position;
				if (done) {
					back.position = null;
				}
				return position;
			},
			holdInPlace: (position: unknown) => held.push(position)
		}));
		const page = await pageWith(JSON.stringify(good));
		return { page, held, listeners, back };
	}

	afterEach(() => {
		vi.doUnmock('$lib/page-position');
	});

	it('uses a reload position once: a later visit to / through the app starts afresh', async () => {
		const { page, held } = await reloadedPage();
		expect(await page.rememberedHeight('leaving')).toBe(540);
		await page.restorePosition(async () => undefined);
		expect(held).toEqual([good]);
		// The same document, later on / again (through the app's links): nothing to restore.
		expect(await page.rememberedHeight('leaving')).toBeNull();
		await page.restorePosition(async () => undefined);
		expect(held).toHaveLength(1);
	});

	it('gives a section built while the page gets ready (a late one) its height too', async () => {
		const { page, held } = await reloadedPage();
		let late: number | null = null;
		await page.restorePosition(async () => {
			late = await page.rememberedHeight('leaving');
		});
		expect([late, held]).toEqual([540, [good]]);
	});

	it('keeps no answer for a section that asks once it is done: a Back after restores', async () => {
		const { page, held, back } = await reloadedPage();
		await page.restorePosition(async () => undefined);
		// A section built after the position was restored starts from its guess...
		expect(await page.rememberedHeight('leaving')).toBeNull();
		// ...and a Back to / later in the same document still has its own position restored.
		const returned = { ...good, anchorTop: 40, heights: [{ id: 'leaving', px: 300 }] };
		back.position = returned;
		expect(await page.rememberedHeight('leaving')).toBe(300);
		await page.restorePosition(async () => undefined);
		expect(held).toEqual([good, returned]);
	});

	it('leaves the page where the person scrolled it while it got ready', async () => {
		const { page, held, listeners } = await reloadedPage();
		await page.restorePosition(async () => {
			listeners.get('wheel')?.();
		});
		expect(held).toEqual([]);
	});
});
