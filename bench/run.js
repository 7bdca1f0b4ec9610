#!/usr/bin/env node
// `npm run bench`: how fast, on what, against what floor. Drives Debian's headless Chromium through puppeteer-core
// over the pages in bench/pages/, prints a Markdown table and writes bench/results.json.
//
//   npm run bench                        everything (about 3–5 minutes on a 2-core machine)
//   npm run bench -- --only=data,player  some suites: data, scale, player, cost, lighthouse
//   npm run bench -- --sizes=10000       catalog sizes for the data suite
//   npm run bench -- --runs=3            fewer repetitions (quicker, noisier)
//   npm run bench -- --no-build          use dist/ as it is
//
// dist/ is rebuilt first when it is missing or older than src/, then copied with demo/ into bench/.cache/, so that
// another `npm run build` (which empties dist/) cannot pull the files from under a running bench. Generated data
// (catalogs, a 2-hour WebVTT file) lives there too; nothing big is committed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cache = join(root, 'bench/.cache');
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const suites = (args.only ?? 'data,scale,player,cost,lighthouse').split(',');
/** The scale suite's compiled catalog: trainings, and the words of each session's transcript. */
const SCALE = { trainings: Number(args['scale-trainings'] ?? 10000), words: 1200 };
/** Typed into the list of the compiled catalog, one key at a time: words and phrases its transcripts say (some
 * rare, some in every recording, two in Spanish, one typed without its accent). */
const SPOKEN_QUERIES = [
  'comfort room', 'lavender', 'the debriefing process', 'kaleidoscope', 'restraint', 'sensory modulation', 'hammock',
  'the least restrictive approach', 'thermostat', 'recuperacion', 'contención', 'beanbag', 'ombudsman',
  'co-regulation', 'aquarium', 'fidget putty',
];
const sizes = (args.sizes ?? '100,1000,10000').split(',').map(Number);
const scale = args.runs ? Number(args.runs) / 7 : 1;
/** Repetitions, scaled by --runs (7 is the default for most figures). */
const reps = (count) => Math.max(1, Math.round(count * scale));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The 2-hour transcript: 2,000 cues of 3.6 s. */
const CUES = 2000;
const CUE_SECONDS = 3.6;
/** The longest transcript: 50,000 cues (a 50-hour recording, about 5 MB). */
const LONG_CUES = 50000;
/** Typed one key at a time into the transcript's search box: words every cue has, few have, and none has. */
const TRANSCRIPT_QUERIES = ['safety', 'listen before acting', 'cue 4321', 'zeppelin', 'the person in front of us'];
/** Watched ranges already stored when the pause's save is timed (the issue's probe). */
const STORED_RANGES = 20000;
/** Typed one key at a time into the list's search box; words from the generated catalogs, words with a slip of one
 * letter (matched within one edit), joined words, one that matches nothing but is near a word ("Did you mean …?") and
 * one that matches nothing at all. Every query starts with a one-letter prefix, the costliest search. */
const QUERIES = [
  'calm', 'safety', 'dignity', 'recovery', 'sensory modulation', 'trauma informed care', 'debriefing', 'peer roles',
  'gomez', 'emile farrow', 'practice 42', 'comfort and healing', 'listening', 'nurses', 'de-escalation',
  'prevention plans', 'teamwork respect', 'hana', 'crisis', 'xylophone',
  'deescalation', 'sensroy modulaton', 'dignitty and healng', 'debriefnig', 'reocvery plans', 'digniiity',
];

const log = (...parts) => console.error('bench:', ...parts);

// ---------------------------------------------------------------------------------------------------------------
// Preparation: build, snapshot, generated data

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const bundle = join(root, 'dist/rsp-archive.js');
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestMtime(join(root, 'src'));
  if (!stale) return;
  if (args.build === 'false' || args['no-build']) {
    if (existsSync(bundle)) return log('dist/ is older than src/, used as it is (--no-build)');
    throw new Error('dist/rsp-archive.js is missing: run `npm run build` (or drop --no-build)');
  }
  log('dist/ is missing or older than src/: npm run build');
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  } catch {
    throw new Error('`npm run build` failed: fix the build first, the bench measures dist/');
  }
}

