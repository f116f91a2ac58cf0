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
 */
import * as z from 'zod/mini';
import { holdInPlace, returnPosition, snapshot, type PagePosition } from './page-position';

const KEY = 'counteroffer:reload-position:v1';

/** What is kept in sessionStorage, checked when it is read back like any saved state. */
const rememberedSchema = z.object({
	path: z.string(),
	anchor: z.nullable(z.object({ text: z.string(), nth: z.number() })),
	anchorTop: z.number(),
	heights: z.array(z.object({ id: z.string(), px: z.number().check(z.nonnegative()) }))
});

/** What the last visit to this page left, when this document is a reload or a history return. */
let left: PagePosition | null | undefined;

function readLeft(): PagePosition | null {
	if (left !== undefined) {
		return left;
	}
	left = null;
	try {
		const navigation = performance.getEntriesByType('navigation')[0];
		const type = navigation && 'type' in navigation ? navigation.type : '';
		if (!navigation || (type !== 'reload' && type !== 'back_forward')) {
			return left;
		}
		// The page this document was loaded for, not the one shown now: after a reload of
		// /about, a visit to / through the app's links is not a reload of /.
		const loadedFor = new URL(navigation.name, location.href).pathname;
		const read = rememberedSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
		if (read.success && read.data.path === loadedFor && loadedFor === location.pathname) {
			left = read.data;
		}
	} catch {
		// No sessionStorage (blocked) or a value this version cannot read: as without it.
	}
	return left;
}

/** The position to restore on this page: a Back inside the app, or a reload. */
function toRestore(): PagePosition | null {
	return returnPosition() ?? readLeft();
}

/**
 * The height a section had when this page was last left, in pixels, or null: then its
 * placeholder keeps its guess.
 *
 * @example rememberedHeight('leaving') // 612
 */
export function rememberedHeight(id: string): number | null {
	return toRestore()?.heights.find((height) => height.id === id)?.px ?? null;
}

/**
 * Once the page shows what it showed when it was left (placeholders at their remembered
 * heights, the saved scenario loaded): puts the heading that was nearest the top back there.
 * Once per reload or Back: a later visit through the app's links starts afresh. Also starts
 * keeping the position for the next reload.
 */
export function restorePosition(): void {
	rememberWhenUnloading();
	const before = toRestore();
	left = null;
	returnPosition(true);
	if (before) {
		holdInPlace(before);
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
