// Checks the GitHub Actions workflows in .github/workflows/, which cannot run here: each is
// valid YAML with a trigger and jobs whose steps use an action or run a command, and every
// `curate` command they run is one the curators' tool has, with flags it takes.
//
//   node scripts/check-workflows.mjs [repository-folder]

import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tools/lint/package.json', import.meta.url));
const YAML = require('yaml');

/** The commands and flags of `curate` the workflows may call (crates/signpost-core/src/bin/curate.rs). */
export const CURATE = {
  check: ['--data', '--format'],
  search: ['--country', '--limit', '--json', '--data'],
  export: ['--format', '--out', '--data'],
  schema: ['--out'],
  bundle: ['--out', '--data', '--locales'],
  stale: ['--older-than', '--data'],
  sizes: ['--data'],
  translations: ['--missing', '--stale', '--data'],
  links: ['--data'],
};

/** The problems of one workflow's text, in plain words. */
export function problems(name, text) {
  let workflow;
  try {
    workflow = YAML.parse(text);
  } catch (error) {
    return [`${name}: not valid YAML: ${error.message.split('\n')[0]}`];
  }
  const found = [];
  if (!workflow?.name) found.push(`${name}: no name`);
  if (!workflow?.on) found.push(`${name}: no trigger (on:)`);
  const jobs = Object.entries(workflow?.jobs ?? {});
  if (jobs.length === 0) found.push(`${name}: no jobs`);
  for (const [id, job] of jobs) {
    if (!job['runs-on']) found.push(`${name}: job ${id} has no runs-on`);
    const steps = job.steps ?? [];
    if (steps.length === 0) found.push(`${name}: job ${id} has no steps`);
    steps.forEach((step, position) => {
      const where = `${name}: job ${id}, step ${position + 1}`;
      if (!step.uses && !step.run) found.push(`${where} neither uses an action nor runs a command`);
      if (step.uses && !/^[\w.-]+\/[\w.-]+@v?\d+/.test(step.uses)) found.push(`${where}: "${step.uses}" is not owner/action@version`);
      for (const match of (step.run ?? '').matchAll(/--bin curate -- (\S+)([^\n]*)/g)) {
        const [, command, rest] = match;
        if (!CURATE[command]) {
          found.push(`${where}: curate has no command "${command}"`);
          continue;
        }
        for (const flag of rest.match(/--[\w-]+/g) ?? []) {
          if (!CURATE[command].includes(flag)) found.push(`${where}: curate ${command} takes no ${flag}`);
        }
      }
    });
  }
  return found;
}

export async function checkRepository(root) {
  const folder = join(root, '.github/workflows');
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const found = [];
  for (const name of names) found.push(...problems(name, await readFile(join(folder, name), 'utf8')));
  return { names, found };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { names, found } = await checkRepository(resolve(process.argv[2] ?? '.'));
  for (const problem of found) console.error(problem);
  console.log(`workflows: ${names.length} checked, ${found.length} problems`);
  process.exitCode = found.length ? 1 : 0;
}
