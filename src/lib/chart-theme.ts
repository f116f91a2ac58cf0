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
