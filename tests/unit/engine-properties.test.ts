import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headline } from '$lib/engine/compare';
import { leaveAt } from '$lib/engine/leave';
import { cents, Dec, type Money } from '$lib/engine/money';
import { project } from '$lib/engine/project';
import { parseOffer, parseScenario } from '$lib/engine/schema';
import type { Offer, PayLines, Projection } from '$lib/engine/types';
import { VESTING_PRESET_IDS } from '$lib/engine/types';

/** Money as a person writes it: whole or with cents, as a number or a string. */
const money = (max: number) =>
	fc
		.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 99 }), fc.boolean())
		.map(([whole, rawCents, asText]) => {
			// The maximum itself is allowed, a cent above it is not.
			const c = whole === max ? 0 : rawCents;
			const text = c === 0 ? String(whole) : `${whole}.${String(c).padStart(2, '0')}`;
			return asText ? text : Number(text);
		});

/** 1..10 whole yearly shares adding up to 100: the gaps between sorted cut points. */
const yearly = fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { maxLength: 9 }).map((cuts) => {
	const points = [0, ...[...cuts].sort((a, b) => a - b), 100];
	return points.slice(1).map((p, i) => p - (points[i] ?? 0));
});

const vesting = fc.oneof(
	fc.constantFrom(...VESTING_PRESET_IDS),
	fc.record({
		yearly,
		cliffMonths: fc.constantFrom(0, 12),
		every: fc.constantFrom(1, 3, 6, 12)
	})
);

const rsu = (growth: fc.Arbitrary<number>) =>
	fc.record({
		type: fc.constant('rsu'),
		grant: money(1_000_000_000),
		vesting,
		growthPct: growth,
		refresh: money(10_000_000)
	});

const options = (growth: fc.Arbitrary<number>) =>
	fc.record({
		type: fc.constant('options'),
		shares: money(1_000_000),
		strike: money(100),
		price: money(100),
		vesting,
		growthPct: growth,
		successPct: fc.integer({ min: 0, max: 100 })
	});

const anyGrowth = fc.integer({ min: -100, max: 1000 });

const offer = (growth: fc.Arbitrary<number> = anyGrowth) =>
	fc.record({
		name: fc.constantFrom('Acme', 'Globex', 'Initech'),
		location: fc.constantFrom('san-francisco', 'london', 'remote'),
		base: money(10_000_000),
		raisePct: fc.integer({ min: -50, max: 100 }),
		bonusPct: fc.integer({ min: 0, max: 500 }),
		signOn: fc.oneof(money(10_000_000), fc.array(money(10_000_000), { maxLength: 10 })),
		relocation: money(10_000_000),
		otherAnnual: money(10_000_000),
		retirementMatchPct: fc.integer({ min: 0, max: 100 }),
		equity: fc.option(fc.oneof(rsu(growth), options(growth)), { nil: undefined })
	});

const horizon = fc.integer({ min: 1, max: 10 });
const LINE_KEYS = ['base', 'bonus', 'signOn', 'equity', 'refresh', 'other'] as const;
const ALL_KEYS = [...LINE_KEYS, 'total', 'retirement', 'exerciseCost'] as const;

function normalized(input: unknown): Offer {
	const parsed = parseOffer(input);
	if (!parsed.ok) {
		throw new Error(JSON.stringify(parsed.errors));
	}
	return parsed.offer;
}

const sumOf = (values: readonly Money[]) => String(values.reduce((a, b) => a.plus(b), new Dec(0)));
const rowsOf = (p: Projection, key: keyof PayLines) => p.years.map((row) => row[key]);