function snapshotSite() {
  rmSync(join(cache, 'dist'), { recursive: true, force: true });
  rmSync(join(cache, 'demo'), { recursive: true, force: true });
  cpSync(join(root, 'dist'), join(cache, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  cpSync(join(root, 'demo'), join(cache, 'demo'), { recursive: true });
  if (!existsSync(join(cache, 'dist/rsp-archive.js'))) throw new Error('dist/ changed while it was copied: run again');
}

function transcriptVtt(count = CUES) {
  const words = ['safety', 'comfort', 'choice', 'we', 'notice', 'the', 'person', 'in', 'front', 'of', 'us', 'and',
    'their', 'story', 'matters', 'when', 'staff', 'slow', 'down', 'listen', 'before', 'acting'];
  const clock = (seconds) => {
    const ms = Math.round(seconds * 1000);
    const part = (value, width = 2) => String(value).padStart(width, '0');
    return `${part(Math.floor(ms / 3600000))}:${part(Math.floor(ms / 60000) % 60)}:${part(Math.floor(ms / 1000) % 60)}.${part(ms % 1000, 3)}`;
  };
  let text = 'WEBVTT\n\n';
  for (let cue = 0; cue < count; cue++) {
    const line = Array.from({ length: 12 }, (_, at) => words[(cue * 7 + at * 3) % words.length]).join(' ');
    text += `${cue + 1}\n${clock(cue * CUE_SECONDS)} --> ${clock((cue + 1) * CUE_SECONDS)}\n`;
    text += count === CUES
      ? `<v Presenter>${line[0].toUpperCase()}${line.slice(1)}, cue ${cue + 1}.\n\n`
      : `<v Presenter>Cue ${cue + 1}: ${line}.\n\n`;
  }
  return text;
}

async function makeData() {
  mkdirSync(cache, { recursive: true });
  // tests/generate.ts is TypeScript: bundle it for Node, once per run.
  await build({
    entryPoints: [join(root, 'tests/generate.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(cache, 'generate.mjs'),
    logLevel: 'error',
  });
  const { generateCatalog } = await import(`${join(cache, 'generate.mjs')}?${Date.now()}`);
  const bytes = {};
  for (const size of sizes) {
    const text = JSON.stringify(generateCatalog(size, 1), null, 2);
    writeFileSync(join(cache, `catalog-${size}.json`), text);
    bytes[size] = text.length;
  }
  writeFileSync(join(cache, 'transcript-2h.vtt'), transcriptVtt());
  writeFileSync(join(cache, 'transcript-50k.vtt'), transcriptVtt(LONG_CUES));
  // One MP4 (no WebM, no HLS: the figure is for a local MP4), the demo's captions and chapters, and sessions that
  // differ only in their transcript.
  const video = (transcript) => ({
    sources: [{ src: 'demo/source/media/tist-1.mp4', type: 'video/mp4' }],
    captions: [{ src: 'demo/source/media/tist-1.en.vtt', lang: 'en', label: 'English', quality: 'verified' }],
    chapters: 'demo/source/media/tist-1.chapters.vtt',
    ...(transcript ? { transcript } : {}),
  });
  writeFileSync(
    join(cache, 'player-catalog.json'),
    JSON.stringify({
      version: 1,
      title: 'Player bench',
      trainings: [
        {
          id: 'long',
          title: 'A two-hour training',
          sessions: [
            { id: 'plain', title: 'Part 1', duration: 'PT2H', video: video() },
            { id: 'plain-2', title: 'Part 2', duration: 'PT2H', video: video() },
            { id: 'transcript', title: 'Part 3', duration: 'PT2H', video: video('transcript-2h.vtt') },
            { id: 'huge', title: 'Part 4', duration: 'PT50H', video: video('transcript-50k.vtt') },
          ],
        },
      ],
    }),
  );
  // The single-file reader's steps (src/catalog/), which the CDN bundle keeps in a lazy chunk without exports.
  await build({
    stdin: {
      contents: "export { parseJson } from './src/catalog/json.ts'; export { validateCatalog } from './src/catalog/validate.ts'; export { normalizeCatalog } from './src/catalog/normalize.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    outfile: join(cache, 'read-steps.js'),
    logLevel: 'error',
  });
  await build({
    entryPoints: [join(root, 'bench/pages/lit-alone.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    outfile: join(cache, 'lit-alone.js'),
    logLevel: 'error',
  });
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics and the browser

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}
// Long tasks are reported only over 50 ms: none is not a task of 0 ms.
const longTask = (value) => (value > 0 ? ms(value) : 'none over 50 ms');
const stats = (values) => ({ median: median(values), p95: quantile(values, 0.95), min: Math.min(...values), n: values.length });

let browser;
let origin;

async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--mute-audio',
      // gc() between measurements, so one figure's garbage is not collected during the next.
      '--js-flags=--expose-gc',
    ],
  });
}

/** A fresh browser context (cold HTTP cache, empty storage) with one page, closed after `work`. */
async function withPage(path, work, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport(viewport);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await page.createCDPSession();
    page.cdp = cdp;
    page.errors = errors;
    if (path) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => window.pageReady);
    }
    return await work(page);
  } finally {
    await context.close();
  }
}

