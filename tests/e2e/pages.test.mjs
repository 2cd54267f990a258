// Every record page shows what its users act on: who can act and how to engage, status,
// sources and review dates, the glossary A–Z, and the country picker.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './browser.mjs';

const state = withSite();

test('an issue page: banner, roles with engage links, resources, terms, sources, review date', async () => {
  await state.site.visit(state.page, '/issues/jurisdiction');
  assert.match(await state.page.locator('.home-banner h2').innerText(), /No single home/);
  assert.ok((await state.page.locator('.home-banner li a[href^="/organisations/"]').count()) >= 1, 'nearest venues');
  assert.ok((await state.page.locator('.venue-groups .engage-inline a').count()) >= 1, 'how to engage');
  assert.ok((await state.page.locator('.provenance .sources a').count()) >= 1, 'sources');
  assert.match(await state.page.locator('.reviewed time').getAttribute('datetime'), /^\d{4}-\d{2}-\d{2}$/);

  await state.site.visit(state.page, '/issues/ip-addressing');
  assert.equal(await state.page.locator('.home-banner').count(), 0, 'a clear home has no banner');
  assert.ok((await state.page.locator('#resources-heading').count()) === 1, 'key resources');
  assert.ok((await state.page.locator('.terms-used a[href^="/glossary#"]').count()) >= 1, 'glossary links');
});

test('an organisation page: what it does, scope, status, issues by role, how to engage', async () => {
  await state.site.visit(state.page, '/organisations/afrinic');
  assert.match(await state.page.locator('.status-banner').innerText(), /receivership/i);
  assert.match(await state.page.locator('.facts').innerText(), /Serves/);
  assert.ok((await state.page.locator('#issues-heading + ul li').count()) >= 1, 'issues it handles');
  assert.ok((await state.page.locator('.engage a').count()) >= 1, 'how to engage');

  await state.site.visit(state.page, '/organisations/ucenet');
  assert.match(await state.page.locator('.facts').innerText(), /London Action Plan/, 'former names are shown');
});

test('a resource page links its issuer and issues', async () => {
  await state.site.visit(state.page, '/resources/budapest-convention');
  assert.ok((await state.page.locator('a.button[href^="http"]').count()) === 1, 'link to the resource');
  assert.ok((await state.page.locator('.facts a[href^="/organisations/"]').count()) === 1, 'issuer');
  assert.ok((await state.page.locator('#about-heading + ul a[href="/issues/cybercrime"]').count()) === 1);
});

test('the glossary runs A to Z with anchors', async () => {
  await state.site.visit(state.page, '/glossary');
  const letters = await state.page.locator('.letters a').allInnerTexts();
  assert.ok(letters.length >= 15, `letters: ${letters}`);
  assert.deepEqual([...letters].sort(), letters, 'letters are in order');
  assert.ok((await state.page.locator('dt#cctld dfn').count()) === 1, 'ccTLD has an anchor');
  assert.ok((await state.page.locator('dl.glossary dt').count()) >= 100);
});

test('the countries page: type a country name and see its regional bodies', async () => {
  await state.site.visit(state.page, '/countries');
  assert.equal(await state.page.locator('.country-list li').count(), 249);
  await state.page.locator('#country-input').fill('Nowhereland');
  await state.page.locator('.country-picker button').click();
  assert.match(await state.page.locator('#country-input-problem').innerText(), /No country or territory/);

  await state.page.locator('#country-input').fill('senegal');
  await state.page.locator('.country-picker button').click();
  await state.page.waitForURL(/\/countries\/SN$/);
  const bodies = await state.page.locator('.facts').innerText();
  assert.match(bodies, /AFRINIC/);
  assert.match(await state.page.title(), /Senegal/);
});

test('where sources disagree on an issue\'s home, both views are shown with their sources', async () => {
  await state.site.visit(state.page, '/issues/digital-taxation');
  const views = state.page.locator('.home-banner .views li');
  assert.ok((await views.count()) >= 2, 'at least two views');
  assert.ok((await views.locator('a.source-link').count()) >= 2, 'each view cites its source');
});

test('the dataset downloads as JSON and CSV with its licence, version and date', async () => {
  await state.site.visit(state.page, '/about');
  const json = await state.page.locator('a[download="signpost-data.json"]').getAttribute('href');
  const data = await (await fetch(new URL(json, state.site.url))).json();
  assert.match(data.licence, /CC BY 4\.0/);
  assert.match(data.version, /^\d+\.\d+\.\d+$/);
  assert.match(data.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(data.issues.length >= 65 && data.organisations.length >= 150);
  const csvLinks = await state.page.locator('.downloads a[href$=".csv"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.equal(csvLinks.length, 7);
  for (const href of csvLinks) {
    const response = await fetch(new URL(href, state.site.url));
    assert.equal(response.status, 200, href);
    assert.ok((await response.text()).split('\n').length >= 2, `${href} has rows`);
  }
});
