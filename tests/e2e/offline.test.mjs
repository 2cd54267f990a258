// Offline first: after one visit the service worker answers everything with the server gone,
// and a new build is picked up on a later load, with a notice, without breaking pages that
// were opened on the old build.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST, launchChromium } from './browser.mjs';
import { writePolicy } from '../../scripts/csp.mjs';
import { startServer } from '../../scripts/serve-dist.mjs';

const GENERATOR = join(import.meta.dirname, '../../scripts/service-worker.mjs');
const axeSource = await readFile(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

let browser;
const cleanups = [];
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The BUILD object a generated sw.js precaches. */
async function buildOf(folder) {
  const source = await readFile(join(folder, 'sw.js'), 'utf8');
  const found = source.match(/const BUILD = (\{[\s\S]*?\n\});/);
  assert.ok(found, 'sw.js holds a generated BUILD');
  return JSON.parse(found[1]);
}

async function serve(folder, port = 0) {
  const { server, url } = await startServer(folder, port);
  const stop = () =>
    new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  cleanups.push(stop);
  return { url, stop };
}

async function tempCopy(folder, label) {
  const copy = await mkdtemp(join(tmpdir(), `signpost-${label}-`));
  cleanups.push(() => rm(copy, { recursive: true, force: true }));
  await cp(folder, copy, { recursive: true });
  return copy;
}

/** Records console errors of a page (a missing file would show here). */
function watch(page, errors) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function visit(page, href) {
  await page.goto(href);
  await page.waitForSelector('body > main#main h1', { timeout: 20000 });
}

async function waitUntilControlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

/**
 * Polls an async check in the page (page.waitForFunction does not await promises), through
 * any navigation the service worker causes.
 */
async function until(page, check, arg, timeout = 30000) {
  const deadline = Date.now() + timeout;
  const holds = () =>
    page.evaluate(check, arg).catch((error) => {
      if (/context was destroyed|navigat/i.test(error.message)) return false;
      throw error;
    });
  while (!(await holds())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${check}`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

/** Empties the browser's HTTP cache, so that only the service worker's caches can answer. */
async function clearHttpCache(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.detach();
}

test('the service worker precaches every file of the site except the open-data downloads, the national sheets and the pages drawn ahead', async () => {
  const build = await buildOf(DIST);
  const site = (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1));
  const drawnAhead = site.filter((path) => path.endsWith('.html') && path !== 'index.html');
  const listed = site
    // Not sw.js, the open data, nor _headers (the host's header rules, scripts/csp.mjs).
    .filter((path) => !['sw.js', 'signpost-data.json', '_headers'].includes(path) && !path.startsWith('open-data/'))
    // The national sheets are fetched a country at a time, and kept once fetched.
    .filter((path) => !/^national-[0-9a-f]{16}\//.test(path))
    .filter((path) => !drawnAhead.includes(path))
    .sort();
  assert.deepEqual(Object.keys(build.files).sort(), listed);
  assert.ok(drawnAhead.includes('issues/spam.html') && drawnAhead.length > 500, `${drawnAhead.length} pages drawn ahead`);
  for (const path of ['issues/spam.html', 'glossary.html']) {
    const page = await readFile(join(DIST, path), 'utf8');
    assert.ok(page.includes(`<meta name="signpost-build" content="${build.version}" />`), `${path} names its build`);
  }
  for (const [path, digest] of Object.entries(build.files)) {
    const actual = createHash('sha256').update(await readFile(join(DIST, path))).digest('hex');
    assert.equal(actual, digest, `${path}: digest in sw.js`);
  }
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.ok(index.includes(`<meta name="signpost-build" content="${build.version}" />`), 'index.html names its build');
  const national = site.find((path) => path.startsWith('national-'))?.split('/')[0];
  assert.ok(national, 'the build has its national sheets');
  assert.deepEqual(build.downloads, ['signpost-data.json', 'open-data/', `${national}/`]);
});

test('the app is installable: a valid manifest with SVG icons and a service worker', async () => {
  const { url } = await serve(DIST);
  const context = await browser.newContext();
  const page = await context.newPage();
  await visit(page, url);
  await waitUntilControlled(page);
  const session = await context.newCDPSession(page);
  const manifest = await session.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  const data = JSON.parse(manifest.data);
  assert.equal(data.display, 'standalone');
  assert.ok(data.icons.every((icon) => icon.type === 'image/svg+xml'));
  // Playwright's profiles are incognito-like, the one thing that stops installing here.
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito'), []);
  await context.close();
});

test('after one visit the app works offline: reload, deep link, search, another language', async () => {
  const { url, stop } = await serve(DIST);
  const context = await browser.newContext();
  const errors = [];
  const page = watch(await context.newPage(), errors);
  await visit(page, url);
  await waitUntilControlled(page);

  // Offline, the server gone and the HTTP cache empty: only the service worker can answer.
  await context.setOffline(true);
  await stop();
  await clearHttpCache(page);

  await page.reload();
  await page.waitForSelector('body > main#main h1', { timeout: 20000 });
  assert.match(await page.locator('h1').innerText(), /Where does this Internet issue belong/);

  await visit(page, new URL('/issues/spam?q=courrier', url).href);
  assert.equal(await page.locator('h1').innerText(), 'Spam');
  assert.ok((await page.locator('.venue-groups a[href^="/organisations/"]').count()) >= 2);

  await visit(page, url);
  await page.locator('#search-input').pressSequentially('courrier indésirable', { delay: 20 });
  await page.waitForSelector('#search-results a[href="/issues/spam"]');

  // A tab opened while offline, straight on a deep page.
  const other = watch(await context.newPage(), errors);
  await visit(other, new URL('/organisations/icann', url).href);
  assert.match(await other.locator('h1').innerText(), /Internet Corporation for Assigned Names and Numbers/);

  // A language never opened online: its pack was precached with the rest.
  await visit(other, new URL('/organisations/icann?lang=es', url).href);
  assert.equal(await other.evaluate(() => document.documentElement.lang), 'es');
  assert.match(await other.locator('.lead').first().innerText(), /^Organización sin fines de lucro/);

  assert.deepEqual(errors, []);

  // The open data is cached on first use only, so offline it is simply unavailable.
  assert.equal(await page.evaluate(() => fetch('/signpost-data.json').then(() => 'ok', () => 'failed')), 'failed');
  await context.close();
});

/**
 * A next build of the site, as a deploy would bring: the Wasm under a new name (the old one is
 * gone), the icon changed under the same name, a marker in index.html, and sw.js regenerated.
 */
async function nextBuild() {
  const next = await tempCopy(DIST, 'next');
  const wasm = (await readdir(next)).find((name) => name.endsWith('_bg.wasm'));
  const renamed = wasm.replace('_bg.wasm', 'n_bg.wasm');
  await cp(join(next, wasm), join(next, renamed));
  await rm(join(next, wasm));
  const index = await readFile(join(next, 'index.html'), 'utf8');
  await writeFile(
    join(next, 'index.html'),
    index.replaceAll(`/${wasm}`, `/${renamed}`).replace('<title>', '<meta name="test-build" content="next" />\n    <title>'),
  );
  const icon = await readFile(join(next, 'icon.svg'), 'utf8');
  await writeFile(join(next, 'icon.svg'), icon.replace('</svg>', '<!-- next --></svg>'));
  // Its start-up script names the new Wasm: the policy allows that script's new text, as the
  // build's hook would (scripts/csp.mjs), then sw.js records the pages' final bytes.
  await writePolicy(next);
  await promisify(execFile)(process.execPath, [GENERATOR, next], { env: { ...process.env, TRUNK_PROFILE: 'release' } });
  return { folder: next, oldWasm: `/${wasm}` };
}

test('a new build is picked up on a later load, with a notice, and open pages keep their own build', async () => {
  const first = (await buildOf(DIST)).version;
  const next = await nextBuild();
  const second = (await buildOf(next.folder)).version;
  assert.notEqual(first, second);

  const live = await tempCopy(DIST, 'live');
  const { url, stop } = await serve(live);
  const context = await browser.newContext();
  const errors = [];

  // An old page: opened, then reloaded once the worker controls it (as on any later visit).
  const old = watch(await context.newPage(), errors);
  await visit(old, url);
  await waitUntilControlled(old);
  await visit(old, new URL('/issues/spam', url).href);
  assert.equal(await old.locator('.update-notice').count(), 0, 'no notice on a first visit');
  assert.deepEqual(await cacheNames(old), ['signpost-build-' + first, 'signpost-pages']);
  const oldIcon = await old.evaluate(() => fetch('/icon.svg').then((r) => r.text()));

  // Deploy the next build, and let the browser check for it.
  // The server restarts on the same address, so that it sends the next build's headers
  // (serve-dist reads _headers, whose policy allows the new start-up script, when it starts).
  await rm(live, { recursive: true });
  await cp(next.folder, live, { recursive: true });
  await stop();
  await serve(live, Number(new URL(url).port));
  assert.equal((await fetch(new URL(next.oldWasm, url))).status, 404, 'the deploy removed the old Wasm');
  await old.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
  await until(
    old,
    async (name) => {
      const registration = await navigator.serviceWorker.getRegistration();
      return !registration.installing && (await caches.keys()).includes(name);
    },
    'signpost-build-' + second,
  );
  await clearHttpCache(old);

  // A later load runs the next build and says so once, politely.
  const fresh = watch(await context.newPage(), errors);
  await visit(fresh, new URL('/about', url).href);
  assert.equal(await fresh.locator('meta[name="test-build"]').count(), 1, 'the next build is running');
  const status = fresh.locator('.update-notice [role="status"]');
  await status.waitFor();
  await fresh.waitForFunction(() => /updated/.test(document.querySelector('.update-notice [role="status"]').textContent));
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.match(await fresh.evaluate(() => fetch('/icon.svg').then((r) => r.text())), /next/);

  // The old page, still open, keeps its own build: the Wasm the deploy removed, the icon as it
  // was, and its links.
  assert.equal(await old.evaluate((href) => fetch(href).then((r) => r.status), next.oldWasm), 200);
  assert.equal(await old.evaluate(() => fetch('/icon.svg').then((r) => r.text())), oldIcon);
  await old.locator('a[href="/glossary"]').first().click();
  await old.waitForURL(/\/glossary$/);
  assert.match(await old.locator('h1').innerText(), /Glossary/);

  // The notice passes axe in light and dark, and the keyboard dismisses it.
  for (const scheme of ['light', 'dark']) {
    await fresh.emulateMedia({ colorScheme: scheme });
    // Evaluated, not added as a script tag, which the page's policy refuses.
    await fresh.evaluate(axeSource);
    const violations = await fresh.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    });
    assert.deepEqual(violations, [], scheme);
  }
  await fresh.locator('.update-notice button').focus();
  await fresh.keyboard.press('Enter');
  assert.equal(await fresh.locator('.update-notice').count(), 0, 'dismissed');
  assert.equal(await fresh.evaluate(() => document.activeElement?.id), 'main', 'focus moves on to the content');

  // Whether a load shows the notice is decided before the app starts: index.html's inline
  // script marks <html data-signpost-updated> when this browser last ran another build, and
  // the app draws the notice with its shell, in the same task as the page's heading
  // (components/update_notice.rs, app.rs). So once the heading is in, the decision has been
  // made and drawn: check both, no waiting for something that would not come.
  await fresh.reload();
  await fresh.waitForSelector('body > main#main h1');
  assert.deepEqual(
    await fresh.evaluate(() => ({
      marked: document.documentElement.hasAttribute('data-signpost-updated'),
      lastRan: localStorage.getItem('signpost-build'),
    })),
    { marked: false, lastRan: second },
    'this load knows the browser last ran this very build',
  );
  assert.equal(await fresh.locator('.update-notice').count(), 0, 'the notice is shown once');

  // The old build's cache is deleted once no open page uses it, on the next load; so is an
  // abandoned install's, but never that of a build installed later (its worker may be busy).
  assert.ok((await cacheNames(fresh)).includes('signpost-build-' + first), 'kept while the old page is open');
  await fresh.evaluate(async () => {
    for (const [name, order] of [['signpost-build-abandoned', '0'], ['signpost-build-installing', '1000']]) {
      await (await caches.open(name)).put('/__signpost/install-order', new Response(order));
    }
  });
  await old.close();
  await fresh.reload();
  await fresh.waitForSelector('body > main#main h1');
  await until(
    fresh,
    async (gone) => {
      const names = await caches.keys();
      return gone.every((name) => !names.includes(name));
    },
    ['signpost-build-' + first, 'signpost-build-abandoned'],
    10000,
  );
  assert.deepEqual((await cacheNames(fresh)).filter((name) => name.startsWith('signpost-build-')).sort(), [
    'signpost-build-' + second,
    'signpost-build-installing',
  ]);

  assert.deepEqual(errors, []);
  await context.close();
});

test('the notice speaks the reader\'s language and is dismissed with Escape too', async () => {
  // The update itself is covered above; here only the notice's keyboard path, by making the
  // page believe this browser last ran another build.
  const { url } = await serve(DIST);
  const context = await browser.newContext();
  const page = await context.newPage();
  await visit(page, url);
  await page.evaluate(() => localStorage.setItem('signpost-build', 'an-older-build'));
  // In the reader's language, like the rest of the page.
  await page.goto(new URL('/?lang=fr', url).href);
  await page.waitForSelector('.update-notice button');
  await page.waitForFunction(() => /mis à jour/.test(document.querySelector('.update-notice [role="status"]').textContent));
  assert.equal(await page.locator('.update-notice button').innerText(), 'Fermer');
  await page.keyboard.press('Tab'); // the skip link comes first: the notice does not jump the queue
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  await page.locator('.update-notice button').focus();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.update-notice').count(), 0);
  await context.close();
});

test('a debug build served on the same address removes the offline copy of a release build', async () => {
  // trunk serve writes a debug build whose sw.js only removes Signpost's caches and itself.
  const debug = await tempCopy(DIST, 'debug');
  const index = await readFile(join(debug, 'index.html'), 'utf8');
  await writeFile(join(debug, 'index.html'), index.replace(/(<meta name="signpost-build" content=")[^"]*/, '$1'));
  await promisify(execFile)(process.execPath, [GENERATOR, debug], { env: { ...process.env, TRUNK_PROFILE: 'debug' } });

  const live = await tempCopy(DIST, 'live');
  const { url } = await serve(live);
  const context = await browser.newContext();
  const page = await context.newPage();
  await visit(page, url);
  await waitUntilControlled(page);

  await rm(live, { recursive: true });
  await cp(debug, live, { recursive: true });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
  await until(page, async () => !(await navigator.serviceWorker.getRegistration()) && (await caches.keys()).length === 0);
  const later = await context.newPage();
  await visit(later, url);
  assert.equal(await later.evaluate(() => navigator.serviceWorker.controller), null);
  assert.equal(await later.locator('meta[name="signpost-build"]').getAttribute('content'), '', 'the debug page itself');
  await context.close();
});
