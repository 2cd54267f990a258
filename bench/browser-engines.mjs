// Signpost's search against Fuse.js and MiniSearch, in one headless Chromium page, on the same
// data and the same questions. Prints, per engine, the latency per query (p50, p95, and the
// p95 ratio to Signpost) beside its quality: the golden-set questions answered in the top 3.
//
//   node bench/browser-engines.mjs [dist-folder] [--every N]
//   (after trunk build --release --features bench-hooks, as scripts/bench does)
//
// Data: the dataset the release build exports (<dist>/signpost-data.json). Fuse.js and
// MiniSearch index the records and fields Signpost's own index holds (SearchIndex::build):
// every issue, organisation, glossary term, resource and country, by names in every
// language, acronyms, former names, aliases in every language and summaries in every
// language, weighted as Signpost weighs those fields. (Signpost also searches the 67 issue
// descriptions; given to the others they changed their scores by a few questions either way
// and slowed Fuse.js, so they are left out.)
//
// Queries, for speed: the prefixes of the golden questions (tests/golden/questions.toml), as
// typed, every 10th by default: Fuse.js takes a few hundred milliseconds per query here, so
// every prefix (`--every 1`, about 9,600 queries) takes over an hour. Quality: the whole
// questions, judged on each engine's top 3 alone and by the rule of tests/golden.rs (below).
//
// Signpost is timed through `bench_route`, which routes (searches, then ranks venues for the
// issues found): more work than the other engines do, so its figures are conservative.
// It reads performance.now() around each query inside Wasm; the other engines are timed per
// call with the same clock in the same page, which is made cross-origin isolated so that
// the clock is fine-grained (5 µs rather than 100 µs). Engines take
// turns over chunks of queries, in rotating order, so load from other processes on the
// machine falls on all of them alike.

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSite } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const everyAt = args.indexOf('--every');
const every = everyAt >= 0 ? Number(args.splice(everyAt, 2)[1]) : 10;
if (!(Number.isInteger(every) && every >= 1)) throw new Error('--every takes a whole number of 1 or more');
const dist = resolve(args[0] ?? 'dist');
process.env.SIGNPOST_DIST = dist;
const installed = (path) => fileURLToPath(new URL(`node_modules/${path}`, import.meta.url));

// The golden set, read the way tests/golden.rs reads it: ask, optional country, expected ids.
const golden = (await readFile(new URL('../tests/golden/questions.toml', import.meta.url), 'utf8'))
  .split(/^\[\[question\]\]$/m)
  .slice(1)
  .map((block) => ({
    ask: block.match(/^ask = "(.*)"$/m)?.[1],
    country: block.match(/^country = "(.*)"$/m)?.[1] ?? '',
    expect: [...(block.match(/^expect = \[(.*)\]$/m)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]),
  }));
if (golden.length < 80 || golden.some((q) => !q.ask || q.expect.length === 0)) {
  throw new Error(`could not read the golden set (${golden.length} questions)`);
}
const prefixes = golden.flatMap(({ ask }) => [...ask].map((_, i) => [...ask].slice(0, i + 1).join('')));
const queries = prefixes.filter((_, i) => i % every === 0);

// Records as the other engines see them: one document per record, its `key` the `kind:id`
// the golden set uses, each field a list of strings.
const data = JSON.parse(await readFile(join(dist, 'signpost-data.json'), 'utf8'));
const texts = (local) => Object.values(local ?? {}).filter((text) => typeof text === 'string' && text);
const lists = (byLang) => Object.values(byLang ?? {}).flat();
const record = (key, fields) => ({ key, names: [], acronyms: [], aliases: [], formerNames: [], summaries: [], ...fields });
const documents = [
  ...data.issues.map((issue) =>
    record(`issue:${issue.id}`, {
      names: texts(issue.name),
      aliases: lists(issue.aliases),
      summaries: texts(issue.summary),
    }),
  ),
  ...data.organisations.map((organisation) =>
    record(`organisation:${organisation.id}`, {
      names: [organisation.name, ...Object.values(organisation.names ?? {})],
      acronyms: organisation.acronym ? [organisation.acronym] : [],
      formerNames: organisation.former_names ?? [],
      // Every language (Signpost indexes only the English summary): generous to the others.
      summaries: texts(organisation.summary),
    }),
  ),
  // A term's expansion is weighted like an alias in Signpost ("Regional Internet Registry").
  ...data.terms.map((term) =>
    record(`term:${term.id}`, { acronyms: [term.term], aliases: term.expansion ? [term.expansion] : [] }),
  ),
  ...data.resources.map((resource) => record(`resource:${resource.id}`, { names: texts(resource.title) })),
  ...data.countries.map((country) =>
    record(`country:${country.code}`, { names: texts(country.name), aliases: lists(country.aliases) }),
  ),
];

