// The curators' link checker (`cargo run --bin curate -- links` runs it): every URL in the
// data, fetched where there is a network, reported by file and line when it is dead (an error
// status or no answer), moved (a permanent redirect: update the address) or redirected (a
// temporary one: check it still says the same). Nothing in the offline tests fetches: they
// test the parsing and the report on fixtures.
//
//   node scripts/check-links.mjs [data-folder] [--concurrency N] [--timeout-ms N]

import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every `url = "..."` and `website = "..."` of a TOML text, with its line (1-based). */
export function urlsIn(text) {
  const found = [];
  const pattern = /\b(?:url|website)\s*=\s*"([^"\\]*(?:\\.[^"\\]*)*)"/g;
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(pattern)) {
      const url = match[1].replace(/\\(.)/g, '$1');
      if (/^https?:\/\//.test(url)) found.push({ line: index + 1, url });
    }
  });
  return found;
}

/** What a fetch's outcome means for a curator. */
export function classify(outcome) {
  if (outcome.error) return { verdict: 'dead', detail: outcome.error };
  const { status, location } = outcome;
  if (status >= 200 && status < 300) return { verdict: 'ok', detail: String(status) };
  if ([301, 308].includes(status)) return { verdict: 'moved', detail: `${status} to ${location ?? '?'}` };
  if (status >= 300 && status < 400) return { verdict: 'redirected', detail: `${status} to ${location ?? '?'}` };
  // Some sites refuse robots (403, 429) while serving people: say so rather than call them dead.
  if ([401, 403, 429].includes(status)) return { verdict: 'refused', detail: String(status) };
  return { verdict: 'dead', detail: String(status) };
}

/** The report: one line per problem, `file:line: verdict (detail): url`, then the counts. */
export function report(results) {
  const lines = results
    .filter((result) => result.verdict !== 'ok')
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((result) => `${result.file}:${result.line}: ${result.verdict} (${result.detail}): ${result.url}`);
  const counts = {};
  for (const result of results) counts[result.verdict] = (counts[result.verdict] ?? 0) + 1;
  const summary = Object.entries(counts)
    .sort()
    .map(([verdict, count]) => `${verdict} ${count}`)
    .join(', ');
  return [...lines, `${results.length} links: ${summary}`].join('\n');
}

async function tomlFiles(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.toml'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Fetches `url` without following redirects: its status and where it points. */
async function probe(url, timeoutMs) {
  try {
    const response = await fetch(url, {
      method: 'GET',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'Signpost link checker (curators; https://github.com/)' },
    });
    await response.body?.cancel();
    return { status: response.status, location: response.headers.get('location') ?? undefined };
  } catch (error) {
    return { error: error.name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : error.message };
  }
}

export async function checkFolder(folder, { concurrency = 8, timeoutMs = 15000, fetchOutcome = probe } = {}) {
  const base = resolve(folder, '..');
  const links = [];
  for (const file of await tomlFiles(folder)) {
    for (const found of urlsIn(await readFile(file, 'utf8'))) links.push({ file: relative(base, file), ...found });
  }
  // Each address is fetched once, however many records cite it.
  const outcomes = new Map();
  const unique = [...new Set(links.map((link) => link.url))];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < unique.length) {
        const url = unique[next++];
        outcomes.set(url, await fetchOutcome(url, timeoutMs));
      }
    }),
  );
  return links.map((link) => ({ ...link, ...classify(outcomes.get(link.url)) }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const folder = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'data';
  const results = await checkFolder(folder, {
    concurrency: option('--concurrency', 8),
    timeoutMs: option('--timeout-ms', 15000),
  });
  console.log(report(results));
  process.exitCode = results.some((result) => result.verdict === 'dead') ? 1 : 0;
}
