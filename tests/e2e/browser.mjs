// Shared set-up for the end-to-end tests: the release site served on 127.0.0.1 and headless
// Debian Chromium (Playwright gives each launch a fresh profile), with every console error and off-origin request recorded.

import { after, before } from 'node:test';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { startServer } from '../../scripts/serve-dist.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The release site under test: SIGNPOST_DIST, else dist/ (read when called, so scripts may
 * set it after importing this module). */
export function siteFolder() {
  return resolve(process.env.SIGNPOST_DIST ?? join(import.meta.dirname, '../../dist'));
}
export const DIST = siteFolder();

/** Headless Debian Chromium with the flags these machines need. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export async function openSite() {
  const { server, url } = await startServer(siteFolder(), 0);
  const browser = await launchChromium();
  const site = {
    url,
    browser,
    consoleErrors: [],
    foreignRequests: [],
    async newPage() {
      const page = await browser.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') site.consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => site.consoleErrors.push(`${page.url()}: ${error.message}`));
      page.on('request', (request) => {
        const target = request.url();
        if (!target.startsWith(url) && !target.startsWith('data:')) site.foreignRequests.push(target);
      });
      return page;
    },
    /**
     * Opens `path` and waits until the Wasm app has rendered its main landmark (a child of
     * body, unlike index.html's painted frame) and any details.
     */
    async visit(page, path) {
      await page.goto(new URL(path, url).href);
      await page.waitForSelector('body > main#main h1', { timeout: 20000 });
      // Pages with sources fetch the full catalog after their first paint: wait for it.
      await page.waitForFunction(() => !document.querySelector('p.details-status'), null, { timeout: 20000 });
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
  return site;
}

/**
 * Registers hooks that open the site and one page before a test file's tests and close them
 * after. Returns an object whose `site` and `page` are set once the hooks have run.
 */
export function withSite() {
  const state = { site: undefined, page: undefined };
  before(async () => {
    state.site = await openSite();
    state.page = await state.site.newPage();
  });
  after(async () => {
    await state.site?.close();
  });
  return state;
}

const axeSource = await readFile(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** axe-core (WCAG 2.1 A and AA, plus best practices) on the page as it is: its violations, one line each. */
export async function axeViolations(page) {
  // Evaluated through the debugging protocol: the site's Content-Security-Policy rightly
  // refuses an inline script tag.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}
