/**
 * Reloading a page low down must bring the person back to what they were reading. SvelteKit
 * restores the scroll position as soon as its script starts, as a number of pixels, on a page
 * that is not yet the one that was left: the sections that load on demand (Deferred.svelte)
 * have placeholders of a guessed height, and the offer cards far from the screen a guessed
 * height too (`content-visibility: auto`). So the position lands off, by up to a screen and
 * more at the bottom of `/`. A Back inside the app has the same problem.
 *
 * So the page remembers where it was being read (page-position.ts) when it is left: in the
 * tab's sessionStorage for a reload or a return from another site, in memory for a Back
 * inside the app. When it is shown again, the placeholders take the remembered heights and
 * the heading that was nearest the top is put back where it was. A heading's text is an
 * offer's name at most, already kept in this browser's storage; nothing else of the scenario
 * is stored here.
 *
 * What sessionStorage gives back is checked like any saved state, with zod
 * (reload-position-check.ts), loaded only when there is something to read: a first visit
 * does not download it.
 */
import {
	holdInPlace,
	returnPosition,
	SCROLLING,
	snapshot,
	type PagePosition
} from './page-position';

const KEY = 'counteroffer:reload-position:v1';

/** The position `restorePosition` is restoring, while it does (null: none). */
let toRestore: Promise<PagePosition | null> | null = null;
/**
 * What the document's own reload or history return left, read once per document: a later
 * visit to the same page through the app's links starts afresh.
 */
let left: Promise<PagePosition | null> | undefined;

/** What the last visit to this page left, when this document is a reload or a history return. */
async function readLeft(): Promise<PagePosition | null> {
	let stored: string | null;
	let loadedFor: string;
	try {
		const navigation = performance.getEntriesByType('navigation')[0];
		const type = navigation && 'type' in navigation ? navigation.type : '';
		if (!navigation || (type !== 'reload' && type !== 'back_forward')) {
			return null;
		}
		// The page this document was loaded for, not the one shown now: after a reload of
		// /about, a visit to / through the app's links is not a reload of /.
		loadedFor = new URL(navigation.name, location.href).pathname;
		stored = sessionStorage.getItem(KEY);
	} catch {
		// No sessionStorage (blocked): as without it.
		return null;
	}
	if (stored === null || loadedFor !== location.pathname) {
		return null;
	}
	try {
		const { readRemembered } = await import('./reload-position-check');
		const read = readRemembered(stored);
		return read?.path === loadedFor ? read : null;
	} catch {
		// The check could not be loaded (offline, say): as without a position.
		return null;
	}
}

/**
 * The position to restore on this page: a Back inside the app, or a reload; the one
 * `restorePosition` is restoring while it does. Asked before it starts or after it is done,
 * this is read afresh, and is null once it has been used: whether a section asks for its
 * height before the page restores its position or after (a late section, src/lib/hydrate-later),
 * no answer is kept for a later visit.
 */
function positionToRestore(): Promise<PagePosition | null> {
	if (toRestore) {
		return toRestore;
	}
	const back = returnPosition();
	return back ? Promise.resolve(back) : (left ??= readLeft());
}

/**
 * The height a section had when this page was last left, in pixels, or null: then its
 * placeholder keeps its guess. Known once the position is read (a few ms after a reload).
 *
 * @example await rememberedHeight('leaving') // 612
 */
export async function rememberedHeight(id: string): Promise<number | null> {
	const position = await positionToRestore();
	return position?.heights.find((height) => height.id === id)?.px ?? null;
}

/**
 * Puts the heading that was nearest the top back there, once the page shows what it showed
 * when it was left: `ready` resolves when the saved scenario is loaded and the placeholders
 * have their remembered heights (the callers of `rememberedHeight`, late sections included,
 * have asked by then). Once per reload or Back: a later visit through the app's links starts
 * afresh. Also starts keeping the position for the next reload.
 */
export async function restorePosition(ready: () => Promise<unknown>): Promise<void> {
	rememberWhenUnloading();
	const position = positionToRestore();
	// Used once per reload or Back, whatever happens while it is read: no later visit finds it.
	// Until it is done, the sections still being built (late ones) find it in `toRestore`.
	toRestore = position;
	left = Promise.resolve(null);
	returnPosition(true);
	// A person who scrolls (or types, or taps) while the page gets ready has moved on: the
	// page is not moved back under them.
	let moved = false;
	const onMove = () => {
		moved = true;
	};
	for (const type of SCROLLING) {
		addEventListener(type, onMove, { capture: true, passive: true });
	}
	try {
		const before = await position;
		if (before) {
			await ready();
			if (!moved && before.path === location.pathname) {
				holdInPlace(before);
			}
		}
	} finally {
		if (toRestore === position) {
			toRestore = null;
		}
		for (const type of SCROLLING) {
			removeEventListener(type, onMove, { capture: true });
		}
	}
}

let listening = false;

function rememberWhenUnloading(): void {
	if (listening) {
		return;
	}
	listening = true;
	addEventListener('pagehide', () => {
		try {
			sessionStorage.setItem(KEY, JSON.stringify(snapshot()));
		} catch {
			// Storage blocked or full: the next reload lands where SvelteKit puts it, as before.
		}
	});
}
