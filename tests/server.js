// Routes the browser tests use to play a catalog server that misbehaves, under /test-server/ (middleware of
// @web/test-runner's dev server, see web-test-runner.config.mjs). Every response allows any origin, so tests can
// fetch from 127.0.0.1 while the page is on localhost: a catalog on another origin than the page.
import { readFile } from 'node:fs/promises';

const fixtures = new URL('./fixtures/', import.meta.url);
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fixture(name) {
  if (!/^[\w.-]+$/.test(name ?? '')) throw Object.assign(new Error(`no fixture ${name}`), { status: 404 });
  return readFile(new URL(name, fixtures), 'utf8');
}

const repository = new URL('../', import.meta.url);
const MEDIA_TYPES = { '.mp4': 'video/mp4', '.webm': 'video/webm', '.ts': 'video/mp2t' };

/**
 * The repository's media files (`demo/`, `tests/fixtures/`) as every real web host serves them: with range requests,
 * which the dev server does not answer (browsers cannot seek in a video served whole until, in Chromium, ever), and
 * HLS segments (`.ts`, MPEG transport stream) as video rather than through the TypeScript transform.
 * @param {import('koa').Context} ctx
 */
async function media(ctx) {
  const extension = /^\/(demo|tests\/fixtures)\/[\w/.-]+(\.mp4|\.webm|\.ts)$/.exec(ctx.path)?.[2];
  if (!extension || ctx.path.includes('..') || ctx.method !== 'GET') return false;
  const range = /^bytes=(\d*)-(\d*)$/.exec(ctx.get('Range'));
  if (!range && extension !== '.ts') return false;
  const file = new URL(`.${ctx.path}`, repository);
  const data = await readFile(file).catch(() => undefined);
  if (!data) return false;
  const size = data.length;
  ctx.set('Accept-Ranges', 'bytes');
  ctx.type = MEDIA_TYPES[extension];
  if (!range) {
    ctx.body = data;
    return true;
  }
  const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
  const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
  if (start >= size || end < start) {
    ctx.status = 416;
    ctx.set('Content-Range', `bytes */${size}`);
    return true;
  }
  ctx.status = 206;
  ctx.set('Content-Range', `bytes ${start}-${end}/${size}`);
  ctx.body = data.subarray(start, end + 1);
  return true;
}

/** @param {import('koa').Context} ctx */
export async function testServer(ctx, next) {
  if (!ctx.path.startsWith('/test-server/')) return (await media(ctx)) ? undefined : next();
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  const [, , route, arg, name] = ctx.path.split('/');
  try {
    await answer(ctx, route, arg, name);
  } catch (error) {
    // A missing fixture (or a media file a fixture catalog names) is a plain 404, as on a real server.
    ctx.status = error.status ?? (error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500);
    ctx.body = String(error.message);
  }
}

async function answer(ctx, route, arg, name) {
  switch (route) {
    // /test-server/status/404
    case 'status':
      ctx.status = Number(arg);
      ctx.type = 'text/plain';
      ctx.body = `status ${arg}`;
      return;
    // /test-server/slow/300/catalog-good.json: answers after 300 ms
    case 'slow':
      await sleep(Number(arg));
      ctx.type = 'application/json';
      ctx.body = await fixture(name);
      return;
    // /test-server/hang/x: never answers (gives up after 20 s so the server can close)
    case 'hang':
      await sleep(20_000);
      ctx.status = 504;
      return;
    // /test-server/count/KEY/catalog-good.json: serves the fixture and counts requests under KEY
    case 'count':
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
      await sleep(50); // long enough for concurrent callers to overlap
      ctx.type = 'application/json';
      ctx.body = await fixture(name);
      return;
    // /test-server/requests/KEY: how many requests /count/KEY/… has had
    case 'requests':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(arg) ?? 0 });
      return;
    // /test-server/fail-later/KEY/catalog-good.json: the first request succeeds, later ones get HTTP 500
    // /test-server/fail-first/KEY/catalog-good.json: the first request gets HTTP 500, later ones succeed
    case 'fail-later':
    case 'fail-first': {
      const seen = counts.get(`${route}/${arg}`) ?? 0;
      counts.set(`${route}/${arg}`, seen + 1);
      if ((route === 'fail-later') === seen > 0) {
        ctx.status = 500;
        ctx.body = 'server error';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await fixture(name);
      return;
    }
    // /test-server/demo-es/catalog.json: the demo catalog with every text replaced by Spanish placeholder words and
    // its links made absolute, so that any English on a page using it is UI text
    case 'demo-es': {
      const catalog = JSON.parse(await readFile(new URL('../demo/catalog.json', import.meta.url), 'utf8'));
      const TEXT = new Set(['title', 'subtitle', 'summary', 'description', 'label', 'name', 'affiliation', 'advisory', 'body']);
      const LINK = new Set(['src', 'href', 'poster', 'chapters', 'descriptions', 'transcript', 'url']);
      const walk = (value) => {
        if (Array.isArray(value)) return value.map(walk);
        if (!value || typeof value !== 'object') return value;
        return Object.fromEntries(
          Object.entries(value).map(([key, item]) => [
            key,
            TEXT.has(key) && typeof item === 'string'
              ? `Texto de ejemplo ${item.length}`
              : LINK.has(key) && typeof item === 'string' && !/^[a-z]+:/.test(item)
                ? `/demo/${item}`
                : walk(item),
          ]),
        );
      };
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(walk(catalog));
      return;
    }
    // /test-server/sign-in/catalog.json: what an intranet answers once the session has expired
    case 'sign-in':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><form><input name=user></form>';
      return;
    // /test-server/file/catalog-good.json: a fixture, plainly
    case 'file':
      ctx.type = 'application/json';
      ctx.body = await fixture(arg);
      return;
    default:
      ctx.status = 404;
  }
}
