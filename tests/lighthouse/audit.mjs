// Lighthouse audits of the served release site in headless Debian Chromium, with a fresh
// profile: the four category scores of a few pages, performance under Lighthouse's default
// mobile emulation (simulated slow 4G, a slowed-down CPU).
//
//   node tests/lighthouse/audit.mjs [dist-folder]      (prints the scores; CHROME_PATH)

import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { startServer } from '../../scripts/serve-dist.mjs';

/** The home page, deep pages of the main kinds, the longest page (the glossary), the guided
 * questions, and pages drawn in French and in Arabic (right to left). */
export const PAGES = ['/', '/issues/spam', '/organisations/icann', '/countries/SN', '/glossary', '/ask', '/fr/issues/spam', '/ar'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The metrics behind the performance score, printed so a low score says where it comes from. */
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
  ['cumulative-layout-shift', 'CLS'],
];

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/**
 * Audits each page of the site in `dist`. Returns, per page, the category scores (0 to 100), the
 * audits that lost points outside performance ("id: title") and the performance metrics.
 */
export async function audit(dist, paths = PAGES) {
  const { server, url } = await startServer(resolve(dist), 0);
  const userDataDir = await mkdtemp(join(tmpdir(), 'signpost-lighthouse-'));
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    userDataDir,
    logLevel: 'silent',
  });
  try {
    const results = [];
    for (const path of paths) {
      const { lhr } = await lighthouse(new URL(path, url).href, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (lhr.runtimeError) throw new Error(`${path}: Lighthouse: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
      const lost = CATEGORIES.filter((id) => id !== 'performance')
        .flatMap((id) => lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0))
        .map((ref) => lhr.audits[ref.id])
        .filter((result) => result.score !== null && result.score < 1)
        .map((result) => `${result.id}: ${result.title}`);
      const metrics = METRICS.map(([id, name]) => `${name} ${lhr.audits[id].displayValue}`).join(', ');
      results.push({ path, scores, lost, metrics, largest: largestElement(lhr) });
    }
    return results;
  } finally {
    chrome.kill();
    await new Promise((done) => server.close(done));
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** The element Lighthouse took for the largest contentful paint, as a snippet of its markup. */
function largestElement(lhr) {
  const table = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0];
  return table?.items?.[0]?.node?.snippet ?? 'unknown';
}

export function formatScores(results) {
  const lines = [`${'page'.padEnd(24)}${CATEGORIES.map((id) => id.padStart(16)).join('')}`];
  for (const { path, scores, lost, metrics, largest } of results) {
    lines.push(`${path.padEnd(24)}${CATEGORIES.map((id) => String(scores[id]).padStart(16)).join('')}`);
    lines.push(`  performance: ${metrics}`);
    lines.push(`  largest contentful paint: ${largest}`);
    for (const audit of lost) lines.push(`  lost points: ${audit}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dist = process.argv[2] ?? join(import.meta.dirname, '../../dist-release');
  console.log(formatScores(await audit(dist)));
}
