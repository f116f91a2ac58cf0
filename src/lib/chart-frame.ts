/**
 * Which chart redraws go into the next frame. A keystroke's frame shows the new tables; the
 * charts on screen are drawn in that same frame (in its animation-frame callbacks, before the
 * paint) when their last draws together took at most SAME_FRAME_DRAW_MS, so that the frame
 * shows every figure at once. Otherwise, and for a chart off screen, each is drawn in a task
 * after that frame, so that chart.js never holds the tables back: the compare page's 48
 * stacked bars took 6–13 ms a draw here, and far more on a phone.
 *
 * All or nothing: two charts that fit only one at a time both wait, as one chart drawn in the
 * frame and one after would make both frames later (measured: the whole compare page on one
 * screen got its results frame 17–31 ms later when each chart decided alone).
 */

/**
 * The draws of one frame may take this much together, in ms: half a frame, which leaves the
 * rest for Svelte's updates, style, layout and paint.
 */
export const SAME_FRAME_DRAW_MS = 8;

/** A chart waiting for a redraw, as the frame's decision sees it. */
export interface FrameRedraw {
	/** Some of the canvas is on screen. */
	onScreen(): boolean;
	/** How long its last draw took, in ms: Infinity until one has been timed. */
	lastDrawMs(): number;
	/** Draws now, inside the frame. */
	drawNow(): void;
	/** Draws in a task after the frame. */
	drawAfter(): void;
}

const waiting = new Set<FrameRedraw>();

function decide(): void {
	const charts = [...waiting];
	waiting.clear();
	const seen = charts.filter((chart) => chart.onScreen());
	const cost = seen.reduce((sum, chart) => sum + chart.lastDrawMs(), 0);
	const inFrame = seen.length > 0 && cost <= SAME_FRAME_DRAW_MS;
	for (const chart of charts) {
		try {
			if (inFrame && seen.includes(chart)) {
				chart.drawNow();
			} else {
				chart.drawAfter();
			}
		} catch (error) {
			// One chart's failure is reported, and the others are still drawn.
			queueMicrotask(() => {
				throw error;
			});
		}
	}
}

/** Forgets a chart's waiting redraw: the chart is gone, and must not weigh on the frame. */
export function cancelRedraw(chart: FrameRedraw): void {
	waiting.delete(chart);
}

/** Asks for a chart's redraw around the next frame: in it or after it, decided there. */
export function redrawAroundNextFrame(chart: FrameRedraw): void {
	if (waiting.size === 0) {
		requestAnimationFrame(decide);
	}
	waiting.add(chart);
}
