// Routing in the browser: the best issue leads with where to take it, a country named in the
// question or chosen in the page puts its regional bodies first, and a question with no good
// match says so plainly and offers the open venues.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './browser.mjs';

const state = withSite();

test('a country named in the question puts its regional registry first', async () => {
  await state.site.visit(state.page, '/?q=' + encodeURIComponent('IPv6 addresses for our ministry in Senegal'));
  await state.page.waitForSelector('.best-answer');
  assert.match(await state.page.locator('.country-note').innerText(), /Senegal/);
  const first = state.page.locator('.best-answer .venue-groups li').first();
  assert.match(await first.innerText(), /AFRINIC/);
  assert.match(await first.innerText(), /serves your country/);
  assert.ok((await state.page.locator('.best-answer details.elsewhere li').count()) >= 1, 'other regions kept apart');
});

test('choosing a country in the page re-ranks venues and lives in the URL', async () => {
  await state.site.visit(state.page, '/?q=ip%20addresses');
  await state.page.waitForSelector('.best-answer');
  await state.page.locator('#country-select').selectOption('BR');
  await state.page.waitForURL(/country=BR/);
  await state.page.waitForFunction(() => /serves your country/.test(document.querySelector('.best-answer .venue-groups li')?.innerText ?? ''));
  const local = await state.page.locator('.best-answer .venue-groups li', { hasText: 'serves your country' }).allInnerTexts();
  assert.ok(local.some((text) => /LACNIC|NIC\.br/.test(text)), `local venues: ${local}`);

  await state.page.reload();
  await state.page.waitForSelector('.best-answer');
  assert.equal(await state.page.locator('#country-select').inputValue(), 'BR');
  assert.equal(await state.page.locator('#search-input').inputValue(), 'ip addresses');
});

test('a question with no good match says so and offers the open venues', async () => {
  await state.site.visit(state.page, '/?q=' + encodeURIComponent('zorglub quantum banana'));
  await state.page.waitForSelector('.no-match');
  assert.match(await state.page.locator('#no-match-heading').innerText(), /No good match/);
  assert.ok((await state.page.locator('.no-match a[href="/organisations/igf"]').count()) === 1);
});

test('an issue without a clear home says so in the results', async () => {
  await state.site.visit(state.page, '/?q=' + encodeURIComponent('which country’s courts apply to a website'));
  await state.page.waitForSelector('#search-results li');
  assert.ok((await state.page.locator('#search-results .home-badge').count()) >= 1);
});

test('strange input never breaks the page', async () => {
  for (const query of ['🙂🙃', 'الأمن السيبراني', '\u202emaps', '%', '<script>alert(1)</script>', 'x'.repeat(3000)]) {
    await state.site.visit(state.page, '/?q=' + encodeURIComponent(query));
    assert.equal(await state.page.locator('#search-input').inputValue(), query);
  }
  assert.deepEqual(state.site.consoleErrors, []);
});