async function heapUsed(page) {
  await page.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await page.cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

// ---------------------------------------------------------------------------------------------------------------
// Suites

async function dataSuite(bytes) {
  const result = {};
  for (const size of sizes) {
    const url = `${origin}/bench/.cache/catalog-${size}.json`;
    log(`catalog of ${size}: fetch-to-ready`);
    const ready = [];
    for (let run = 0; run < reps(7); run++) {
      ready.push(await withPage('/bench/pages/data.html', (page) => page.evaluate((at) => window.benchReady(at), url)));
    }
    log(`catalog of ${size}: list render, keystrokes, facets, pages, heap`);
    const renders = [];
    const heap = [];
    const keys = [];
    const facet = [];
    const pages = [];
    const interactionRuns = size >= 10000 ? reps(2) : reps(3);
    for (let run = 0; run < reps(7); run++) {
      await withPage('/bench/pages/data.html', async (page) => {
        const before = await heapUsed(page);
        renders.push(await page.evaluate((at) => window.benchList(at), url));
        heap.push({ before, after: await heapUsed(page) });
        if (run >= interactionRuns) return;
        keys.push(...(await page.evaluate((queries) => window.benchKeys(queries), QUERIES)));
        facet.push(...(await page.evaluate(() => window.benchFacet(20))));
        pages.push(...(await page.evaluate(() => window.benchPage(20))));
        if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
      });
    }
    const pick = (list, key) => list.map((item) => item[key]);
    const oneLetter = keys.filter((key) => key.query.length === 1);
    result[size] = {
      bytes: bytes[size],
      trainings: ready[0].trainings,
      ready: stats(pick(ready, 'ready')),
      readyFloor: stats(pick(ready, 'floor')),
      steps: Object.fromEntries(['fetch', 'parse', 'validate', 'normalize', 'index'].map((step) => [step, stats(pick(ready, step))])),
      firstRender: stats(pick(renders, 'render')),
      firstRenderFloor: stats(pick(renders, 'floor')),
      renderedElements: renders[0].elements,
      keystroke: stats(pick(keys, 'dom')),
      keystrokeWithLayout: stats(pick(keys, 'layout')),
      keystrokeOneLetter: stats(pick(oneLetter, 'dom')),
      slowestKeys: [...keys].sort((a, b) => b.dom - a.dom).slice(0, 5).map((key) => `${key.query} ${key.dom.toFixed(1)}`),
      facetToggle: stats(facet),
      pageChange: stats(pages),
      heapAfterLoad: stats(pick(heap, 'after')),
      heapEmptyPage: stats(pick(heap, 'before')),
    };
  }
  return result;
}

/** The compiled catalog of SCALE.trainings (bench/scale-data.ts), made again when its inputs changed. */
async function makeScale() {
  const dir = join(cache, `scale-${SCALE.trainings}`);
  const stamp = join(dir, 'made.json');
  const inputs = Math.max(...['src/cli', 'src/catalog', 'tests/generate.ts', 'tests/generate-text.ts', 'bench/scale-data.ts']
    .map((path) => (statSync(join(root, path)).isDirectory() ? newestMtime(join(root, path)) : statSync(join(root, path)).mtimeMs)));
  if (existsSync(stamp) && statSync(stamp).mtimeMs > inputs) return JSON.parse(readFileSync(stamp, 'utf8'));
  await build({
    entryPoints: [join(root, 'bench/scale-data.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(cache, 'scale-data.mjs'),
    logLevel: 'error',
  });
  const { makeScale: make } = await import(`${join(cache, 'scale-data.mjs')}?${Date.now()}`);
  log(`scale: compiling ${SCALE.trainings.toLocaleString('en')} trainings with ${SCALE.words}-word transcripts (about half a minute)`);
  const made = make(dir, SCALE.trainings, SCALE.words);
  writeFileSync(stamp, JSON.stringify(made));
  return made;
}

async function scaleSuite() {
  const made = await makeScale();
  const entry = `${origin}/bench/.cache/scale-${SCALE.trainings}/catalog.json`;
  log(`scale: first cards and the whole list searchable, from the entry file's request`);
  const loads = [];
  for (let run = 0; run < reps(7); run++) {
    loads.push(await withPage('/bench/pages/data.html', (page) => page.evaluate((at) => window.benchCompiled(at), entry)));
  }
  log('scale: opening a training, keystrokes, spoken-word search');
  const opens = [];
  const keys = [];
  const spoken = [];
  for (let run = 0; run < reps(3); run++) {
    await withPage('/bench/pages/data.html', async (page) => {
      await page.evaluate((at) => window.benchCompiled(at), entry);
      // Spoken-word search first, so that its first query is the page's first search.
      spoken.push(await page.evaluate((queries) => window.benchSpoken(queries), SPOKEN_QUERIES));
      opens.push(await page.evaluate((at, id) => window.benchOpenTraining(at, id), entry, `training-${1 + run * 997}`));
      keys.push(...(await page.evaluate((queries) => window.benchKeys(queries), QUERIES)));
      if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
    });
  }
  const pick = (list, key) => list.map((item) => item[key]);
  const later = spoken.flatMap((run) => run.slice(1));
  return {
    made,
    requestsForList: loads[0].requests,
    firstCards: stats(pick(loads, 'firstCards')),
    firstCardsLaidOut: stats(pick(loads, 'firstCardsLaidOut')),
    searchable: stats(pick(loads, 'searchable')),
    afterList: stats(pick(loads, 'afterList')),
    listFetched: stats(pick(loads, 'listFetched')),
    listTransferred: loads[0].listTransferred,
    parseFloor: stats(pick(loads, 'parseFloor')),
    openRequests: Math.max(...pick(opens, 'requests')),
    open: stats(pick(opens, 'ms')),
    keystroke: stats(pick(keys, 'dom')),
    spokenFirst: stats(spoken.map((run) => run[0].bytes)),
    spokenLater: stats(pick(later, 'bytes')),
    spokenLaterMax: Math.max(...pick(later, 'bytes')),
    spokenShown: stats(spoken.flatMap((run) => pick(run, 'shown'))),
    spokenMoments: spoken[0].map((result) => `${result.query} ${result.moments}`),
  };
}

async function playerSuite() {
  const mp4 = `${origin}/bench/.cache/demo/source/media/tist-1.mp4`;
  const catalogUrl = `${origin}/bench/.cache/player-catalog.json`;
  const vtt = `${origin}/bench/.cache/transcript-2h.vtt`;
  log('player: connected → canplay, beside a bare <video>');
  const bare = [];
  const player = [];
  for (let run = 0; run < reps(7); run++) {
    // Alternate, so drift on a busy machine falls on both alike.
    bare.push(await withPage('/bench/pages/player.html', (page) => page.evaluate((src) => window.benchBareVideo(src), mp4)));
    player.push(
      await withPage('/bench/pages/player.html', (page) =>
        page.evaluate((at) => window.benchPlayerVideo(at, 'long', 'plain'), catalogUrl),
      ),
    );
  }
  log('player: 2-hour transcript and highlight step');
  const parse = [];
  const withCues = [];
  const without = [];
  const open = [];
  const steps = [];
  let current;
  for (let run = 0; run < reps(3); run++) {
    await withPage('/bench/pages/player.html', async (page) => {
      parse.push(await page.evaluate((src) => window.benchVttParse(src), vtt));
      const transcript = await page.evaluate((...values) => window.benchTranscript(...values), catalogUrl, 7);
      withCues.push(...transcript.withCues);
      without.push(...transcript.without);
      open.push(...transcript.open);
      const highlight = await page.evaluate((...values) => window.benchHighlight(...values), 50, 1000, CUE_SECONDS);
      steps.push(...highlight.steps);
      current = highlight.current;
      if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
    });
  }
  log(`player: ${LONG_CUES.toLocaleString('en')}-cue transcript: load, open, search keystrokes`);
  const longParse = [];
  const long = { load: [], longest: [], open: [], openFloor: [], keys: [], floor: [] };
  let rendered;
  const longVtt = `${origin}/bench/.cache/transcript-50k.vtt`;
  for (let run = 0; run < reps(3); run++) {
    await withPage('/bench/pages/player.html', async (page) => {
      longParse.push(await page.evaluate((src) => window.benchVttParse(src), longVtt));
      const figures = await page.evaluate((...values) => window.benchLongTranscript(...values), catalogUrl, 5,
        TRANSCRIPT_QUERIES, longVtt);
      for (const name of Object.keys(long)) long[name].push(...[figures[name]].flat());
      rendered = figures.rendered;
      if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
    });
  }
  log(`player: a pause's save with ${STORED_RANGES.toLocaleString('en')} stored ranges, beside none`);
  const save = [];
  const saveFloor = [];
  let keptRanges;
  for (let run = 0; run < reps(7); run++) {
    await withPage('/bench/pages/player.html', async (page) => {
      const seeded = await page.evaluate((...values) => window.benchPauseSave(...values), catalogUrl, STORED_RANGES);
      save.push(seeded.ms);
      keptRanges = seeded.stored;
    });
    await withPage('/bench/pages/player.html', async (page) => {
      saveFloor.push((await page.evaluate((...values) => window.benchPauseSave(...values), catalogUrl, 0)).ms);
    });
  }
  return {
    longTranscript: {
      cues: longParse[0].cues,
      parse: stats(longParse.map((item) => item.ms)),
      parseLongestTask: stats(longParse.map((item) => item.longest)),
      load: stats(long.load),
      longestTask: stats(long.longest),
      renderedCues: rendered,
      open: stats(long.open),
      openFloor: stats(long.openFloor),
      keystroke: stats(long.keys),
      keystrokeFloor: stats(long.floor),
    },
    pauseSave: { ranges: STORED_RANGES, kept: keptRanges, save: stats(save), floor: stats(saveFloor) },
    canplay: stats(player),
    canplayFloor: stats(bare),
    vttParse: stats(parse.map((item) => item.ms)),
    vttCues: parse[0].cues,
    sessionSwitchWithTranscript: stats(withCues),
    sessionSwitchWithout: stats(without),
    transcriptRender: { median: median(withCues) - median(without), n: withCues.length },
    transcriptOpen: stats(open),
    highlightStep: stats(steps),
    highlightLastCue: current,
  };
}

/** JavaScript files a page fetched before its `load` event, and after. */
async function scriptsOf(page) {
  return page.evaluate(() => {
    const load = performance.getEntriesByType('navigation')[0].loadEventStart;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ path: new URL(entry.name).pathname, initial: entry.startTime < load }));
  });
}

