#!/usr/bin/env node
// The publisher's whole path, as the README tells staff to take it: `rsp-archive build demo/source --out <site>`, then
// `rsp-archive preview <site>`, opened in headless Chromium and Firefox. The archive renders every training from the
// built site; every file it loads (catalog aside) has a content-hashed name and is served as immutable; the player
// plays a hashed recording with hashed captions; seeking works (byte ranges); the site works from a sub-path of another
// server and on a page of another origin; the report opens.
// Part of `npm test`, after `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browsers, LAUNCH } from './browsers.js';

const root = new URL('../', import.meta.url).pathname;
const cli = join(root, 'bin/rsp-archive.js');
const dir = mkdtempSync(join(tmpdir(), 'rsp-site-'));
const site = join(dir, 'site');
const HASHED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;

const built = spawnSync(process.execPath, [cli, 'build', 'demo/source', '--out', site], { cwd: root, encoding: 'utf8' });
if (built.status !== 0) {
  console.error(`built site: rsp-archive build demo/source failed (${built.status}):\n${built.stdout}${built.stderr}`);
  process.exit(1);
}
const catalog = JSON.parse(readFileSync(join(site, 'catalog.json'), 'utf8'));

const preview = spawn(process.execPath, [cli, 'preview', site, '--port', '0'], { cwd: root });
const origin = await new Promise((resolve, reject) => {
  let out = '';
  preview.stdout.on('data', (chunk) => {
    out += chunk;
    const url = /http:\/\/localhost:\d+/.exec(out)?.[0];
    if (url) resolve(url);
  });
  preview.once('exit', (code) => reject(new Error(`preview exited (${code}): ${out}`)));
});

// The same site from a folder of another server (a sub-path), and the archive on a page of another origin that
// names the site's catalog and script by absolute URL (CORS: preview sends Access-Control-Allow-Origin: *).
const other = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/host.html') {
    return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="en"><title>host</title><link rel="icon" href="data:,"><script type="module" src="${origin}/lib/rsp-archive.js"></script>` +
        `<main><rsp-archive src="${origin}/catalog.json"></rsp-archive></main>`,
    );
  }
  const sub = /^\/deep\/path(\/.*)$/.exec(url.pathname)?.[1];
  if (sub === undefined) return response.writeHead(404).end();
  const file = join(site, decodeURIComponent(sub.endsWith('/') ? `${sub}index.html` : sub));
  if (!file.startsWith(site) || !existsSync(file)) return response.writeHead(404).end();
  const type = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.vtt': 'text/vtt', '.mp4': 'video/mp4', '.webm': 'video/webm', '.jpg': 'image/jpeg', '.pdf': 'application/pdf' }[extname(file)];
  response.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
const otherOrigin = `http://127.0.0.1:${other.address().port}`;

const failures = [];
const check = (name, ok, detail) => (ok ? console.log(`  ok: ${name}`) : failures.push(`${name}: ${detail}`));
const poll = async (tab, fn, arg, ms = 15000) => {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 100))) {
    const value = await tab.evaluate(fn, arg);
    if (value) return value;
  }
  return undefined;
};

/**
 * The archive loads the player and handouts chunks when the browser is idle; leaving the page while they load makes
 * Firefox report the aborted import as an error. Each page is left only once both elements are defined.
 */
const settle = (tab) => poll(tab, () => !!customElements.get('rsp-training-player') && !!customElements.get('rsp-handouts'));

