/**
 * Where a page is being read, in a form that survives the page being built again: the heading
 * nearest the top of the screen (its text, and which of the headings with that text it is:
 * ids of offer cards are handed out afresh on each load), its distance from the top, and the
 * heights of the sections that load on demand (Deferred.svelte). See reload-position.ts for
 * why; this part has no dependencies, because the layout of every page uses it for Back.
 */

export interface PagePosition {
	path: string;
	anchor: { text: string; nth: number } | null;
	anchorTop: number;
	heights: { id: string; px: number }[];
}

/** The heights of the sections shown now, by id, measured when the page is left. */
const shownHeights = new Map<string, () => number>();

/** A shown section's height is measured when the page is left; returns what stops that. */
export function measureWhenLeaving(id: string, height: () => number): () => void {
	shownHeights.set(id, height);
	return () => {
		if (shownHeights.get(id) === height) {
			shownHeights.delete(id);
		}
	};
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

/** The position of the page shown now (at `path`). */
export function snapshot(path = location.pathname): PagePosition {
	const heights = [...shownHeights].map(([id, height]) => ({ id, px: Math.round(height()) }));
	const anchor = scrollY > 0 ? nearestHeading() : null;
	return {
		path,
		anchor: anchor ? { text: anchor.text, nth: anchor.nth } : null,
		anchorTop: Math.round(anchor?.top ?? 0),
		heights
	};
}

/** The position each page had when the person last went from it to another page of the app. */
const leftInApp = new Map<string, PagePosition>();
/** The position to restore on the page being returned to with Back, until it is restored. */
let returning: PagePosition | null = null;

/**
 * Going from the page at `path` to another page of the app (SvelteKit's beforeNavigate):
 * remembers where it was, for a Back to it. SvelteKit would restore the scroll position in
 * pixels, over the guessed heights of the sections that load on demand, and land off.
 */
export function rememberLeavingInApp(path: string): void {
	// By the page's own path: on a Back, the address already shows the page it goes to.
	leftInApp.set(path, snapshot(path));
}

/**
 * Every navigation inside the app (SvelteKit's onNavigate, before rendering): `path` is the
 * page a Back returns to, or null for any other navigation, which starts its page afresh.
 */
export function prepareReturn(path: string | null): void {
	returning = path === null ? null : (leftInApp.get(path) ?? null);
}

/**
 * The position of a Back to the page shown now, if any; `done` forgets it once restored.
 * (A Back to a page that never restores one leaves it unused: the path check keeps it there.)
 */
export function returnPosition(done = false): PagePosition | null {
	const position = returning?.path === location.pathname ? returning : null;
	if (done) {
		returning = null;
	}
	return position;
}

/** What a person does to scroll: after it, the page no longer moves the heading back. */
export const SCROLLING = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Puts the heading of `position` back where it was, and keeps it there for about a second:
 * offer cards near it are laid out over the next frames (`content-visibility: auto`), one that
 * turns out shorter than its guessed height would move everything below it, and after a Back
 * SvelteKit scrolls once more. Stops as soon as the person scrolls.
 */
export function holdInPlace(position: PagePosition): void {
	const anchor = position.anchor;
	if (!anchor) {
		return;
	}
	const find = () => headings().filter((h) => headingText(h) === anchor.text)[anchor.nth];
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
		if (frames++ > 60 || !element) {
			stop();
			return;
		}
		const off = element.getBoundingClientRect().top - position.anchorTop;
		if (Math.abs(off) > 1) {
			scrollBy(0, off);
		}
		requestAnimationFrame(step);
	};
	step();
}
