#!/usr/bin/env node
// The built CDN file on host pages like the ones it is embedded in, in headless Chromium and Firefox, under a strict
// Content-Security-Policy with Trusted Types:
// - WordPress's `?ver=` on the script URL: the library evaluates once (one Lit, one `lit-html` policy) and the
//   player, a lazy chunk, loads;
// - two copies of the library on purpose (here: the same files under a second path), with `'allow-duplicates'`:
//   both evaluate and the player works; without it: the page's first copy keeps working and the console says which
//   policy names and keyword to allow, rather than a bare "Policy with name lit-html already exists".
// Part of `npm test`, after `npm run build` (the browser tests run before the build, so they cannot use dist/).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browsers, LAUNCH } from './browsers.js';

const root = new URL('../', import.meta.url).pathname;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.vtt': 'text/vtt', '.css': 'text/css', '.mp4': 'video/mp4', '.webm': 'video/webm', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.pdf': 'application/pdf', '.map': 'application/json' };
const CSP = (trustedTypes) =>
  `script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;

// Runs before the library (a classic script, so CSP allows it): counts what a second evaluation would repeat.
const WATCH = `
window.watch = { policies: [], errors: [], defines: [], trustedTypes: typeof trustedTypes !== 'undefined' };
if (watch.trustedTypes) {
  const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = (name, rules) => { watch.policies.push(name); return createPolicy(name, rules); };
}
const define = customElements.define.bind(customElements);
customElements.define = (tag, constructor, options) => { watch.defines.push(tag); return define(tag, constructor, options); };
addEventListener('error', (event) => watch.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => watch.errors.push(String(event.reason)));
`;

const page = (scripts) =>
  `<!doctype html><html lang="en"><title>host page</title><link rel="icon" href="data:,">` +
  `<script src="/host/watch.js"></script>` +
  scripts.map((src) => `<script type="module" src="${src}"></script>`).join('') +
  `<main id="main-content"><rsp-archive src="/demo/catalog.json"></rsp-archive></main>`;

const PAGES = {
  // WordPress: wp_enqueue_script(..., '6.4') prints ?ver=6.4.
  'ver.html': { csp: CSP('lit-html'), body: page(['/dist/rsp-archive.js?ver=6.4']) },
  // Two plugins that enqueue the file with different versions: two entry URLs, one library behind them.
  'two-vers.html': { csp: CSP('lit-html'), body: page(['/dist/rsp-archive.js?ver=6.4', '/dist/rsp-archive.js?ver=6.5']) },
  'two-copies.html': { csp: CSP("lit-html 'allow-duplicates'"), body: page(['/dist/rsp-archive.js', '/copy/dist/rsp-archive.js']) },
  'two-copies-refused.html': { csp: CSP('lit-html'), body: page(['/dist/rsp-archive.js', '/copy/dist/rsp-archive.js']) },
};

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  const host = /^\/host\/([\w.-]+)$/.exec(pathname)?.[1];
  if (host === 'watch.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(WATCH);
  if (host && PAGES[host]) {
    return response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGES[host].csp })
      .end(PAGES[host].body);
  }
  // /copy/… is the repository again: a second copy of the library at other URLs.
  const path = normalize(join(root, decodeURIComponent(pathname.replace(/^\/copy\//, '/'))));
  if (!path.startsWith(root) || path.includes('node_modules')) return response.writeHead(404).end();
  try {
    const body = await readFile(path);
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, resolve));
const origin = `http://localhost:${server.address().port}`;

let browser;

/** Opens a host page on the detail view of a training (where the archive loads the player) and waits for it. */
async function open(name) {
  const tab = await browser.newPage();
  const console = [];
  tab.on('console', (message) => console.push({ type: message.type(), text: message.text() }));
  tab.on('pageerror', (error) => console.push({ type: 'pageerror', text: error.message }));
  await tab.goto(`${origin}/host/${name}#rsp/tist`);
  // Polled with evaluate, not waitForFunction: Firefox ESR 140 runs waitForFunction's poller as an eval the page's
  // CSP refuses.
  let rendered = false;
  for (const start = Date.now(); !rendered && Date.now() - start < 15000; await new Promise((resolve) => setTimeout(resolve, 100))) {
    rendered = await tab.evaluate(
      () =>
        !!document
          .querySelector('rsp-archive')
          ?.shadowRoot?.querySelector('rsp-training-player')
          ?.shadowRoot?.querySelector('video'),
    );
  }
  const watch = await tab.evaluate(() => ({
    ...window.watch,
    // lit-html adds its version here each time it evaluates: a count of copies whether or not the browser has
    // Trusted Types (Firefox ESR 140 has none).
    lits: (window.litHtmlVersions ?? []).length,
    entries: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname + new URL(entry.name).search),
  }));
  await tab.close();
  return { rendered, watch, console };
}

