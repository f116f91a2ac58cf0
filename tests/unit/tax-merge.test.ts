/**
 * The summed schedules of tax-merge.ts are a shortcut: for every region, filing status and
 * income they must give, to the digit, what applying each tax one by one gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import regionsJson from '$data/tax/regions.json';
import { cents, Dec } from '$lib/engine/money';
import { taxFigures as taxTables, taxTotalFor } from '$lib/engine/tax';
import { estimateTax } from '$lib/engine/tax-estimate';
import { compileTax } from '$lib/engine/tax-compile';
import { regionScheduleSteps, taxByField, type RegionSchedule } from '$lib/engine/tax-merge';
import { runToEnd } from '$lib/engine/steps';
import { TAX_FIELDS } from '$lib/engine/tax-schema';
import { FILING_STATUSES, TAX_REGION_IDS, type FilingStatus } from '$lib/engine/types';
import type Decimal from 'decimal.js';

const tables = new Map(taxTables.map((table) => [table.jurisdiction, table]));

function scheduleOf(region: string, status: FilingStatus): RegionSchedule {
	const jurisdictions = regionsJson.regions.find((r) => r.id === region)?.jurisdictions ?? [];
	const taxes = jurisdictions.flatMap((id) => tables.get(id)?.taxes ?? []).map(compileTax);
	return runToEnd(regionScheduleSteps(taxes, status));
}

/** The same region with nothing summed: every tax applied one by one, as before. */
const oneByOne = (schedule: RegionSchedule): RegionSchedule => ({ ...schedule, summed: null });

function expectSame(schedule: RegionSchedule, wages: Decimal, status: FilingStatus): void {
	const summed = taxByField(schedule, wages, status);
	const plain = taxByField(oneByOne(schedule), wages, status);
	for (const field of TAX_FIELDS) {
		expect(String(summed[field]), `${field} at ${String(wages)}`).toBe(String(plain[field]));
	}
}

const regionAndStatus = fc.tuple(
	fc.constantFrom(...TAX_REGION_IDS),
	fc.constantFrom(...FILING_STATUSES)
);
/** Wages in cents: mostly salaries, some far above any bracket, up to just under 10^15. */
const wages = fc.oneof(
	fc.integer({ min: 1, max: 500_000_000 }).map((c) => new Dec(c).dividedBy(100)),
	fc.bigInt({ min: 1n, max: 10n ** 17n - 1n }).map((c) => new Dec(c.toString()).dividedBy(100))
);

describe('summed tax schedules', () => {
	it('sum every tax of every region (so the fast path is the one taken)', () => {
		for (const region of TAX_REGION_IDS) {
			for (const status of FILING_STATUSES) {
				const schedule = scheduleOf(region, status);
				expect(schedule.taxes.length, region).toBeGreaterThan(0);
				expect(schedule.summed, region).not.toBeNull();
				expect(schedule.oneByOne, region).toEqual([]);
			}
		}
	});

	it('give exactly the tax-by-tax lines for any income', () => {
		fc.assert(
			fc.property(regionAndStatus, wages, ([region, status], amount) => {
				expectSame(scheduleOf(region, status), amount, status);
			}),
			{ numRuns: 3000 }
		);
	});

	it('give exactly the tax-by-tax lines at every threshold and a cent either side', () => {
		for (const region of TAX_REGION_IDS) {
			for (const status of FILING_STATUSES) {
				const schedule = scheduleOf(region, status);
				const points = (schedule.summed ?? []).flatMap((line) =>
					line.segments.map((segment) => segment.from)
				);
				for (const point of points) {
					for (const step of ['-0.01', '0', '0.01']) {
						const amount = point.plus(step);
						if (amount.gt(0)) {
							expectSame(schedule, amount, status);
						}
					}
				}
			}
		}
	});

	it('leave incomes from 10^15 on to the tax-by-tax path', () => {
		const schedule = scheduleOf('us-ca', 'single');
		for (const text of ['1000000000000000', '123456789012345678901234567890.12']) {
			const huge = new Dec(text);
			const plain = taxByField(oneByOne(schedule), huge, 'single');
			const tax = estimateTax({ income: text, region: 'us-ca', filingStatus: 'single' });
			for (const field of TAX_FIELDS) {
				expect(String(tax[field])).toBe(String(cents(plain[field])));
			}
		}
	});

	it('give projections the same total as estimateTax', () => {
		fc.assert(
			fc.property(regionAndStatus, wages, ([region, status], amount) => {
				const total = taxTotalFor(region, status)(amount);
				expect(String(total)).toBe(
					String(estimateTax({ income: amount, region, filingStatus: status }).total)
				);
			}),
			{ numRuns: 1000 }
		);
	});
});
