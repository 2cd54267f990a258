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
