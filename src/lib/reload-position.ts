/**
 * Reloading a page low down must bring the person back to what they were reading. SvelteKit
 * restores the scroll position as soon as its script starts, as a number of pixels, on a page
 * that is not yet the one that was left: the sections that load on demand (Deferred.svelte)
 * have placeholders of a guessed height, and the offer cards far from the screen a guessed
 * height too (`content-visibility: auto`). So the position lands off, by up to a screen and
 * more at the bottom of `/`.
 *
 * So the page remembers, in the tab's sessionStorage, the heading nearest the top of the
 * screen (its text, which one of that text it was, and how far from the top) and each loaded
 * section's height, when it is left. After a reload or a return through the history, the
 * placeholders take those heights and the page is scrolled to put that heading back where it
 * was, and kept there for half a second while the cards near it are laid out, unless the
 * person scrolls first. A heading's text is an offer's name at most, already kept in this
 * browser's storage; nothing else of the scenario is stored here.
 */

import * as z from 'zod/mini';

const KEY = 'counteroffer:reload-position:v1';

/** What is kept in sessionStorage, checked when it is read back like any saved state. */
const rememberedSchema = z.object({
	path: z.string(),
	/**
	 * The heading nearest the top of the screen: its text and which of the headings with that
	 * text it was (ids of offer cards are handed out afresh on each load), and its distance
	 * from the top.
	 */
	anchor: z.nullable(z.object({ text: z.string(), nth: z.number() })),
	anchorTop: z.number(),
	/** Each loaded Deferred section's content height (a list: the ids come from the page). */
	heights: z.array(z.object({ id: z.string(), px: z.number().check(z.nonnegative()) }))
});

type Remembered = z.infer<typeof rememberedSchema>;

/** The heights of the sections shown now, by id, measured as the page is left. */
const shownHeights = new Map<string, () => number>();

/** What the last visit to this page left, when this visit is a reload or a history return. */
let left: Remembered | null | undefined;

function readLeft(): Remembered | null {
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

/**
 * The height a section had when this page was last left (a reload or a history return), in
 * pixels, or null: then its placeholder keeps its guess.
 *
 * @example rememberedHeight('leaving') // 612
 */
export function rememberedHeight(id: string): number | null {
	return readLeft()?.heights.find((height) => height.id === id)?.px ?? null;
}

/** A shown section's height is measured when the page is left; returns what stops that. */
export function measureWhenLeaving(id: string, height: () => number): () => void {
	shownHeights.set(id, height);
	rememberWhenLeaving();
	return () => {
		if (shownHeights.get(id) === height) {
			shownHeights.delete(id);
		}
	};
}

/**
 * Once the page shows what it showed when it was left (placeholders at their remembered
 * heights, the saved scenario loaded): puts the heading that was nearest the top back there.
 * Once per document: a later visit to the page through the app's own links starts afresh.
 */
export function restorePosition(): void {
	rememberWhenLeaving();
	const before = readLeft();
	left = null;
	if (before?.anchor) {
		const { text, nth } = before.anchor;
		holdInPlace(() => headings().filter((h) => headingText(h) === text)[nth], before.anchorTop);
	}
}

/** What a person does to scroll: after it, the page no longer moves the heading back. */
const SCROLLING = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Keeps `find()`'s element `top` pixels from the top of the screen for about half a second:
 * offer cards near it are laid out over the next frames (`content-visibility: auto`), and one
 * that turns out shorter than its guessed height would move everything below it.
 */
function holdInPlace(find: () => HTMLElement | undefined, top: number): void {
	let frames = 0;
	const stop = () => {
		frames = Infinity;
		for (const type of SCROLLING) {
			removeEventListener(type, stop, { capture: true });
		}
	};
	for (const type of SCROLLING) {
		addEventListener(type, stop, { capture: true, passive: true });
	}
	const step = () => {
		const element = find();
		if (frames++ > 30 || !element) {
			stop();
			return;
		}
		const off = element.getBoundingClientRect().top - top;
		if (Math.abs(off) > 1) {
			scrollBy(0, off);
		}
		requestAnimationFrame(step);
	};
	step();
}

function headings(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('main h2, main h3')];
}

function headingText(heading: HTMLElement): string {
	return (heading.textContent ?? '').trim();
}

/** The heading nearest the top of the screen, below it or just above it. */
function nearestHeading(): { text: string; nth: number; top: number } | null {
	let best: { heading: HTMLElement; top: number } | null = null;
	const all = headings();
	for (const heading of all) {
		const top = heading.getBoundingClientRect().top;
		if (!best || Math.abs(top) < Math.abs(best.top)) {
			best = { heading, top };
		}
	}
	if (!best) {
		return null;
	}
	const text = headingText(best.heading);
	const nth = all.filter((h) => headingText(h) === text).indexOf(best.heading);
	return { text, nth, top: best.top };
}

let listening = false;

function rememberWhenLeaving(): void {
	if (listening) {
		return;
	}
	listening = true;
	addEventListener('pagehide', () => {
		const heights = [...shownHeights].map(([id, height]) => ({ id, px: Math.round(height()) }));
		const anchor = scrollY > 0 ? nearestHeading() : null;
		const remembered: Remembered = {
			path: location.pathname,
			anchor: anchor ? { text: anchor.text, nth: anchor.nth } : null,
			anchorTop: Math.round(anchor?.top ?? 0),
			heights
		};
		try {
			sessionStorage.setItem(KEY, JSON.stringify(remembered));
		} catch {
			// Storage blocked or full: the next reload lands where SvelteKit puts it, as before.
		}
	});
}
