/**
 * A region's tax tables made in steps (`regionSchedulesSteps`), as a page starting up makes
 * them, a piece of work per step: the same tables as `regionSchedules`, made once.
 */
import { describe, expect, it } from 'vitest';
import { regionSchedules, regionSchedulesSteps } from '$lib/engine';
import { TAX_REGION_IDS } from '$lib/engine/types';

/** Runs the steps, counting them. */
function run<R>(steps: Generator<void, R, undefined>): { result: R; steps: number } {
	let count = 0;
	for (;;) {
		const step = steps.next();
		if (step.done) {
			return { result: step.value, steps: count };
		}
		count++;
	}
}

describe('regionSchedulesSteps', () => {
	it.each(TAX_REGION_IDS.map((region) => [region]))(
		'%s: a step per table and line the first time, none after, the tables regionSchedules keeps',
		(region) => {
			// Given a region whose tables were not made yet in this module (each test file has its own).
			const first = run(regionSchedulesSteps(region, 'married'));
			// Then making them took more than one step, and they are the ones kept.
			expect(first.steps).toBeGreaterThan(1);
			expect(regionSchedules(region, 'married')).toBe(first.result);
			// And asked again, they are there at once.
			const again = run(regionSchedulesSteps(region, 'married'));
			expect(again).toEqual({ result: first.result, steps: 0 });
		}
	);

	it('the other filing status reuses the compiled tables: steps for its lines only', () => {
		const married = run(regionSchedulesSteps('us-ny', 'married'));
		const single = run(regionSchedulesSteps('us-ny', 'single'));
		expect(single.steps).toBeGreaterThan(0);
		expect(single.result).not.toBe(married.result);
		expect(single.result.taxes).toBe(married.result.taxes);
	});

	it('an unknown region or filing status throws at the first step, as regionSchedules does', () => {
		expect(() => regionSchedulesSteps('mars' as never, 'single').next()).toThrow(RangeError);
		expect(() => regionSchedulesSteps('uk', 'widowed' as never).next()).toThrow(RangeError);
	});
});
