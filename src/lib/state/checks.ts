/**
 * The checks of what a person types or the browser holds: the engine's parsers (zod), what
 * they read of a draft, and the reading and writing of saves that use them. The compare page starts without them: its first
 * screen is the worked example, already parsed (example.ts), and nothing on it needs a check
 * until the person uses the page or a save is there to read. checks-loader.svelte.ts loads
 * this module then (a few ms from the service worker's cache or the server).
 */
export { parseFx, parseHousehold, parseOffer, parseYears } from '$lib/engine';
export { rawFromDraft, signIssues, typedAmount } from './draft-read';
export { loadScenario, readSaved, saveScenario, scenarioJson } from './persistence';
export {
	applyWorkingCopy,
	restoreWorkingCopy,
	syncWorkingCopy,
	workingCopyOf
} from './working-copy';
export { changedInOtherTabMessage, shareWords, unreadableOtherTabMessage } from './sync-words';