const gzipOf = (path) => gzipSync(readFileSync(join(root, path)), { level: 9 }).length;

async function costSuite() {
  const pages = {
    // The driver's own scripts (puppeteer's polling) count in ScriptDuration too: subtracted as this page's figure.
    empty: { path: '/bench/pages/cost-empty.html', ready: () => document.readyState === 'complete' },
    lit: { path: '/bench/pages/cost-lit.html', ready: () => document.querySelector('bench-hello')?.shadowRoot?.querySelector('p') },
    bundle: { path: '/bench/pages/cost-bundle.html', ready: () => customElements.get('rsp-archive') },
    archive: {
      path: '/bench/pages/cost-archive.html',
      ready: () =>
        document.querySelector('rsp-archive')?.shadowRoot?.querySelector('rsp-training-list')?.shadowRoot?.querySelector('.cards:not(.skeleton) .card'),
    },
  };
  const result = {};
  for (const [name, { path, ready }] of Object.entries(pages)) {
    log(`page cost: ${path}`);
    const durations = [];
    let scripts;
    for (let run = 0; run < reps(7); run++) {
      await withPage(undefined, async (page) => {
        await page.cdp.send('Performance.enable');
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        await page.waitForFunction(ready, { polling: 'raf', timeout: 15000 });
        // The player chunk loads when the browser is idle after load: a page pays for it too, so wait for it.
        await page.waitForNetworkIdle({ idleTime: 500, timeout: 15000 });
        const { metrics } = await page.cdp.send('Performance.getMetrics');
        durations.push(metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000);
        scripts = await scriptsOf(page);
      });
    }
    const bytes = (initial) =>
      scripts.filter((script) => script.initial === initial).reduce((sum, script) => sum + gzipOf(script.path), 0);
    result[name] = {
      path,
      scriptDuration: stats(durations),
      initialJsGzip: bytes(true),
      laterJsGzip: bytes(false),
      scripts: scripts.map((script) => `${script.path}${script.initial ? '' : ' (after load)'}`),
    };
  }
  return result;
}

