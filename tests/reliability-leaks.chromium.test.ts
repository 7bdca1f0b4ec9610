// What stays reachable after elements are removed, measured through Chromium's DevTools protocol (tests/commands.js,
// `rsp-heap`: a forced garbage collection, `Runtime.queryObjects`, the heap in use and Blink's DOM counters).
// Chromium only: Firefox has no such protocol (WebDriver BiDi can neither force a collection nor count objects), so
// there the lifecycle test's listener, timer and observer counts are what guards against leaks.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearCatalogStores } from '../src/catalog/store.js';
import '../src/components/archive.js';
import '../src/components/training-player.js';
import { clearStoredProgress, playerCatalog } from './player-helpers.js';

const CYCLES = 40;
/** What the page may keep after the cycles, beyond what it held after the warm-up ones. */
const HEAP_BOUND = 1e6;
const NODE_BOUND = 500;

/**
 * What is counted. Videos only of this document: Lit keeps each template it has prepared, the player's `<video>`
 * among them, in a `<template>`'s content, which belongs to a document of its own and never plays.
 */
const COUNT = {
  archives: { prototype: "customElements.get('rsp-archive').prototype" },
  players: { prototype: "customElements.get('rsp-training-player').prototype" },
  videos: { prototype: 'HTMLVideoElement.prototype', where: '(video) => video.ownerDocument === document' },
};
const NONE = { archives: 0, players: 0, videos: 0 };

interface Heap {
  counts: Record<keyof typeof COUNT, number>;
  heap: number;
  nodes: number;
  documents: number;
  jsEventListeners: number;
}

const measure = () => executeServerCommand<Heap, { count: typeof COUNT }>('rsp-heap', { count: COUNT });

/**
 * waitUntil, polling on animation frames: @open-wc's leaves a timeout pending that holds its condition, and so the
 * element the condition looks at, for its whole timeout.
 */
async function until(condition: () => unknown, message: string, timeout = 15000) {
  const deadline = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Starts the player's video, muted (as a page without a user gesture may), and waits until time really moves. */
async function play(player: Element) {
  let video: HTMLVideoElement | null | undefined;
  await until(() => (video = player.shadowRoot?.querySelector('video'))?.getAttribute('src'), 'the video has its source');
  video!.muted = true;
  await video!.play();
  await until(() => video!.currentTime > 0.1 && !video!.paused, 'the video plays');
}

/** A deep link into the detail view of a training, an archive mounted there, its video playing, and then removed. */
async function archiveCycle() {
  history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist`);
  const archive = document.createElement('rsp-archive');
  archive.setAttribute('src', '/demo/catalog.json');
  document.body.append(archive);
  let player: Element | null | undefined;
  await until(() => (player = archive.shadowRoot?.querySelector('rsp-training-player')), 'the detail view');
  await play(player!);
  archive.remove();
}

/** A player on its own (`attributes`), its video playing, and then removed. */
const playerCycle = (attributes: Record<string, string>) => async () => {
  const player = document.createElement('rsp-training-player');
  for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
  document.body.append(player);
  await play(player);
  player.remove();
};

async function leftAfter(cycle: () => Promise<void>) {
  // Warm-up: the catalog, the lazy chunks and the caption files load once per page, and are meant to stay.
  for (let each = 0; each < 2; each++) await cycle();
  const before = await measure();
  for (let each = 0; each < CYCLES; each++) await cycle();
  const after = await measure();
  return { before, after };
}

describe(`what ${CYCLES} removed elements leave reachable (Chromium: forced GC, queryObjects)`, () => {
  let original: string;
  beforeEach(() => (original = location.href));
  afterEach(() => {
    history.replaceState(null, '', original);
    clearCatalogStores();
    clearStoredProgress();
  });

  it(`<rsp-archive> in detail view with a playing video, mounted and removed ${CYCLES} times: nothing`, async function () {
    this.timeout(180000);
    const { before, after } = await leftAfter(archiveCycle);
    expect(after.counts, 'archives, players and videos still reachable').to.deep.equal(NONE);
    expect(after.heap - before.heap, 'JS heap growth in bytes').to.be.below(HEAP_BOUND);
    expect(after.nodes - before.nodes, 'DOM node growth').to.be.below(NODE_BOUND);
  });

  for (const [name, attributes] of [
    ['<rsp-training-player>', { src: '/demo/catalog.json', training: 'tist' }],
    ['<rsp-training-player hls="hls.js">', { src: playerCatalog, training: 'tist-hls', hls: 'hls.js' }],
  ] as const) {
    it(`${CYCLES} playing ${name}s, each removed: none reachable`, async function () {
      this.timeout(180000);
      const { before, after } = await leftAfter(playerCycle(attributes));
      expect(after.counts, 'players and videos still reachable').to.deep.equal(NONE);
      expect(after.heap - before.heap, 'JS heap growth in bytes').to.be.below(HEAP_BOUND);
      expect(after.nodes - before.nodes, 'DOM node growth').to.be.below(NODE_BOUND);
    });
  }
});
