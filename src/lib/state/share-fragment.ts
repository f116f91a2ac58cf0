/**
 * What marks a share link, apart from the code that reads one (share-link.ts): every page
 * checks its address for a link on load, and only an address that holds one needs the reader.
 */
export const SHARE_PREFIX = '#s=';

/** Whether a location hash is meant to be a share link at all (the page ignores other hashes). */
export function isShareFragment(hash: string): boolean {
	return hash.startsWith(SHARE_PREFIX) || hash.startsWith(SHARE_PREFIX.slice(1));
}
