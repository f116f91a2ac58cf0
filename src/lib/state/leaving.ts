/**
 * "If you leave early" on the compare page: each offer's outcome at one month. In its own
 * module, so that its code loads with that section (below the results), not with the page.
 */
import { leaveAt, type LeaveOutcome, type Offer } from '$lib/engine';
import type { ComparedOffer } from './comparison.svelte';

export interface LeavingRow {
	/** The offer's draft id. */
	id: string;
	outcome: LeaveOutcome;
}

/**
 * Remembers each parsed offer's outcome at the last month asked: a keystroke in one offer
 * gives a new object for that offer only, so only its outcome is worked out again.
 */
export class LeavingEarly {
	#memo = new WeakMap<Offer, { month: number; outcome: LeaveOutcome }>();

	/** Each offer's outcome when leaving after `month` months, in the order given. */
	at(offers: readonly ComparedOffer[], month: number): LeavingRow[] {
		return offers.map((c) => {
			let memo = this.#memo.get(c.offer);
			if (memo?.month !== month) {
				memo = { month, outcome: leaveAt(c.offer, month) };
				this.#memo.set(c.offer, memo);
			}
			return { id: c.id, outcome: memo.outcome };
		});
	}
}
