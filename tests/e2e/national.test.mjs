// National sheets (#20): a country profile, countries side by side, and an answer that leads
// with the national body, offline too once the country's sheet has been fetched. Sheets are
// never part of the first load.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, launchChromium, withSite } from './browser.mjs';
import { startServer } from '../../scripts/serve-dist.mjs';

const state = withSite();

/** Requests for national sheet files a page makes. */
function sheetRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/national-[0-9a-f]{16}\//.test(path)) seen.push(path);
  });
  return seen;
}

test('the first load fetches no national sheet; a country page fetches its own, once', async () => {
  const page = await state.site.newPage();
  const seen = sheetRequests(page);
  await state.site.visit(page, '/');
  await page.waitForTimeout(500);
  assert.deepEqual(seen, [], 'no sheet on the home page');
  await state.site.visit(page, '/countries/KE');
  await page.waitForSelector('table.national-sheet');
  assert.equal(seen.length, 1);
  assert.match(seen[0], /\/KE\.bin$/);
  await page.close();
});

test('a country profile shows each slot, its ccTLD manager with a source, treaties and gaps', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/countries/KE');
  const sheet = page.locator('table.national-sheet');
  await sheet.waitFor();
  assert.equal(await sheet.locator('tbody tr').count(), 9, 'nine slots');
  const cctld = sheet.locator('tbody tr').first();
  assert.match(await cctld.locator('th').innerText(), /\.ke/);
  assert.match(await cctld.locator('td').innerText(), /KeNIC/);
  assert.match(await cctld.locator('a.source').getAttribute('href'), /^https:\/\/www\.iana\.org\/domains\/root\/db\/ke\.html$/);
  assert.equal(await page.locator('table.national-treaties tbody tr').count(), 6, 'six treaties');
  assert.match(await page.locator('#national-heading').innerText(), /Kenya/);
  assert.match(await page.locator('.national p').nth(1).innerText(), /of 9, reviewed \d{4}-\d{2}-\d{2}/);
  // The page drawn ahead says the sheet is on its way, as the app first draws it (so nothing
  // moves when the app takes over); the sheet itself comes with the app.
  const drawn = await (await fetch(new URL('/countries/KE', state.site.url))).text();
  assert.ok(drawn.includes('Loading the national sheet'), 'the page drawn ahead shows the sheet on its way');
  await page.close();
});

test('a country with no delegated ccTLD says none is known, with the IANA record as source', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/countries/BQ');
  const cctld = page.locator('table.national-sheet tbody tr').first();
  await cctld.waitFor();
  assert.match(await cctld.locator('td').innerText(), /None known/);
  assert.match(await cctld.locator('a.source').getAttribute('href'), /iana\.org\/domains\/root\/db\/bq\.html/);
  await page.close();
});

test('compare puts up to three countries side by side and names a code that is no country', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/compare?countries=KE,SN,ZZ');
  const table = page.locator('table.compare');
  await table.waitFor();
  assert.equal(await table.locator('thead th').count(), 3, 'the slot column and two countries');
  await page.waitForFunction(() => document.querySelectorAll('table.compare td .national-body').length >= 2);
  assert.match(await table.innerText(), /KeNIC/);
  assert.match(await page.locator('.compare-page [role="alert"]').innerText(), /ZZ/);
  // Typing codes into the form opens the comparison at its own address.
  await page.fill('#compare-countries', 'bd, np');
  await page.click('.compare-form button');
  await page.waitForURL((url) => url.searchParams.get('countries') === 'bd, np');
  await page.waitForFunction(() => document.querySelectorAll('table.compare thead th').length === 3);
  await page.close();
});

test('the answer for a known country leads with the national body, in French too', async () => {
  const page = await state.site.newPage();
  for (const [path, heading] of [
    ['/issues/cctld-management?country=KE', /Kenya, start here/],
    ['/fr/issues/cctld-management?country=KE', /Kenya : commencez ici/],
  ]) {
    await state.site.visit(page, path);
    const leads = page.locator('.national-leads');
    await leads.waitFor();
    assert.match(await leads.locator('h3').innerText(), heading, 'a part of the answer, under its h2');
    assert.match(await leads.innerText(), /KeNIC/);
  }
  await page.close();
});

test('offline, a country whose sheet was fetched once still leads with its national body', async () => {
  const { server, url } = await startServer(DIST, 0);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/', url).href);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    await page.goto(new URL('/issues/cctld-management?country=KE', url).href);
    await page.waitForSelector('.national-leads');
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body > main#main h1', { timeout: 20000 });
    const leads = page.locator('.national-leads');
    await leads.waitFor({ timeout: 20000 });
    assert.match(await leads.innerText(), /KeNIC/);
    // A country never fetched says so plainly, and the regional venues still show.
    await page.goto(new URL('/countries/UG', url).href);
    await page.waitForSelector('section.national [role="alert"]', { timeout: 20000 });
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test('asking for a kind of body in a country leads with that country\'s body, above the results', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/?q=' + encodeURIComponent('Who regulates telecoms in Kenya'));
  const leads = page.locator('.national-leads');
  await leads.waitFor();
  // The regulator named in Kenya's sheet, whoever it is.
  const sheet = await (await fetch(new URL('/signpost-data.json', state.site.url))).json();
  const kenya = sheet.countries.find((country) => country.code === 'KE');
  const regulator = sheet.national_organisations.find((body) => body.id === kenya.national.regulator.organisation);
  assert.ok(regulator, 'Kenya has a regulator on record');
  assert.ok((await leads.innerText()).includes(regulator.acronym ?? regulator.name), 'the regulator leads');
  // It comes before the best answer and the list of results.
  const order = await page.evaluate(() => {
    const leads = document.querySelector('.national-leads');
    const results = document.querySelector('#search-results');
    return leads.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'the national bodies come first');
  await page.close();
});

test('the matrix filtered to one country shows its regional bodies and its national bodies', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/matrix?country=KE');
  await page.waitForSelector('table.matrix th.national-column');
  const national = await page.locator('table.matrix th.national-column').allInnerTexts();
  assert.ok(national.some((text) => /KeNIC/.test(text)), 'the ccTLD manager is a column');
  // Regional bodies only: Kenya's RIR, never another region's.
  const columns = await page.locator('table.matrix thead th.organisation-heading:not(.national-column)').allInnerTexts();
  assert.ok(columns.includes('AFRINIC'), 'Kenya\'s RIR');
  assert.ok(!columns.includes('LACNIC'), 'not another region\'s RIR');
  // The ccTLD manager's mark sits on the ccTLD issue's row.
  const row = page.locator('table.matrix tbody tr', { has: page.locator('a[href$="/issues/cctld-management"]') });
  assert.ok((await row.locator('.national-mark').count()) >= 1);
  assert.equal(await page.locator('select:has(option[value="KE"])').last().inputValue(), 'KE');
  await page.close();
});

test('a country profile prints on one A4 and one Letter page', async () => {
  const page = await state.site.newPage();
  const over = [];
  for (const code of ['KE', 'SN', 'CO', 'BD', 'FR']) {
    await state.site.visit(page, `/countries/${code}`);
    await page.waitForSelector('table.national-sheet');
    for (const format of ['A4', 'Letter']) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (pages !== 1) over.push(`${code} (${format}: ${pages} pages)`);
    }
  }
  assert.deepEqual(over, []);
  await page.close();
});
