/**
 * Focus for the "Add a year" and "Remove year N" buttons of a list of yearly fields (sign-on,
 * custom vesting), so that a keyboard user stays where they work: after adding, in the new
 * year's field; after removing the last removable year (its button goes with it), on "Add a
 * year" rather than at the start of the page.
 */
import { tick } from 'svelte';

/** Once the new field is on the page, focuses it. */
export async function focusAddedField(fieldId: string): Promise<void> {
	await tick();
	document.getElementById(fieldId)?.focus();
}

/** Once the list is updated, focuses `fallback` if the focused button was removed. */
export async function keepFocusAfterRemove(fallback: HTMLElement | undefined): Promise<void> {
	await tick();
	if (document.activeElement === null || document.activeElement === document.body) {
		fallback?.focus();
	}
}
