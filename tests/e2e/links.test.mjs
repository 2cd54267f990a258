// The curators' link checker (scripts/check-links.mjs) on fixtures: which URLs it finds, with
// their lines, and how it reports each outcome. No network: fetching is replaced.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { checkFolder, classify, report, urlsIn } from '../../scripts/check-links.mjs';

const FIXTURE = new URL('../fixtures/links/data/', import.meta.url).pathname;

test('every web address of a data file is found with its line', async () => {
  const text = await readFile(`${FIXTURE}organisations/example.toml`, 'utf8');
  assert.deepEqual(urlsIn(text), [
    { line: 3, url: 'https://example.org/' },
    { line: 9, url: 'https://example.org/report?a=1&b=2' },
    { line: 13, url: 'http://example.org/old' },
  ]);
});

test('outcomes are dead, moved, redirected, refused or ok', () => {
  assert.equal(classify({ status: 200 }).verdict, 'ok');
  assert.deepEqual(classify({ status: 301, location: 'https://x/new' }), { verdict: 'moved', detail: '301 to https://x/new' });
  assert.equal(classify({ status: 308 }).verdict, 'moved');
  assert.equal(classify({ status: 302, location: '/login' }).verdict, 'redirected');
  assert.equal(classify({ status: 403 }).verdict, 'refused');
  assert.deepEqual(classify({ status: 404 }), { verdict: 'dead', detail: '404' });
  assert.deepEqual(classify({ error: 'no answer in 15000 ms' }), { verdict: 'dead', detail: 'no answer in 15000 ms' });
});

test('the report names file and line for each problem, once per address fetched', async () => {
  const fetched = [];
  const outcomes = {
    'https://example.org/': { status: 200 },
    'https://example.org/report?a=1&b=2': { status: 404 },
    'http://example.org/old': { status: 301, location: 'https://example.org/new' },
  };
  const results = await checkFolder(FIXTURE, {
    fetchOutcome: async (url) => {
      fetched.push(url);
      return outcomes[url];
    },
  });
  assert.equal(fetched.length, 3);
  assert.equal(
    report(results),
    [
      'data/organisations/example.toml:9: dead (404): https://example.org/report?a=1&b=2',
      'data/organisations/example.toml:13: moved (301 to https://example.org/new): http://example.org/old',
      '3 links: dead 1, moved 1, ok 1',
    ].join('\n'),
  );
});
