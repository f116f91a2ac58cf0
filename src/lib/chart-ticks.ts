/**
 * Round values for a value axis drawn without chart.js (the negotiate page's range bar), so
 * it reads like the chart.js charts' axes: steps of 1, 2, 2.5 or 5 times a power of ten.
 * Numbers only, to place and label marks; never money to compute with.
 */

const STEPS = [1, 2, 2.5, 5];

/**
 * The round values inside [min, max], as many as fit in `count` + 1: the finest round step
 * that gives no more, so a short range is not left with two labels.
 *
 * @example niceTicks(127000, 183000) // [130000, 140000, 150000, 160000, 170000, 180000]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
	if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min || count < 1) {
		return [];
	}
	const power = 10 ** Math.floor(Math.log10((max - min) / count));
	// The step that fits is at most 10 × power (10 × power ≥ (max − min) / count), so a tenth
	// of power up to ten times it is always enough.
	for (const scale of [power / 10, power, power * 10]) {
		for (const s of STEPS) {
			const step = s * scale;
			const first = Math.ceil(min / step);
			const last = Math.floor(max / step);
			if (last - first + 1 <= count + 1) {
				// toPrecision drops the float error of k × step (3 × 0.1 = 0.30000000000000004),
				// which a label would otherwise show.
				return Array.from({ length: last - first + 1 }, (_, i) =>
					Number(((first + i) * step).toPrecision(12))
				);
			}
		}
	}
	return [];
}
