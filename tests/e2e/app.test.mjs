// The release build starts, routes, searches and keeps its state in the URL.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openSite } from './browser.mjs';

let site;

/** Holds the Wasm back from `page`, as a slow line would; returns what lets it through. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

test('the home page mounts with no console errors and no off-site requests', async () => {
  const page = await site.newPage();
  await site.visit(page, '/');
  assert.match(await page.locator('h1').innerText(), /Where does this Internet issue belong/);
  assert.equal(await page.title(), 'Signpost');
  assert.ok(await page.locator('#search-input').isVisible());
  assert.ok((await page.locator('.basket').count()) >= 7, 'issues are listed by basket');
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
  await page.close();
});

test('before the Wasm arrives the home page is drawn, the same the app then draws', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const release = await holdWasm(page);
  const frame = async () =>
    page.evaluate(() => ({
      heading: document.querySelector('h1')?.innerText,
      header: document.querySelector('.site-header')?.innerText,
      links: [...document.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]),
      mains: document.querySelectorAll('main').length,
      text: document.querySelector('main')?.innerText,
      headerBox: JSON.stringify(document.querySelector('.site-header')?.getBoundingClientRect()),
      searchBox: JSON.stringify(document.querySelector('#search-input')?.getBoundingClientRect()),
      browseBox: JSON.stringify(document.querySelector('.browse')?.getBoundingClientRect()),
    }));
  await page.goto(new URL('/', site.url).href, { waitUntil: 'domcontentloaded' });
  const painted = await frame();
  assert.match(painted.heading, /Where does this Internet issue belong/);
  assert.ok(painted.links.some(([href]) => href === '/issues/spam'), 'the issues by basket are there to follow');
  assert.equal(await page.locator('#boot-shell').count(), 1, 'the app has not started');
  release();
  await page.waitForFunction(() => !document.getElementById('boot-shell') && document.querySelector('#search-input'));
  assert.deepEqual(await frame(), painted, 'the same page in the same place: nothing shifts');

  // A question typed before the app starts is asked once it has, in the search box it was typed in.
  const early = await context.newPage();
  const go = await holdWasm(early);
  await early.goto(new URL('/', site.url).href, { waitUntil: 'domcontentloaded' });
  await early.locator('#boot-shell #search-input').fill('spam');
  go();
  await early.waitForSelector('#search-results a[href="/issues/spam"]');
  assert.equal(new URL(early.url()).searchParams.get('q'), 'spam');
  assert.equal(await early.locator('#search-input').inputValue(), 'spam');
  assert.ok(await early.evaluate(() => document.activeElement?.id === 'search-input'), 'the search box keeps the focus');
  await early.close();

  // A shared question shows in the search box at once, without the issues by basket.
  const shared = await context.newPage();
  await shared.route(/_bg\.wasm$/, () => {});
  await shared.goto(new URL('/?q=domain%20dispute', site.url).href, { waitUntil: 'domcontentloaded' });
  assert.equal(await shared.locator('#search-input').inputValue(), 'domain dispute');
  assert.equal(await shared.locator('.browse').count(), 0);
  await shared.close();

  // Drawn for its address only: elsewhere, with a query (but a question, on the home page)
  // or for an unknown record, the app alone draws.
  for (const path of ['/ask?who=government', '/issues/spam?country=SN', '/issues/no-such-issue', '/fr/issues/no-such-issue']) {
    const other = await context.newPage();
    await other.route(/_bg\.wasm$/, () => {});
    await other.goto(new URL(path, site.url).href, { waitUntil: 'domcontentloaded' });
    assert.equal(await other.locator('h1').count(), 0, path);
    await other.close();
  }
  // The older ?lang= form opens the page drawn in that language, at its own address.
  for (const [path, address, heading] of [['/?lang=fr', '/fr', /Internet/], ['/issues/spam?lang=ar', '/ar/issues/spam', /spam/]]) {
    const other = await context.newPage();
    await other.route(/_bg\.wasm$/, () => {});
    await other.goto(new URL(path, site.url).href, { waitUntil: 'domcontentloaded' });
    await other.waitForURL((url) => url.pathname === address);
    await other.waitForSelector('#boot-shell h1');
    assert.match(await other.locator('h1').innerText(), heading, path);
    assert.equal(await other.evaluate(() => document.documentElement.lang), address.split('/')[1], path);
    await other.close();
  }
  await context.close();
});

test('a deep link shows its page drawn ahead of time, and the app draws the same in its place', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  for (const path of ['/issues/spam', '/organisations/icann', '/glossary', '/countries/SN', '/ask']) {
    const page = await context.newPage();
    // The details held back too, so both drawings show them on their way.
    const release = await holdWasm(page);
    await page.route(/signpost-details-[0-9a-f]+\.bin$/, () => {});
    const drawing = () =>
      page.evaluate(() => ({
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.content,
        text: document.querySelector('main')?.innerText,
        links: [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href')),
        headingBox: JSON.stringify(document.querySelector('h1')?.getBoundingClientRect()),
        mainBox: JSON.stringify(document.querySelector('main')?.getBoundingClientRect()),
      }));
    await page.goto(new URL(path, site.url).href, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('#boot-shell').count(), 1, `${path}: the app has not started`);
    const ahead = await drawing();
    assert.ok(ahead.text.length > 200, `${path} shows its page: ${ahead.text}`);
    assert.match(ahead.title, / · Signpost$/);
    if (path === '/issues/spam') assert.match(ahead.description, /^Unsolicited bulk messages/, 'a shared link previews its record');
    release();
    await page.waitForFunction(() => !document.getElementById('boot-shell') && document.querySelector('main h1'));
    assert.deepEqual(await drawing(), ahead, `${path}: the app draws the same page in the same place`);
    await page.close();
  }

  // Without scripts, the page is still there to read, its links lead to the next one.
  const plain = await site.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const page = await plain.newPage();
  await page.goto(new URL('/issues/spam', site.url).href);
  assert.equal(await page.locator('h1').innerText(), 'Spam');
  assert.equal(await page.locator('.details-status').isVisible(), false, 'nothing said to be on its way');
  await page.locator('main a[href="/organisations/ietf"]').first().click();
  await page.waitForURL(/\/organisations\/ietf$/);
  assert.match(await page.locator('h1').innerText(), /Internet Engineering Task Force/);
  await plain.close();

  await context.close();
});

test('typing a query shows matching results and puts it in the URL', async () => {
  const page = await site.newPage();
  await site.visit(page, '/');
  await page.locator('#search-input').pressSequentially('courrier indésirable', { delay: 20 });
  await page.waitForSelector('#search-results a[href="/issues/spam"]');
  assert.equal(new URL(page.url()).searchParams.get('q'), 'courrier indésirable');
  assert.match(await page.locator('.result-count').innerText(), /match/);
  assert.match(await page.title(), /courrier indésirable/);
  await page.close();
});

test('a typo still finds the issue', async () => {
  const page = await site.newPage();
  await site.visit(page, '/?q=cybersecurty%20stratgy');
  await page.waitForSelector('#search-results li');
  const first = page.locator('#search-results li').first();
  assert.match(await first.innerText(), /National cybersecurity strategy/);
  assert.ok((await first.locator('mark').count()) > 0, 'matched words are highlighted');
  await page.close();
});

test('a deep link opens the issue page directly', async () => {
  const page = await site.newPage();
  await site.visit(page, '/issues/spam');
  assert.equal(await page.locator('h1').innerText(), 'Spam');
  assert.equal(await page.title(), 'Spam · Signpost');
  assert.ok((await page.locator('#who-heading').count()) === 1, 'who can act is shown');
  assert.ok((await page.locator('.venue-groups a[href^="/organisations/"]').count()) >= 2);
  await page.close();
});

test('organisation, resource, country, glossary, ask and about pages render', async () => {
  const page = await site.newPage();
  for (const [path, heading] of [
    ['/organisations/icann', /Internet Corporation for Assigned Names and Numbers/],
    ['/resources/budapest-convention', /Budapest|Cybercrime/],
    ['/countries/SN', /Senegal/],
    ['/glossary', /Glossary/],
    ['/ask', /Find where your issue belongs/],
    ['/about', /About Signpost/],
  ]) {
    await site.visit(page, path);
    assert.match(await page.locator('h1').innerText(), heading, path);
    assert.doesNotMatch(await page.title(), /Not found/, path);
  }
  await page.close();
});

test('an unknown path and an unknown id show the not-found page', async () => {
  const page = await site.newPage();
  await site.visit(page, '/no/such/page');
  assert.equal(await page.locator('h1').innerText(), 'Not found');
  assert.equal(await page.title(), 'Not found · Signpost');

  // A doubled slash, as when a path is pasted after an address ending in one.
  await page.goto(`${site.url.replace(/\/$/, '')}//`);
  await page.waitForSelector('body > main#main h1', { timeout: 20000 });
  assert.equal(await page.locator('h1').innerText(), 'Not found');

  await site.visit(page, '/issues/spma');
  assert.equal(await page.locator('h1').innerText(), 'Not found');
  assert.match(await page.locator('.lead').innerText(), /issue “spma”/);
  assert.ok(
    (await page.locator('a[href="/issues/spam"]').count()) > 0,
    'the not-found page suggests the record the address probably meant',
  );
  await page.close();
});

test('back and forward restore the query', async () => {
  const page = await site.newPage();
  await site.visit(page, '/');
  await page.locator('#search-input').pressSequentially('spam', { delay: 20 });
  await page.waitForSelector('#search-results a[href="/issues/spam"]');
  await page.locator('#search-results a[href="/issues/spam"]').first().click();
  await page.waitForURL(/\/issues\/spam$/);
  assert.equal(await page.locator('h1').innerText(), 'Spam');

  await page.goBack();
  await page.waitForSelector('#search-results a[href="/issues/spam"]');
  assert.equal(await page.locator('#search-input').inputValue(), 'spam');
  assert.equal(new URL(page.url()).searchParams.get('q'), 'spam');

  await page.goForward();
  await page.waitForURL(/\/issues\/spam$/);
  assert.equal(await page.locator('h1').innerText(), 'Spam');

  await page.reload();
  await page.waitForSelector('body > main#main h1');
  assert.equal(await page.locator('h1').innerText(), 'Spam');
  await page.close();
});

test('the layout fits a 360 px phone without horizontal scrolling', async () => {
  const page = await site.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/issues/spam', '/organisations/icann']) {
    await site.visit(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
  }
  await page.close();
});

test('no console errors and no off-site requests on any page visited', async () => {
  // Its own visits, so that it checks pages even when run alone; then whatever this file's
  // other tests recorded (site.newPage records every page's errors and requests in `site`).
  const page = await site.newPage();
  // The recorder is listening: a console error on this page is recorded, then set aside.
  const recorded = site.consoleErrors.length;
  await Promise.all([page.waitForEvent('console'), page.evaluate(() => console.error('signpost-probe'))]);
  assert.equal(site.consoleErrors.length, recorded + 1, 'a console error is recorded');
  assert.match(site.consoleErrors.pop(), /signpost-probe/);

  const pages = [
    ['/', /Where does this Internet issue belong/],
    ['/issues/spam', /^Spam$/],
    ['/organisations/icann', /Internet Corporation for Assigned Names and Numbers/],
    ['/countries/SN', /Senegal/],
    ['/glossary', /Glossary/],
    ['/ask', /Find where your issue belongs/],
    ['/matrix', /^Issues and organisations$/],
    ['/no/such/page', /^Not found$/],
  ];
  const loaded = [];
  page.on('load', () => loaded.push(new URL(page.url()).pathname));
  for (const [path, heading] of pages) {
    await site.visit(page, path);
    assert.match(await page.locator('h1').innerText(), heading, path);
    assert.equal(/^Not found/.test(await page.title()), path === '/no/such/page', `${path}: ${await page.title()}`);
  }
  await page.close();
  assert.deepEqual(loaded, pages.map(([path]) => path), 'each page was loaded, in turn');
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});

test('the search box is a combobox: arrows walk its suggestions, Enter opens one, Escape closes then clears', async () => {
  const page = await site.newPage();
  await site.visit(page, '/');
  const box = page.locator('#search-input');
  await box.focus();
  await page.keyboard.type('spam');
  await page.waitForSelector('#search-suggestions [role="option"]');
  assert.equal(await box.getAttribute('role'), 'combobox');
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  const active = () => box.getAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), 'search-suggestion-0', 'down arrow activates the first suggestion');
  assert.equal(await page.locator('#search-suggestion-0').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), 'search-suggestion-1');
  await page.keyboard.press('ArrowUp');
  assert.equal(await active(), 'search-suggestion-0');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input', 'focus stays in the box');
  assert.deepEqual(await axeViolations(page), [], 'the open list passes axe');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axeViolations(page), [], 'and in dark mode');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/issues\//);
  await page.waitForSelector('body > main#main h1');

  await page.goBack();
  await page.waitForSelector('#search-input');
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  assert.equal(await box.getAttribute('aria-expanded'), 'false', 'Escape first closes the list');
  assert.equal(await box.inputValue(), 'spam');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('#search-input').value === '');
  assert.equal(new URL(page.url()).searchParams.get('q'), null, 'then clears the query');

  // The rich results stay reachable: Tab, then the arrows between their titles.
  await page.keyboard.type('phishing');
  await page.waitForSelector('#search-results .result-title a');
  await page.locator('#search-results .result-title a').first().focus();
  const first = await page.evaluate(() => document.activeElement.getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.evaluate(() => document.activeElement.getAttribute('href')), first);
  await page.close();
});