async function lighthouseSuite() {
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const url = `${origin}/bench/.cache/demo/`;
  const runs = [];
  for (let run = 0; run < reps(3); run++) {
    log(`Lighthouse ${run + 1}: ${url}`);
    const { lhr } = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id]?.numericValue;
    runs.push({
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      cls: audit('cumulative-layout-shift'),
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      failedAccessibility: lhr.categories.accessibility.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => ref.id),
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
    });
  }
  const pick = (key) => stats(runs.map((run) => run[key]));
  return {
    url: '/bench/.cache/demo/ (a copy of demo/)',
    formFactor: runs[0].formFactor,
    throttling: runs[0].throttling,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    cls: pick('cls'),
    tbt: pick('tbt'),
    lcp: pick('lcp'),
    fcp: pick('fcp'),
    failedAccessibility: [...new Set(runs.flatMap((run) => run.failedAccessibility))],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The table

const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms` : '—');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
const met = (ok) => (ok ? 'met' : '**not met**');

function table(results) {
  const rows = [];
  const row = (what, figure, floor = '', target = '', status = '') => rows.push([what, figure, floor, target, status]);
  const { data, scale, player, cost, lighthouse } = results;
  for (const size of Object.keys(data ?? {})) {
    const d = data[size];
    const name = `${Number(size).toLocaleString('en')} trainings`;
    const target = Number(size) === 10000;
    const steps = ['fetch', 'parse', 'validate', 'normalize', 'index'].map((step) => `${step} ${ms(d.steps[step].median)}`).join(', ');
    row(`${name}: fetch-to-ready (n=${d.ready.n}; ${steps})`, ms(d.ready.median), `JSON.parse ${ms(d.readyFloor.median)}`,
      target ? '≤ 150 ms' : '', target ? met(d.ready.median <= 150) : '');
    const ratio = d.firstRender.median / d.firstRenderFloor.median;
    row(`${name}: first list render (n=${d.firstRender.n}, ${d.renderedElements} elements)`, `${ms(d.firstRender.median)} (${ratio.toFixed(1)}×)`,
      `innerHTML ${ms(d.firstRenderFloor.median)}`, '≤ 2× floor', met(ratio <= 2));
    row(`${name}: search keystroke → DOM updated, median / p95 (n=${d.keystroke.n} keys, ${QUERIES.length} queries)`,
      `${ms(d.keystroke.median)} / ${ms(d.keystroke.p95)}`, '', 'p95 ≤ 16 ms', met(d.keystroke.p95 <= 16));
    row(`${name}: … one-letter prefixes, median / p95 (n=${d.keystrokeOneLetter.n}); with layout p95`,
      `${ms(d.keystrokeOneLetter.median)} / ${ms(d.keystrokeOneLetter.p95)}; ${ms(d.keystrokeWithLayout.p95)}`);
    row(`${name}: facet toggle, median / p95 (n=${d.facetToggle.n})`, `${ms(d.facetToggle.median)} / ${ms(d.facetToggle.p95)}`);
    if (d.pageChange.n) row(`${name}: page change, median / p95 (n=${d.pageChange.n})`, `${ms(d.pageChange.median)} / ${ms(d.pageChange.p95)}`);
    row(`${name}: JS heap after load, list shown (n=${d.heapAfterLoad.n}; catalog file ${mb(d.bytes)})`, mb(d.heapAfterLoad.median),
      `empty page ${mb(d.heapEmptyPage.median)}`);
  }
  if (scale) {
    const s = scale;
    const m = s.made;
    const name = `compiled, ${m.trainings.toLocaleString('en')} trainings`;
    const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
    row(`${name}: first cards in the DOM after the entry file's request (n=${s.firstCards.n}; laid out ${ms(s.firstCardsLaidOut.median)}; list index fetched at ${ms(s.listFetched.median)})`,
      ms(s.firstCards.median), '', '≤ 150 ms', met(s.firstCards.median <= 150));
    const ratio = s.afterList.median / s.parseFloor.median;
    row(`${name}: whole list searchable once the list index is in (n=${s.afterList.n}; from the entry's request ${ms(s.searchable.median)})`,
      `${ms(s.afterList.median)} (${ratio.toFixed(1)}×)`, `JSON.parse ${ms(s.parseFloor.median)}`, '≤ 2× floor', met(ratio <= 2));
    const share = m.listBytes / m.singleBytes;
    row(`${name}: list index (${kib(m.listGzip)} gzip) beside the same catalog as one compact v1 file`, `${mb(m.listBytes)} (${(share * 100).toFixed(1)} %)`,
      `v1 ${mb(m.singleBytes)}`, '≤ 25 %', met(share <= 0.25));
    row(`${name}: requests to open a training (its own file; ${ms(s.open.median)})`, String(s.openRequests), '', '≤ 1', met(s.openRequests <= 1));
    row(`${name}: search keystroke → DOM updated, median / p95 (n=${s.keystroke.n})`, `${ms(s.keystroke.median)} / ${ms(s.keystroke.p95)}`,
      '', 'p95 ≤ 16 ms', met(s.keystroke.p95 <= 16));
    row(`${name}: spoken-word search, first query transferred (the spoken chunk, the directory, its shards; gzip as served)`,
      kib(s.spokenFirst.median), '', '≤ 150 KiB', met(s.spokenFirst.median <= 150 * 1024));
    row(`${name}: … each later query transferred, median / largest (n=${s.spokenLater.n})`, `${kib(s.spokenLater.median)} / ${kib(s.spokenLaterMax)}`,
      '', '≤ 30 KiB', met(s.spokenLaterMax <= 30 * 1024));
    row(`${name}: … moments shown after the last keystroke, median / p95 (n=${s.spokenShown.n}; served locally)`,
      `${ms(s.spokenShown.median)} / ${ms(s.spokenShown.p95)}`, '', 'p95 ≤ 100 ms', met(s.spokenShown.p95 <= 100));
    row(`${name}: the spoken-word index (${m.spokenFiles.toLocaleString('en')} files, directory ${kib(m.directoryBytes)}; compiled in ${(m.compileMs / 1000).toFixed(1)} s)`,
      `${mb(m.spokenBytes)}, ${mb(m.spokenGzip)} gzip`);
  }
  if (player) {
    const p = player;
    row(`player: connected → video canplay, local MP4 (n=${p.canplay.n})`, ms(p.canplay.median), `bare <video> ${ms(p.canplayFloor.median)}`);
    row(`player: 2-hour WebVTT (${p.vttCues} cues) parsed by the browser's <track> (n=${p.vttParse.n})`, ms(p.vttParse.median));
    row(`player: 2,000-cue transcript's first cues rendered (session switch with cached cues ${ms(p.sessionSwitchWithTranscript.median)} − without transcript ${ms(p.sessionSwitchWithout.median)}; n=${p.transcriptRender.n})`,
      ms(p.transcriptRender.median), '', '≤ 50 ms', met(p.transcriptRender.median <= 50));
    row(`player: transcript panel opened, 2,000 cues (those near the view laid out; n=${p.transcriptOpen.n})`, ms(p.transcriptOpen.median), '', '≤ 50 ms', met(p.transcriptOpen.median <= 50));
    row(`player: one timeupdate highlight step, 2,000 cues, median / p95 (n=${p.highlightStep.n})`,
      `${ms(p.highlightStep.median)} / ${ms(p.highlightStep.p95)}`, '', '≤ 1 ms', met(p.highlightStep.median <= 1));
    const l = p.longTranscript;
    const cues = l.cues.toLocaleString('en');
    row(`player: ${cues}-cue transcript (5 MB): session chosen → first cues shown, longest task meanwhile ${longTask(l.longestTask.median)} (n=${l.load.n})`,
      ms(l.load.median), `browser's <track> parse ${ms(l.parse.median)}, its longest task ${longTask(l.parseLongestTask.median)}`,
      'our tasks ≤ 50 ms', met(l.longestTask.median <= Math.max(50, l.parseLongestTask.median)));
    row(`player: ${cues}-cue transcript: panel opened → ${l.renderedCues} cues in the DOM, two frames (n=${l.open.n})`,
      ms(l.open.median), `a 3-cue transcript ${ms(l.openFloor.median)}`, '≤ 300 ms', met(l.open.median <= 300));
    row(`player: ${cues}-cue transcript: search keystroke → DOM updated, median / p95 (n=${l.keystroke.n} keys, ${TRANSCRIPT_QUERIES.length} queries)`,
      `${ms(l.keystroke.median)} / ${ms(l.keystroke.p95)}`, `bare includes scan p95 ${ms(l.keystrokeFloor.p95)}`, 'p95 ≤ 16 ms',
      met(l.keystroke.p95 <= 16));
    const s = p.pauseSave;
    row(`player: a pause's save with ${s.ranges.toLocaleString('en')} stored ranges (${s.kept} kept), median / p95 (n=${s.save.n})`,
      `${ms(s.save.median)} / ${ms(s.save.p95)}`, `nothing stored ${ms(s.floor.median)}`, '≤ 16 ms', met(s.save.p95 <= 16));
  }
  if (cost) {
    const lit = cost.lit;
    const net = (page) => page.scriptDuration.median - cost.empty.scriptDuration.median;
    for (const [name, label] of [['bundle', 'CDN bundle alone (elements defined)'], ['archive', 'CDN bundle + <rsp-archive> showing the 13-training demo']]) {
      const c = cost[name];
      row(`page cost: ${label}: initial JS gzip (+ after load)`, `${kb(c.initialJsGzip)} (+ ${kb(c.laterJsGzip)})`, `Lit alone ${kb(lit.initialJsGzip)}`);
      row(`page cost: ${label}: ScriptDuration, less an empty page's ${ms(cost.empty.scriptDuration.median)} (n=${c.scriptDuration.n})`,
        ms(net(c)), `Lit alone ${ms(net(lit))}`);
    }
  }
  if (lighthouse) {
    const l = lighthouse;
    const how = `n=${l.performance.n}, ${l.formFactor}, ${l.throttling} throttling`;
    row(`Lighthouse 12.2.3 on the demo: performance (${how})`, String(l.performance.median), '', '≥ 95', met(l.performance.median >= 95));
    row(`Lighthouse: accessibility${l.failedAccessibility.length ? ` (failing: ${l.failedAccessibility.join(', ')})` : ''}`,
      String(l.accessibility.median), '', '100', met(l.accessibility.median === 100));
    row('Lighthouse: cumulative layout shift', l.cls.median.toFixed(3), '', '0', met(l.cls.median === 0));
    row('Lighthouse: total blocking time (LCP, FCP)', `${ms(l.tbt.median)} (${ms(l.lcp.median)}, ${ms(l.fcp.median)})`);
  }
  const lines = [
    '| measure | median | floor | target | |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  ensureBuilt();
  snapshotSite();
  const bytes = await makeData();
  const server = await serve(0);
  origin = `http://localhost:${server.address().port}`;
  browser = await launch();
  const results = {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim(),
    machine: {
      cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
      memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
      os: `${osType()} ${release()}`,
      node: process.version,
      browser: await browser.version(),
    },
  };
  try {
    if (suites.includes('data')) results.data = await dataSuite(bytes);
    if (suites.includes('scale')) results.scale = await scaleSuite();
    if (suites.includes('player')) results.player = await playerSuite();
    if (suites.includes('cost')) results.cost = await costSuite();
    if (suites.includes('lighthouse')) results.lighthouse = await lighthouseSuite();
  } finally {
    await browser.close();
    server.close();
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.table = table(results);
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  console.log(`${results.table}\n\n${m.cpu}, ${m.memory}, ${m.os}, Node ${m.node}, ${m.browser}; commit ${results.commit}; ` +
    `${results.seconds} s. Details: bench/results.json`);
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
