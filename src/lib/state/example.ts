/**
 * The worked example a first visit starts with: two offers, each named "Example: …" so no
 * one mistakes them for their own. It is written twice: as a scenario file (the shape a
 * person would import), and as the scenario the engine's parser makes of that file, with
 * every default filled in. The page starts from the second, so a first visit draws its
 * results without downloading the checks (zod); `state-example.test.ts` holds the two equal,
 * so the example can never drift from the parser. The location defaults and the vesting
 * preset are the engine's own, not copies.
 */
import {
	Dec,
	locationById,
	resolveVesting,
	type LocationId,
	type Offer,
	type Scenario,
	type VestingSchedule
} from '$lib/engine';
import { markNormalizedFx, markNormalizedOffer } from '$lib/engine/normalized';

/** Every example offer's name starts with this, which is how the page recognizes them. */
export const EXAMPLE_PREFIX = 'Example: ';

/** The example as a scenario file. */
export const exampleScenarioFile = {
	version: 1,
	years: 4,
	household: { filingStatus: 'single', annualSpending: 60000 },
	fx: { GBPUSD: 1.36 },
	offers: [
		{
			name: 'Example: Bay Area AI lab',
			role: 'ml-engineer',
			level: 'senior',
			location: 'san-francisco',
			base: 210000,
			bonusPct: 10,
			signOn: 30000,
			equity: { type: 'rsu', grant: 400000, vesting: 'standard', growthPct: 0, refresh: 50000 }
		},
		{
			name: 'Example: Austin startup',
			role: 'ml-engineer',
			level: 'senior',
			location: 'austin',
			base: 175000,
			bonusPct: 0,
			signOn: 0,
			equity: {
				type: 'options',
				shares: 40000,
				strike: 2,
				price: 10,
				vesting: 'standard',
				growthPct: 20,
				successPct: 40
			}
		}
	]
} as const;

/** Whether an offer name marks it as part of the worked example. */
export function isExampleName(name: string): boolean {
	return name.startsWith(EXAMPLE_PREFIX);
}

/** What `parseOffer` fills in from an offer's location: its currency, index and tax region. */
function placeDefaults(
	id: LocationId
): Pick<Offer, 'location' | 'currency' | 'colIndex' | 'taxRegion'> {
	const place = locationById(id);
	if (!place) {
		throw new Error(`The worked example names an unknown location: ${id}`);
	}
	return {
		location: id,
		currency: place.currency,
		colIndex: place.defaultColIndex,
		taxRegion: place.taxRegion
	};
}

function standardVesting(): VestingSchedule {
	const schedule = resolveVesting('standard');
	if (!schedule) {
		throw new Error('The vesting preset of the worked example is missing.');
	}
	return schedule;
}

/**
 * The parsed example, written out (see the file's comment): `parseScenario` of
 * `exampleScenarioFile`, which a unit test checks field by field.
 */
function buildExample(): Scenario {
	const zero = () => new Dec(0);
	const lab: Offer = {
		name: 'Example: Bay Area AI lab',
		role: 'ml-engineer',
		level: 'senior',
		...placeDefaults('san-francisco'),
		base: new Dec(210000),
		raisePct: 0,
		bonusPct: 10,
		signOn: [new Dec(30000)],
		relocation: zero(),
		otherAnnual: zero(),
		retirementMatchPct: 0,
		equity: {
			type: 'rsu',
			grant: new Dec(400000),
			vesting: standardVesting(),
			growthPct: 0,
			refresh: new Dec(50000)
		}
	};
	const startup: Offer = {
		name: 'Example: Austin startup',
		role: 'ml-engineer',
		level: 'senior',
		...placeDefaults('austin'),
		base: new Dec(175000),
		raisePct: 0,
		bonusPct: 0,
		signOn: [zero()],
		relocation: zero(),
		otherAnnual: zero(),
		retirementMatchPct: 0,
		equity: {
			type: 'options',
			shares: new Dec(40000),
			strike: new Dec(2),
			price: new Dec(10),
			vesting: standardVesting(),
			growthPct: 20,
			successPct: 40
		}
	};
	const fx = { GBPUSD: new Dec('1.36') };
	// As the parser would have: these need no second check (engine/normalized.ts).
	markNormalizedOffer(lab);
	markNormalizedOffer(startup);
	markNormalizedFx(fx);
	return {
		version: 1,
		years: 4,
		household: { filingStatus: 'single', annualSpending: new Dec(60000) },
		fx,
		offers: [lab, startup]
	};
}

/**
 * The example, as the parser reads it. Built once: the page start and every share link
 * opened compare against it, and nothing changes a parsed scenario (its offers are read,
 * never written).
 *
 * @example exampleScenario().offers[0].name // 'Example: Bay Area AI lab'
 */
export function exampleScenario(): Scenario {
	example ??= buildExample();
	return example;
}

let example: Scenario | undefined;
