// Tests run in Debian's Chromium and Firefox ESR (no npm tool downloads a browser). RSP_BROWSERS=chromium (or
// firefox) runs one of them; CHROMIUM_PATH / FIREFOX_PATH point at other binaries.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteerCore from 'puppeteer-core';
import './tests/firefox-bidi.js';
import { forcedColorsPlugin, heapPlugin } from './tests/commands.js';
import { testServer } from './tests/server.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const wanted = (process.env.RSP_BROWSERS ?? 'chromium,firefox').split(',');

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromiumPath,
    headless: true,
    // --no-sandbox: CI runs as root. The rest keep Chromium from calling home on a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--mute-audio',
    ],
  },
});

const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'media.autoplay.default': 0, 'media.volume_scale': '0.0' },
  },
});

// The demo archive as `rsp-archive build` publishes it (compiled, and as a single file), which the tests of compiled
// catalogs load from /tests/sites/: built here (in a second or two, and only when its inputs changed) so that every
// way of starting the runner has it.
const sites = spawnSync(process.execPath, ['--import', 'tsx', 'tests/build-sites.ts'], { stdio: 'inherit' });
if (sites.status !== 0) throw new Error('tests/build-sites.ts failed: the test sites could not be built');

/** A port nothing listens on: `npm start` (8000) or a second test run may hold the runner's default one. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export default {
  port: Number(process.env.RSP_TEST_PORT) || (await freePort()),
  // *.chromium.test.ts need the DevTools protocol (media emulation, screenshots): Chromium only, in their own group.
  // tests/node/ is Node's (`npm run test:node`).
  files: ['tests/**/*.test.ts', '!tests/**/*.chromium.test.ts', '!tests/node/**'],
  groups: wanted.includes('chromium')
    ? [{ name: 'chromium-only', files: 'tests/**/*.chromium.test.ts', browsers: [chromium] }]
    : [],
  nodeResolve: true,
  // One test file at a time per browser: files that press keys or resize the viewport would steal focus from each other.
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [wanted.includes('chromium') && chromium, wanted.includes('firefox') && firefox].filter(Boolean),
  middleware: [testServer],
  // Lit announces its development build in every test file; nothing to act on.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    forcedColorsPlugin(),
    heapPlugin(),
    // Baselines live in tests/screenshots/<browser>/baseline and are committed; `npm run test:visual -- --update-visual-baseline`
    // rewrites them after an intended change of look.
    visualRegressionPlugin({
      baseDir: 'tests/screenshots',
      update: process.argv.includes('--update-visual-baseline'),
      failureThreshold: 0.3,
      failureThresholdType: 'percent',
    }),
  ],
};
