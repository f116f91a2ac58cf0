/**
 * A localStorage that never throws. Browsers make storage fail in three ways: it is not
 * there at all (prerendering, old embedded views), touching it throws (Safari private
 * mode, storage blocked by the user, a sandboxed iframe), or a write does not fit
 * (QuotaExceededError). Every call here returns a result instead, and `available` says
 * whether saving works at all, so the page can tell the person before they lose work.
 */

/** The part of the Web Storage API we use; a test passes an in-memory one. */
export interface StorageLike {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type StorageFailure = 'unavailable' | 'quota' | 'error';

export type StorageResult<T> =
	{ ok: true; value: T } | { ok: false; reason: StorageFailure; message: string };

export interface SafeStorage {
	/** Whether a write and a read back work. Probed once, on first use, never at module load. */
	readonly available: boolean;
	get(key: string): StorageResult<string | null>;
	set(key: string, value: string): StorageResult<true>;
	remove(key: string): StorageResult<true>;
	/** Every key currently stored (an empty list when storage is unavailable). */
	keys(): string[];
}

export const STORAGE_MESSAGES: Readonly<Record<StorageFailure, string>> = {
	unavailable:
		'This browser is not letting the page save anything (private browsing or blocked storage), so your offers will be gone when you close the tab. Export a file to keep them.',
	quota:
		'Your browser’s storage for this site is full, so the latest changes were not saved. Export a file to keep them.',
	error:
		'Saving in this browser failed, so the latest changes were not saved. Export a file to keep them.'
};

const PROBE_KEY = 'counteroffer:probe';

function failure(reason: StorageFailure): { ok: false; reason: StorageFailure; message: string } {
	return { ok: false, reason, message: STORAGE_MESSAGES[reason] };
}

/** Browsers name a full storage differently (Firefox: NS_ERROR_DOM_QUOTA_REACHED, code 1014). */
function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) {
		return false;
	}
	const { name, code } = error as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}

function lengthOf(store: StorageLike): number {
	try {
		return store.length;
	} catch {
		return 0;
	}
}

/** Reads `globalThis.localStorage`, which may be missing or throw just for being read. */
function browserStorage(): StorageLike | undefined {
	try {
		return typeof globalThis.localStorage === 'undefined' ? undefined : globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/**
 * Wraps a storage (by default the browser's localStorage, looked up lazily).
 *
 * @example
 * const storage = createSafeStorage();
 * const result = storage.set('counteroffer:scenario:v1', text);
 * if (!result.ok) showBanner(result.message);
 */
export function createSafeStorage(
	getStorage: () => StorageLike | undefined = browserStorage
): SafeStorage {
	let probed: { store: StorageLike | undefined; available: boolean } | undefined;

	function probe(): { store: StorageLike | undefined; available: boolean } {
		if (probed) {
			return probed;
		}
		let store: StorageLike | undefined;
		try {
			store = getStorage();
		} catch {
			store = undefined;
		}
		let available = false;
		if (store) {
			try {
				store.setItem(PROBE_KEY, '1');
				available = store.getItem(PROBE_KEY) === '1';
				store.removeItem(PROBE_KEY);
			} catch (error) {
				// A full storage still reads fine: it is available, only this write failed. An
				// empty storage that is "full" is old Safari's private mode, where nothing saves.
				available = isQuotaError(error) && lengthOf(store) > 0;
			}
		}
		probed = { store, available };
		return probed;
	}

	function attempt<T>(action: (store: StorageLike) => T): StorageResult<T> {
		const { store, available } = probe();
		if (!store || !available) {
			return failure('unavailable');
		}
		try {
			return { ok: true, value: action(store) };
		} catch (error) {
			return failure(isQuotaError(error) ? 'quota' : 'error');
		}
	}

	return {
		get available() {
			return probe().available;
		},
		get: (key) => attempt((store) => store.getItem(key)),
		set: (key, value) =>
			attempt((store) => {
				store.setItem(key, value);
				return true as const;
			}),
		remove: (key) =>
			attempt((store) => {
				store.removeItem(key);
				return true as const;
			}),
		keys() {
			const result = attempt((store) => {
				const found: string[] = [];
				for (let index = 0; index < store.length; index++) {
					const key = store.key(index);
					if (key !== null) {
						found.push(key);
					}
				}
				return found;
			});
			return result.ok ? result.value : [];
		}
	};
}