// Field weights: Signpost's own (search.rs, Field::weight), so every engine ranks the same
// evidence the same way. Fuse normalises weights; MiniSearch multiplies BM25 scores by them.
const WEIGHTS = { names: 1, acronyms: 1, aliases: 0.9, formerNames: 0.8, summaries: 0.35 };
// Word-by-word engines skip these: a short, generic list of the commonest function words of
// the four languages (not Signpost's own list). With it MiniSearch answers 12 more golden
// questions and Fuse.js token search 17 more.
const STOP_WORDS = (
  'a an and are as at be by for from how i in is it my of on or our the to we what who with ' +
  'de des du et la le les un une en pour que qui dans ' +
  'el los las y por para con del ' +
  'o os da do em um uma no na'
).split(' ');

const site = await openSite();
const page = await site.newPage();
// Cross-origin isolation (COOP + COEP on the page) for a fine-grained performance.now().
await page.route(site.url, async (route) => {
  const response = await route.fetch();
  await route.fulfill({
    response,
    headers: {
      ...response.headers(),
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    },
  });
});
await site.visit(page, '/');
await page.waitForFunction(() => typeof window.wasmBindings?.bench_leading_ids === 'function');
// Browser builds from bench/node_modules (versions pinned in bench/package.json): MiniSearch's
// UMD build sets window.MiniSearch; Fuse.js ships CommonJS and ES modules only, so its
// CommonJS build runs in a tiny module shim. Evaluated through the browser's debugging
// protocol: the site's Content-Security-Policy refuses inline script tags.
await page.evaluate(await readFile(installed('minisearch/dist/umd/index.js'), 'utf8'));
const fuseSource = await readFile(installed('fuse.js/dist/fuse.cjs'), 'utf8');
await page.evaluate(
  `(() => { const module = { exports: {} }; const exports = module.exports;\n${fuseSource}\nwindow.Fuse = module.exports; })();`,
);

const setup = await page.evaluate(
  ({ documents, weights, stopWords }) => {
    const keys = Object.entries(weights).map(([name, weight]) => ({ name, weight }));
    const stop = new Set(stopWords);
    // Fuse.js, two ways, both with ignoreLocation (a match counts wherever it sits in a
    // field, not only near its start), ignoreDiacritics and its default case folding. The
    // threshold of each is about the best on the golden set of those tried (0.1 to 0.6).
    // Classic: the whole query fuzzily matched against each field (Bitap; queries over 32
    // characters are matched in 32-character pieces). Threshold 0.5: 0.4 answers half as
    // many questions, the default 0.6 a few fewer.
    const fuse = new window.Fuse(documents, { keys, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.5 });
    // Token search (`useTokenSearch`): each query word fuzzily matched on its own, ranked with
    // IDF; the mode Fuse.js recommends for multi-word queries. Any word may match (OR).
    // Its default tokeniser, minus stop words. Threshold 0.2: per word, looser lets
    // unrelated words match (0.1 and 0.15 answer one question fewer and one more; 0.3 and
    // 0.4 answer 6 and 15 fewer).
    const fuseTokens = new window.Fuse(documents, {
      keys,
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.2,
      useTokenSearch: true,
      tokenize: (text) => (text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []).filter((word) => !stop.has(word)),
    });
    // MiniSearch: one inverted index, BM25 ranking; fields are lists, indexed as one text.
    // processTerm folds case and accents and drops stop words, for the records and the
    // queries alike. Search: any word may match (OR, the default); the last word, the one
    // being typed, also matches by prefix (prefix on every word scores the same here and is
    // slower); words of 3+ letters allow typos (fuzzy 0.2: one edit per five letters,
    // rounded, as in MiniSearch's documentation; 0.1 and 0.3 answer one question fewer).
    const fold = (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const miniSearch = new window.MiniSearch({
      idField: 'key',
      fields: Object.keys(weights),
      extractField: (document, field) => (field === 'key' ? document.key : document[field].join(' ')),
      processTerm: (term) => {
        const folded = fold(term);
        return stop.has(folded) ? null : folded;
      },
      searchOptions: {
        boost: weights,
        prefix: (term, i, terms) => i === terms.length - 1,
        fuzzy: 0.2,
      },
    });
    miniSearch.addAll(documents);

    const signpost = window.wasmBindings;
    const engines = {
      Signpost: {
        time: (queries) => Array.from(signpost.bench_route(queries)),
      },
      'Fuse.js': { search: (query) => fuse.search(query, { limit: 10 }).map((result) => result.item.key) },
      'Fuse.js tokens': {
        search: (query) => fuseTokens.search(query, { limit: 10 }).map((result) => result.item.key),
      },
      MiniSearch: { search: (query) => miniSearch.search(query).slice(0, 10).map((result) => result.id) },
    };
    for (const engine of Object.values(engines)) {
      engine.time ??= (queries) =>
        queries.map((query) => {
          const started = performance.now();
          engine.search(query);
          return performance.now() - started;
        });
    }
    window.benchEngines = engines;
    // The clock's step, as the page sees it.
    let step = Infinity;
    for (let i = 0, last = performance.now(); i < 100000 && step === Infinity; i++) {
      const now = performance.now();
      if (now > last) step = now - last;
      last = now;
    }
    return { isolated: window.crossOriginIsolated, step, engines: Object.keys(engines) };
  },
  { documents, weights: WEIGHTS, stopWords: STOP_WORDS },
);
const names = setup.engines;

// Quality on the whole questions, two ways, each counting a question when an expected id is
// among the ids judged:
//   hits:    each engine's first three results;
//   routed:  the rule of tests/golden.rs, which judges what a reader of Signpost meets first:
//            those three, plus the first three organisations routed for the best issue (the
//            first issue among the first ten results), with the question's country. Signpost
//            answers this itself (`bench_leading_ids`, which also honours a country named in
//            the question); for the other engines Signpost's routing is applied to their best
//            issue (`bench_routed_organisations`, with the golden set's country only).
const quality = await page.evaluate(
  ({ golden, names }) => {
    const wasm = window.wasmBindings;
    const ids = (text) => text.split(' ').filter(Boolean);
    const answers = Array.from(
      wasm.bench_leading_ids(
        golden.map((q) => q.ask),
        golden.map((q) => q.country),
      ),
    ).map((answer) => answer.split(' | ').map(ids));
    const judged = { Signpost: answers.map(([hits, routed]) => ({ hits, routed: [...hits, ...routed] })) };
    for (const name of names.filter((name) => name !== 'Signpost')) {
      const results = golden.map((q) => window.benchEngines[name].search(q.ask));
      const best = results.map((keys) => keys.find((key) => key.startsWith('issue:'))?.slice('issue:'.length) ?? '');
      const organisations = Array.from(
        wasm.bench_routed_organisations(
          best,
          golden.map((q) => q.country),
        ),
      );
      judged[name] = results.map((keys, i) => ({
        hits: keys.slice(0, 3),
        routed: [...keys.slice(0, 3), ...ids(organisations[i]).map((id) => `organisation:${id}`)],
      }));
    }
    const count = (name, way) => golden.filter((q, i) => q.expect.some((id) => judged[name][i]?.[way].includes(id))).length;
    return {
      answers: answers.length,
      hits: Object.fromEntries(names.map((name) => [name, count(name, 'hits')])),
      routed: Object.fromEntries(names.map((name) => [name, count(name, 'routed')])),
    };
  },
  { golden, names },
);

// Speed: warm every engine up, then take turns over chunks of the queries.
const timings = await page.evaluate(
  ({ queries, names }) => {
    const engines = window.benchEngines;
    for (const name of names) engines[name].time(queries.slice(0, 50));
    const timings = Object.fromEntries(names.map((name) => [name, []]));
    const CHUNK = 100;
    for (let start = 0, turn = 0; start < queries.length; start += CHUNK, turn++) {
      const chunk = queries.slice(start, start + CHUNK);
      for (let k = 0; k < names.length; k++) {
        const name = names[(turn + k) % names.length];
        timings[name].push(...engines[name].time(chunk));
      }
    }
    return timings;
  },
  { queries, names },
);

const percentile = (sorted, share) => sorted[Math.round((sorted.length - 1) * share)];
const stats = Object.fromEntries(
  names.map((name) => {
    const sorted = [...timings[name]].sort((a, b) => a - b);
    return [name, { n: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) }];
  }),
);
const total = golden.length;
const top3 = (passed) => `${passed}/${total} ${((passed / total) * 100).toFixed(1).padStart(5)} %`;

