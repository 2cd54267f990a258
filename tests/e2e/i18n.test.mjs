// The interface in English, French, Spanish and Arabic: the language picker, the language in
// the address (/fr/..., reload, back, in-app links; the older ?lang= still opens it), the
// language remembered for a later visit,
// `<html lang dir>`, the right-to-left layout, English data text marked as English, and
// accessibility in French and Arabic.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, withSite } from './browser.mjs';

const state = withSite();

const html = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
// The address's language: its prefix (/fr/issues/spam), none for English.
const lang = (page) => new URL(page.url()).pathname.match(/^\/(fr|es|ar)(\/|$)/)?.[1] ?? null;
// A language picked in the page arrives in its own file: wait until the page is drawn in it.
const shownIn = (page, code) =>
  page.waitForFunction((code) => document.documentElement.lang === code, code);

test('the picker switches the language; the address keeps it through reload, links and back', async () => {
  const { page, site } = state;
  await site.visit(page, '/?q=spam');
  const picker = page.getByRole('navigation', { name: 'Language' });
  assert.deepEqual(await picker.locator('a').allInnerTexts(), ['English', 'Français', 'Español', 'العربية']);
  assert.equal(await picker.locator('a[aria-current]').innerText(), 'English');

  await picker.getByRole('link', { name: 'Français' }).click();
  await page.waitForURL((url) => url.pathname === '/fr');
  await shownIn(page, 'fr');
  assert.equal(new URL(page.url()).searchParams.get('q'), 'spam', 'the rest of the address is kept');
  assert.match(await page.locator('h1').innerText(), /Où traiter ce problème d'Internet/);
  assert.match(await page.locator('.result-count').innerText(), /résultats/);
  assert.deepEqual(await html(page), { lang: 'fr', dir: 'ltr' });
  assert.match(await page.title(), /^«\s?spam\s?» · Signpost$/);
  assert.equal(await page.getByRole('navigation', { name: 'Langue' }).locator('a[aria-current]').innerText(), 'Français');

  await page.reload();
  await page.waitForSelector('body > main#main h1');
  assert.match(await page.locator('h1').innerText(), /Où traiter/);

  // Every in-app link carries the language.
  const internal = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.filter((a) => !a.closest('.languages')).map((a) => a.getAttribute('href')));
  assert.ok(internal.length > 20);
  const unlocalized = internal.filter((href) => !/^\/fr(\/|\?|#|$)/.test(href) && !href.startsWith('/signpost-data') && !href.startsWith('/open-data') && !href.startsWith('/changes.xml'));
  assert.deepEqual(unlocalized, []);

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Glossaire' }).click();
  await page.waitForURL(/\/fr\/glossary$/);
  assert.equal(await page.locator('h1').innerText(), "Glossaire de la gouvernance de l'Internet");

  await page.goBack();
  await page.waitForURL(/\/fr\?q=spam$/);
  assert.match(await page.locator('h1').innerText(), /Où traiter/);
  await page.goForward();
  await page.waitForURL(/\/fr\/glossary$/);
  assert.equal((await html(page)).lang, 'fr');
});

test('the picker works from the keyboard and gives focus back to it', async () => {
  const { page, site } = state;
  await site.visit(page, '/about');
  const spanish = page.getByRole('link', { name: 'Español' });
  await spanish.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/es\/about$/);
  await shownIn(page, 'es');
  assert.equal(await page.locator('h1').innerText(), 'Acerca de Signpost');
  await page.waitForFunction(() => document.activeElement?.getAttribute('lang') === 'es');
});

test('the last language picked is remembered for a visit to an address without one', async () => {
  const { page, site } = state;
  // Español was picked in the previous test.
  await site.visit(page, '/countries');
  assert.equal(lang(page), 'es');
  assert.equal(await page.locator('h1').innerText(), 'Los países y sus organismos regionales');
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL((url) => url.pathname === '/countries');
  await site.visit(page, '/countries');
  assert.equal(lang(page), null);
  assert.equal(await page.locator('h1').innerText(), 'Countries and their regional bodies');
});

test('?lang= in a link opens that language at its own address; an unknown one falls back to English', async () => {
  const { page, site } = state;
  await site.visit(page, '/issues/spam?lang=es');
  assert.equal(new URL(page.url()).pathname, '/es/issues/spam');
  assert.equal(await page.locator('h1').innerText(), 'Correo basura (spam)');
  assert.deepEqual(await html(page), { lang: 'es', dir: 'ltr' });
  assert.equal(await page.locator('#who-heading').innerText(), 'Quién puede actuar');

  const errorsBefore = site.consoleErrors.length;
  await site.visit(page, '/issues/spam?lang=xx');
  assert.equal(await page.locator('h1').innerText(), 'Spam');
  assert.deepEqual(await html(page), { lang: 'en', dir: 'ltr' });
  assert.equal(await page.locator('.site-header a.brand').getAttribute('href'), '/');
  assert.equal(site.consoleErrors.length, errorsBefore);
});

test('Arabic is right to left and the layout mirrors', async () => {
  const { page, site } = state;
  await site.visit(page, '/issues/jurisdiction?lang=ar');
  assert.deepEqual(await html(page), { lang: 'ar', dir: 'rtl' });
  assert.equal(await page.locator('h1').innerText(), 'الاختصاص القضائي والقانون الواجب التطبيق على الإنترنت');
  const layout = await page.evaluate(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    return {
      direction: style('main').direction,
      textAlign: style('.lead').textAlign,
      // The banner's rule marks where a line starts: on the right in Arabic.
      bannerRight: style('.home-banner').borderRightWidth,
      bannerLeft: style('.home-banner').borderLeftWidth,
      brandRight: box('.brand').right,
      brandLeft: box('.brand').left,
      width: document.documentElement.clientWidth,
      listPadding: style('.venue-groups ul').paddingRight,
    };
  });
  assert.equal(layout.direction, 'rtl');
  assert.ok(['start', 'right'].includes(layout.textAlign), layout.textAlign);
  assert.equal(layout.bannerRight, '5px');
  assert.equal(layout.bannerLeft, '0px');
  assert.ok(layout.brandLeft > layout.width / 2, `the brand sits on the right: ${JSON.stringify(layout)}`);
  assert.notEqual(layout.listPadding, '0px');

  await site.visit(page, '/?lang=ar&q=' + encodeURIComponent('كيف أوقف الرسائل المزعجة'));
  assert.match(await page.locator('#best-heading').innerText(), /الرسائل المزعجة/);
  assert.match(await page.locator('.result-count').innerText(), /عدد النتائج|أفضل النتائج/);
  const noteSide = await page.evaluate(() => getComputedStyle(document.querySelector('.best-answer .home-note')).borderRightWidth);
  assert.equal(noteSide, '4px');

  // The guided questions are translated in the data too.
  await site.visit(page, '/ask?lang=ar');
  assert.equal(await page.locator('#question-heading').innerText(), 'لمن تطرح هذا السؤال؟');
  assert.equal(await page.locator('.choices [lang="en"]').count(), 0);
});