describe('engine properties', () => {
	it('vests exactly the grant over its life (no growth, horizon 10)', () => {
		fc.assert(
			fc.property(offer(fc.constant(0)), (raw) => {
				const o = normalized(raw);
				const equity = sumOf(rowsOf(project(o, { years: 10 }), 'equity'));
				const grant = o.equity;
				if (grant === undefined) {
					expect(equity).toBe('0');
				} else if (grant.type === 'rsu') {
					expect(equity).toBe(String(cents(grant.grant)));
				} else {
					const spread = Dec.max(0, grant.price.minus(grant.strike));
					const value = grant.shares.times(spread).times(grant.successPct).dividedBy(100);
					expect(equity).toBe(String(cents(value)));
				}
			})
		);
	});

	it('makes every total the sum of its rounded lines, and totals the sum of rows', () => {
		fc.assert(
			fc.property(offer(), horizon, (raw, years) => {
				const result = project(raw, { years });
				expect(result.years).toHaveLength(years);
				for (const row of [...result.years, result.totals]) {
					expect(String(row.total)).toBe(sumOf(LINE_KEYS.map((key) => row[key])));
				}
				for (const key of ALL_KEYS) {
					expect(String(result.totals[key])).toBe(sumOf(rowsOf(result, key)));
				}
			})
		);
	});

	it('splits the total into guaranteed and at-risk pay, exactly (the headline table adds up)', () => {
		fc.assert(
			fc.property(offer(), horizon, (raw, years) => {
				const projection = project(raw, { years });
				const head = headline(projection);
				expect(String(head.guaranteedCash.plus(head.atRiskPay))).toBe(
					String(projection.totals.total)
				);
			})
		);
	});

	it('matches a plain event-by-event valuation (the closed forms are only a shortcut)', () => {
		fc.assert(
			fc.property(offer(fc.integer({ min: -100, max: 200 })), horizon, (raw, years) => {
				const o = normalized(raw);
				const result = project(o, { years });
				const expected = eventByEvent(o, years);
				result.years.forEach((row, i) => {
					// Cumulative rounding moves a line by at most a cent from its exact value.
					expect(
						row.equity
							.minus(expected.equity[i] ?? 0)
							.abs()
							.lte('0.01')
					).toBe(true);
					expect(
						row.refresh
							.minus(expected.refresh[i] ?? 0)
							.abs()
							.lte('0.01')
					).toBe(true);
				});
			}),
			{ numRuns: 60 }
		);
	});

	it('never leaves you with less received for leaving later', () => {
		fc.assert(
			fc.property(
				offer(),
				fc.integer({ min: 0, max: 120 }),
				fc.integer({ min: 0, max: 120 }),
				(raw, a, b) => {
					const o = normalized(raw);
					const [early, late] = a < b ? [a, b] : [b, a];
					expect(leaveAt(o, early).received.lte(leaveAt(o, late).received)).toBe(true);
				}
			)
		);
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), fc.anything(), (input, options) => {
				expect(parseScenario(input).ok).toBe(false);
				expect(() => project(input, options)).not.toThrow();
				expect(() => leaveAt(input, options)).not.toThrow();
			})
		);
	});

	it('never throws on an offer with one field replaced by anything', () => {
		const keys = ['name', 'location', 'base', 'signOn', 'equity', 'raisePct', 'colIndex'];
		fc.assert(
			fc.property(
				offer(),
				fc.constantFrom(...keys),
				fc.anything(),
				horizon,
				(raw, key, value, years) => {
					const mutated = { ...raw, [key]: value };
					const result = parseScenario({ years, offers: [mutated] });
					expect(typeof result.ok).toBe('boolean');
					const projection = project(mutated, { years });
					expect(projection.years.length === years || projection.errors !== undefined).toBe(true);
					expect(() => leaveAt(mutated, 6)).not.toThrow();
				}
			)
		);
	});
});

/** The contract's rules applied literally: one Decimal power per vest event. */
function eventByEvent(o: Offer, years: number): { equity: Money[]; refresh: Money[] } {
	const equity = Array.from({ length: years }, () => new Dec(0));
	const refresh = Array.from({ length: years }, () => new Dec(0));
	const grant = o.equity;
	if (grant === undefined) {
		return { equity, refresh };
	}
	const growth = new Dec(1).plus(new Dec(grant.growthPct).dividedBy(100));
	const priceAt = (months: number) => growth.pow(new Dec(months).dividedBy(12));
	const add = (lines: Money[], month: number, value: Money) => {
		const i = Math.ceil(month / 12) - 1;
		if (i < years) {
			lines[i] = (lines[i] ?? new Dec(0)).plus(value);
		}
	};
	const { yearly, every, cliffMonths } = grant.vesting;
	yearly.forEach((pct, k) => {
		const perYear = 12 / every;
		for (let j = 1; j <= perYear; j++) {
			const month = Math.max(12 * k + every * j, cliffMonths);
			const fraction = new Dec(pct).dividedBy(100 * perYear);
			const value =
				grant.type === 'rsu'
					? grant.grant.times(fraction).times(priceAt(month))
					: grant.shares
							.times(fraction)
							.times(Dec.max(0, grant.price.times(priceAt(month)).minus(grant.strike)))
							.times(grant.successPct)
							.dividedBy(100);
			add(equity, month, value);
		}
	});
	if (grant.type === 'rsu') {
		for (let y = 2; y <= years; y++) {
			for (let j = 1; j <= 16; j++) {
				add(refresh, 12 * (y - 1) + 3 * j, grant.refresh.dividedBy(16).times(priceAt(3 * j)));
			}
		}
	}
	return { equity, refresh };
}