console.log(
  `${documents.length} records; ${queries.length} queries: ${every === 1 ? 'every prefix' : `every ${every}th of the ${prefixes.length} prefixes`} of the ${total} golden questions; ` +
    `clock step ${(setup.step * 1000).toFixed(1)} µs${setup.isolated ? '' : ' (page not cross-origin isolated)'}`,
);
console.log(
  `${'engine'.padEnd(16)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(10)}${'p95 / Signpost'.padStart(16)}` +
    `${'top 3: hits'.padStart(20)}${'hits + routed'.padStart(20)}`,
);
for (const name of names) {
  const { p50, p95 } = stats[name];
  const ratio = `${(p95 / stats.Signpost.p95).toFixed(1)}x`;
  console.log(
    `${name.padEnd(16)}${p50.toFixed(3).padStart(9)}${p95.toFixed(3).padStart(10)}${ratio.padStart(16)}` +
      `${top3(quality.hits[name]).padStart(20)}${top3(quality.routed[name]).padStart(20)}`,
  );
}
console.log('top 3: golden questions answered; "hits + routed" is the rule of tests/golden.rs.');

// Not a timed test, but a broken harness should not print plausible figures.
const problems = [];
if (quality.answers !== total) problems.push(`bench_leading_ids answered ${quality.answers} of ${total} questions`);
for (const name of names) {
  if (stats[name].n !== queries.length) problems.push(`${name}: ${stats[name].n} timings for ${queries.length} queries`);
  if (!(quality.hits[name] > 0)) problems.push(`${name}: no golden question answered`);
}
if (site.consoleErrors.length) problems.push(`console errors: ${site.consoleErrors.join('; ')}`);
await site.close();
if (problems.length) {
  console.error(`benchmark harness broken:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
