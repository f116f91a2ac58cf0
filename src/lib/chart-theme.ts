import type { ChartOptions } from 'chart.js';

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
			x: { ticks: { color: p.text, callback: tick }, grid: { color: p.grid } },
			y: { ticks: { color: p.text }, grid: { color: p.grid } }
		},
		plugins: { legend: { position: 'top' } }
	};
}
