// The pull-request and link-check workflows, which cannot run here, are checked as files: valid
// YAML, triggers, jobs and steps, and only curate commands and flags that exist.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRepository, problems } from '../../scripts/check-workflows.mjs';

test('the repository\'s workflows are well formed and call curate as it is', async () => {
  const { names, found } = await checkRepository(new URL('../../', import.meta.url).pathname);
  assert.deepEqual(names, ['data-check.yml', 'links.yml']);
  assert.deepEqual(found, []);
});

test('a broken workflow is reported in plain words', () => {
  assert.match(problems('x.yml', 'name: [unclosed')[0], /^x\.yml: not valid YAML/);
  const broken = `name: X
on: pull_request
jobs:
  a:
    steps:
      - uses: actions/checkout
      - run: cargo run --bin curate -- chek
      - run: cargo run --bin curate -- check --fromat github
      - name: nothing
`;
  assert.deepEqual(problems('x.yml', broken), [
    'x.yml: job a has no runs-on',
    'x.yml: job a, step 1: "actions/checkout" is not owner/action@version',
    'x.yml: job a, step 2: curate has no command "chek"',
    'x.yml: job a, step 3: curate check takes no --fromat',
    'x.yml: job a, step 4 neither uses an action nor runs a command',
  ]);
});
