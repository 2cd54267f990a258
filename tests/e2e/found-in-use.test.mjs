// Bugs found by using Signpost as its readers do (a French-speaking trainer, a Senegalese
// policymaker on a phone): each test failed before its fix.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './browser.mjs';

const state = withSite();

test('after Enter the suggestions close and the box lets go, so the results can be read', async () => {
  const page = await state.site.newPage();
  await page.setViewportSize({ width: 390, height: 800 });
  await state.site.visit(page, '/');
  await page.locator('#search-input').focus();
  await page.keyboard.type('spam');
  await page.waitForSelector('#search-suggestions:not([hidden]) [role="option"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-suggestions[hidden]', { state: 'attached' });
  assert.equal(await page.locator('#search-input').getAttribute('aria-expanded'), 'false');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'search-input', 'the box is blurred');
  // Nothing lies over the best answer: a click lands on it.
  await page.click('.best-answer h2 a', { timeout: 5000 });
  await page.waitForSelector('body > main#main h1');
  assert.match(new URL(page.url()).pathname, /^\/issues\//);
  await page.close();
});

test('the country chosen stays while typing, in French and in English', async () => {
  const page = await state.site.newPage();
  for (const home of ['/fr', '/']) {
    await state.site.visit(page, home);
    await page.selectOption('#country-select', 'SN');
    await page.waitForURL((url) => url.searchParams.get('country') === 'SN');
    await page.locator('#search-input').focus();
    await page.keyboard.type('i');
    await page.waitForURL((url) => url.searchParams.get('q') === 'i');
    assert.equal(new URL(page.url()).searchParams.get('country'), 'SN', `${home}: the country stays in the address`);
    assert.equal(await page.locator('#country-select').inputValue(), 'SN', `${home}: the picker keeps it`);
  }
  await page.close();
});

test('an issue page follows ?country=, and the full answer from a tailored result keeps it', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/issues/spam?country=SN');
  assert.ok((await page.locator('.venue-groups .local-tag').count()) > 0, 'bodies serving Senegal are marked');
  await state.site.visit(page, '/issues/spam');
  assert.equal(await page.locator('.venue-groups .local-tag').count(), 0, 'untailored without a country');
  await state.site.visit(page, '/?q=spam&country=SN');
  const full = page.locator('.best-answer a', { hasText: /full answer/i });
  assert.match(await full.getAttribute('href'), /country=SN/);
  await page.close();
});

test('a glossary pop-over on a French page defines the term in French', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/fr/issues/ip-addressing');
  const term = page.locator('button.term').first();
  await term.click();
  const popover = page.locator('.term-popover:popover-open');
  await popover.waitFor();
  assert.equal(await popover.locator('.in-english').count(), 0, 'no definition shown in English');
  assert.doesNotMatch(await popover.innerText(), /\(en anglais\)/);
  await page.close();
});

test('full-width letters find what plain letters find', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/?q=' + encodeURIComponent('ＳＰＡＭ'));
  await page.waitForSelector('#best-heading');
  assert.match(await page.locator('#best-heading').innerText(), /^Spam$/);
  await page.close();
});

test('the not-found page suggests only close matches', async () => {
  const page = await state.site.newPage();
  await state.site.visit(page, '/issues/xyzzy-plugh');
  assert.equal(await page.locator('h1').innerText(), 'Not found');
  assert.equal(await page.locator('#suggestions-heading').count(), 0, 'nothing unrelated is suggested');
  await state.site.visit(page, '/issues/spma');
  assert.ok((await page.locator('a[href="/issues/spam"]').count()) > 0, 'a typo still finds its record');
  await page.close();
});

test('the ecosystem diagram keeps each role heading inside its box, in every language and right to left', async () => {
  const page = await state.site.newPage();
  for (const path of ['/issues/phishing-online-fraud', '/fr/issues/phishing-online-fraud', '/es/issues/phishing-online-fraud', '/ar/issues/phishing-online-fraud']) {
    await state.site.visit(page, path);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('figure.ecosystem svg > g')].flatMap((group) => {
        const box = group.querySelector('rect.ecosystem-group').getBBox();
        return [...group.querySelectorAll('text.ecosystem-role')]
          .map((text) => ({ text: text.textContent, b: text.getBBox() }))
          .filter(({ b }) => b.x < box.x || b.x + b.width > box.x + box.width || b.y < box.y)
          .map(({ text }) => text);
      }),
    );
    assert.deepEqual(outside, [], `${path}: headings outside their boxes`);
    assert.ok((await page.locator('text.ecosystem-role').count()) >= 2, path);
  }
  await page.close();
});

test('bug 3: a body serving a country by treaty stays in its answer, whatever the body\'s region', async () => {
  const page = await state.site.newPage();
  // Senegal is a party to Council of Europe treaties (its sheet, data/national/sheets/SN.toml).
  await state.site.visit(page, '/ask?who=government&area=security&security=cybercrime&where=SN');
  const card = page.locator('.answer-card');
  await card.waitFor();
  await page.waitForSelector('.answer-card a[href$="/organisations/council-of-europe"]', { timeout: 20000 });
  assert.ok(await card.locator('a[href$="/organisations/african-union"]').count(), 'the African Union too');
  await page.close();
});
