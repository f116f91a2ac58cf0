import { describe, expect, it } from 'vitest';
import { createSafeStorage, STORAGE_MESSAGES } from '$lib/state/storage';
import { FakeStorage } from './state-fake-storage';

describe('createSafeStorage', () => {
	it('reads, writes, lists and removes when storage works', () => {
		const fake = new FakeStorage();
		const storage = createSafeStorage(() => fake);
		expect(storage.available).toBe(true);
		expect(storage.set('a', '1')).toEqual({ ok: true, value: true });
		expect(storage.get('a')).toEqual({ ok: true, value: '1' });
		expect(storage.get('missing')).toEqual({ ok: true, value: null });
		expect(storage.keys()).toEqual(['a']);
		expect(storage.remove('a')).toEqual({ ok: true, value: true });
		expect(fake.data.size).toBe(0);
	});

	it.each([
		['missing (prerendering, old browsers)', () => undefined],
		[
			'throwing when read (storage blocked)',
			() => {
				throw new DOMException('denied', 'SecurityError');
			}
		],
		[
			'throwing on every call (Safari private mode)',
			() => Object.assign(new FakeStorage(), { mode: 'throws' as const })
		]
	])('is unavailable, without throwing, when localStorage is %s', (_case, getStorage) => {
		const storage = createSafeStorage(getStorage);
		expect(storage.available).toBe(false);
		expect(storage.get('a')).toEqual({
			ok: false,
			reason: 'unavailable',
			message: STORAGE_MESSAGES.unavailable
		});
		expect(storage.set('a', '1').ok).toBe(false);
		expect(storage.remove('a').ok).toBe(false);
		expect(storage.keys()).toEqual([]);
	});

	it('stays available but reports a full storage on writes (QuotaExceededError)', () => {
		const fake = new FakeStorage();
		fake.data.set('old', 'kept');
		fake.mode = 'full';
		const storage = createSafeStorage(() => fake);
		expect(storage.available).toBe(true);
		expect(storage.set('a', '1')).toEqual({
			ok: false,
			reason: 'quota',
			message: STORAGE_MESSAGES.quota
		});
		expect(storage.get('old')).toEqual({ ok: true, value: 'kept' });
	});

	it('is unavailable when an empty storage refuses every write (old Safari private mode)', () => {
		const fake = new FakeStorage();
		fake.mode = 'full';
		expect(createSafeStorage(() => fake).available).toBe(false);
	});

	it('reports other write errors as errors, not as a full storage', () => {
		const fake = new FakeStorage();
		const storage = createSafeStorage(() => fake);
		expect(storage.available).toBe(true);
		fake.setItem = () => {
			throw new TypeError('boom');
		};
		expect(storage.set('a', '1')).toMatchObject({ ok: false, reason: 'error' });
	});

	it('does not touch localStorage until first used (so pages prerender)', () => {
		let calls = 0;
		const storage = createSafeStorage(() => {
			calls += 1;
			return new FakeStorage();
		});
		expect(calls).toBe(0);
		expect(storage.available).toBe(true);
		expect(storage.available).toBe(true);
		expect(calls).toBe(1);
	});
});