test('data text with no translation is shown in English, marked as English', async () => {
  const { page, site } = state;
  // The Budapest Convention's title is in English only: no Arabic or French title is recorded.
  await site.visit(page, '/ar/resources/budapest-convention');
  const english = page.locator('h1 span[lang="en"]', { hasText: 'Budapest' });
  assert.equal(await english.getAttribute('dir'), 'ltr');
  assert.equal(await page.locator('main .in-english').first().innerText(), '(بالإنجليزية)');
  // Its summary is translated.
  assert.equal(await page.locator('.lead span[lang="en"]').count(), 0);

  await site.visit(page, '/fr/resources/unesco-internet-universality-indicators');
  const inFrench = page.locator('h1 span[lang="en"]');
  assert.equal(await inFrench.getAttribute('dir'), null, 'no direction change in a left-to-right page');
  assert.equal(await page.locator('main .in-english').first().innerText(), '(en anglais)');

  await site.visit(page, '/issues/spam');
  assert.equal(await page.locator('main [lang="en"], main .in-english').count(), 0, 'nothing is marked in English');
});

test('no axe violations in French and Arabic: results, an issue, the guided questions, trainers\' tools', async () => {
  const { page, site } = state;
  const found = [];
  for (const locale of ['fr', 'ar']) {
    for (const path of [
      `/?q=spam&lang=${locale}`,
      `/issues/jurisdiction?lang=${locale}`,
      `/ask?lang=${locale}`,
      `/ask?who=government&area=names-numbers&lang=${locale}`,
      `/ask?who=government&area=names-numbers&names-numbers=ip-addresses&where=SN&lang=${locale}`,
      `/matrix?basket=cybersecurity&lang=${locale}`,
      `/handout?issues=spam,ipv6-adoption&lang=${locale}`,
      `/organisations/itu?lang=${locale}`,
    ]) {
      await site.visit(page, path);
      found.push(...(await axeViolations(page)).map((violation) => `${path} ${violation}`));
    }
  }
  assert.deepEqual(found, []);
  assert.deepEqual(site.consoleErrors, []);
  assert.deepEqual(site.foreignRequests, []);
});

test('the trainers\' tools speak the chosen language and keep it in their links', async () => {
  const { page, site } = state;
  await site.visit(page, '/matrix?lang=fr');
  assert.equal(await page.locator('h1').innerText(), 'Enjeux et organisations');
  await page.getByLabel('Panier').selectOption('cybersecurity');
  await page.waitForURL(/basket=cybersecurity/);
  assert.match(new URL(page.url()).pathname, /^\/fr\/matrix$/, 'a filter keeps the language');
  assert.match(await page.locator('.result-count').innerText(), /^Enjeux : \d+/);
  await site.visit(page, '/handout?issues=spam&lang=ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('h1').innerText(), 'النشرة');
  assert.match(await page.locator('.handout-sheet h2 a').getAttribute('href'), /^\/ar\//);
});


test('each language but English comes in its own file, fetched only when a reader picks it', async () => {
  const { site } = state;
  // Without the offline copy, which would answer from its cache and hide the failure.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const packs = [];
  const listener = (request) => {
    const name = new URL(request.url()).pathname;
    if (/^\/signpost-(fr|es|ar)-[0-9a-f]+\.bin$/.test(name)) packs.push(name);
  };
  page.on('request', listener);
  try {
    await site.visit(page, '/about?lang=en');
    assert.deepEqual(packs, [], 'an English page fetches no language pack');
    // A pack that cannot be fetched: the page stays readable in English, says why, and retries.
    await page.route(/\/signpost-es-[0-9a-f]+\.bin$/, (route) => route.abort());
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Español could not be loaded' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /the network request failed/);
    assert.equal(packs.length, 1, 'one request, however many parts of the page asked');
    assert.equal(await page.locator('h1').innerText(), 'About Signpost');
    await page.unroute(/\/signpost-es-[0-9a-f]+\.bin$/);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await shownIn(page, 'es');
    assert.equal(await page.locator('h1').innerText(), 'Acerca de Signpost');
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.ok(packs.every((name) => name.startsWith('/signpost-es-')), packs.join(' '));
  } finally {
    await context.close();
  }
});
