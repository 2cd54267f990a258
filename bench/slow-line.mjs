// Each interface language on a slow line, as a policymaker's phone meets it: an emulated
// 400 kbit/s link with 400 ms latency, a phone viewport, a cold cache. For the home page and
// an issue page in each language it prints, in milliseconds from navigation:
//   html       the HTML's arrival (the end of its response);
//   readable   the first paint with text in the page's language (its first contentful paint,
//              when the page drawn ahead of time in that language is on screen);
//   wasm       the Wasm's arrival;
//   usable     a usable search box (the app's signpost:interactive mark);
//   blank      how long the page showed nothing after the HTML arrived (readable - html).
// Goals (issue "French, Spanish and Arabic readers first-class"): readable within 1500 ms in
// every language; usable no later than the Wasm's arrival plus 300 ms; never blank for more
// than one round trip (400 ms) after the HTML arrives. Figures, not a test.
//
//   node bench/slow-line.mjs [dist-folder] [runs]          (after trunk build --release)

import { resolve } from 'node:path';

process.env.SIGNPOST_DIST ??= resolve(process.argv[2] ?? 'dist');
const { openSite } = await import('../tests/e2e/browser.mjs');
const runs = Number(process.argv[3] ?? 3);
const LINE = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const PAGES = {
  en: ['/', '/issues/spam'],
  fr: ['/fr', '/fr/issues/spam'],
  es: ['/es', '/es/issues/spam'],
  ar: ['/ar', '/ar/issues/spam'],
};

async function measure(site, path, lang) {
  const context = await site.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
    locale: lang === 'en' ? 'en-US' : lang,
  });
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  await session.send('Network.emulateNetworkConditions', LINE);
  await page.goto(new URL(path, site.url).href, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('signpost:interactive').length > 0, null, { timeout: 120_000 });
  const figures = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return {
      html: navigation.responseEnd,
      readable: paint,
      wasm: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'))?.responseEnd ?? NaN,
      usable: performance.getEntriesByName('signpost:interactive')[0].startTime,
      lang: document.documentElement.lang,
    };
  });
  await context.close();
  return { ...figures, blank: figures.readable - figures.html };
}

const site = await openSite();
try {
  console.log('lang  page               html  readable   wasm  usable  blank   (median of ' + runs + ' cold loads, ms)');
  for (const [lang, paths] of Object.entries(PAGES)) {
    for (const path of paths) {
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await measure(site, path, lang));
      const median = (key) => {
        const sorted = samples.map((sample) => sample[key]).sort((a, b) => a - b);
        return sorted[Math.floor(sorted.length / 2)];
      };
      const shownIn = samples[0].lang;
      const row = ['html', 'readable', 'wasm', 'usable', 'blank'].map((key) => String(Math.round(median(key))).padStart(7));
      const flags = [
        median('readable') <= 1500 ? '' : ' readable>1500',
        median('usable') <= median('wasm') + 300 ? '' : ' usable>wasm+300',
        median('blank') <= 400 ? '' : ' blank>400',
        shownIn === lang ? '' : ` shown in ${shownIn}`,
      ].join('');
      console.log(`${lang.padEnd(5)} ${path.padEnd(17)}${row.join(' ')}${flags}`);
    }
  }
} finally {
  await site.close();
}
