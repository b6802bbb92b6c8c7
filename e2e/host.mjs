// A host for dist/ as the README advises one to be set up: gzip, a year's `immutable` caching for
// the files whose names carry a content hash, `no-cache` (ask each time, 304 if unchanged) for the
// rest. Used by the benchmark (scripts/startup.mjs) and by the WebKit test that counts what a
// first visit downloads. Every request is logged by path.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

// weiquan-<16 hex digits>.js, weiquan-en-<…>_bg.wasm: a new build gets a new name.
export const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/;

export function cacheControl(path) {
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// Serves `dir`, and `extra` ({ '/path': 'text' }) beside it; resolves once listening.
export async function host(dir, extra = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://host').pathname;
    requests.push(path);
    const file = join(dir, path === '/' ? 'index.html' : path);
    const own = extra[path];
    if (own === undefined && !(existsSync(file) && statSync(file).isFile())) {
      res.statusCode = 404;
      return res.end();
    }
    const body = own === undefined ? readFileSync(file) : Buffer.from(own);
    // Weak: the same validator whether the body goes gzipped or not (a strong one must differ).
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    res.setHeader('content-type', TYPES[extname(path)] || TYPES['.html']);
    res.setHeader('cache-control', cacheControl(path));
    res.setHeader('etag', etag);
    res.setHeader('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      return res.end();
    }
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      res.setHeader('content-encoding', 'gzip');
      return res.end(gzipSync(body));
    }
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
