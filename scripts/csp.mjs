// Writes Signpost's Content-Security-Policy into a built site: a <meta> tag at the top of
// every page's <head>, and `_headers` (the format Netlify and Cloudflare Pages read, and
// scripts/serve-dist.mjs too) with the same policy plus what only a header can carry.
// Trunk runs it in the post_build hook (Trunk.toml), after every step that writes a page
// and before scripts/service-worker.mjs, which records the pages' final bytes.
//
//   node scripts/csp.mjs [site-folder]     (default: $TRUNK_STAGING_DIR)
//
// Scripts run only from the site's own origin, and inline ones (the start-up scripts every
// page carries) only by the hash of their exact text, computed here from the built pages.
// 'wasm-unsafe-eval' lets the app compile its WebAssembly; connect-src stays 'self' until a
// reader asks Signpost to contact another host. Styles allow inline attributes, which the
// app's drawing sets on a few elements.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const META = /\n\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** Every inline script's text in `html`: those without a src, whatever their type. */
export function inlineScripts(html) {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '']) => !/\ssrc\s*=/.test(attributes))
    .map(([, , text]) => text);
}

export function policy(hashes, { header = false } = {}) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  // Ignored in a <meta> tag, so only sent as a header.
  if (header) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** Writes the policy into every page under `folder` and its `_headers`. */
export async function writePolicy(folder) {
  const pages = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  const texts = new Map();
  for (const page of pages) texts.set(page, (await readFile(page, 'utf8')).replace(META, ''));
  const hashes = new Set();
  for (const html of texts.values()) {
    for (const script of inlineScripts(html)) {
      hashes.add(`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
    }
  }
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  for (const [page, html] of texts) {
    const charset = html.indexOf('<meta charset');
    if (charset < 0) {
      throw new Error(`csp: ${page} has no <meta charset>; the policy goes right after it`);
    }
    const after = html.indexOf('>', charset) + 1;
    await writeFile(page, `${html.slice(0, after)}\n    ${tag}${html.slice(after)}`);
  }
  await writeFile(
    join(folder, '_headers'),
    `/*\n  Content-Security-Policy: ${policy(hashes, { header: true })}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`,
  );
  return { pages: pages.length, hashes: hashes.size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const folder = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!folder) {
    console.error('csp: give the built site folder (or run from a Trunk hook)');
    process.exit(2);
  }
  const { pages, hashes } = await writePolicy(folder);
  console.log(`csp: ${pages} pages, ${hashes} inline script hashes`);
}
