/**
 * An in-memory localStorage for the state tests, with the browser's three failure modes:
 * missing, throwing on any access (private mode), and full (QuotaExceededError on writes).
 */
import type { StorageLike } from '$lib/state/storage';

export type FakeMode = 'ok' | 'throws' | 'full';

export class FakeStorage implements StorageLike {
	readonly data = new Map<string, string>();
	mode: FakeMode = 'ok';
	/** Writes allowed before the storage reports itself full (Infinity: never). */
	quotaChars = Infinity;

	#guard(): void {
		if (this.mode === 'throws') {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		}
	}

	#used(): number {
		let total = 0;
		for (const [key, value] of this.data) {
			total += key.length + value.length;
		}
		return total;
	}

	get length(): number {
		this.#guard();
		return this.data.size;
	}

	key(index: number): string | null {
		this.#guard();
		return [...this.data.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		this.#guard();
		return this.data.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		this.#guard();
		const next = this.#used() - (this.data.get(key)?.length ?? 0) + value.length;
		if (this.mode === 'full' || next > this.quotaChars) {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		this.data.set(key, String(value));
	}

	removeItem(key: string): void {
		this.#guard();
		this.data.delete(key);
	}
}
