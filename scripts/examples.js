#!/usr/bin/env node
// Builds the React and Vue examples (esbuild, from the package's own entry points) and drives all three examples
// in headless Chromium: an attribute (page-size), the catalog property, and rsp-training-select / rsp-complete
// received through each framework's own event binding. Part of `npm test`; run `npm run build` first.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.js';

const root = new URL('../', import.meta.url).pathname;
const common = { bundle: true, format: 'esm', minify: true, logLevel: 'warning', absWorkingDir: root };
await build({
  ...common,
  entryPoints: ['examples/react/main.jsx'],
  outfile: 'examples/react/dist/main.js',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
});
await build({
  ...common,
  entryPoints: ['examples/vue/main.js'],
  outfile: 'examples/vue/dist/main.js',
  // The full build, with the template compiler, so the example can use a template string.
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
});

const server = await serve(0);
const origin = `http://localhost:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--mute-audio', '--autoplay-policy=no-user-gesture-required'],
});

const failures = [];
try {
  for (const example of ['html', 'react', 'vue']) {
    // A fresh context each: progress (and so rsp-complete, which fires once per session) lives in localStorage.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await page.goto(`${origin}/examples/${example}/index.html`);
      // The attribute: page-size="2" shows two cards.
      await page.waitForFunction(
        () => document.querySelector('rsp-training-list')?.shadowRoot?.querySelectorAll('.card').length === 2,
        { timeout: 15000 },
      );
      // The catalog property reached the player.
      await page.waitForFunction(() => document.querySelector('rsp-training-player')?.shadowRoot?.querySelector('video'), {
        timeout: 15000,
      });
      // rsp-training-select through the framework's binding: a real click on the first card's title.
      const title = await page.evaluateHandle(() =>
        document.querySelector('rsp-training-list').shadowRoot.querySelector('.card .title button, .card .title a'),
      );
      const id = await page.evaluate(
        () => document.querySelector('rsp-training-list').shadowRoot.querySelector('.card .title').textContent,
      );
      await title.asElement().click();
      await page.waitForFunction(() => document.getElementById('log')?.textContent.includes('selected '), { timeout: 5000 });
      // rsp-complete through the framework's binding: play muted past complete-at="0.1" of the clip.
      await page.evaluate(() => {
        const video = document.querySelector('rsp-training-player').shadowRoot.querySelector('video');
        video.muted = true;
        return video.play();
      });
      await page.waitForFunction(() => document.getElementById('log')?.textContent.includes('completed tist/module-1'), {
        timeout: 20000,
      });
      if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
      console.log(`examples/${example}: attribute, catalog property, rsp-training-select ("${id.trim()}") and rsp-complete received`);
    } catch (error) {
      failures.push(`examples/${example}: ${error.message}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
