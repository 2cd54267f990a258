// Routing in the browser: the best issue leads with where to take it, a country named in the
// question or chosen in the page puts its regional bodies first, and a question with no good
// match says so plainly and offers the open venues.

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

test('a country named in the question puts its regional registry first', async () => {
  await site.visit(page, '/?q=' + encodeURIComponent('IPv6 addresses for our ministry in Senegal'));
  await page.waitForSelector('.best-answer');
  assert.match(await page.locator('.country-note').innerText(), /Senegal/);
  const first = page.locator('.best-answer .venue-groups li').first();
  assert.match(await first.innerText(), /AFRINIC/);
  assert.match(await first.innerText(), /serves your country/);
  assert.ok((await page.locator('.best-answer details.elsewhere li').count()) >= 1, 'other regions kept apart');
});

test('choosing a country in the page re-ranks venues and lives in the URL', async () => {
  await site.visit(page, '/?q=ip%20addresses');
  await page.waitForSelector('.best-answer');
  await page.locator('#country-select').selectOption('BR');
  await page.waitForURL(/country=BR/);
  await page.waitForFunction(() => /serves your country/.test(document.querySelector('.best-answer .venue-groups li')?.innerText ?? ''));
  const local = await page.locator('.best-answer .venue-groups li', { hasText: 'serves your country' }).allInnerTexts();
  assert.ok(local.some((text) => /LACNIC|NIC\.br/.test(text)), `local venues: ${local}`);

  await page.reload();
  await page.waitForSelector('.best-answer');
  assert.equal(await page.locator('#country-select').inputValue(), 'BR');
  assert.equal(await page.locator('#search-input').inputValue(), 'ip addresses');
});

test('a question with no good match says so and offers the open venues', async () => {
  await site.visit(page, '/?q=' + encodeURIComponent('zorglub quantum banana'));
  await page.waitForSelector('.no-match');
  assert.match(await page.locator('#no-match-heading').innerText(), /No good match/);
  assert.ok((await page.locator('.no-match a[href="/organisations/igf"]').count()) === 1);
});

test('an issue without a clear home says so in the results', async () => {
  await site.visit(page, '/?q=' + encodeURIComponent('which country’s courts apply to a website'));
  await page.waitForSelector('#search-results li');
  assert.ok((await page.locator('#search-results .home-badge').count()) >= 1);
});

test('strange input never breaks the page', async () => {
  for (const query of ['🙂🙃', 'الأمن السيبراني', '\u202emaps', '%', '<script>alert(1)</script>', 'x'.repeat(3000)]) {
    await site.visit(page, '/?q=' + encodeURIComponent(query));
    assert.equal(await page.locator('#search-input').inputValue(), query);
  }
  assert.deepEqual(site.consoleErrors, []);
});
