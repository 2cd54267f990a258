// Start-up in headless Chromium on the release build, unthrottled: from navigation to the
// first paint (`painted`: the page index.html or a page drawn ahead of time carries, before
// the app), to the Wasm's arrival (`wasm`: asked for once the page has painted), to a usable
// search box (the app's `signpost:interactive` mark, set once it is mounted with its
// handlers), decoding the embedded catalog (`signpost:decode`), drawing the first page
// (`signpost:mount`) and building the search index after first paint (`signpost:index`).
// Cold loads use a fresh browser context each (empty cache); warm loads reload the same page
// (HTTP cache, service worker if any); deep loads open an issue page cold, by a link (`app`:
// when the app has drawn it in place of the page drawn ahead).
//
//   node bench/startup.mjs [dist-folder] [runs]          (after trunk build --release)

import { loadavg } from 'node:os';
import { resolve } from 'node:path';

// browser.mjs reads SIGNPOST_DIST when it is loaded, so set it first.
process.env.SIGNPOST_DIST ??= resolve(process.argv[2] ?? 'dist');
const { openSite } = await import('../tests/e2e/browser.mjs');
const runs = Number(process.argv[3] ?? 15);
const budget = { interactive: 300, decode: 10 };

async function sample(page, load) {
  await load();
  await page.waitForFunction(() => performance.getEntriesByName('signpost:index').length > 0, null, { timeout: 20000 });
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('signpost:interactive')[0];
    const usable = document.querySelector('#search-input') !== null;
    const duration = (name) => performance.getEntriesByName(name)[0]?.duration ?? NaN;
    return {
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      wasm: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'))?.responseEnd ?? NaN,
      app: mark.startTime,
      interactive: usable ? mark.startTime : NaN,
      decode: duration('signpost:decode'),
      mount: duration('signpost:mount'),
      index: duration('signpost:index'),
    };
  });
}

function report(label, samples, keys = ['painted', 'wasm', 'interactive', 'decode', 'mount', 'index']) {
  for (const key of keys) {
    const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
    const at = (share) => sorted[Math.round((sorted.length - 1) * share)];
    const limit = budget[key] ? `  (budget ${budget[key]} ms: ${at(0.95) <= budget[key] ? 'within' : 'OVER'})` : '';
    console.log(
      `${label.padEnd(5)} ${key.padEnd(12)} n=${sorted.length}  p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  max ${sorted[sorted.length - 1].toFixed(1)} ms${limit}`,
    );
  }
}

// Other work on the machine (a build, say) slows Chromium down: say how busy it was.
const load = () => loadavg()[0].toFixed(2);
const loadBefore = load();
const site = await openSite();
try {
  const cold = [];
  for (let run = 0; run < runs; run++) {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    cold.push(await sample(page, () => page.goto(site.url)));
    await context.close();
  }
  const deep = [];
  for (let run = 0; run < runs; run++) {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    deep.push(await sample(page, () => page.goto(new URL('/issues/spam', site.url).href)));
    await context.close();
  }
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  const warm = [];
  for (let run = 0; run < runs; run++) warm.push(await sample(page, () => page.reload()));
  await context.close();
  report('cold', cold);
  report('warm', warm);
  report('deep', deep, ['painted', 'app']);
  console.log(`machine load (1-minute average): ${loadBefore} before, ${load()} after; the browser itself adds about 1`);
} finally {
  await site.close();
}
