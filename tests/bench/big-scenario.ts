/**
 * The biggest scenario the app accepts, varied like real ones: 8 offers over 10 years in four
 * cities (three tax regions and pounds), every vesting preset, refreshers, options, raises,
 * multi-year sign-ons. The engine bench and the browser's keystroke bench both measure it.
 */
const vestings = ['standard', 'amazon', 'front-loaded', 'back-loaded', 'standard-quarterly'];

/** A scenario file as the engine contract writes it (raw JSON, not parsed). */
export const bigScenario = {
	version: 1,
	years: 10,
	household: { filingStatus: 'married', annualSpending: 70000 },
	fx: { GBPUSD: 1.36 },
	offers: Array.from({ length: 8 }, (_, i) => ({
		name: `Bench ${i + 1}`,
		role: 'ml-engineer',
		level: 'senior',
		location: ['san-francisco', 'london', 'new-york', 'seattle'][i % 4],
		base: 150000 + 5000 * i,
		raisePct: 3,
		bonusPct: 10,
		signOn: [30000, 10000],
		relocation: 10000,
		retirementMatchPct: 4,
		equity:
			i === 7
				? { type: 'options', shares: 40000, strike: 1, price: 5, growthPct: 15, successPct: 40 }
				: {
						type: 'rsu',
						grant: 200000 + 10000 * i,
						vesting: vestings[i % vestings.length],
						growthPct: 2 * i,
						refresh: 40000
					}
	}))
};
