/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support. The first visit caches the whole site (every prerendered page, every
 * script, style and icon: about 0.5 MB), so after it every page opens with the network off.
 *
 * - Build files have content hashes in their names and never change: cache first.
 * - Pages and static files can change between versions: network first, so an update shows
 *   on the next visit, with the cached copy when the network is away.
 * - Only same-origin GET requests are handled; the app makes no other kind.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** One cache per build; the test of the offline promise expects exactly this name. */
const CACHE = `counteroffer-${version}`;
const IMMUTABLE = new Set(build);
const PRECACHE = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			// A new version takes over at once: pages come from the network first anyway, and
			// waiting for every tab to close would keep an old copy of the site in charge.
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) {
					await caches.delete(key);
				}
			}
			// Control the tab that installed the worker, so it works offline without a reload.
			await sw.clients.claim();
		})()
	);
});

async function cacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(request);
	return cached ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') {
			await cache.put(request, response.clone());
		}
		return response;
	} catch (error) {
		// Offline: the copy from the last visit, the page without its query if need be.
		const cached =
			(await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
		if (cached) {
			return cached;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) {
		return;
	}
	event.respondWith(IMMUTABLE.has(url.pathname) ? cacheFirst(request) : networkFirst(request));
});
