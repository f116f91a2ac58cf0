/**
 * The stacked bar controller (src/lib/chart-theme.ts) only remembers answers chart.js's bar
 * controller works out again for every bar: every bar must land exactly where the plain
 * controller puts it, through data changes, hidden datasets and stacks added or removed.
 * chart.js runs here without a DOM, on a canvas stub that measures text by its length.
 */
import { BarController, Chart, registerables, type ChartConfiguration } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { STACKED_BAR, stackedBarController } from '$lib/chart-theme';

Chart.register(...registerables, stackedBarController(BarController));

/** Enough of a canvas for chart.js's DOM-less platform: every drawing call does nothing. */
function canvasStub() {
	const canvas: Record<string, unknown> = { width: 1000, height: 320, style: {} };
	const context = new Proxy(
		{ canvas, measureText: (text: string) => ({ width: String(text).length * 7 }) },
		{
			get: (target, key) => (key in target ? target[key as keyof typeof target] : () => undefined),
			set: () => true
		}
	);
	canvas.getContext = () => context;
	return canvas as unknown as HTMLCanvasElement;
}

const COMPONENTS = ['Base', 'Bonus', 'Sign-on', 'Equity', 'Refreshers', 'Other'];

/** Offers × components datasets, one stack per offer, as PayCharts draws them. */
function datasets(offers: number, years: number, seed: number) {
	return Array.from({ length: offers }, (_, o) =>
		COMPONENTS.map((component, k) => ({
			label: `Offer ${o + 1}: ${component}`,
			stack: `offer-${o}`,
			// Zeros and negatives too (two in a stack, so it has a top and a bottom bar).
			data: Array.from({ length: years }, (_, y) =>
				(o + k + y + seed) % 7 === 0
					? 0
					: ((o + 1) * 1000 + k * 300 + y * 50 + seed) * (k >= 4 && y === 2 ? -1 : 1)
			)
		}))
	).flat();
}

function config(type: string, offers: number, years: number, seed: number): ChartConfiguration {
	return {
		type: type as 'bar',
		data: {
			labels: Array.from({ length: years }, (_, i) => `Year ${i + 1}`),
			datasets: datasets(offers, years, seed)
		},
		options: {
			animation: false,
			responsive: false,
			scales: { x: { stacked: true }, y: { stacked: true } }
		}
	};
}

/** Every bar's geometry and edges (which bar tops its stack and gets the rounded corners). */
function bars(chart: Chart) {
	return chart.data.datasets.map((_, i) =>
		chart
			.getDatasetMeta(i)
			.data.map((bar) =>
				bar.getProps(
					[
						'x',
						'y',
						'base',
						'width',
						'height',
						'enableBorderRadius',
						'borderSkipped',
						'inflateAmount'
					],
					true
				)
			)
	);
}

/** Applies the same change to both charts and updates them as ChartCanvas does. */
function both(charts: Chart[], change: (chart: Chart) => void) {
	for (const chart of charts) {
		change(chart);
		chart.update('none');
	}
}

describe('stacked bar controller', () => {
	test('puts every bar where the bar controller does, through every kind of update', () => {
		const plain = new Chart(canvasStub(), config('bar', 8, 10, 0));
		const stacked = new Chart(canvasStub(), config(STACKED_BAR, 8, 10, 0));
		const charts = [plain, stacked];
		expect(stacked.getDatasetMeta(0).controller).toBeInstanceOf(BarController);
		expect(bars(stacked)).toEqual(bars(plain));
		expect(bars(plain).flat()).toHaveLength(480);

		// New figures for one offer (a keystroke), then for all of them.
		both(charts, (chart) => {
			const next = datasets(8, 10, 3);
			for (let k = 0; k < 6; k++) {
				chart.data.datasets[k]!.data = next[k]!.data;
			}
		});
		expect(bars(stacked)).toEqual(bars(plain));
		both(charts, (chart) => (chart.data.datasets = datasets(8, 10, 5)));
		expect(bars(stacked)).toEqual(bars(plain));

		// A hidden component, then a hidden offer: the other stacks move over.
		both(charts, (chart) => chart.setDatasetVisibility(2, false));
		expect(bars(stacked)).toEqual(bars(plain));
		both(charts, (chart) => {
			for (let k = 6; k < 12; k++) {
				chart.setDatasetVisibility(k, false);
			}
		});
		expect(bars(stacked)).toEqual(bars(plain));

		// Fewer offers over fewer years, then more again.
		both(charts, (chart) => {
			chart.data.labels = ['Year 1', 'Year 2', 'Year 3'];
			chart.data.datasets = datasets(3, 3, 1);
		});
		expect(bars(stacked)).toEqual(bars(plain));
		both(charts, (chart) => {
			chart.data.labels = Array.from({ length: 6 }, (_, i) => `Year ${i + 1}`);
			chart.data.datasets = datasets(5, 6, 2);
		});
		expect(bars(stacked)).toEqual(bars(plain));
	});

	test('walks the datasets once per dataset and update, not once per bar', () => {
		// The internals it memoizes are still there to memoize (a chart.js upgrade may rename them).
		const internals = BarController.prototype as unknown as Record<string, unknown>;
		expect(typeof internals._getAxis).toBe('function');
		expect(typeof internals._getStacks).toBe('function');
		expect(typeof internals.parse).toBe('function');
		/** How often one update walks the datasets: for a bar's place, and for the stacks. */
		const walks = (type: string) => {
			const chart = new Chart(canvasStub(), config(type, 8, 10, 0));
			const original = internals._getStacks as (...args: unknown[]) => unknown;
			const sorted = chart.getSortedVisibleDatasetMetas.bind(chart);
			let places = 0;
			let stacks = 0;
			internals._getStacks = function (this: unknown, ...args: unknown[]) {
				places++;
				return original.apply(this, args);
			};
			chart.getSortedVisibleDatasetMetas = () => {
				stacks++;
				return sorted();
			};
			try {
				chart.data.datasets = datasets(8, 10, 1);
				chart.update('none');
			} finally {
				internals._getStacks = original;
			}
			return { places, stacks };
		};
		const plain = walks('bar');
		expect(plain.places).toBeGreaterThanOrEqual(480);
		expect(plain.stacks).toBeGreaterThanOrEqual(2 * 480);
		const stacked = walks(STACKED_BAR);
		expect(stacked.places).toBeLessThanOrEqual(2 * 48);
		expect(stacked.stacks).toBeLessThanOrEqual(4 * 48);
	});

	test('leaves bars that skip missing values to the bar controller', () => {
		const withGaps = (type: string) => {
			const c = config(type, 3, 4, 0);
			// The second offer has nothing in years 1 and 3: its stack is skipped there.
			for (let k = 6; k < 12; k++) {
				c.data.datasets[k]!.data = [null, 5, null, 7];
			}
			c.data.datasets[1]!.data = [3, null, 4, null];
			for (const dataset of c.data.datasets) {
				Object.assign(dataset, { skipNull: true });
			}
			return new Chart(canvasStub(), c);
		};
		expect(bars(withGaps(STACKED_BAR))).toEqual(bars(withGaps('bar')));
	});
});
