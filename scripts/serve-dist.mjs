// A tiny static server for the built site, with what a single-page app needs: a path
// without a file extension gets the page drawn ahead of time for it (/issues/spam from
// issues/spam.html), else index.html, so deep links such as /issues/spam open directly.
// Listens on 127.0.0.1 only. Like a real deployment, it compresses text and Wasm (brotli or
// gzip, as the browser accepts), lets browsers keep the files whose names Trunk hashed for
// ever, and makes them revalidate everything else (index.html, sw.js, the manifest, the
// open data).
//
//   node scripts/serve-dist.mjs [dist-folder] [port]     (port 0 picks a free one)

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json|atom\+xml)|image\/svg\+xml)/;
// Trunk's hashed names: main-ce8c2589a56179cc.css, signpost-ca71aa002b8d92f6_bg.wasm.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z0-9]+$/;

const ENCODERS = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/** The best encoding the request accepts: br, then gzip, else none. */
function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map(
    acceptEncoding.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name, q ? Number(q.slice(2)) : 1];
    }),
  );
  const allows = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ['br', 'gzip'].find(allows) ?? null;
}

// Compressed bodies are kept in memory and, by content, in the system's temporary folder:
// brotli at quality 11 (what a static host would store) takes seconds on the Wasm, so each
// build is compressed once, not once per server.
const compressed = new Map();
const DISK_CACHE = join(tmpdir(), 'signpost-serve-dist');
function encoded(body, encoding) {
  const key = `${createHash('sha256').update(body).digest('hex')}.${encoding}`;
  if (!compressed.has(key)) {
    const onDisk = join(DISK_CACHE, key);
    compressed.set(
      key,
      readFile(onDisk).catch(async () => {
        const result = await ENCODERS[encoding](body);
        await mkdir(DISK_CACHE, { recursive: true });
        await writeFile(`${onDisk}.${process.pid}`, result);
        await rename(`${onDisk}.${process.pid}`, onDisk);
        return result;
      }),
    );
  }
  return compressed.get(key);
}

async function fileIfExists(path) {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** The headers `_headers` (scripts/csp.mjs writes it) sets for every path (`/*`). */
export async function siteHeaders(root) {
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  let everyPath = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ')) {
      everyPath = line.trim() === '/*';
    } else if (everyPath && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      headers[name.toLowerCase()] = value.join(':').trim();
    }
  }
  return headers;
}

export async function startServer(folder, port = 0) {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    // Read as a path even when it starts with '//', which `new URL(path, base)` would take
    // for a host.
    let url;
    try {
      url = new URL(`http://127.0.0.1${request.url.startsWith('/') ? '' : '/'}${request.url}`);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const candidate = normalize(join(root, pathname));
    const inside = candidate === root || candidate.startsWith(root + '/');
    let file = inside ? await fileIfExists(candidate) : null;
    if (!file && inside && pathname.endsWith('/')) file = await fileIfExists(join(candidate, 'index.html'));
    // A page drawn ahead of time (/issues/spam in issues/spam.html), else the app's shell.
    if (!file && inside && extname(pathname) === '' && !pathname.endsWith('/')) file = await fileIfExists(`${candidate}.html`);
    if (!file && extname(pathname) === '') file = join(root, 'index.html');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Read on each request, so a deploy into the same folder sends its own policy.
      const headers = {
        ...(await siteHeaders(root)),
        'content-type': type,
        'cache-control': HASHED.test(basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (COMPRESSIBLE.test(type)) {
        headers.vary = 'Accept-Encoding';
        const encoding = chooseEncoding(request.headers['accept-encoding']);
        if (encoding) {
          body = await encoded(body, encoding);
          headers['content-encoding'] = encoding;
        }
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: chosen } = server.address();
  return { server, url: `http://127.0.0.1:${chosen}/` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const folder = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await startServer(folder, port);
  console.log(`Signpost is being served at ${url}  (Ctrl+C stops it)`);
}
