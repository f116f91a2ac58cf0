/**
 * Problems found in a scenario, in words a person reads: `offers.1.base` becomes
 * "Offer 2, base salary". Used wherever a whole file or link is rejected (import, share
 * link, a corrupt save); the form shows messages next to their field instead.
 */
import type { InputIssue } from '$lib/engine';

const OFFER_FIELDS: Readonly<Record<string, string>> = {
	name: 'name',
	role: 'role',
	level: 'level',
	location: 'location',
	currency: 'currency',
	colIndex: 'cost-of-living index',
	taxRegion: 'tax region',
	base: 'base salary',
	raisePct: 'yearly raise',
	bonusPct: 'bonus',
	signOn: 'sign-on bonus',
	relocation: 'relocation',
	otherAnnual: 'other yearly cash',
	retirementMatchPct: 'retirement match',
	equity: 'equity',
	'equity.type': 'equity type',
	'equity.grant': 'RSU grant',
	'equity.refresh': 'yearly refresher',
	'equity.growthPct': 'share price growth',
	'equity.shares': 'number of options',
	'equity.strike': 'strike price',
	'equity.price': 'share price',
	'equity.successPct': 'chance of success',
	'equity.vesting': 'vesting',
	'equity.vesting.yearly': 'vesting',
	'equity.vesting.cliffMonths': 'vesting cliff',
	'equity.vesting.every': 'vesting frequency'
};

const SCENARIO_FIELDS: Readonly<Record<string, string>> = {
	'': 'The file',
	version: 'Version',
	years: 'Years to compare',
	household: 'Household',
	'household.filingStatus': 'Filing status',
	'household.annualSpending': 'Yearly spending',
	fx: 'Exchange rate',
	'fx.GBPUSD': 'Exchange rate (US dollars per pound)',
	offers: 'Offers'
};

/** The words for an offer's field path (`equity.grant`, `signOn.1`), relative to the offer. */
export function offerFieldWords(path: string): string {
	const signOnYear = /^signOn\.(\d+)$/.exec(path);
	if (signOnYear) {
		return `sign-on bonus, year ${Number(signOnYear[1]) + 1}`;
	}
	const vestYear = /^equity\.vesting\.yearly\.(\d+)$/.exec(path);
	if (vestYear) {
		return `vesting, year ${Number(vestYear[1]) + 1}`;
	}
	return OFFER_FIELDS[path] ?? path;
}

/**
 * Where a problem is, in words.
 *
 * @example pathWords('offers.1.base') // 'Offer 2, base salary'
 * @example pathWords('household.annualSpending') // 'Yearly spending'
 */
export function pathWords(path: string): string {
	const offer = /^offers\.(\d+)(?:\.(.+))?$/.exec(path);
	if (offer) {
		const label = `Offer ${Number(offer[1]) + 1}`;
		return offer[2] === undefined ? label : `${label}, ${offerFieldWords(offer[2])}`;
	}
	return SCENARIO_FIELDS[path] ?? path;
}

/**
 * One problem as a sentence naming its field. A message that already starts with the
 * field's name ("Base salary must be…") loses that start, so it is not said twice.
 *
 * @example issueWords({ path: 'offers.1.base', message: 'Base salary must be a number, like 150000.' })
 * // 'Offer 2, base salary: must be a number, like 150000.'
 */
export function issueWords(issue: InputIssue): string {
	const where = pathWords(issue.path);
	const field = where.includes(', ') ? where.slice(where.lastIndexOf(', ') + 2) : where;
	let message = issue.message.trim();
	if (message.toLowerCase().startsWith(field.toLowerCase() + ' ')) {
		message = message.slice(field.length + 1);
	}
	return `${where}: ${message}`;
}

/**
 * The first few problems in one sentence-sized text, saying how many more there are.
 *
 * @example describeIssues(errors, 2) // 'Offer 1, base salary: must be…; Offer 2, name: is required. (3 more problems)'
 */
export function describeIssues(issues: readonly InputIssue[], max: number): string {
	if (issues.length === 0) {
		return 'it does not match the scenario format.';
	}
	const shown = issues.slice(0, max).map(issueWords).join(' ');
	const rest = issues.length - max;
	return rest > 0 ? `${shown} (${rest} more ${rest === 1 ? 'problem' : 'problems'})` : shown;
}
