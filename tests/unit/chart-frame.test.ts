/**
 * Which chart redraws go into the next frame ($lib/chart-frame): the charts on screen, all
 * together, when their last draws fit in SAME_FRAME_DRAW_MS; every other redraw after it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	cancelRedraw,
	redrawAroundNextFrame,
	SAME_FRAME_DRAW_MS,
	type FrameRedraw
} from '$lib/chart-frame';

let frames: FrameRequestCallback[] = [];

beforeEach(() => {
	frames = [];
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		frames.push(callback);
		return frames.length;
	});
});
afterEach(() => {
	vi.unstubAllGlobals();
});

/** Runs the frame's callbacks, as the browser does before its paint. */
function runFrame() {
	const due = frames;
	frames = [];
	for (const callback of due) {
		callback(0);
	}
}

/** A chart that records where it was drawn. */
function chart(onScreen: boolean, lastDrawMs: number, log: string[], name: string): FrameRedraw {
	return {
		onScreen: () => onScreen,
		lastDrawMs: () => lastDrawMs,
		drawNow: () => log.push(`${name} in the frame`),
		drawAfter: () => log.push(`${name} after it`)
	};
}

describe('redrawAroundNextFrame', () => {
	it('draws a quick chart on screen in the frame, and one off screen after it', () => {
		// The chart off screen does not count, however slow it is.
		const log: string[] = [];
		redrawAroundNextFrame(chart(true, 3, log, 'seen'));
		redrawAroundNextFrame(chart(false, Infinity, log, 'away'));
		expect(log).toEqual([]);
		runFrame();
		expect(log).toEqual(['seen in the frame', 'away after it']);
	});

	it('asks for one frame for all the charts waiting', () => {
		const log: string[] = [];
		redrawAroundNextFrame(chart(true, 1, log, 'a'));
		redrawAroundNextFrame(chart(true, 1, log, 'b'));
		expect(frames).toHaveLength(1);
		runFrame();
		expect(log).toEqual(['a in the frame', 'b in the frame']);
	});

	it('draws the charts on screen after the frame when together they would not fit', () => {
		// 5 + 5 > 8 ms: each alone would fit, both together would not, so both wait.
		const log: string[] = [];
		redrawAroundNextFrame(chart(true, 5, log, 'a'));
		redrawAroundNextFrame(chart(true, 5, log, 'b'));
		runFrame();
		expect(log).toEqual(['a after it', 'b after it']);
	});

	it('draws a chart whose cost is not known yet after the frame, and at the limit in it', () => {
		const log: string[] = [];
		redrawAroundNextFrame(chart(true, Infinity, log, 'new'));
		runFrame();
		redrawAroundNextFrame(chart(true, SAME_FRAME_DRAW_MS, log, 'limit'));
		runFrame();
		expect(log).toEqual(['new after it', 'limit in the frame']);
	});

	it('forgets a cancelled chart: it is not drawn and does not weigh on the frame', () => {
		const log: string[] = [];
		const gone = chart(true, Infinity, log, 'gone');
		redrawAroundNextFrame(gone);
		redrawAroundNextFrame(chart(true, 2, log, 'kept'));
		cancelRedraw(gone);
		runFrame();
		expect(log).toEqual(['kept in the frame']);
	});

	it('still draws the other charts when one throws, and reports the error', async () => {
		const log: string[] = [];
		const thrown = new Promise((resolve) => {
			vi.stubGlobal('queueMicrotask', (task: () => void) => {
				try {
					task();
				} catch (error) {
					resolve(error);
				}
			});
		});
		const broken: FrameRedraw = {
			...chart(true, 1, log, 'broken'),
			drawNow: () => {
				throw new Error('chart.js failed');
			}
		};
		redrawAroundNextFrame(broken);
		redrawAroundNextFrame(chart(true, 1, log, 'fine'));
		runFrame();
		expect(log).toEqual(['fine in the frame']);
		expect(await thrown).toEqual(new Error('chart.js failed'));
	});

	it('starts afresh for the next frame', () => {
		const log: string[] = [];
		redrawAroundNextFrame(chart(true, 9, log, 'slow'));
		runFrame();
		redrawAroundNextFrame(chart(true, 2, log, 'quick'));
		runFrame();
		expect(log).toEqual(['slow after it', 'quick in the frame']);
	});
});
