/**
 * `rsp-archive preview <site>`: serves a built site on this computer as a web host should — byte ranges (browsers
 * seek video with them), correct types, and the cache rules of docs/hosting.md — so staff see it before uploading.
 */
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { IMMUTABLE } from './site.js';
import { contentType } from './types-of.js';
import { gzipSync } from 'node:zlib';

export interface ServeOptions {
  /** Where a request for `/` is sent (302), instead of `/index.html`. */
  home?: string;
  /** Paths (relative, `/`-separated) that are answered 404 whatever is there. */
  hidden?: RegExp;
  /** The Cache-Control of a file; by default the site's rules (immutable for hashed names, else no-cache). */
  cacheControl?: (name: string) => string;
}

const siteCache = (name: string) => (IMMUTABLE.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache');

/**
 * Serves `root` on `port` (0: any free port) at 127.0.0.1 unless `host` says otherwise (`undefined` for every
 * interface). `npm start`'s server of the repository (scripts/serve.js) is this one with options.
 */
export function serveSite(root: string, port: number, host: string | undefined = '127.0.0.1', options: ServeOptions = {}): Promise<Server> {
  const base = resolve(root) + sep;
  const { home, hidden, cacheControl = siteCache } = options;
  const server = createServer((request, response) => {
    if (home && new URL(request.url ?? '/', 'http://localhost').pathname === '/') {
      response.writeHead(302, { Location: home }).end();
      return;
    }
    let path: string;
    try {
      path = normalize(join(base, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (!path.startsWith(base) && path !== base.slice(0, -1)) {
      response.writeHead(404).end();
      return;
    }
    let stat = statOf(path);
    if (stat?.isDirectory()) {
      path = join(path, 'index.html');
      stat = statOf(path);
    }
    if (!stat) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${request.url}`);
      return;
    }
    const name = path.slice(base.length).split(sep).join('/');
    if (hidden?.test(name)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${request.url}`);
      return;
    }
    const headers: Record<string, string | number> = {
      'Content-Type': contentType(path),
      'Accept-Ranges': 'bytes',
      'Cache-Control': cacheControl(name),
      'Access-Control-Allow-Origin': '*',
      'Last-Modified': stat.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    };
    const size = stat.size;
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(request.headers.range ?? ''));
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end || start >= size) {
        response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      response.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
      if (request.method === 'HEAD') response.end();
      else createReadStream(path, { start, end }).pipe(response);
      return;
    }
    // Text compressed as every CDN sends it (JSON, scripts, captions): what a viewer's browser is really sent.
    const gzip = /^(text\/|application\/(json|javascript))/.test(headers['Content-Type'] as string) && size > 1024 && size <= 64e6 &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    headers.Vary = 'Accept-Encoding';
    if (gzip) {
      const body = compressed(path, stat);
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Length': size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

/** The gzipped bytes of a file, kept while it is unchanged (a CDN keeps its compressed copy too). */
const gzipped = new Map<string, { key: string; body: Buffer }>();
function compressed(path: string, stat: Stats): Buffer {
  const key = `${stat.mtimeMs}/${stat.size}`;
  const known = gzipped.get(path);
  if (known?.key === key) return known.body;
  const body = gzipSync(readFileSync(path));
  if (gzipped.size > 500) gzipped.clear();
  gzipped.set(path, { key, body });
  return body;
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
