// Every record page shows what its users act on: who can act and how to engage, status,
// sources and review dates, the glossary A–Z, and the country picker.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser.mjs';

let site;
let page;
before(async () => {
  site = await openSite();
  page = await site.newPage();
});
after(async () => {
  await site?.close();
});

test('an issue page: banner, roles with engage links, resources, terms, sources, review date', async () => {
  await site.visit(page, '/issues/jurisdiction');
  assert.match(await page.locator('.home-banner h2').innerText(), /No single home/);
  assert.ok((await page.locator('.home-banner li a[href^="/organisations/"]').count()) >= 1, 'nearest venues');
  assert.ok((await page.locator('.role-list .engage-inline a').count()) >= 1, 'how to engage');
  assert.ok((await page.locator('.provenance .sources a').count()) >= 1, 'sources');
  assert.match(await page.locator('.reviewed time').getAttribute('datetime'), /^\d{4}-\d{2}-\d{2}$/);

  await site.visit(page, '/issues/ip-addressing');
  assert.equal(await page.locator('.home-banner').count(), 0, 'a clear home has no banner');
  assert.ok((await page.locator('#resources-heading').count()) === 1, 'key resources');
  assert.ok((await page.locator('.terms-used a[href^="/glossary#"]').count()) >= 1, 'glossary links');
});

test('an organisation page: what it does, scope, status, issues by role, how to engage', async () => {
  await site.visit(page, '/organisations/afrinic');
  assert.match(await page.locator('.status-banner').innerText(), /receivership/i);
  assert.match(await page.locator('.facts').innerText(), /Serves/);
  assert.ok((await page.locator('#issues-heading + ul li').count()) >= 1, 'issues it handles');
  assert.ok((await page.locator('.engage a').count()) >= 1, 'how to engage');

  await site.visit(page, '/organisations/ucenet');
  assert.match(await page.locator('.facts').innerText(), /London Action Plan/, 'former names are shown');
});

test('a resource page links its issuer and issues', async () => {
  await site.visit(page, '/resources/budapest-convention');
  assert.ok((await page.locator('a.button[href^="http"]').count()) === 1, 'link to the resource');
  assert.ok((await page.locator('.facts a[href^="/organisations/"]').count()) === 1, 'issuer');
  assert.ok((await page.locator('#about-heading + ul a[href="/issues/cybercrime"]').count()) === 1);
});

test('the glossary runs A to Z with anchors', async () => {
  await site.visit(page, '/glossary');
  const letters = await page.locator('.letters a').allInnerTexts();
  assert.ok(letters.length >= 15, `letters: ${letters}`);
  assert.deepEqual([...letters].sort(), letters, 'letters are in order');
  assert.ok((await page.locator('dt#cctld dfn').count()) === 1, 'ccTLD has an anchor');
  assert.ok((await page.locator('dl.glossary dt').count()) >= 100);
});

test('the countries page: type a country name and see its regional bodies', async () => {
  await site.visit(page, '/countries');
  assert.equal(await page.locator('.country-list li').count(), 249);
  await page.locator('#country-input').fill('Nowhereland');
  await page.locator('.country-picker button').click();
  assert.match(await page.locator('#country-problem').innerText(), /No country or territory/);

  await page.locator('#country-input').fill('senegal');
  await page.locator('.country-picker button').click();
  await page.waitForURL(/\/countries\/SN$/);
  const bodies = await page.locator('.facts').innerText();
  assert.match(bodies, /AFRINIC/);
  assert.match(await page.title(), /Senegal/);
});
