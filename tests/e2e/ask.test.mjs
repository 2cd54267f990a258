// The guided questions: three complete paths, the answer card, reload and back/forward,
// and a printed card that fits one A4 page.

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

async function choose(label) {
  await page.locator('.choices a', { hasText: label }).first().click();
  await page.waitForSelector('main#main h1');
}

async function pickCountry(name) {
  await page.locator('#ask-country').fill(name);
  await page.locator('.country-picker button').click();
  await page.waitForSelector('.answer-card');
}

test('a domain-name dispute, step by step, with back and forward', async () => {
  await site.visit(page, '/ask');
  assert.match(await page.locator('#question-heading').innerText(), /Who are you asking for/);
  await choose('A business');
  await choose('Domain names, IP addresses');
  await choose('registered a domain name with our name or brand');
  assert.match(await page.locator('#question-heading').innerText(), /Which country/);
  await page.locator('a', { hasText: 'Skip: no particular country' }).click();
  await page.waitForSelector('.answer-card');
  assert.match(await page.locator('#answer-heading').innerText(), /Domain name disputes/);
  assert.ok((await page.locator('.answer-card .venue-groups a[href="/organisations/wipo-amc"]').count()) >= 1, 'WIPO Arbitration and Mediation Center can act');
  assert.ok((await page.locator('.answer-card .provenance .sources a').count()) >= 1, 'sources');
  assert.match(await page.locator('.answer-card .reviewed').innerText(), /Last reviewed/);
  assert.equal(await page.locator('.answers li').count(), 4);
  assert.match(await page.title(), /Answer: Domain name disputes/);

  await page.goBack();
  await page.waitForSelector('#question-heading');
  assert.match(await page.locator('#question-heading').innerText(), /Which country/);
  await page.goForward();
  await page.waitForSelector('.answer-card');
  await page.reload();
  await page.waitForSelector('.answer-card');
  assert.match(await page.locator('#answer-heading').innerText(), /Domain name disputes/);
});

test('IPv6 addresses for Senegal lead to AFRINIC and the regional bodies', async () => {
  await site.visit(page, '/ask?who=government&area=names-numbers');
  await choose('IP addresses (IPv4, IPv6)');
  await pickCountry('Senegal');
  assert.match(new URL(page.url()).search, /where=SN/);
  assert.match(await page.locator('#answer-heading').innerText(), /IP address/);
  const first = await page.locator('.answer-card .venue-groups li').first().innerText();
  assert.match(first, /AFRINIC/);
  assert.match(first, /serves your country/);
  assert.match(await page.locator('#regional-heading').innerText(), /Senegal/);
  assert.ok((await page.locator('.answer-card .facts a[href="/organisations/african-igf"]').count()) === 1);
});

test('an issue without a clear home says so, with the nearest venues', async () => {
  await site.visit(page, '/ask?who=civil-society&area=law-business');
  await choose('law or courts apply');
  await page.locator('a', { hasText: 'Skip: no particular country' }).click();
  await page.waitForSelector('.answer-card');
  assert.match(await page.locator('#answer-heading').innerText(), /Jurisdiction/);
  assert.match(await page.locator('.answer-card .home-banner h2').innerText(), /No single home/);
  assert.ok((await page.locator('.answer-card .home-banner li a').count()) >= 1, 'nearest venues');
});

test('not sure still reaches an answer card', async () => {
  await site.visit(page, '/ask');
  await choose('Not sure');
  await choose('Not sure');
  await page.locator('a', { hasText: 'Skip: no particular country' }).click();
  await page.waitForSelector('.answer-card');
  assert.match(await page.locator('#answer-heading').innerText(), /No single issue fits/);
  assert.ok((await page.locator('.answer-card a[href="/organisations/igf"]').count()) >= 1);
});

test('a stale link answer is rejected with a message, not a blank page', async () => {
  await site.visit(page, '/ask?who=martian');
  assert.match(await page.locator('.notice[role="alert"]').innerText(), /martian/);
  assert.match(await page.locator('#question-heading').innerText(), /Who are you asking for/);
});

test('the printed card fits one A4 page, with its address', async () => {
  await site.visit(page, '/ask?who=government&area=names-numbers&names-numbers=ip-addresses&where=SN');
  await page.waitForSelector('.answer-card');
  await page.emulateMedia({ media: 'print' });
  try {
    assert.ok(await page.locator('.print-only').isVisible());
    assert.match(await page.locator('.print-only').innerText(), /where=SN/);
    assert.equal(await page.locator('.site-header').isVisible(), false);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, 1, `the card printed on ${pages} ${format} pages`);
    }
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('copy citation gives a plain-text reference', async () => {
  await site.visit(page, '/ask?who=government&area=security&security=ransomware&where=skip');
  await page.waitForSelector('.answer-card');
  assert.match(await page.locator('.citation').innerText(), /Signpost\. “Ransomware.*Dataset version .* http:\/\/127\.0\.0\.1/);
});

test('every answer card the questions reach prints on one A4 and one Letter page', async () => {
  await site.visit(page, '/ask?who=government');
  const areas = await page.locator('.choices a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const cards = [];
  for (const area of areas.filter((href) => !href.includes('not-sure'))) {
    await site.visit(page, area);
    const needs = await page.locator('.choices a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    cards.push(...needs.filter((href) => !href.includes('=none')).map((href) => `${href}&where=KE`));
  }
  assert.ok(cards.length >= 30, `only ${cards.length} cards reached`);
  const overflowing = [];
  for (const card of cards) {
    await site.visit(page, card);
    await page.waitForSelector('.answer-card');
    await page.emulateMedia({ media: 'print' });
    try {
      for (const format of ['A4', 'Letter']) {
        const pdf = await page.pdf({ format });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        if (pages !== 1) overflowing.push(`${card} (${format}: ${pages} pages)`);
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  }
  assert.deepEqual(overflowing, []);
});
