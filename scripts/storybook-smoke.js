#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in headless Chromium
// and fails when a story does not render or anything logs an error; then every element's docs page. The stories come
// from the build's index.json.
//
// A story tagged `failed-request` (the network and HTTP error stories) requests a catalog that cannot load on
// purpose; Chromium logs "Failed to load resource" for that, and only that message is allowed there.
//
//   node scripts/storybook-smoke.js [storybook-static] [--filter=substring]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const root = normalize(args.find((arg) => !arg.startsWith('--')) ?? 'storybook-static');
const filter = args.find((arg) => arg.startsWith('--filter='))?.slice('--filter='.length);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STORY_TIMEOUT_MS = 20_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.vtt': 'text/vtt',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
};

/** A static file server over the build, as any web host would serve it (with byte ranges, so video can load). */
function serve(directory) {
  return createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    // Browsers ask for a favicon on their own; a 404 for it would read as a story's console error.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    let file = join(directory, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
      if (range && (range[1] || range[2])) {
        const start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
        response.writeHead(206, { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${start}-${end}/${body.length}` });
        return response.end(body.subarray(start, end + 1));
      }
      response.writeHead(200, { 'Content-Type': type, 'Accept-Ranges': 'bytes' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
}

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8').catch(() => {
  console.error(`No ${root}/index.json: run \`npm run build-storybook\` first.`);
  process.exit(1);
}));
const wanted = (entry) => !filter || entry.id.includes(filter);
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && wanted(entry));
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs' && wanted(entry));
if (!stories.length && !docsPages.length) {
  console.error('No stories found.');
  process.exit(1);
}

const server = serve(root);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  // --no-sandbox: CI runs as root. The rest keep Chromium from calling home on a closed network.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--mute-audio'],
});

let page;
let problems = [];
let allowed;

/** The preview page, opened once: stories are then switched the way Storybook's own UI does, which is much faster. */
async function openPreview(firstId) {
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error' || allowed?.test(message.text())) return;
    const where = message.location()?.url ? ` (${message.location().url})` : '';
    problems.push(`console error: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.setViewport({ width: 1024, height: 768 });
  // a11y.manual: the a11y panel's automatic axe run is for people; the axe gate is tests/stories.test.ts.
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(firstId)}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
}

/** Renders one story and returns what went wrong, if anything. */
async function check(story) {
  problems = [];
  allowed = story.tags?.includes('failed-request') ? /^Failed to load resource/ : undefined;
  try {
    if (!page) await openPreview(story.id);
    else {
      await page.evaluate((storyId) => {
        globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, story.id);
    }
    // Storybook's own render cycle: loaders, render, play function, then "finished" (or "errored").
    const phase = await page
      .waitForFunction(
        (storyId) => {
          const render = globalThis.__STORYBOOK_PREVIEW__?.currentRender;
          return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase) && render.phase;
        },
        { timeout: STORY_TIMEOUT_MS, polling: 50 },
        story.id,
      )
      .then((handle) => handle.jsonValue());
    if (phase !== 'finished') problems.push(`Storybook render phase: ${phase}`);
    // What a person would see: every rsp-* element of the story defined, with something rendered in its shadow root.
    const rendered = await page
      .waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          if (!root || document.body.classList.contains('sb-show-errordisplay')) return false;
          const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('rsp-'));
          return (
            elements.length > 0 &&
            elements.every((element) => customElements.get(element.localName) && element.shadowRoot?.childElementCount)
          );
        },
        { timeout: 5000, polling: 50 },
      )
      .then(() => true, () => false);
    if (!rendered) {
      const error = await page.$eval('#error-message', (element) => element.textContent).catch(() => '');
      problems.push(`did not render${error ? `: ${error}` : ''}`);
    }
    // Late errors (a caption file, a lazy chunk, a media error) get a moment to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));
  } catch (error) {
    problems.push(String(error.message ?? error));
  }
  if (problems.length && page) {
    // Start the next story from a fresh page, so one broken story cannot fail the others.
    await page.close().catch(() => {});
    page = undefined;
  }
  return problems;
}

/**
 * One element's autodocs page: its description and API tables must come from custom-elements.json (Storybook only
 * warns when the element is missing there), and nothing may log an error. The page shows every story of the file,
 * the network and HTTP error stories included, so "Failed to load resource" is allowed here.
 */
async function checkDocs(entry) {
  const docsPage = await browser.newPage();
  const found = [];
  docsPage.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('Component not found in custom-elements.json')) found.push(text);
    else if (message.type() === 'error' && !/^Failed to load resource/.test(text)) found.push(`console error: ${text}`);
  });
  docsPage.on('pageerror', (error) => found.push(`uncaught: ${error.message}`));
  try {
    await docsPage.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=a11y.manual:!true`, { waitUntil: 'load' });
    await docsPage.waitForSelector('.sbdocs-title', { timeout: STORY_TIMEOUT_MS });
    const tables = await docsPage
      .waitForFunction(() => document.body.innerText.includes('css custom properties'), { timeout: STORY_TIMEOUT_MS })
      .then(() => true, () => false);
    if (!tables) found.push('no CSS custom properties table: is custom-elements.json current (npm run analyze)?');
    await new Promise((resolve) => setTimeout(resolve, 500));
  } catch (error) {
    found.push(String(error.message ?? error));
  } finally {
    await docsPage.close();
  }
  return found;
}

const started = Date.now();
let failures = 0;
for (const story of stories) {
  const problems = await check(story);
  if (problems.length) {
    failures++;
    console.error(`✗ ${story.id}\n${problems.map((problem) => `    ${problem}`).join('\n')}`);
  } else if (process.env.VERBOSE) {
    console.log(`✓ ${story.id}`);
  }
}
await page?.close();
for (const entry of docsPages) {
  const problems = await checkDocs(entry);
  if (problems.length) {
    failures++;
    console.error(`✗ ${entry.id}\n${problems.map((problem) => `    ${problem}`).join('\n')}`);
  } else if (process.env.VERBOSE) {
    console.log(`✓ ${entry.id}`);
  }
}
await browser.close();
server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures) {
  console.error(`Storybook smoke: ${failures} of ${stories.length} stories and ${docsPages.length} docs pages failed (${seconds} s).`);
  process.exit(1);
}
console.log(`Storybook smoke: all ${stories.length} stories and ${docsPages.length} docs pages rendered without errors (${seconds} s).`);
