/**
 * Choices made in a prerendered section before it is hydrated. Svelte keeps text typed into a
 * field before hydration (`bind:value` reads it), but sets a select or a checkbox back to the
 * state it hydrates with, so a choice made in that moment would be undone before the person's
 * eyes. These are read just before the section is hydrated and made again just after, as the
 * person made them: the same value, then a `change` event for the section's handlers.
 */
type Choice =
	{ element: HTMLSelectElement; value: string } | { element: HTMLInputElement; checked: boolean };

/** The selects, checkboxes and radio buttons of `box` that no longer show what was prerendered. */
export function readEarlyChoices(box: HTMLElement): Choice[] {
	const choices: Choice[] = [];
	for (const select of box.querySelectorAll('select')) {
		if (select.value !== selectedByDefault(select)) {
			choices.push({ element: select, value: select.value });
		}
	}
	for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		if (input.checked !== input.defaultChecked) {
			choices.push({ element: input, checked: input.checked });
		}
	}
	// A radio button chosen: the one newly checked is the choice (as in the browser, which
	// sends `change` to it alone, not to the one it unchecked).
	for (const input of box.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
		if (input.checked && !input.defaultChecked) {
			choices.push({ element: input, checked: true });
		}
	}
	return choices;
}

/** The value a select shows with no choice made: its `selected` option, or its first. */
function selectedByDefault(select: HTMLSelectElement): string {
	const options = [...select.options];
	return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

/** Makes each choice again on the hydrated section (skipping any element it replaced). */
export function replayEarlyChoices(box: HTMLElement, choices: readonly Choice[]): void {
	for (const choice of choices) {
		const { element } = choice;
		if (!box.contains(element)) {
			continue;
		}
		// Set and announced even when the element still shows it: hydrating may have left the
		// element as it was and only scheduled the state's value, which would then win.
		if ('value' in choice) {
			choice.element.value = choice.value;
		} else {
			choice.element.checked = choice.checked;
		}
		element.dispatchEvent(new Event('input', { bubbles: true }));
		element.dispatchEvent(new Event('change', { bubbles: true }));
	}
}
