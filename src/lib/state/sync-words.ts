/**
 * What the page says when another tab changed or broke the saved scenario, and after a share
 * link's question. Loaded with the
 * checks (checks.ts), which reading another tab's save needs anyway: most visits never see
 * these sentences, so the first visit does not download them.
 */

/** Another tab wrote a save this page cannot read (`why`, from `readSaved`). */
export function unreadableOtherTabMessage(why: string): string {
	return `Another tab saved a scenario this page cannot open (${why}), so this page stopped saving to keep from overwriting it. Export your work to keep it, then reload the page.`;
}

/** Another tab saved; `unfinished` when this tab held work it had not saved yet. */
export function changedInOtherTabMessage(unfinished: boolean): string {
	const shown = 'This scenario was changed in another tab, so this tab now shows that version';
	return unfinished
		? `${shown}; what you had not finished typing or saved here was replaced.`
		: `${shown}.`;
}

/** After a share link: opened over the untouched example, opened over saved work, or not. */
export const shareWords = {
	opened: 'Opened the shared scenario.',
	replaced: 'Opened the shared scenario; it replaces your saved one.',
	kept: 'Kept your saved scenario; the shared one was not opened.'
} as const;
