/**
 * The share link: the whole scenario in the URL fragment, `#s=` + base64url(UTF-8 JSON).
 * The fragment never reaches a server, so the salaries stay in the browser. Decoding never
 * throws: a link pasted from a chat app may be cut short, re-encoded or simply not ours, and
 * each of those gets one sentence the person can act on.
 */
import { parseScenario, type Scenario } from '$lib/engine';
import { serializeScenario } from '$lib/engine/serialize';
import { describeIssues } from './issue-words';
import type { ScenarioStore, ShareOpen } from './scenario.svelte';
import { SHARE_PREFIX, isShareFragment } from './share-fragment';

export { SHARE_PREFIX, isShareFragment };

/** Larger than any real scenario (8 offers are ~5 KB) and small enough to decode instantly. */
export const SHARE_MAX_BYTES = 200 * 1024;

export type ShareDecodeResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Base64url without padding, from bytes. `btoa` works on "binary strings" of char codes 0–255. */
export function bytesToBase64url(bytes: Uint8Array): string {
	let binary = '';
	// Chunked: String.fromCharCode with a huge argument list overflows the call stack.
	for (let start = 0; start < bytes.length; start += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url (padding optional); null when the text is not base64url. */
export function base64urlToBytes(text: string): Uint8Array | null {
	// A length of 4n+1 can never come out of base64: one character short of a byte.
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1) {
		return null;
	}
	const standard = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
	const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
	try {
		const binary = atob(padded);
		const bytes = new Uint8Array(binary.length);
		for (let index = 0; index < binary.length; index++) {
			bytes[index] = binary.charCodeAt(index);
		}
		return bytes;
	} catch {
		return null;
	}
}

/**
 * The fragment (with its `#`) that carries a scenario.
 *
 * @example encodeShareFragment(scenario) // '#s=eyJ2ZXJzaW9uIjox...'
 */
export function encodeShareFragment(scenario: Scenario): string {
	const json = JSON.stringify(serializeScenario(scenario));
	return SHARE_PREFIX + bytesToBase64url(new TextEncoder().encode(json));
}

/**
 * Reads a scenario back from a location hash (`#s=...`; the `#` may be left off).
 *
 * @example decodeShareFragment('#x') // { ok: false, message: 'This link does not contain a shared scenario...' }
 */
export function decodeShareFragment(hash: string): ShareDecodeResult {
	try {
		return decode(hash);
	} catch {
		// Nothing below should throw; this is the promise to the caller, kept even if it does.
		return {
			ok: false,
			message: 'This share link could not be read. Your saved scenario is unchanged.'
		};
	}
}

function decode(hash: string): ShareDecodeResult {
	if (typeof hash !== 'string' || !isShareFragment(hash)) {
		return {
			ok: false,
			message:
				'This link does not contain a shared scenario (it should end in “#s=” followed by the data).'
		};
	}
	const payload = hash.startsWith('#') ? hash.slice(SHARE_PREFIX.length) : hash.slice(2);
	// Base64 is 4/3 of the bytes it carries: checked before decoding so a huge link costs nothing.
	if (payload.length > Math.ceil((SHARE_MAX_BYTES * 4) / 3)) {
		return {
			ok: false,
			message: 'This share link is too large to be a scenario (over 200 KB), so it was not opened.'
		};
	}
	if (payload.length === 0) {
		return {
			ok: false,
			message:
				'This share link is empty: the scenario after “#s=” is missing. Ask for the link again.'
		};
	}
	const bytes = base64urlToBytes(payload);
	if (!bytes) {
		return {
			ok: false,
			message:
				'This share link is damaged (its data is not valid base64url), perhaps cut short when it was copied. Ask for the link again.'
		};
	}
	let json: string;
	try {
		json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return {
			ok: false,
			message:
				'This share link is damaged (its data is not valid UTF-8 text), perhaps cut short when it was copied. Ask for the link again.'
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return {
			ok: false,
			message:
				'This share link is damaged (its data is not valid JSON), perhaps cut short when it was copied. Ask for the link again.'
		};
	}
	const parsed = parseScenario(data);
	if (!parsed.ok) {
		return {
			ok: false,
			message: `This share link holds a scenario that cannot be used: ${describeIssues(parsed.errors, 3)}`
		};
	}
	return { ok: true, scenario: parsed.scenario };
}

/**
 * Opens the share link in a location hash in the store: `'none'` when the hash is not a share
 * link at all, else what the store made of it (see `ScenarioStore.openShared`).
 */
export function openShareLink(store: ScenarioStore, hash: string): ShareOpen {
	return isShareFragment(hash) ? store.openShared(decodeShareFragment(hash)) : 'none';
}
