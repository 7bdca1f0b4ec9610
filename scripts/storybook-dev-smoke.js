#!/usr/bin/env node
// Starts the Storybook dev server (`storybook dev`, what `npm run storybook` runs) and opens one story of every
// element in headless Chromium: each must render its element's content, with no "Failed to fetch dynamically
// imported module" and no error overlay. The static build (scripts/storybook-smoke.js) cannot catch what only the
// dev server does wrong, such as answering a story's module with a static file's MIME type.
//
// The server runs in its own process group, which is killed at the end, on failure and on timeout alike.
//
//   node scripts/storybook-dev-smoke.js
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whole run: the first story waits for Vite to bundle the dependencies, which is slow on a busy machine. */
const TOTAL_TIMEOUT_MS = 300_000;
const STORY_TIMEOUT_MS = 90_000;

/**
 * The stories opened, one per element (plus the "parse" error story, which loads a static JSON fixture, and the dark
 * theme), and a text each must show inside its element: proof that the element rendered its content, not only an
 * empty shell. `font`: the font the element inherits from the story root, as on a host page (not the browser's serif).
 */
const STORIES = [
  { id: 'elements-rsp-catalog--loaded', element: 'rsp-training-list', text: 'Trauma-Informed Stabilization Treatment' },
  { id: 'elements-rsp-catalog--error-parse', element: 'rsp-catalog', text: 'The training archive could not be loaded' },
  { id: 'elements-rsp-training-list--archive', element: 'rsp-training-list', text: 'Six Core Strategies' },
  { id: 'elements-rsp-training-player--demo', element: 'rsp-training-player', text: 'Module 1' },
  { id: 'elements-rsp-handouts--all-sessions', element: 'rsp-handouts', text: 'Module 1' },
  { id: 'elements-rsp-archive--list', element: 'rsp-archive', text: 'Trauma-Informed Stabilization Treatment', font: 'system-ui' },
  { id: 'elements-rsp-archive--dark-theme', element: 'rsp-archive', text: 'Module 1', font: 'system-ui' },
  { id: 'elements-rsp-archive--mayflower-theme', element: 'rsp-archive', text: 'Six Core Strategies', font: '"Noto Sans"' },
];
/** With SCREENSHOT_DIR set, each story's picture is saved there, to look at. */
const screenshotDir = process.env.SCREENSHOT_DIR;

/** A port nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
let output = '';
// detached: the server becomes a process-group leader, so killing -pid also ends Vite's and esbuild's children.
const server = spawn('node_modules/.bin/storybook', ['dev', '--ci', '--no-open', '--quiet', '--host', '127.0.0.1', '--port', String(port)], {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));
let exited = false;
server.on('exit', () => (exited = true));

let browser;
function stopServer() {
  if (exited) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
async function finish(code, message) {
  if (message) (code ? console.error : console.log)(message);
  await browser?.close().catch(() => {});
  stopServer();
  process.exit(code);
}
const timer = setTimeout(() => finish(1, `Storybook dev smoke: timed out after ${TOTAL_TIMEOUT_MS / 1000} s.\n${output.slice(-2000)}`), TOTAL_TIMEOUT_MS);
timer.unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(1, `Storybook dev smoke: ${signal}`));
process.on('exit', stopServer);

/** Waits until the dev server answers its story index (it lists the stories once it has read every file). */
async function waitForServer() {
  const deadline = Date.now() + STORY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`storybook dev exited:\n${output.slice(-2000)}`);
    const answer = await fetch(`${origin}/index.json`).catch(() => undefined);
    if (answer?.ok) return answer.json();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`storybook dev did not answer on ${origin} within ${STORY_TIMEOUT_MS / 1000} s:\n${output.slice(-2000)}`);
}

/** Opens one story on a fresh page and returns what went wrong, if anything. */
async function check({ id, element, text, font }) {
  const problems = [];
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  try {
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
    const outcome = await page
      .waitForFunction(
        (tag, wanted) => {
          if (document.body.classList.contains('sb-show-errordisplay')) return 'error overlay';
          if (document.body.innerText.includes('Failed to fetch dynamically imported module')) return 'dynamic import failed';
          /** Text of `node` with the text of every shadow root inside it. */
          const deepText = (node) =>
            [...node.childNodes].map((child) => (child.nodeType === 3 ? child.textContent : deepText(child))).join(' ') +
            (node.shadowRoot ? ` ${deepText(node.shadowRoot)}` : '');
          const found = document.querySelector(`#storybook-root ${tag}`);
          return found && customElements.get(tag) && deepText(found).includes(wanted) ? 'rendered' : false;
        },
        { timeout: STORY_TIMEOUT_MS, polling: 100 },
        element,
        text,
      )
      .then((handle) => handle.jsonValue());
    if (outcome !== 'rendered') {
      const shown = await page.$eval('#error-message', (node) => node.textContent).catch(() => '');
      problems.push(`${outcome}${shown ? `: ${shown.trim().slice(0, 300)}` : ''}`);
    }
    if (font) {
      const family = await page.$eval(`#storybook-root ${element}`, (found) => getComputedStyle(found).fontFamily);
      if (!family.startsWith(font)) problems.push(`<${element}> is set in ${family}, not in the host page's ${font}…`);
    }
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/${id}.png` });
  } catch (error) {
    const shown = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '');
    problems.push(`${error.message}${shown ? `\n    page says: ${shown.trim()}` : ''}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

try {
  const started = Date.now();
  const index = await waitForServer();
  const missing = STORIES.filter((story) => !index.entries?.[story.id]);
  if (missing.length) await finish(1, `Storybook dev smoke: no such stories: ${missing.map((story) => story.id).join(', ')}`);
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    // --no-sandbox: CI runs as root. The rest keep Chromium from calling home on a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--mute-audio'],
  });
  let failures = 0;
  for (const story of STORIES) {
    const problems = await check(story);
    if (problems.length) {
      failures++;
      console.error(`✗ ${story.id}\n${problems.map((problem) => `    ${problem}`).join('\n')}`);
    } else if (process.env.VERBOSE) {
      console.log(`✓ ${story.id}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (failures) await finish(1, `Storybook dev smoke: ${failures} of ${STORIES.length} stories failed on the dev server (${seconds} s).`);
  await finish(0, `Storybook dev smoke: all ${STORIES.length} stories rendered on the dev server (${seconds} s).`);
} catch (error) {
  await finish(1, `Storybook dev smoke: ${error.message ?? error}`);
}
