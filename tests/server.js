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
 * The repository's media files (`demo/`, `tests/fixtures/`, the built `tests/sites/`) as every real web host serves them: with range requests,
 * which the dev server does not answer (browsers cannot seek in a video served whole until, in Chromium, ever), and
 * HLS segments (`.ts`, MPEG transport stream) as video rather than through the TypeScript transform.
 * @param {import('koa').Context} ctx
 */
async function media(ctx) {
  const extension = /^\/(demo|tests\/fixtures|tests\/sites)\/[\w/.-]+(\.mp4|\.webm|\.ts)$/.exec(ctx.path)?.[2];
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
  // A sandboxed frame's document has an opaque origin: every module, catalog, caption and (with crossorigin) video
  // request it makes is cross-origin and says `Origin: null`, which a real host answers with this header.
  if (ctx.get('Origin') === 'null') ctx.set('Access-Control-Allow-Origin', '*');
  if (!ctx.path.startsWith('/test-server/')) return (await media(ctx)) ? undefined : next();
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  const [, , route, arg, name] = ctx.path.split('/');
  try {
    if (route === 'site') return await site(ctx, arg, ctx.path.split('/').slice(4).join('/'));
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
    // /test-server/requests/KEY: how many requests /count/KEY/… (or /etag/KEY/…) has had, and how many got 304
    case 'requests':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(arg) ?? 0, notModified: counts.get(`${arg}:304`) ?? 0 });
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
    // /test-server/trickle/2000/catalog-good.json: the headers at once, then the body in ten pieces over 2,000 ms
    case 'trickle':
      return trickle(ctx, Buffer.from(await fixture(name)), Number(arg));
    // /test-server/reset/catalog-good.json: the headers and half the body, then the connection is cut
    case 'reset':
      return reset(ctx, Buffer.from(await fixture(arg)));
    // /test-server/big/20/catalog.json: a valid catalog of about 20 MB (made here, never committed)
    case 'big':
      ctx.type = 'application/json';
      ctx.body = bigCatalog(Number(arg));
      return;
    // /test-server/no-cors/catalog-good.json: a fixture without Access-Control-Allow-Origin, as most servers answer
    case 'no-cors':
      ctx.remove('Access-Control-Allow-Origin');
      ctx.type = 'application/json';
      ctx.body = await fixture(arg);
      return;
    // /test-server/etag/KEY/catalog-good.json: cacheable with an ETag; a request that revalidates gets 304, counted
    // under KEY (see /requests/KEY)
    case 'etag': {
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
      const tag = `"${name}-v1"`;
      ctx.set('Cache-Control', 'no-cache');
      ctx.set('ETag', tag);
      if (ctx.get('If-None-Match') === tag) {
        counts.set(`${arg}:304`, (counts.get(`${arg}:304`) ?? 0) + 1);
        ctx.status = 304;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await fixture(name);
      return;
    }
    // /test-server/csp/csp-page.html: an HTML fixture under a strict Content-Security-Policy with Trusted Types
    case 'csp':
      ctx.set('Content-Security-Policy', STRICT_CSP);
      ctx.type = 'text/html';
      ctx.body = await fixture(arg);
      return;
    // /test-server/sandboxed/sandboxed-page.html: an HTML fixture for <iframe sandbox="allow-scripts">
    case 'sandboxed':
      ctx.type = 'text/html';
      ctx.body = await fixture(arg);
      return;
    // /test-server/cues/50000/transcript.vtt: a WebVTT transcript of 50,000 cues (about 5 MB, made here, never
    // committed), all inside the demo clips' 11 s so that any cue can be sought to; see longTranscript()
    case 'cues':
      ctx.type = 'text/vtt';
      ctx.body = longTranscript(Number(arg));
      return;
    // /test-server/embed-youtube/embed/ID?start=…, /test-server/embed-vimeo/video/ID#t=…: stand-ins for the providers'
    // players (no network), each a real <video> of a demo clip speaking that provider's postMessage protocol
    case 'embed-youtube':
    case 'embed-vimeo':
      ctx.type = 'text/html';
      ctx.body = standIn(route === 'embed-youtube' ? 'youtube' : 'vimeo');
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

/**
 * /test-server/site/FAULT/catalog.json: the demo archive's compiled catalog (tests/sites/compiled/, see
 * tests/build-sites.ts) with one fault; every file the fault leaves alone is a redirect to its static copy.
 *   damaged-entry     catalog.json is cut off halfway
 *   failing-list      the list index answers HTTP 500
 *   damaged-shards    every shard of the spoken-word index is cut off halfway
 *   missing-ID        the file of training ID answers 404
 *   slow-list         the list index answers after 1.5 s
 *   none              no fault
 */
async function site(ctx, fault, path) {
  if (path.includes('..')) throw Object.assign(new Error('no'), { status: 404 });
  const file = new URL(`./sites/compiled/${path}`, import.meta.url);
  const cut = async () => {
    const text = await readFile(file, 'utf8');
    ctx.type = 'application/json';
    ctx.body = text.slice(0, text.length >> 1);
  };
  if (fault === 'damaged-entry' && path === 'catalog.json') return cut();
  if (fault === 'damaged-shards' && /^spoken-[0-9a-f]+\/\d+\.json$/.test(path)) return cut();
  if (fault === 'failing-list' && /^list\.[0-9a-f]+\.json$/.test(path)) {
    ctx.status = 500;
    ctx.body = 'server error';
    return;
  }
  if (fault === 'slow-list' && /^list\.[0-9a-f]+\.json$/.test(path)) {
    await sleep(1500);
    ctx.type = 'application/json';
    ctx.body = await readFile(file, 'utf8');
    return;
  }
  const missing = /^missing-(.+)$/.exec(fault)?.[1];
  if (missing && path.startsWith(`trainings/${missing}.`)) {
    ctx.status = 404;
    ctx.body = 'not found';
    return;
  }
  ctx.redirect(`/tests/sites/compiled/${path}`);
}

/**
 * A stand-in for YouTube's or Vimeo's embedded player: the messages it sends and understands are those the
 * providers' players send (YouTube's IFrame Player API: `listening` → `initialDelivery`, `onReady`, `infoDelivery`,
 * `onStateChange`; commands `playVideo`, `pauseVideo`, `seekTo`. Vimeo's player.js: `ready`, then the events asked
 * for with `addEventListener`, each with `data.seconds` and `data.duration`; methods `play`, `pause`,
 * `setCurrentTime`, and `getDuration`, `getCurrentTime`, `getPaused` answered as `{method, value}`). Its video is `window.standIn`, for a test to play as a viewer would in the provider's own UI.
 */
function standIn(provider) {
  return `<!doctype html><html lang="en"><title>${provider} stand-in</title><body style="margin:0">
<video src="/demo/source/media/tist-1.mp4" muted playsinline style="width:100%"></video>
<script>
const video = document.querySelector('video');
window.standIn = video;
const query = new URLSearchParams(location.search);
const start = Number(${provider === 'youtube' ? "query.get('start')" : "(/t=(\\d+)s/.exec(location.hash) || [])[1]"} || 0);
const send = (message) => parent.postMessage(JSON.stringify(message), '*');
${provider === 'youtube' ? `
let listening = false;
const state = () => (video.ended ? 0 : !video.paused ? 1 : video.currentTime > 0 ? 2 : -1);
const deliver = (event, info) => listening && send({ event, info, id: 1, channel: 'widget' });
const info = () => deliver('infoDelivery', { currentTime: video.currentTime, duration: video.duration || 0, playerState: state(), playbackRate: video.playbackRate });
addEventListener('message', (event) => {
  let data;
  try { data = JSON.parse(event.data); } catch { return; }
  if (data.event === 'listening' && !listening) {
    listening = true;
    deliver('initialDelivery', { playerState: state(), currentTime: video.currentTime, duration: video.duration || 0 });
    deliver('onReady', null);
  } else if (data.event === 'command') {
    if (data.func === 'playVideo') video.play();
    if (data.func === 'pauseVideo') video.pause();
    if (data.func === 'seekTo') video.currentTime = data.args[0];
  }
});
for (const type of ['play', 'pause', 'ended']) video.addEventListener(type, () => deliver('onStateChange', state()));
video.addEventListener('timeupdate', info);
video.addEventListener('ratechange', () => deliver('onPlaybackRateChange', video.playbackRate));` : `
const wanted = new Set();
const data = () => ({ seconds: video.currentTime, duration: video.duration || 0, percent: video.duration ? video.currentTime / video.duration : 0 });
const fire = (event, extra) => wanted.has(event) && send({ event, data: { ...data(), ...extra } });
addEventListener('message', (event) => {
  let message;
  try { message = JSON.parse(event.data); } catch { return; }
  if (message.method === 'addEventListener') wanted.add(message.value);
  if (message.method === 'play') video.play();
  if (message.method === 'pause') video.pause();
  if (message.method === 'setCurrentTime') video.currentTime = message.value;
  const answers = { getDuration: () => video.duration || 0, getCurrentTime: () => video.currentTime, getPaused: () => video.paused };
  if (answers[message.method]) send({ method: message.method, value: answers[message.method]() });
});
for (const type of ['play', 'pause', 'ended', 'timeupdate', 'seeked']) video.addEventListener(type, () => fire(type));
video.addEventListener('ratechange', () => fire('playbackratechange', { playbackRate: video.playbackRate }));
addEventListener('load', () => send({ event: 'ready', player_id: 'stand-in' }));`}
video.addEventListener('loadedmetadata', () => {
  if (start) video.currentTime = start;
  if (query.get('autoplay') === '1') video.play();
});
</script>`;
}

/** The policy of a locked-down host page: no inline script or style, Trusted Types required for script sinks. */
const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Writes `body` in ten pieces spread over `ms`, bypassing Koa so that each piece leaves at once. */
async function trickle(ctx, body, ms) {
  ctx.respond = false;
  ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  const pieces = 10;
  const size = Math.ceil(body.length / pieces);
  for (let at = 0; at < body.length; at += size) {
    if (ctx.res.destroyed) return; // the client gave up (its timeout)
    ctx.res.write(body.subarray(at, at + size));
    await sleep(ms / pieces);
  }
  ctx.res.end();
}

/** Promises `body` in full (Content-Length), sends half, then destroys the socket: a connection reset mid-body. */
async function reset(ctx, body) {
  ctx.respond = false;
  ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  ctx.res.write(body.subarray(0, body.length >> 1));
  await sleep(100);
  ctx.req.socket.destroy();
}

const bigCatalogs = new Map();

/** A valid, real-shaped catalog of at least `megabytes` MB: long descriptions, one session and handout each. */
function bigCatalog(megabytes) {
  if (bigCatalogs.has(megabytes)) return bigCatalogs.get(megabytes);
  const paragraph = 'Staff practise naming the signs of distress early and offering choices, comfort and time. ';
  const trainings = [];
  let size = 0;
  for (let index = 1; size < megabytes * 1e6; index++) {
    const training = {
      id: `big-${index}`,
      title: `Preventing restraint, part ${index}`,
      summary: `Part ${index} of a long series.`,
      description: paragraph.repeat(20),
      date: '2024-05-01',
      sessions: [
        {
          id: 'module-1',
          title: 'Module 1',
          duration: 'PT45M',
          video: { sources: [{ src: `media/big-${index}.mp4`, type: 'video/mp4' }] },
          materials: [{ kind: 'handout', title: 'Handout', href: `files/big-${index}.pdf`, type: 'application/pdf' }],
        },
      ],
    };
    trainings.push(training);
    size += JSON.stringify(training).length + 1;
  }
  const text = JSON.stringify({ version: 1, title: `A ${megabytes} MB archive`, trainings });
  bigCatalogs.set(megabytes, text);
  return text;
}

const longTranscripts = new Map();

/** A cue's words in the long transcript; cue number DEEP_CUE alone says "zeppelin" (what the tests search for). */
const TRANSCRIPT_WORDS = ['safety', 'comfort', 'choice', 'we', 'notice', 'the', 'person', 'in', 'front', 'of', 'us',
  'and', 'their', 'story', 'matters', 'when', 'staff', 'slow', 'down', 'listen', 'before', 'acting'];
export const DEEP_CUE = 43210;

/**
 * `count` cues of about 100 bytes each, cue n (from 1) starting at n × 0.2 ms (rounded to the millisecond WebVTT
 * allows) so that every one lies inside an 11 s clip: cue 43,210 starts at 8.642 s.
 */
function longTranscript(count) {
  if (longTranscripts.has(count)) return longTranscripts.get(count);
  const clock = (ms) => `00:00:${String(Math.floor(ms / 1000)).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
  const parts = ['WEBVTT\n\n'];
  for (let cue = 1; cue <= count; cue++) {
    const start = Math.round(cue * 0.2);
    const words = Array.from({ length: 10 }, (_, at) => TRANSCRIPT_WORDS[(cue * 7 + at * 3) % TRANSCRIPT_WORDS.length]);
    if (cue === DEEP_CUE) words[4] = 'zeppelin';
    parts.push(`${clock(start)} --> ${clock(start + 1)}\n<v Presenter>Cue ${cue}: ${words.join(' ')}.\n\n`);
  }
  const text = parts.join('');
  longTranscripts.set(count, text);
  return text;
}
