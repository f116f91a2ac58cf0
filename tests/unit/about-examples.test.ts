import { it, expect } from 'vitest';
import { parseScenario } from '$lib/engine';
it('scratch', () => {
	const r = parseScenario({
		years: 11,
		household: { annualSpending: 2e7 },
		fx: { GBPUSD: 50 },
		offers: [
			{
				name: 'x',
				location: 'austin',
				base: 2e7,
				raisePct: 200,
				bonusPct: 600,
				retirementMatchPct: 150,
				colIndex: 0,
				signOn: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
				equity: {
					type: 'rsu',
					grant: 2e9,
					growthPct: 2000,
					vesting: { yearly: [50, 45], cliffMonths: 6, every: 2 }
				}
			},
			{
				name: 'y',
				location: 'austin',
				base: 1,
				equity: { type: 'options', shares: 1, strike: 1, price: 1, successPct: 150 }
			}
		]
	});
	console.log(JSON.stringify(r, null, 1));
	const d = parseScenario({
		offers: [
			{
				name: 'x',
				location: 'remote',
				base: 1,
				equity: { type: 'options', shares: 1, strike: 1, price: 1 }
			}
		]
	});
	console.log(JSON.stringify(d, null, 1));
	expect(1).toBe(1);
});
