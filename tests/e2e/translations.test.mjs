// Every data text a reader sees is in the reader's language: an issue page, an answer card
// and a handout in French and Arabic show the data's own translations (no English but proper
// names and items marked as untranslated), and say discreetly that the translations were
// made by machine and not yet reviewed, with the English one click away.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteFolder, withSite } from './browser.mjs';

const state = withSite();
const data = JSON.parse(await readFile(join(siteFolder(), 'signpost-data.json'), 'utf8'));
const issue = (id) => data.issues.find((record) => record.id === id);
const normalized = (text) => text.replace(/\s+/g, ' ').trim();

for (const lang of ['fr', 'ar']) {
  test(`an issue page, an answer card and a handout in ${lang} show the data in ${lang}`, async () => {
    const { page, site } = state;
    const spam = issue('spam');
    await site.visit(page, `/${lang}/issues/spam`);
    assert.equal(normalized(await page.locator('.lead').innerText()), normalized(spam.summary[lang]));
    const description = normalized(await page.locator('article > p').filter({ hasText: spam.description[lang].slice(0, 20) }).innerText());
    assert.equal(description, normalized(spam.description[lang]), 'the description, in the language, glossary terms marked');
    assert.equal(await page.locator('.home-banner [lang="en"] + .in-english, .lead .in-english').count(), 0, 'nothing marked as English');
    const note = page.locator('.translation-note');
    assert.equal(await note.count(), 1, 'the translations are said to be unreviewed');
    assert.equal(await note.locator('a').getAttribute('href'), '/issues/spam', 'the English one click away');
    await note.locator('a').click();
    await page.waitForURL((url) => url.pathname === '/issues/spam');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(normalized(await page.locator('.lead').innerText()), normalized(spam.summary.en));

    // The answer card of the guided questions (a domain-name dispute).
    const disputes = issue('domain-name-disputes');
    await site.visit(page, `/${lang}/ask?who=business&area=names-numbers&names-numbers=domain-dispute&where=skip`);
    const card = page.locator('.answer-card');
    await card.waitFor();
    assert.ok(normalized(await card.innerText()).includes(normalized(disputes.summary[lang])), 'the card explains in the language');

    await site.visit(page, `/${lang}/handout?issues=spam`);
    const sheet = normalized(await page.locator('.handout-sheet').innerText());
    assert.ok(sheet.includes(normalized(spam.summary[lang])), 'the handout in the language');
    assert.ok(!sheet.includes(normalized(spam.summary.en)), 'not in English');
  });
}