try {
  for (const name of browsers) {
    const browser = await puppeteer.launch({ headless: true, ...LAUNCH[name] });
    const before = failures.length;
    try {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(`${tab.url()}: ${error.message}`));
      tab.on('console', (message) => message.type() === 'error' && errors.push(`${tab.url()}: ${message.text()}`));
      await tab.goto(`${origin}/`);
      const cards = await poll(tab, (n) => {
        const list = document.querySelector('rsp-archive')?.shadowRoot?.querySelector('rsp-training-list');
        const found = list?.shadowRoot?.querySelectorAll('[data-training]').length ?? 0;
        return found >= Math.min(n, 12) ? found : 0;
      }, catalog.count);
      check('the archive renders from the built site', cards > 0, `no cards; errors: ${errors.join(' | ')}`);
      const listed = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      check('the compiled catalog: entry and list index, no training file or spoken-word shard before they are asked for',
        listed.some((path) => /^\/list\.[0-9a-f]{10}\.json$/.test(path)) && !listed.some((path) => /^\/(trainings|spoken)/.test(path)), JSON.stringify(listed));

      await settle(tab);
      await tab.goto(`${origin}/#rsp/tist`);
      const video = await poll(tab, () => {
        const v = document.querySelector('rsp-archive')?.shadowRoot?.querySelector('rsp-training-player')?.shadowRoot?.querySelector('video');
        return v?.currentSrc && v.readyState >= 1 ? { src: v.currentSrc, tracks: [...v.querySelectorAll('track')].map((t) => t.src), duration: v.duration } : undefined;
      });
      check('the player loads a content-hashed recording', video && HASHED.test(new URL(video.src).pathname), JSON.stringify(video));
      check('captions and chapters are content-hashed', video?.tracks.length > 0 && video.tracks.every((src) => HASHED.test(new URL(src).pathname)), JSON.stringify(video?.tracks));
      const resources = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      const trainingFiles = resources.filter((path) => path.startsWith('/trainings/'));
      check('opening a training is one request (its own file)', trainingFiles.length === 1 && trainingFiles[0].startsWith('/trainings/tist.'), JSON.stringify(trainingFiles));
      const loose = resources.filter((path) => !/^\/(catalog\.json|lib\/rsp-archive\.js|lib\/chunks\/.*|spoken-[0-9a-f]{10}\/\d+\.json)$/.test(path) && !HASHED.test(path));
      check('everything loaded but the entry files has a hashed name', loose.length === 0, JSON.stringify(loose));
      const headers = await tab.evaluate(async (src) => {
        const media = await fetch(src, { headers: { Range: 'bytes=0-99' } });
        const entry = await fetch('/catalog.json');
        return { status: media.status, media: media.headers.get('cache-control'), entry: entry.headers.get('cache-control') };
      }, video?.src);
      check('preview serves byte ranges, hashed files immutable and the entry no-cache', headers.status === 206 && /immutable/.test(headers.media) && headers.entry === 'no-cache', JSON.stringify(headers));
      for (const [where, url] of [['from a sub-path of another server', `${otherOrigin}/deep/path/`], ['on a page of another origin', `${otherOrigin}/host.html`]]) {
        await settle(tab);
        await tab.goto(url);
        const shown = await poll(tab, () => document.querySelector('rsp-archive')?.shadowRoot?.querySelector('rsp-training-list')?.shadowRoot?.querySelectorAll('[data-training]').length ?? 0);
        check(`the built site works ${where}`, shown > 0, `no cards at ${url}; errors: ${errors.join(' | ')}`);
      }
      await settle(tab);
      await tab.goto(`${origin}/report.html`);
      const summary = await tab.evaluate(() => document.querySelector('h1')?.textContent ?? '');
      check('report.html opens with its summary', /sessions? meets? the WCAG 2\.1 AA media criteria/.test(summary), summary);
      check('no errors in the console', errors.length === 0, errors.join(' | '));
    } finally {
      await browser.close();
    }
    console.log(`${name}: ${failures.length === before ? 'ok' : 'FAILED'}`);
    failures.splice(before, failures.length - before, ...failures.slice(before).map((failure) => `${name}: ${failure}`));
  }
} finally {
  preview.kill();
  other.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`built site:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`built site: rsp-archive build demo/source, served by rsp-archive preview, in ${browsers.join(' and ')}`);
