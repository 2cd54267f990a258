// Writes sw.js, Signpost's service worker, into a built site and stamps the build's version
// into its index.html. Trunk runs it last in the post_build hook (Trunk.toml), on the staging
// folder, so it sees the real file names Trunk hashed and every file other steps wrote.
//
//   node scripts/service-worker.mjs [site-folder]     (default: $TRUNK_STAGING_DIR)
//
// What is cached
//   Every file of the site is precached, found by listing the folder (nothing is named here,
//   so a file a new build step adds, such as data fetched lazily by the app, is picked up),
//   except sw.js itself, the open-data downloads (signpost-data.json, open-data/*.csv):
//   those are large and rarely wanted, so they are cached when a reader downloads them
//   (network first, the last copy when offline), and the pages drawn ahead of time (every
//   .html but index.html, src/prerender.rs): they only speed up a first visit by a link,
//   and once the worker runs, every navigation gets index.html. They are stamped like it.
//   The build's version is a hash of the precached files' contents and of the worker's
//   code. It names the build's cache (signpost-build-<version>), changes sw.js whenever
//   anything changes (which is how browsers notice an update), and fills
//   <meta name="signpost-build"> in index.html, which the page compares with the last build
//   this browser ran to show its "updated" notice.
//
// Update strategy (the worker's code is scripts/service-worker.template.js)
//   - Navigations to any path without a file extension (deep links such as /issues/spam?q=x)
//     get the current build's index.html from the cache, online or offline: no waiting on a
//     slow line. sw.js is served with no-cache and checked by the browser on each visit.
//   - A new worker downloads its build in the background and checks every file against the
//     SHA-256 digest recorded here; files unchanged since the previous build are copied from
//     its cache, not downloaded again. If the server already holds yet another build (a deploy
//     during the install), the install fails and the next check brings the matching worker:
//     a mixed build is never cached, and index.html never without its own assets.
//   - A complete, verified build takes over at once (skipWaiting, clients.claim), so the next
//     load runs it, with the notice.
//   - Pages already open keep running the build they started with: the worker records which
//     build served each page and answers that page's requests from that build's cache, so an
//     old page that lazily fetches a file the new deploy removed (or changed) still gets its
//     own copy.
//   - A build's cache is deleted only when a worker activates or a page opens, and only if
//     that build was installed before the deleting worker's own (so a worker still installing
//     is never robbed) and no open page was started from it. While any open page has no record
//     (opened before the worker took over), nothing is deleted. A page restored from the
//     back/forward cache after an update reloads, since its build may be gone.
//   - Debug builds (trunk serve) get a worker that deletes Signpost's caches and unregisters
//     itself, so a release build served earlier on the same address does not linger.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Paths (a folder ends with /) cached on first use rather than precached: the open data, and
 * the national sheets (national-<hash>/<CODE>.bin), fetched a country at a time.
 */
const DOWNLOADS = ['signpost-data.json', 'open-data/'];
const ON_DEMAND_FOLDER = /^national-[0-9a-f]{16}\//;
const WORKER = 'sw.js';
/** The host's header rules (scripts/csp.mjs): read by the host, never by the app. */
const HOST_RULES = '_headers';
const BUILD_META = /(<meta name="signpost-build" content=")[^"]*(")/;

const folder = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!folder) {
  console.error('service-worker: give the built site folder (or run from a Trunk hook)');
  process.exit(2);
}

async function filesUnder(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

const isDrawnAhead = (path) => path.endsWith('.html') && path !== 'index.html';
const isDownload = (path) => DOWNLOADS.some((prefix) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix)));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

if ((process.env.TRUNK_PROFILE ?? 'release') !== 'release') {
  await writeFile(
    join(folder, WORKER),
    `// Debug build: no offline copy. Removes Signpost's caches and this worker, so a release
// build served earlier on this address does not keep answering.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('signpost-')) await caches.delete(name);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`,
  );
  console.log('service-worker: debug build, wrote a worker that removes the offline copy');
  process.exit(0);
}

const indexPath = join(folder, 'index.html');
const index = await readFile(indexPath, 'utf8');
if (!BUILD_META.test(index)) {
  console.error('service-worker: index.html has no <meta name="signpost-build" content="" /> to fill');
  process.exit(1);
}
// Hash index.html as if unstamped, so stamping (or re-stamping) does not change the version.
const unstamped = index.replace(BUILD_META, '$1$2');

const site = await filesUnder(folder);
for (const path of site) {
  const onDemand = ON_DEMAND_FOLDER.exec(path)?.[0];
  if (onDemand && !DOWNLOADS.includes(onDemand)) DOWNLOADS.push(onDemand);
}
const precached = site.filter((path) => path !== WORKER && path !== HOST_RULES && !isDownload(path) && !isDrawnAhead(path));
const contents = new Map();
for (const path of precached) contents.set(path, path === 'index.html' ? Buffer.from(unstamped) : await readFile(join(folder, path)));
const template = await readFile(new URL('./service-worker.template.js', import.meta.url), 'utf8');
// The worker's own code counts too: a new worker never shares a cache with an old one.
const version = sha256(
  precached.map((path) => `${path} ${sha256(contents.get(path))}\n`).join('') + `sw.js ${sha256(template)}\n`,
).slice(0, 16);

const stamped = index.replace(BUILD_META, `$1${version}$2`);
await writeFile(indexPath, stamped);
// A page drawn ahead of time registers the worker and shows the notice like index.html.
const drawnAhead = site.filter(isDrawnAhead);
for (const path of drawnAhead) {
  const page = await readFile(join(folder, path), 'utf8');
  await writeFile(join(folder, path), page.replace(BUILD_META, `$1${version}$2`));
}
contents.set('index.html', Buffer.from(stamped));

const files = Object.fromEntries(precached.map((path) => [path, sha256(contents.get(path))]));
const build = { version, files, downloads: DOWNLOADS };
const marker = /\/\* BUILD \*\/[\s\S]*?\/\* END BUILD \*\//;
if (!marker.test(template)) throw new Error('service-worker.template.js: no /* BUILD */ ... /* END BUILD */ to fill');
await writeFile(join(folder, WORKER), template.replace(marker, () => JSON.stringify(build, null, 2)));

const bytes = [...contents.values()].reduce((sum, content) => sum + content.length, 0);
console.log(
  `service-worker: build ${version}, ${precached.length} files precached (${Math.round(bytes / 1024)} KiB), ` +
    `cached on use: ${DOWNLOADS.join(', ')}; ${drawnAhead.length} pages drawn ahead, not precached`,
);
