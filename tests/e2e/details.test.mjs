// The first visit stays light: the home page, search and the guided questions never fetch
// the full catalog; a page with sources fetches it once, and a failed fetch says so and can be retried.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './browser.mjs';

const state = withSite();
const isDetails = (url) => /\/signpost-details-[0-9a-f]{16}\.bin$/.test(new URL(url).pathname);

test('the home page and a search fetch no details; an issue page fetches them once', async () => {
  const page = await state.site.browser.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await state.site.visit(page, '/');
  await page.fill('#search-input', 'spam');
  await page.waitForSelector('.result');
  // Asked with Enter, as a reader would before reading the results.
  await page.press('#search-input', 'Enter');
  assert.equal(fetched.filter(isDetails).length, 0, 'no details for the home page and its results');

  await page.click('.best-answer a[href^="/issues/"]');
  await page.waitForSelector('.provenance .sources a');
  await page.goBack();
  await page.goForward();
  await page.waitForSelector('.provenance .sources a');
  assert.equal(fetched.filter(isDetails).length, 1, 'fetched once, then kept');
  await page.close();
});

test('when the details cannot be fetched, the page says so, keeps its answer and can retry', async () => {
  const page = await state.site.browser.newPage();
  let failing = true;
  await page.route(isDetails, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(new URL('/issues/spam', state.site.url).href);
  const alert = page.locator('div.details-status[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be loaded/);
  assert.ok((await page.locator('.venue-groups li').count()) >= 1, 'who can act is still shown');

  failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.waitForSelector('.provenance .sources a');
  assert.equal(await page.locator('.details-status').count(), 0);
  await page.close();
});

test('the guided questions need no details; their answer fetches them for its sources', async () => {
  const page = await state.site.browser.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await state.site.visit(page, '/ask');
  await page.locator('.question .choices a').first().click();
  await page.waitForSelector('.answers li');
  await page.locator('.question .choices a').first().click();
  await page.waitForSelector('.answers li:nth-child(2)');
  assert.equal(fetched.filter(isDetails).length, 0, 'no details for the questions');
  assert.equal(await page.locator('.details-status').count(), 0);

  await state.site.visit(page, '/ask?who=government&area=names-numbers&names-numbers=ip-addresses&where=SN');
  await page.waitForSelector('.answer-card .sources a');
  assert.equal(fetched.filter(isDetails).length, 1, 'fetched for the answer card');
  await page.close();
});
