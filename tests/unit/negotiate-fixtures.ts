/**
 * Offers the negotiation tests share. Austin's ML Engineer (Mid) range is the guide's
 * $140K–$200K: the balanced target is 185,000.
 */

/** An ML Engineer (Mid) offer in Austin at `base`, raw as a scenario file holds it. */
export function austinMid(base: number) {
	return {
		name: 'Lone Star',
		role: 'ml-engineer',
		level: 'mid',
		location: 'austin',
		base
	} as const;
}
