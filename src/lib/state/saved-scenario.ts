/**
 * What the page needs to know of saves without reading one: where they are kept. Apart from
 * persistence.ts (which checks saves with zod), so that a first visit, with nothing saved,
 * starts without the checks.
 */
export const SCENARIO_KEY = 'counteroffer:scenario:v1';
export const SCRIPTS_KEY = 'counteroffer:scripts:v1';
/** The form as left, when it holds more than the save (working-copy.ts). */
export const WORKING_KEY = 'counteroffer:working:v1';

/** Where an unreadable save is kept: `counteroffer:scenario:v1:corrupt:<timestamp>`. */
export function corruptKey(key: string, timestamp: number): string {
	return `${key}:corrupt:${timestamp}`;
}

/** What the page remembers beside the scenario (not part of the scenario file). */
export interface SavedExtras {
	/** Index in `scenario.offers` of the offer marked as the current job, if any. */
	currentOffer: number | null;
}
