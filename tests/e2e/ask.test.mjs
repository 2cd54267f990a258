// The guided questions: three complete paths, the answer card, reload and back/forward,
// and a printed card that fits one A4 state.page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './browser.mjs';

const state = withSite();

async function choose(label) {
  await state.page.locator('.choices a', { hasText: label }).first().click();
  await state.page.waitForSelector('body > main#main h1');
}

async function pickCountry(name) {
  await state.page.locator('#ask-country').fill(name);
  await state.page.locator('.country-picker button').click();
  await state.page.waitForSelector('.answer-card');
}

test('a domain-name dispute, step by step, with back and forward', async () => {
  await state.site.visit(state.page, '/ask');
  assert.match(await state.page.locator('#question-heading').innerText(), /Who are you asking for/);
  await choose('A business');
  await choose('Domain names, IP addresses');
  await choose('registered a domain name with our name or brand');
  assert.match(await state.page.locator('#question-heading').innerText(), /Which country/);
  await state.page.locator('a', { hasText: 'Skip: no particular country' }).click();
  await state.page.waitForSelector('.answer-card');
  assert.match(await state.page.locator('#answer-heading').innerText(), /Domain name disputes/);
  assert.ok((await state.page.locator('.answer-card .venue-groups a[href="/organisations/wipo-amc"]').count()) >= 1, 'WIPO Arbitration and Mediation Center can act');
  assert.ok((await state.page.locator('.answer-card .provenance .sources a').count()) >= 1, 'sources');
  assert.match(await state.page.locator('.answer-card .reviewed').innerText(), /Last reviewed/);
  assert.equal(await state.page.locator('.answers li').count(), 4);
  assert.match(await state.page.title(), /Answer: Domain name disputes/);

  await state.page.goBack();
  await state.page.waitForSelector('#question-heading');
  assert.match(await state.page.locator('#question-heading').innerText(), /Which country/);
  await state.page.goForward();
  await state.page.waitForSelector('.answer-card');
  await state.page.reload();
  await state.page.waitForSelector('.answer-card');
  assert.match(await state.page.locator('#answer-heading').innerText(), /Domain name disputes/);
});

test('IPv6 addresses for Senegal lead to AFRINIC and the regional bodies', async () => {
  await state.site.visit(state.page, '/ask?who=government&area=names-numbers');
  await choose('IP addresses (IPv4, IPv6)');
  await pickCountry('Senegal');
  assert.match(new URL(state.page.url()).search, /where=SN/);
  assert.match(await state.page.locator('#answer-heading').innerText(), /IP address/);
  const first = await state.page.locator('.answer-card .venue-groups li').first().innerText();
  assert.match(first, /AFRINIC/);
  assert.match(first, /serves your country/);
  assert.match(await state.page.locator('#regional-heading').innerText(), /Senegal/);
  assert.ok((await state.page.locator('.answer-card .facts a[href="/organisations/african-igf"]').count()) === 1);
});

test('an issue without a clear home says so, with the nearest venues', async () => {
  await state.site.visit(state.page, '/ask?who=civil-society&area=law-business');
  await choose('law or courts apply');
  await state.page.locator('a', { hasText: 'Skip: no particular country' }).click();
  await state.page.waitForSelector('.answer-card');
  assert.match(await state.page.locator('#answer-heading').innerText(), /Jurisdiction/);
  assert.match(await state.page.locator('.answer-card .home-banner h2').innerText(), /No single home/);
  assert.ok((await state.page.locator('.answer-card .home-banner li a').count()) >= 1, 'nearest venues');
});

test('not sure still reaches an answer card', async () => {
  await state.site.visit(state.page, '/ask');
  await choose('Not sure');
  await choose('Not sure');
  await state.page.locator('a', { hasText: 'Skip: no particular country' }).click();
  await state.page.waitForSelector('.answer-card');
  assert.match(await state.page.locator('#answer-heading').innerText(), /No single issue fits/);
  assert.ok((await state.page.locator('.answer-card a[href="/organisations/igf"]').count()) >= 1);
});

test('a stale link answer is rejected with a message, not a blank page', async () => {
  await state.site.visit(state.page, '/ask?who=martian');
  assert.match(await state.page.locator('.notice[role="alert"]').innerText(), /martian/);
  assert.match(await state.page.locator('#question-heading').innerText(), /Who are you asking for/);
});

test('the printed card fits one A4 page, with its address', async () => {
  await state.site.visit(state.page, '/ask?who=government&area=names-numbers&names-numbers=ip-addresses&where=SN');
  await state.page.waitForSelector('.answer-card');
  await state.page.emulateMedia({ media: 'print' });
  try {
    assert.ok(await state.page.locator('.print-only').isVisible());
    assert.match(await state.page.locator('.print-only').innerText(), /where=SN/);
    assert.equal(await state.page.locator('.site-header').isVisible(), false);
    for (const format of ['A4', 'Letter']) {
      const pdf = await state.page.pdf({ format, printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, 1, `the card printed on ${pages} ${format} pages`);
    }
  } finally {
    await state.page.emulateMedia({ media: 'screen' });
  }
});

test('copy citation gives a plain-text reference', async () => {
  await state.site.visit(state.page, '/ask?who=government&area=security&security=ransomware&where=skip');
  await state.page.waitForSelector('.answer-card');
  assert.match(await state.page.locator('.citation').innerText(), /Signpost\. “Ransomware.*Dataset version .* http:\/\/127\.0\.0\.1/);
});

test('every answer card the questions reach prints on one A4 and one Letter page', async () => {
  await state.site.visit(state.page, '/ask?who=government');
  const areas = await state.page.locator('.choices a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const cards = [];
  for (const area of areas.filter((href) => !href.includes('not-sure'))) {
    await state.site.visit(state.page, area);
    const needs = await state.page.locator('.choices a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    cards.push(...needs.filter((href) => !href.includes('=none')).map((href) => `${href}&where=KE`));
  }
  assert.ok(cards.length >= 30, `only ${cards.length} cards reached`);
  const overflowing = [];
  for (const card of cards) {
    await state.site.visit(state.page, card);
    await state.page.waitForSelector('.answer-card');
    await state.page.emulateMedia({ media: 'print' });
    try {
      for (const format of ['A4', 'Letter']) {
        const pdf = await state.page.pdf({ format });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        if (pages !== 1) overflowing.push(`${card} (${format}: ${pages} pages)`);
      }
    } finally {
      await state.page.emulateMedia({ media: 'screen' });
    }
  }
  assert.deepEqual(overflowing, []);
});
