// axe-core (WCAG 2.1 A and AA, plus best practices) on every page type, in light and dark
// colour schemes: zero violations.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, withSite } from './browser.mjs';

const state = withSite();

const PAGES = [
  '/',
  '/?q=spam',
  '/?q=' + encodeURIComponent('IPv6 addresses in Senegal'),
  '/?q=zorglub',
  '/issues/jurisdiction',
  '/organisations/afrinic',
  '/resources/budapest-convention',
  '/glossary',
  '/matrix',
  '/matrix?basket=cybersecurity&area=africa&global=1&group=intergovernmental',
  '/handout',
  '/handout?issues=spam,ipv6-adoption',
  '/countries',
  '/countries/SN',
  '/countries/KE',
  '/compare?countries=KE,SN,ZZ',
  '/matrix?country=KE',
  '/?q=' + encodeURIComponent('Who regulates telecoms in Kenya'),
  '/ask',
  '/ask?who=government&area=names-numbers&names-numbers=ip-addresses',
  '/ask?who=government&area=names-numbers&names-numbers=ip-addresses&where=SN',
  '/propose',
  '/about',
  '/no/such/page',
];

for (const scheme of ['light', 'dark']) {
  test(`no axe violations on any page type (${scheme})`, async () => {
    await state.page.emulateMedia({ colorScheme: scheme });
    const found = [];
    for (const path of PAGES) {
      await state.site.visit(state.page, path);
      const violations = await axeViolations(state.page);
      found.push(...violations.map((violation) => `${path} ${violation}`));
    }
    await state.page.emulateMedia({ colorScheme: 'light' });
    assert.deepEqual(found, []);
  });
}

test('usable at 200 % zoom: no horizontal scrolling on any page type', async () => {
  // 200 % zoom of a 1280 px window leaves 640 CSS pixels.
  await state.page.setViewportSize({ width: 640, height: 400 });
  const overflowing = [];
  for (const path of PAGES) {
    await state.site.visit(state.page, path);
    const overflow = await state.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) overflowing.push(`${path} by ${overflow}px`);
  }
  await state.page.setViewportSize({ width: 1280, height: 720 });
  assert.deepEqual(overflowing, []);
});
