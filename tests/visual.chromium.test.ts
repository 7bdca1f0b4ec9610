// Visual baselines: each element in the default and Mayflower themes at 320, 768 and 1280 px, compared with the
// committed screenshots in tests/screenshots/Chrome/baseline (Chromium only: screenshots need its DevTools
// protocol). After an intended change of look: `npm run test:visual -- --update-visual-baseline`.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/components/archive.js';
import '../src/components/catalog.js';
import '../src/components/handouts.js';
import '../src/components/training-list.js';
import '../src/components/training-player.js';
import { clearCatalogStores } from '../src/catalog/store.js';
import { catalogShown } from './helpers.js';

/** The demo catalog without pictures, whose asynchronous loading would make screenshots differ run to run. */
async function stillCatalog() {
  const catalog = await (await fetch('/demo/catalog.json')).json();
  for (const training of catalog.trainings) delete training.thumbnail;
  return catalog;
}

/** The player fixture (its media links are absolute paths). */
async function playerCatalog() {
  return (await fetch('/tests/fixtures/catalog-player.json')).json();
}

async function themed(theme: 'default' | 'mayflower', run: () => Promise<void>) {
  const style = document.createElement('style');
  if (theme === 'mayflower') style.textContent = await (await fetch('/themes/mayflower.css')).text();
  document.head.append(style);
  try {
    await run();
  } finally {
    style.remove();
  }
}

/**
 * Screenshots in one font whatever the machine has: the page's default (Times New Roman) maps to a different system
 * font on every machine (Liberation Serif on one, DejaVu Sans on another), which changes every line break and
 * height. Nunito Sans comes with the pinned Storybook devDependency, so `npm ci` brings the same files everywhere.
 */
async function useTestFont() {
  const base = '/node_modules/storybook/assets/browser/nunito-sans';
  // Registered as "Noto Sans" too, the Mayflower theme's first choice, which few machines have.
  const faces = ['RSP Test Sans', 'Noto Sans'].flatMap((family) => [
    new FontFace(family, `url(${base}-regular.woff2)`, { weight: '400' }),
    new FontFace(family, `url(${base}-bold.woff2)`, { weight: '700' }),
    new FontFace(family, `url(${base}-italic.woff2)`, { weight: '400', style: 'italic' }),
    new FontFace(family, `url(${base}-bold-italic.woff2)`, { weight: '700', style: 'italic' }),
  ]);
  for (const face of faces) document.fonts.add(await face.load());
  const style = document.createElement('style');
  style.textContent = "body { font-family: 'RSP Test Sans', sans-serif; }";
  document.head.append(style);
  return () => {
    style.remove();
    for (const face of faces) document.fonts.delete(face);
  };
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('visual baselines', () => {
  let dropFont: () => void;
  before(async () => (dropFont = await useTestFont()));
  after(() => dropFont());
  afterEach(() => clearCatalogStores());

  for (const width of [320, 768, 1280]) {
    for (const theme of ['default', 'mayflower'] as const) {
      it(`list, handouts, archive, player and a catalog error at ${width} px, ${theme} theme`, async () => {
        await setViewport({ width, height: 900 });
        await themed(theme, async () => {
          const catalog = await stillCatalog();
          const list = await fixture<HTMLElement>(html`<rsp-training-list page-size="3" .catalog=${catalog}></rsp-training-list>`);
          await catalogShown(list as HTMLElement & { updateComplete: Promise<unknown> });
          await settle();
          await visualDiff(list, `list-${theme}-${width}`);

          const handouts = await fixture<HTMLElement>(html`<rsp-handouts training="tist" .catalog=${catalog}></rsp-handouts>`);
          await catalogShown(handouts as HTMLElement & { updateComplete: Promise<unknown> });
          await settle();
          await visualDiff(handouts, `handouts-${theme}-${width}`);

          // The archive's list view, and a player on its YouTube facade (no video frame or poster to wait for).
          const archive = await fixture<HTMLElement>(html`<rsp-archive routing="none" page-size="2" .catalog=${catalog}></rsp-archive>`);
          await catalogShown(archive as HTMLElement & { updateComplete: Promise<unknown> });
          await waitUntil(() => archive.shadowRoot!.querySelector('rsp-training-list')?.shadowRoot?.querySelector('.card'), 'archive list');
          await settle();
          await visualDiff(archive, `archive-${theme}-${width}`);

          const player = await fixture<HTMLElement>(
            html`<rsp-training-player training="peer-roles-vimeo" .catalog=${await playerCatalog()}></rsp-training-player>`,
          );
          await waitUntil(() => player.shadowRoot!.querySelector('.toolbar'), 'player rendered');
          await settle();
          await visualDiff(player, `player-${theme}-${width}`);

          // An error without a URL in it (the test server's port changes from run to run).
          const error = await fixture<HTMLElement>(html`<rsp-catalog .catalog=${{ version: 1, trainings: [] }}></rsp-catalog>`);
          await waitUntil(() => error.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
          await settle();
          await visualDiff(error, `catalog-error-${theme}-${width}`);
        });
      });
    }
  }
});
