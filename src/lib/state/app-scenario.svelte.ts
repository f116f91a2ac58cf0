/**
 * The one scenario every page works on. A module-level instance is shared by all pages of
 * the running app, so offers typed on the compare page are there on /negotiate and /cities.
 * During prerendering it holds only the worked example (nothing personal ever exists on the
 * build machine); in the browser, `openAppScenario` loads the saved scenario once.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { startLoadingChecks } from './checks-loader.svelte';
import { ScenarioStore } from './scenario.svelte';
import { isShareFragment } from './share-fragment';

export const appScenario = new ScenarioStore();

/**
 * Loads the saved scenario and opens a share link in the address, once per visit; then
 * removes the fragment from the address so a reload does not ask the same question again.
 * Call from `onMount` on every page that shows the scenario.
 */
export function openAppScenario(): void {
	if (!appScenario.loaded) {
		appScenario.load();
	}
	const hash = location.hash;
	if (hash) {
		history.replaceState(history.state, '', location.pathname + location.search);
	}
	if (isShareFragment(hash)) {
		openShareFragment(hash);
	}
}

/**
 * A share link pasted into the address bar of a tab already on the page changes only the
 * fragment: the page does not reload, so it is read here (other fragments, such as the skip
 * link's #main, are left alone).
 */
function onHashChange(): void {
	const hash = location.hash;
	if (isShareFragment(hash)) {
		// Through SvelteKit: the entry the address bar made has no state of the router's, and
		// a Back to it from another page would change the address without changing the page.
		// The empty URL is this page's address without its fragment.
		replaceState('', {});
		openShareFragment(hash);
	}
}

function openShareFragment(hash: string): void {
	// The link's reader (and the checks behind it) is loaded only for an address that holds
	// a link: most visits have none. The saved scenario is on screen meanwhile (a few ms).
	import('./share-link').then(
		({ openShareLink }) => openShareLink(appScenario, hash),
		() => {
			appScenario.shareMessage =
				'The share link could not be opened: this page could not load the code that reads it (the connection may have dropped). Your saved scenario is unchanged. To try again, open the link you were given once more.';
		}
	);
}

/** Events that mean the person is starting to use the page, not just looking at it. */
const USE_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;

/**
 * Connects a page to the app's scenario; call once while the page sets up. On mount it loads
 * the saved scenario and follows edits made in other tabs. A page that edits the scenario
 * (`edits: true`) also opens a share link in the address (on load, or pasted in later) and
 * autosaves every valid change; a page that only reads it (/negotiate) does neither.
 */
export function connectAppScenario({ edits }: { edits: boolean }): void {
	onMount(() => {
		if (edits) {
			openAppScenario();
		} else if (!appScenario.loaded) {
			appScenario.load();
		}
		const onStorage = (event: StorageEvent) => appScenario.storageEvent(event);
		addEventListener('storage', onStorage);
		// Leaving a field settles what the form holds: a later typo falls back to it (`settle`).
		const settle = () => appScenario.settle();
		if (edits) {
			addEventListener('focusout', settle);
			addEventListener('hashchange', onHashChange);
			// The checks are loaded as the person starts using the page, before the first
			// keystroke reaches a field: a tap, a key or a focus (tabbing in). Looking costs nothing.
			for (const type of USE_EVENTS) {
				addEventListener(type, startLoadingChecks, { capture: true, passive: true, once: true });
			}
		}
		return () => {
			removeEventListener('storage', onStorage);
			removeEventListener('focusout', settle);
			removeEventListener('hashchange', onHashChange);
			for (const type of USE_EVENTS) {
				removeEventListener(type, startLoadingChecks, { capture: true });
			}
		};
	});
	if (edits) {
		// Runs whenever the valid scenario changes; the store writes only valid work.
		$effect(() => {
			if (appScenario.loaded) {
				appScenario.save(Date.now());
			}
		});
	}
}
