// Trainers' tools: the issues-and-organisations matrix and its filters, the ecosystem
// picture, the handout (one printed page per issue, a link to share) and glossary pop-overs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './browser.mjs';

const state = withSite();

async function matrixShape(page) {
  return page.evaluate(() => ({
    rows: document.querySelectorAll('table.matrix tbody tr').length,
    columns: document.querySelectorAll('table.matrix thead th.organisation-heading').length,
    marks: document.querySelectorAll('table.matrix td .visually-hidden').length,
  }));
}

test('the matrix filters by basket, region and stakeholder group, in the URL', async () => {
  const page = state.page;
  await state.site.visit(page, '/matrix');
  const all = await matrixShape(page);
  assert.ok(all.rows >= 60 && all.columns >= 100 && all.marks >= 300, JSON.stringify(all));

  await page.getByLabel('Basket').selectOption('cybersecurity');
  await page.waitForURL(/basket=cybersecurity/);
  const security = await matrixShape(page);
  assert.ok(security.rows > 0 && security.rows < all.rows, JSON.stringify(security));

  await page.getByLabel('Region served').selectOption('africa');
  await page.waitForURL(/area=africa/);
  const african = await matrixShape(page);
  assert.ok(african.columns > 0 && african.columns < security.columns, JSON.stringify(african));
  const headings = await page.locator('th.organisation-heading a').allInnerTexts();
  assert.ok(!headings.includes('ICANN'), 'global bodies are left out until asked for');

  await page.getByLabel('Include global bodies').check();
  await page.waitForURL(/global=1/);
  assert.ok((await page.locator('th.organisation-heading a').allInnerTexts()).includes('ICANN'));

  await page.getByLabel('Stakeholder group').selectOption('civil-society');
  await page.waitForURL(/group=civil-society/);
  await page.reload();
  await page.waitForSelector('body > main#main h1');
  assert.equal(await page.getByLabel('Basket').inputValue(), 'cybersecurity', 'filters survive a reload');
  assert.equal(await page.getByLabel('Stakeholder group').inputValue(), 'civil-society');
  assert.match(await page.locator('.result-count').innerText(), /Issues: \d+, organisations: \d+/);

  // A cell names its roles for screen readers; the legend explains the symbols.
  assert.ok((await page.locator('.role-legend dd').count()) === 8);
});

test('the ecosystem picture groups an issue\'s organisations by role, with a text alternative', async () => {
  await state.site.visit(state.page, '/issues/spam');
  const svg = state.page.locator('figure.ecosystem svg[role="img"]');
  await svg.waitFor();
  const groups = await svg.locator('rect.ecosystem-group').count();
  const roles = await state.page.locator('.venue-groups dt').count();
  assert.ok(groups >= 2 && groups >= roles, `${groups} groups for ${roles} roles`);
  assert.match(await svg.locator('desc').textContent(), /Sets standards: .*IETF/);
  const box = await svg.boundingBox();
  assert.ok(box.width > 300 && box.height > 150, 'drawn at a readable size');

  await state.site.visit(state.page, '/organisations/itu');
  assert.ok((await state.page.locator('figure.ecosystem rect.ecosystem-node').count()) >= 3, 'an organisation\'s issues');
});

test('the handout: tick issues (kept in the link), share it, one printed page per issue', async () => {
  const page = state.page;
  await state.site.visit(page, '/handout');
  await page.getByRole('checkbox', { name: 'Spam', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Phishing and online fraud' }).check();
  await page.getByRole('checkbox', { name: 'Domain name disputes (UDRP and others)' }).check();
  // Each tick is in the URL at once, in the order ticked.
  await page.waitForURL(/\/handout\?issues=spam(%2C|,)phishing-online-fraud(%2C|,)domain-name-disputes$/);
  await page.getByRole('checkbox', { name: 'Spam', exact: true }).uncheck();
  await page.waitForURL(/\/handout\?issues=phishing-online-fraud(%2C|,)domain-name-disputes$/);
  assert.ok(await page.getByRole('checkbox', { name: 'Spam', exact: true }).evaluate((box) => box === document.activeElement), 'focus stays on the box');
  await page.getByRole('checkbox', { name: 'Spam', exact: true }).check();
  await page.waitForSelector('.handout-sheet');
  assert.equal(await page.locator('.handout-sheet').count(), 3);
  assert.match(await page.locator('.share-link').innerText(), /\/handout\?issues=/);

  await page.reload();
  await page.waitForSelector('.handout-sheet');
  await page.waitForFunction(() => !document.querySelector('p.details-status'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.handout-controls').first().isVisible(), false, 'controls are not printed');
  // Emulating "screen" would make page.pdf print the screen styles: reset instead.
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 3, `three issues printed on ${pages} pages`);
});

test('a shared handout link with an unknown issue names it and keeps the rest', async () => {
  await state.site.visit(state.page, '/handout?issues=spam,no-such-issue');
  assert.match(await state.page.locator('.notice').innerText(), /no-such-issue/);
  assert.equal(await state.page.locator('.handout-sheet').count(), 1);
});

test('glossary terms in a description open their definition, by keyboard too', async () => {
  const page = state.page;
  await state.site.visit(page, '/issues/ip-addressing');
  const term = page.locator('article button.term').first();
  await term.waitFor();
  const target = await term.getAttribute('popovertarget');
  const popover = page.locator(`[id="${target}"]`);
  assert.equal(await popover.isVisible(), false);
  await term.focus();
  await page.keyboard.press('Enter');
  await popover.waitFor({ state: 'visible' });
  assert.ok((await popover.locator('a[href^="/glossary#"]').count()) === 1, 'links to the glossary');
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
});
