#!/usr/bin/env node
// `npm start`: serves the repository on http://localhost:8000 (PORT to change) and points at the demo.
// A small static server with byte ranges, because browsers seek in video with Range requests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** Resolves a request path inside the repository, or undefined when it would leave it. */
function fileFor(urlPath) {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(urlPath)));
  } catch {
    return undefined;
  }
  if (!path.startsWith(root)) return undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileFor(`${urlPath.replace(/\/?$/, '/')}index.html`);
    return { path, stat };
  } catch {
    return undefined;
  }
}

export function serve(listenPort = port) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { Location: '/demo/site/' }).end();
      return;
    }
    const file = fileFor(pathname);
    if (!file || file.path.split(sep).includes('node_modules')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers = {
      'Content-Type': types[extname(file.path)] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-cache',
      // Public demo files: a page in a sandboxed frame (an opaque origin) can read them, as docs/hosting.md asks.
      'Access-Control-Allow-Origin': '*',
      'Last-Modified': file.stat.mtime.toUTCString(),
    };
    const size = file.stat.size;
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end || start >= size) {
        response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      response.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
      createReadStream(file.path, { start, end }).pipe(response);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Length': size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file.path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve().then(
    () =>
      console.log(
        `rsp-archive demo: http://localhost:${port}/ — the archive \`rsp-archive build\` made of demo/source/\n` +
          `  also: http://localhost:${port}/demo/ (the demo page) and http://localhost:${port}/demo/provider.html  (Ctrl+C to stop)`,
      ),
    (error) => {
      console.error(
        error.code === 'EADDRINUSE' ? `Port ${port} is in use; try PORT=8001 npm start` : error.message,
      );
      process.exit(1);
    },
  );
}
