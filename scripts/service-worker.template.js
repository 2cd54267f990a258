// Signpost's service worker: the whole app offline, one cache per build.
// scripts/service-worker.mjs writes dist/sw.js from this template at build time, filling BUILD
// with the build's version and the digest of every file it precaches. The strategy (why old
// builds are kept, when they are deleted, why a build is verified) is explained there.

const BUILD = /* BUILD */ { version: 'template', files: {}, downloads: [] } /* END BUILD */;

const BUILD_PREFIX = 'signpost-build-';
const CURRENT = BUILD_PREFIX + BUILD.version; // this build: index.html and every asset
const DOWNLOADS = 'signpost-downloads'; // the open data, cached when a reader downloads it
const PAGES = 'signpost-pages'; // which build each open page was started from
const BASE = new URL('./', self.location); // the site's root: sw.js sits beside index.html
const INDEX = new URL('index.html', BASE).href;
const INSTALL_ORDER = new URL('__signpost/install-order', BASE).href; // kept in each build's cache
const MATCH = { ignoreVary: true };

const hrefOf = (path) => new URL(path, BASE).href;
const pageKey = (clientId) => hrefOf('__signpost/pages/' + encodeURIComponent(clientId));

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(removeUnusedBuilds));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const target = new URL(request.url);
  if (target.origin !== BASE.origin || !target.pathname.startsWith(BASE.pathname)) return;
  const path = target.pathname.slice(BASE.pathname.length);
  if (BUILD.downloads.some((prefix) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix)))) {
    event.respondWith(download(event));
  } else if (request.mode === 'navigate' && !/\.[^/]*$/.test(path)) {
    // A deep link such as /issues/spam?q=x: the app routes it in the browser.
    event.respondWith(openApp(event));
  } else {
    event.respondWith(fromBuild(event));
  }
});

/** Stores every file of this build, each checked against the digest recorded at build time. */
async function precache() {
  // First, this build's place in the order of installs (a registration installs one worker
  // at a time), so that no older worker ever deletes it, even before it is complete.
  let last = 0;
  for (const name of await caches.keys()) {
    if (name.startsWith(BUILD_PREFIX) && name !== CURRENT) last = Math.max(last, (await installOrder(name)) ?? 0);
  }
  const cache = await caches.open(CURRENT);
  await cache.put(INSTALL_ORDER, new Response(String(last + 1)));
  await Promise.all(
    Object.entries(BUILD.files).map(async ([path, digest]) => {
      const href = hrefOf(path);
      // A file unchanged since an earlier build is copied from its cache, not downloaded again.
      const kept = await caches.match(href, MATCH);
      if (kept && (await digestOf(kept.clone())) === digest) return cache.put(href, kept);
      for (const mode of ['default', 'reload']) {
        const response = await withoutRedirect(await fetch(href, { cache: mode }));
        if (response.ok && (await digestOf(response.clone())) === digest) return cache.put(href, response);
      }
      // The server already holds another build: give up, and the next update check brings the
      // service worker that matches it.
      throw new Error(`Signpost offline copy: ${path} does not match build ${BUILD.version}`);
    }),
  );
}

/**
 * A response a navigation may use: browsers refuse a redirected one (hosts that send
 * /index.html to / would otherwise break every page).
 */
async function withoutRedirect(response) {
  if (!response.redirected) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(await response.arrayBuffer(), { status: response.status, statusText: response.statusText, headers });
}

async function digestOf(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Navigation: this build's index.html, from the cache, online or not. */
async function openApp(event) {
  const page = await caches.match(INDEX, { ...MATCH, cacheName: CURRENT });
  if (!page) return fetch(event.request); // the browser evicted the cache: the network
  event.waitUntil(
    remember(event.resultingClientId)
      .then(removeUnusedBuilds)
      .catch(() => {}),
  );
  return page;
}

/**
 * Any other file: from the build the asking page was started from, so a page opened before an
 * update keeps getting its own files; then from this build, any kept build, the network.
 */
async function fromBuild(event) {
  const own = await buildOf(event.clientId);
  const hit =
    (own && (await caches.match(event.request, { ...MATCH, cacheName: BUILD_PREFIX + own }))) ||
    (await caches.match(event.request, { ...MATCH, cacheName: CURRENT })) ||
    (await caches.match(event.request, MATCH));
  return hit || fetch(event.request);
}

/** The open data: the network when there is one (always the latest), else the last copy. */
async function download(event) {
  try {
    const response = await fetch(event.request);
    if (response.ok && response.status === 200) {
      const copy = response.clone();
      event.waitUntil(caches.open(DOWNLOADS).then((cache) => cache.put(event.request, copy)));
    }
    return response;
  } catch (error) {
    const kept = await caches.match(event.request, { ...MATCH, cacheName: DOWNLOADS });
    if (kept) return kept;
    throw error;
  }
}

async function remember(clientId) {
  if (!clientId) return;
  const pages = await caches.open(PAGES);
  await pages.put(pageKey(clientId), new Response(JSON.stringify({ build: BUILD.version, at: Date.now() })));
}

async function recordOf(clientId) {
  if (!clientId) return null;
  const record = await caches.match(pageKey(clientId), { cacheName: PAGES });
  return record ? record.json() : null;
}

async function buildOf(clientId) {
  return (await recordOf(clientId))?.build ?? null;
}

async function installOrder(cacheName) {
  const marker = await caches.match(INSTALL_ORDER, { cacheName });
  return marker ? Number(await marker.text()) : null;
}

/**
 * Deletes the caches of builds installed before this one that no open page was started from.
 * If an open page has no record (opened before the service worker took over, or with the
 * cache bypassed), it may use any build, so nothing is deleted until it is gone. Builds
 * installed after this one are never touched: their worker may be installing.
 */
async function removeUnusedBuilds() {
  const own = await installOrder(CURRENT);
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const inUse = new Set([BUILD.version]);
  let unknownPage = false;
  for (const client of open) {
    const build = await buildOf(client.id);
    if (build) inUse.add(build);
    else unknownPage = true;
  }

  // Forget closed pages. A page being opened has a record before it is listed as open.
  const pages = await caches.open(PAGES);
  const live = new Set(open.map((client) => pageKey(client.id)));
  for (const key of await pages.keys()) {
    if (live.has(key.url)) continue;
    const record = await (await pages.match(key))?.json().catch(() => null);
    if (!record || Date.now() - record.at > 60_000) await pages.delete(key);
  }

  if (unknownPage || own === null) return;
  for (const name of await caches.keys()) {
    if (!name.startsWith(BUILD_PREFIX) || inUse.has(name.slice(BUILD_PREFIX.length))) continue;
    const order = await installOrder(name); // none yet: a worker has only just opened it
    if (order !== null && order < own) await caches.delete(name);
  }
}
