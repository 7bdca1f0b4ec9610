#!/usr/bin/env node
// What a provider's developer gets from npm: packs the package, checks it with publint and
// @arethetypeswrong/cli, installs the tarball into a new project, and there
// - imports the data layer in Node and runs the `rsp-archive validate` bin, then `new` and `build` (the publisher),
// - typechecks a TypeScript file against the published types (elements, events, JSX for React 19),
// - bundles every entry point and loads the bundle in Chromium: every element is defined,
// - loads the CDN file from node_modules with one <script type="module">: every element is defined.
// Part of `npm test`; run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = new URL('../', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const step = (text) => console.log(`packed install: ${text}`);
const TAGS = ['rsp-catalog', 'rsp-training-list', 'rsp-training-player', 'rsp-handouts', 'rsp-archive'];

const work = mkdtempSync(join(tmpdir(), 'rsp-packed-'));
try {
  const tarball = join(work, JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root))[0].filename);
  step(`packed ${tarball}`);
  run(bin('publint'), ['run', tarball, '--strict'], root);
  step('publint: clean');
  run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], root);
  step('are the types wrong: clean (ESM-only profile)');

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'provider-intranet', private: true, type: 'module' }));
  run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  step('installed the tarball into a new project');

  // Node: the data layer, and the CLI.
  run(process.execPath, ['--input-type=module', '-e', `
    import { readCatalog } from 'rsp-archive/data.js';
    const { catalog } = readCatalog(JSON.stringify({ version: 1, title: 'T', trainings: [{ id: 'a', title: 'A', sessions: [{ id: 's', title: 'S' }] }] }), 'https://example.org/catalog.json');
    if (catalog.trainings[0].id !== 'a') throw new Error('data layer');
  `], app);
  const cli = join(app, 'node_modules/.bin/rsp-archive');
  run(cli, ['validate', join(root, 'demo/catalog.json')], app);
  // The publisher from the installed package: its template, its Node-only dependencies, the library it copies.
  run(cli, ['new', 'my-archive'], app);
  run(cli, ['build', 'my-archive', '--out', 'site'], app);
  for (const file of ['site/index.html', 'site/catalog.json', 'site/report.html', 'site/lib/rsp-archive.js']) {
    if (!existsSync(join(app, file))) throw new Error(`rsp-archive build from the installed package wrote no ${file}`);
  }
  step('the data layer runs in Node; `rsp-archive validate`, `new` and `build` work from the installed bin');

  // Types, as an app sees them.
  writeFileSync(join(app, 'check.tsx'), `
    import { RspTrainingList, type Catalog } from 'rsp-archive';
    import 'rsp-archive/training-player.js';
    import type {} from 'rsp-archive/react';
    const list: RspTrainingList = document.createElement('rsp-training-list');
    list.pageSize = 6;
    list.addEventListener('rsp-training-select', (event) => event.detail.training.title.toUpperCase());
    document.createElement('rsp-training-player').addEventListener('rsp-complete', (event) => event.detail.trainingId);
    export const view = <rsp-training-list page-size="6" catalog={{} as Catalog} onrsp-training-select={(event) => event.detail.id} />;
    // JSX events carry the detail types of events.ts: a training's completion has no sessionId.
    // @ts-expect-error
    export const done = <rsp-training-player onrsp-complete={(event) => event.detail.sessionId} />;
  `);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true,
      jsx: 'react-jsx', noEmit: true, skipLibCheck: false, types: [],
      // The app's React types would come from its own node_modules; here they come from this repository's.
      typeRoots: [join(root, 'node_modules/@types')],
      paths: { react: [join(root, 'node_modules/@types/react')], 'react/jsx-runtime': [join(root, 'node_modules/@types/react/jsx-runtime')] },
    },
    files: ['check.tsx'],
  }));
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], app);
  step('TypeScript: element properties, typed events and React JSX check against the published types');

  // Browser: every entry bundled by an app's bundler, and the CDN file on its own.
  writeFileSync(join(app, 'entry.js'), [
    "import 'rsp-archive';", "import 'rsp-archive/catalog.js';", "import 'rsp-archive/training-list.js';",
    "import 'rsp-archive/training-player.js';", "import 'rsp-archive/handouts.js';", "import 'rsp-archive/archive.js';",
    "import 'rsp-archive/data.js';",
  ].join('\n'));
  await build({ entryPoints: [join(app, 'entry.js')], bundle: true, format: 'esm', outfile: join(app, 'bundle.js'), logLevel: 'warning', absWorkingDir: app });
  writeFileSync(join(app, 'bundle.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="bundle.js"></script>');
  writeFileSync(join(app, 'cdn.html'), '<!doctype html><link rel="icon" href="data:,"><rsp-training-player></rsp-training-player><script type="module" src="node_modules/rsp-archive/dist/rsp-archive.js"></script>');

  const server = await serveDirectory(app);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const page of ['bundle.html', 'cdn.html']) {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await tab.goto(`http://localhost:${server.address().port}/${page}`);
      await tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 15000 }, TAGS);
      if (errors.length) throw new Error(`${page}: ${errors.join(' | ')}`);
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  step('every entry point bundled by an app, and the CDN file alone, define every element in Chromium');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** scripts/serve.js serves the repository; this serves the temporary app, node_modules included. */
async function serveDirectory(directory) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const server = createServer(async (request, response) => {
    const path = join(directory, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(directory)) return response.writeHead(403).end();
    try {
      const body = await readFile(path);
      response.writeHead(200, { 'Content-Type': path.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, resolve));
  return server;
}
