/**
 * What the pages that show the guide's tables cite with them: the guide itself, its tables'
 * headings and notes, and the rule behind derived ranges. Apart from market.ts, whose figures
 * the compare page uses, so that a first visit to it does not download these sentences.
 */
import { guideTables } from './market';

const { byRole, byLocation } = guideTables;

/** The guide, as cited under every table. */
export const guideSource = {
	title: byRole.source.title,
	publisher: byRole.source.publisher,
	/** ISO date at the top of the page ("Published: Feb 1, 2026"). */
	published: byRole.source.published,
	/** The page also shows "Published: Feb 25, 2026" at its end. */
	publishedAlso: byRole.source.publishedAlso
} as const;

/** The rule behind every `source: 'derived'` range, worded for the methodology page. */
export const derivedRule =
	'Where the guide gives no figure for a role, level and location, Counteroffer derives one ' +
	'from its two tables. It takes an anchor role (Data Scientist for Data Scientists, ML Engineer ' +
	'for every other role) and compares the anchor\'s Mid range in that location ("Salary by ' +
	'Location") with the anchor\'s national Mid range ("Salary by Role"): factor low = location ' +
	'low ÷ national low, factor high = location high ÷ national high. The derived range is the ' +
	"role's national range at that level times these factors, each end rounded to the nearest " +
	"1,000 (half up) in the location's currency. London's figures are in GBP, so there the factors " +
	'convert as well as scale and the result is in GBP. Remote uses the guide\'s "Remote (Global)" ' +
	'row like any city. Example: ML Engineer, Entry, San Francisco: low 110,000 × 200,000 ÷ ' +
	'150,000 = 146,667, rounded 147,000; high 150,000 × 280,000 ÷ 220,000 = 190,909, rounded 191,000.';

/** The guide's headings of its two salary tables, for citing them. */
export const tableSections = {
	salaryByRole: byRole.source.section,
	salaryByLocation: byLocation.source.section
} as const;

/** The table's footnote, verbatim: what total compensation includes. */
export const salaryByRoleFootnote: string = byRole.footnote;
/** Our note on the location table (London in GBP, Remote's "Variable" index). */
export const salaryByLocationNote: string = byLocation.note;
