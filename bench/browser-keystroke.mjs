// Per-keystroke latency in headless Chromium on the release build, on the real dataset.
// Queries: every prefix of every golden-set question, as typed. Prints p50 and p95 of
//   engine:    the routing engine alone (the `bench_route` Wasm export);
//   keystroke: an input event until the DOM holds the new results (routing, URL update,
//              Leptos rendering: the handler and the microtasks it queues);
//   to-task:   the same until the next task runs, which includes Chromium's style, layout
//              and (headless, software) paint of the frame.
//
//   node bench/browser-keystroke.mjs [dist-folder]
//   (after trunk build --release --features bench-hooks, as scripts/bench does)

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openSite } from '../tests/e2e/browser.mjs';

process.env.SIGNPOST_DIST ??= resolve(process.argv[2] ?? 'dist');
const golden = await readFile(new URL('../tests/golden/questions.toml', import.meta.url), 'utf8');
const questions = [...golden.matchAll(/^ask = "(.*)"$/gm)].map((match) => match[1]);
const prefixes = questions.flatMap((question) => [...question].map((_, i) => [...question].slice(0, i + 1).join('')));

function summary(label, timings) {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (share) => sorted[Math.round((sorted.length - 1) * share)];
  console.log(
    `${label.padEnd(10)} n=${String(sorted.length).padStart(5)}  p50 ${at(0.5).toFixed(3)} ms  p95 ${at(0.95).toFixed(3)} ms  p99 ${at(0.99).toFixed(3)} ms  max ${sorted[sorted.length - 1].toFixed(3)} ms`,
  );
}

const site = await openSite();
const page = await site.newPage();
await site.visit(page, '/');
await page.waitForFunction(() => typeof window.wasmBindings?.bench_route === 'function');

// Warm up, then time the engine alone.
await page.evaluate((queries) => window.wasmBindings.bench_route(queries.slice(0, 300)), prefixes);
const engine = await page.evaluate((queries) => Array.from(window.wasmBindings.bench_route(queries)), prefixes);
summary('engine', engine);

// Whole keystrokes: dispatch the input event, wait until the page has handled it.
const keystrokes = await page.evaluate(async (queries) => {
  const input = document.querySelector('#search-input');
  const settle = () => new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
  const dom = [];
  const task = [];
  for (const query of queries) {
    const started = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 0; i < 4; i++) await Promise.resolve();
    dom.push(performance.now() - started);
    await settle();
    task.push(performance.now() - started);
  }
  return { dom, task };
}, prefixes.slice(0, 3000));
summary('keystroke', keystrokes.dom);
summary('to-task', keystrokes.task);

if (site.consoleErrors.length) console.log('console errors:', site.consoleErrors);
await site.close();