const failures = [];
const check = (name, ok, detail) => {
  if (ok) console.log(`  ok: ${name}`);
  else failures.push(`${name}: ${detail}`);
};
const problems = (console) => console.filter(({ type }) => type === 'error' || type === 'pageerror').map(({ text }) => text);

try {
  for (const name of browsers) {
    browser = await puppeteer.launch({ headless: true, ...LAUNCH[name] });
    const before = failures.length;
    try {
      {
        const { rendered, watch, console } = await open('ver.html');
        const entries = watch.entries.filter((path) => /\/dist\/rsp-archive\.js/.test(path));
        check('?ver=: the player renders', rendered, `no <video> in the archive's player; console: ${problems(console).join(' | ')}`);
        check('?ver=: Lit evaluates once', watch.lits === 1 && (!watch.trustedTypes || watch.policies.length === 1), `lit-html evaluations ${watch.lits}, policies created: ${JSON.stringify(watch.policies)}`);
        check('?ver=: only the script URL loads the entry', entries.length === 1, `entry requests: ${JSON.stringify(entries)}`);
        check('?ver=: each element defined once', new Set(watch.defines).size === watch.defines.length, JSON.stringify(watch.defines));
        check('?ver=: no error', problems(console).length === 0 && watch.errors.length === 0, [...problems(console), ...watch.errors].join(' | '));
      }
      {
        const { rendered, watch, console } = await open('two-vers.html');
        check('two ?ver=s: the player renders', rendered, problems(console).join(' | '));
        check('two ?ver=s: Lit evaluates once', watch.lits === 1 && (!watch.trustedTypes || watch.policies.length === 1), `lit-html evaluations ${watch.lits}, policies ${JSON.stringify(watch.policies)}`);
        check('two ?ver=s: no error', problems(console).length === 0, problems(console).join(' | '));
      }
      {
        const { rendered, watch, console } = await open('two-copies.html');
        check("two copies with 'allow-duplicates': the player renders", rendered, problems(console).join(' | '));
        check("two copies with 'allow-duplicates': both evaluate", watch.lits === 2 && (!watch.trustedTypes || watch.policies.length === 2), `lit-html evaluations ${watch.lits}, policies ${JSON.stringify(watch.policies)}`);
        check("two copies with 'allow-duplicates': no error", problems(console).length === 0, problems(console).join(' | '));
      }
      {
        const { rendered, watch, console } = await open('two-copies-refused.html');
        const told = problems(console).filter((text) => text.includes('rsp-archive') && text.includes("'allow-duplicates'") && text.includes('lit-html'));
        check("two copies without 'allow-duplicates': the first copy's player renders", rendered, problems(console).join(' | '));
        // A browser without Trusted Types refuses no second policy: there is nothing to say (and nothing is said).
        check(
          `two copies without 'allow-duplicates': the console says what to allow${watch.trustedTypes ? '' : ' (no Trusted Types here: nothing refused, nothing said)'}`,
          watch.trustedTypes ? told.length === 1 : problems(console).length === 0,
          `console errors: ${JSON.stringify(problems(console))}`,
        );
      }
    } finally {
      await browser.close();
    }
    console.log(`${name}: ${failures.length === before ? 'ok' : 'FAILED'}`);
    failures.splice(before, failures.length - before, ...failures.slice(before).map((failure) => `${name}: ${failure}`));
  }
} finally {
  server.close();
}
if (failures.length) {
  console.error(`host pages:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`host pages: ?ver= on the script URL, and two copies under Trusted Types, in ${browsers.join(' and ')}`);
