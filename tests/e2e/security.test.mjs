// The Content-Security-Policy (scripts/csp.mjs) holds on every kind of page: each page
// carries it, the server sends it, and nothing the app does is refused by it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './browser.mjs';

const state = withSite();

/** Every page type: drawn ahead or not, data pages, tools, the app's not-found page. */
const PAGES = [
  '/',
  '/?q=spam&country=SN',
  '/issues/spam',
  '/organisations/icann',
  '/resources/budapest-convention',
  '/countries/SN',
  '/countries',
  '/glossary',
  '/ask',
  '/matrix',
  '/handout?issues=spam,phishing-online-fraud',
  '/propose',
  '/about',
  '/issues/no-such-issue',
  '/fr/issues/spam',
  '/?lang=ar',
];

test('every page carries the policy, and none of them breaks it', async () => {
  const page = await state.site.newPage();
  // Recorded by the page itself, from its first script on.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const refused = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`);
  });
  let visited = 0;
  for (const path of PAGES) {
    const response = await page.goto(new URL(path, state.site.url).href);
    const header = response.headers()['content-security-policy'];
    assert.match(header ?? '', /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, `${path}: the header`);
    assert.match(header, /object-src 'none'/);
    assert.match(header, /base-uri 'none'/);
    assert.match(header, /connect-src 'self'/);
    await page.waitForSelector('body > main#main', { timeout: 20000 });
    // The app started (its Wasm compiled under the policy) and drew its page.
    await page.waitForFunction(() => performance.getEntriesByName('signpost:interactive').length > 0, null, { timeout: 20000 });
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(meta, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, `${path}: the meta tag`);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], path);
    visited += 1;
  }
  assert.equal(visited, PAGES.length);
  assert.deepEqual(refused, []);
  await page.close();
});

test('an inline script the build did not hash is refused', async () => {
  const page = await state.site.newPage();
  await page.goto(state.site.url);
  await page.waitForSelector('body > main#main');
  const ran = await page.evaluate(async () => {
    window.injected = false;
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    const refused = new Promise((done) => document.addEventListener('securitypolicyviolation', () => done(true), { once: true }));
    document.head.append(script);
    return { refused: await Promise.race([refused, new Promise((done) => setTimeout(() => done(false), 2000))]), injected: window.injected };
  });
  assert.deepEqual(ran, { refused: true, injected: false });
  await page.close();
});
