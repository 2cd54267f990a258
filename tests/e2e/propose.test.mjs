// Proposing an issue: reached from a search with no good match, clear messages for bad
// input, the draft survives a reload, and the record it writes passes the data checker.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withSite } from './browser.mjs';

const repository = resolve(import.meta.dirname, '../..');
const state = withSite();

test('a search with no good match offers the proposal form, titled from the query', async () => {
  await state.site.visit(state.page, '/?q=' + encodeURIComponent('zorglub quantum banana'));
  await state.page.locator('.no-match a', { hasText: 'Propose this issue' }).click();
  await state.page.waitForURL(/\/propose\?title=/);
  assert.equal(await state.page.locator('#proposal-title').inputValue(), 'zorglub quantum banana');
});

test('bad input gets a message per field and loses nothing; the draft survives a reload', async () => {
  await state.site.visit(state.page, '/propose');
  await state.page.locator('#proposal-title').fill('Satellite broadband landing rights in the Sahel');
  await state.page.locator('#proposal-description').fill('Too short');
  await state.page.locator('.proposal-form button[type="submit"]').click();
  assert.match(await state.page.locator('#proposal-description-problem').innerText(), /too short/);
  assert.match(await state.page.locator('#proposal-affected-problem').innerText(), /too short/);
  assert.equal(await state.page.locator('#proposal-record').count(), 0, 'no record while fields need attention');
  assert.equal(await state.page.locator('#proposal-title').inputValue(), 'Satellite broadband landing rights in the Sahel');

  await state.page.reload();
  await state.page.waitForSelector('#proposal-title');
  assert.equal(await state.page.locator('#proposal-title').inputValue(), 'Satellite broadband landing rights in the Sahel');
  assert.equal(await state.page.locator('#proposal-description').inputValue(), 'Too short');
});

test('the record the form writes passes the curators\' checker', async () => {
  await state.site.visit(state.page, '/propose');
  await state.page.locator('#proposal-title').fill('Satellite broadband "landing rights" in the Sahel');
  await state.page.locator('#proposal-description').fill('Low-orbit satellite operators need landing rights country by country.\nNobody coordinates them across the region.');
  await state.page.locator('#proposal-affected').fill('Rural users; regulators');
  await state.page.locator('#proposal-region').selectOption('western-africa');
  await state.page.locator('#proposal-tried').fill('WATRA, national regulators');
  await state.page.locator('.proposal-form button[type="submit"]').click();
  const record = await state.page.locator('#proposal-record').innerText();
  assert.match(record, /^id = "satellite-broadband-landing-rights-in-the-sahel"$/m);
  const download = await state.page.locator('a[download]').getAttribute('download');
  assert.equal(download, 'satellite-broadband-landing-rights-in-the-sahel.toml');

  const scratch = await mkdtemp(join(tmpdir(), 'signpost-proposal-'));
  try {
    await cp(join(repository, 'data'), join(scratch, 'data'), { recursive: true });
    await mkdir(join(scratch, 'data', 'proposals'), { recursive: true });
    await writeFile(join(scratch, 'data', 'proposals', download), record);
    const check = spawnSync('cargo', ['run', '--quiet', '--bin', 'curate', '--', 'check', '--data', join(scratch, 'data')], {
      cwd: repository,
      encoding: 'utf8',
    });
    const errors = check.stdout.split('\n').filter((line) => line && !line.includes('warning:'));
    assert.deepEqual(errors, []);
    assert.equal(check.status, 0, check.stderr);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
