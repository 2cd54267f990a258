// Truth readers can check: what changed in the dataset and in each record (from the
// repository's history, read at build time), its Atom feed, and citations of a page in four
// formats pinned to the dataset's version.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './browser.mjs';

const state = withSite();

test('what changed: the whole dataset, and one record, with the feed', async () => {
  const { page, site } = state;
  await site.visit(page, '/changes');
  assert.equal(await page.locator('h1').innerText(), 'What changed in the dataset');
  await page.waitForSelector('ol.changes > li');
  const first = page.locator('ol.changes > li').first();
  assert.match(await first.locator('time').getAttribute('datetime'), /^\d{4}-\d{2}-\d{2}$/);
  assert.ok((await first.locator('li').count()) >= 1, 'the records a change touched');
  const feed = await page.locator('a[href="/changes.xml"]').getAttribute('type');
  assert.equal(feed, 'application/atom+xml');

  const response = await page.request.get(new URL('/changes.xml', site.url).href);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /atom\+xml/);
  const xml = await response.text();
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  assert.ok((xml.match(/<entry>/g) ?? []).length >= 1);

  // A record's page links its history, which lists the changes that touched it.
  await site.visit(page, '/issues/universal-acceptance');
  await page.locator('.record-links a', { hasText: 'What changed in this record' }).click();
  await page.waitForURL((url) => url.pathname === '/changes/issues/universal-acceptance');
  await page.waitForSelector('ol.changes > li');
  assert.match(await page.locator('h1').innerText(), /^Change history: Universal acceptance/);
  assert.match(await page.locator('ol.changes > li').first().innerText(), /^\d{4}-\d{2}-\d{2} · /);
});

test('a page is cited in plain text, BibTeX, RIS and CSL-JSON, with the dataset version', async () => {
  const { page, site } = state;
  await site.visit(page, '/issues/spam');
  await page.locator('.record-links a', { hasText: 'Cite this page' }).click();
  await page.waitForURL((url) => url.pathname === '/cite');
  await page.waitForSelector('section.citation pre');
  const formats = await page.locator('section.citation h2').allInnerTexts();
  assert.deepEqual(formats, ['Plain text', 'BibTeX', 'RIS', 'CSL-JSON']);
  const [plain, bibtex, ris, csl] = await page.locator('section.citation pre').allInnerTexts();
  const address = new URL('/issues/spam', site.url).href;
  assert.match(plain, /^Signpost curators \(\d{4}\)\. Spam\. In Signpost: .*dataset version \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)\./);
  assert.ok(plain.includes(address));
  assert.match(bibtex, /^@misc\{signpost-spam,/);
  assert.match(ris, /^TY {2}- DATA/);
  assert.equal(JSON.parse(csl)[0].URL, address);

  await site.visit(page, '/cite?path=/nothing/here');
  assert.match(await page.locator('main').innerText(), /There is no record page at "\/nothing\/here" to cite/);
});

test('About says how fresh the data is: records by age since their last review', async () => {
  const { page, site } = state;
  await site.visit(page, '/about');
  assert.equal(await page.locator('#freshness').innerText(), 'How fresh the data is');
  const bands = await page.locator('ul.review-ages li').allInnerTexts();
  assert.equal(bands.length, 5);
  const total = bands.map((band) => Number(band.split(': ')[1])).reduce((sum, count) => sum + count, 0);
  assert.ok(total > 400, `every issue, organisation and resource is counted (${total})`);
  assert.match(await page.locator('#freshness ~ p').nth(1).innerText(), /checked more often than once a year: \d+\./);
});
