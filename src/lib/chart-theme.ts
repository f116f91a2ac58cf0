import type { BarController, ChartOptions } from 'chart.js';

/**
 * Colours for charts, read from the page's CSS custom properties so that charts follow
 * light and dark mode like the rest of the page.
 */
export interface ChartPalette {
	text: string;
	grid: string;
	series: string[];
}

export function chartPalette(el: HTMLElement): ChartPalette {
	const css = getComputedStyle(el);
	const v = (name: string) => css.getPropertyValue(name).trim();
	return {
		text: v('--text'),
		grid: v('--border'),
		series: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => v(`--series-${i}`))
	};
}

/**
 * The frame of a horizontal bar chart (one bar per city or role): themed axes, money on the
 * value axis, the legend on top, and nothing animated, since a static chart is easier to
 * read and to test. Each chart adds its own tooltip.
 */
export function horizontalBarOptions(
	p: ChartPalette,
	tick: (value: string | number) => string
): ChartOptions<'bar'> {
	return {
		indexAxis: 'y',
		responsive: true,
		maintainAspectRatio: false,
		animation: false,
		color: p.text,
		scales: {
			// Money labels ("$300K") are about as wide as chart.js's 40 px between ticks: on a
			// phone they touched, so a label too close to the last one drawn is skipped.
			// `grace` leaves room past the longest bar, so it does not run into the chart's edge.
			x: {
				grace: '5%',
				ticks: { color: p.text, callback: tick, autoSkipPadding: 12, maxRotation: 0 },
				grid: { color: p.grid }
			},
			y: { ticks: { color: p.text }, grid: { color: p.grid } }
		},
		plugins: { legend: { position: 'top' } }
	};
}

/** The parts of chart.js's bar controller that the stacked bar controller below memoizes. */
interface BarInternals {
	parse(start: number, count: number): void;
	updateElements(bars: unknown[], start: number, count: number, mode: unknown): void;
	_getAxis(): string[];
	_getStacks(last?: number, dataIndex?: number): unknown[];
	_cachedMeta: { vScale?: { getMatchingVisibleMetas(type?: string): unknown[] } };
}

/** chart.js's bar controller class, seen as a plain class to extend. */
type BarControllerClass = { defaults?: object; overrides?: object } & (new (
	...args: never[]
) => object);

/** The chart type the stacked bar controller registers: a bar chart, drawn the same way. */
export const STACKED_BAR = 'stackedBar';

declare module 'chart.js' {
	interface ChartTypeRegistry {
		stackedBar: ChartTypeRegistry['bar'];
	}
}

/**
 * A bar controller for charts with many stacked datasets (the compare page draws 6 components
 * of up to 8 offers: 48 datasets of up to 10 bars). chart.js's own controller finds each bar's
 * place by walking every dataset, once per bar and several times over (`_getAxis`,
 * `_getStacks`): 480 bars × 48 datasets × 3 walks through its option proxies, most of an
 * update's time. Within one update of one dataset those answers do not change (they depend on
 * the datasets, their stacks and visibility, never on the bar), so this controller works them
 * out once per dataset and update. The same goes for stacking the values, which every update
 * does again for every dataset: chart.js asks the value axis for the visible datasets, sorted,
 * twice per value; this controller asks once per dataset. Bars land exactly where chart.js
 * puts them (tests/unit/stacked-bar.test.ts compares every bar with the plain controller's).
 *
 * `skipNull` makes the answer depend on the bar, so that case is left to chart.js. The
 * methods are chart.js 4's internals (package.json pins the version); the test above fails
 * if an upgrade renames them.
 */
export function stackedBarController(Bar: typeof BarController): typeof BarController {
	const Base = Bar as unknown as BarControllerClass;
	const base = Bar.prototype as unknown as BarInternals;
	class StackedBarController extends Base {
		static id = STACKED_BAR;
		// Its defaults and overrides (category x axis, bars offset from the grid) are the bar's.
		static override defaults = Base.defaults;
		static override overrides = Base.overrides;
		/** Answers for the update under way, keyed by method and argument; null between updates. */
		#memo: Map<string, unknown> | null = null;

		parse(start: number, count: number): void {
			const scale = (this as unknown as BarInternals)._cachedMeta.vScale;
			if (!scale) {
				base.parse.call(this, start, count);
				return;
			}
			// Shadows the axis's own method for the length of this parse only. A copy each time:
			// chart.js reverses the list it gets.
			const answers = new Map<string | undefined, unknown[]>();
			const ask = scale.getMatchingVisibleMetas;
			scale.getMatchingVisibleMetas = (type) => {
				if (!answers.has(type)) {
					answers.set(type, ask.call(scale, type));
				}
				return [...(answers.get(type) ?? [])];
			};
			try {
				base.parse.call(this, start, count);
			} finally {
				delete (scale as Partial<typeof scale>).getMatchingVisibleMetas;
			}
		}

		updateElements(bars: unknown[], start: number, count: number, mode: unknown): void {
			this.#memo = new Map();
			try {
				base.updateElements.call(this, bars, start, count, mode);
			} finally {
				this.#memo = null;
			}
		}

		_getAxis(): string[] {
			return this.#remember('axis', () => base._getAxis.call(this));
		}

		_getStacks(last?: number, dataIndex?: number): unknown[] {
			return dataIndex === undefined
				? this.#remember(`stacks ${last}`, () => base._getStacks.call(this, last, dataIndex))
				: base._getStacks.call(this, last, dataIndex);
		}

		#remember<V>(key: string, compute: () => V): V {
			if (!this.#memo) {
				return compute();
			}
			if (!this.#memo.has(key)) {
				this.#memo.set(key, compute());
			}
			return this.#memo.get(key) as V;
		}
	}
	return StackedBarController as unknown as typeof BarController;
}
