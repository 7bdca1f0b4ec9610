import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import Hls from 'hls.js/dist/hls.light.mjs';
import { clearCatalogStores } from '../src/catalog/store.js';
import '../src/components/archive.js';
import '../src/components/catalog.js';
import '../src/components/handouts.js';
import '../src/components/training-list.js';
import '../src/components/training-player.js';
import { clearStoredProgress, playerCatalog } from './player-helpers.js';

const CYCLES = 500;

/**
 * What a page keeps alive for an element: listeners on window and document, pending timeouts and intervals,
 * observing Mutation/Resize/IntersectionObservers, and hls.js instances not destroyed. Counted by wrapping the
 * platform (and hls.js's prototype) while the tests run.
 */
class Leaks {
  listeners = new Set<string>();
  timers = new Set<number>();
  observers = new Set<object>();
  hls = new Set<object>();
  private ids = new WeakMap<object, number>();
  private next = 0;
  private restore: (() => void)[] = [];

  private id(value: object) {
    if (!this.ids.has(value)) this.ids.set(value, this.next++);
    return this.ids.get(value);
  }

  install() {
    for (const target of [window, document] as EventTarget[]) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const name = target === window ? 'window' : 'document';
      const key = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
        `${name} ${type} ${this.id(listener as object)} ${typeof options === 'boolean' ? options : !!options?.capture}`;
      target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
        if (listener && !(typeof options === 'object' && options.once)) this.listeners.add(key(type, listener, options));
        add.call(target, type, listener, options);
      };
      target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
        if (listener) this.listeners.delete(key(type, listener, options));
        remove.call(target, type, listener, options);
      };
      this.restore.push(() => {
        delete (target as Partial<EventTarget>).addEventListener;
        delete (target as Partial<EventTarget>).removeEventListener;
      });
    }
    const { setTimeout, clearTimeout, setInterval, clearInterval } = window;
    const timers = this.timers;
    window.setTimeout = ((callback: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id: number = setTimeout(
        (...args: unknown[]) => {
          timers.delete(id);
          if (typeof callback === 'function') callback(...args);
        },
        ms,
        ...rest,
      );
      timers.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      timers.delete(id!);
      clearTimeout(id);
    }) as typeof window.clearTimeout;
    window.setInterval = ((callback: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id = setInterval(callback, ms, ...rest);
      timers.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      timers.delete(id!);
      clearInterval(id);
    }) as typeof window.clearInterval;
    this.restore.push(() => Object.assign(window, { setTimeout, clearTimeout, setInterval, clearInterval }));
    for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
      const Original = window[name] as unknown as { new (...args: never[]): { observe(...args: unknown[]): void; disconnect(): void } };
      const observers = this.observers;
      (window as unknown as Record<string, unknown>)[name] = class extends Original {
        override observe(...args: unknown[]) {
          observers.add(this);
          super.observe(...args);
        }
        override disconnect() {
          observers.delete(this);
          super.disconnect();
        }
      };
      this.restore.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
    }
    const { attachMedia, destroy } = Hls.prototype;
    const hls = this.hls;
    Hls.prototype.attachMedia = function (this: Hls, ...args: Parameters<Hls['attachMedia']>) {
      hls.add(this);
      return attachMedia.apply(this, args);
    };
    Hls.prototype.destroy = function (this: Hls) {
      hls.delete(this);
      return destroy.call(this);
    };
    this.restore.push(() => Object.assign(Hls.prototype, { attachMedia, destroy }));
  }

  uninstall() {
    for (const undo of this.restore.reverse()) undo();
  }

  snapshot() {
    return { listeners: [...this.listeners].sort(), timers: new Set(this.timers), observers: this.observers.size, hls: this.hls.size };
  }

  /** What is alive now that was not at `before` (timers pending then may have run since). */
  since(before: ReturnType<Leaks['snapshot']>) {
    const now = this.snapshot();
    return { ...now, timers: [...now.timers].filter((id) => !before.timers.has(id)).length };
  }
}

const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** waitUntil, without timers of its own (it leaves its timeout pending, which would count as ours). */
async function until(condition: () => unknown, message: string, timeout = 10000) {
  const deadline = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timeout: ${message}`);
    await settle();
  }
}

type Litish = HTMLElement & { updateComplete: Promise<boolean> };

const CASES: { name: string; make: () => Litish; ready: (element: Litish) => unknown }[] = [
  {
    name: '<rsp-catalog>',
    make: () => Object.assign(document.createElement('rsp-catalog'), { src: '/demo/catalog.json' }),
    ready: (element) => element.shadowRoot?.querySelector('slot') && !element.hasAttribute('aria-busy'),
  },
  {
    name: '<rsp-training-list>',
    make: () => Object.assign(document.createElement('rsp-training-list'), { src: '/demo/catalog.json' }),
    ready: (element) => element.shadowRoot?.querySelector('.card .title'),
  },
  {
    name: '<rsp-training-player>',
    make: () => Object.assign(document.createElement('rsp-training-player'), { src: playerCatalog, training: 'tist' }),
    ready: (element) => element.shadowRoot?.querySelector('video')?.getAttribute('src'),
  },
  {
    name: '<rsp-training-player hls="hls.js">',
    make: () => Object.assign(document.createElement('rsp-training-player'), { src: playerCatalog, training: 'tist-hls', hls: 'hls.js' as const }),
    ready: (element) => element.shadowRoot?.querySelector('video')?.src.startsWith('blob:'),
  },
  {
    name: '<rsp-handouts>',
    make: () => Object.assign(document.createElement('rsp-handouts'), { src: '/demo/catalog.json', training: 'tist' }),
    ready: (element) => element.shadowRoot?.querySelector('a'),
  },
  {
    name: '<rsp-archive>',
    make: () => Object.assign(document.createElement('rsp-archive'), { src: '/demo/catalog.json', routing: 'none' as const }),
    ready: (element) => element.shadowRoot?.querySelector('rsp-training-list')?.shadowRoot?.querySelector('.card .title'),
  },
];

describe(`${CYCLES} connect/disconnect cycles`, () => {
  const leaks = new Leaks();
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    leaks.install();
  });
  after(() => {
    leaks.uninstall();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    clearCatalogStores();
    clearStoredProgress();
  });
  beforeEach(() => (errors = []));

  for (const { name, make, ready } of CASES) {
    it(`of ${name} leave no listener, timer, observer or hls.js instance behind, raise nothing, and it still works`, async function () {
      this.timeout(90000);
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const before = leaks.snapshot();
      const element = make();
      host.append(element);
      await until(() => ready(element), `${name} ready`);
      const heapBefore = heap();
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        element.remove();
        host.append(element);
        await element.updateComplete;
      }
      element.remove();
      await settle();
      // Let timers that end on their own (the list's 600 ms announcement, for one) run out.
      const waited = performance.now();
      await until(() => performance.now() - waited > 800, 'timers run out');
      expect(leaks.since(before), 'left behind after removal').to.deep.equal({ ...before, timers: 0 });
      const heapAfter = heap();
      if (heapBefore !== undefined && heapAfter !== undefined) {
        // Loose: no garbage collection can be forced from the page, so this catches only a runaway leak.
        expect(heapAfter - heapBefore, 'heap growth in bytes').to.be.below(50e6);
      }

      // Connected once more, it still does its job.
      host.append(element);
      await waitUntil(() => ready(element), `${name} works again`, { timeout: 10000 });
      const video = element.shadowRoot!.querySelector('video');
      if (video) {
        video.muted = true;
        await waitUntil(() => video.readyState >= 1, `${name} metadata`, { timeout: 10000 });
        await video.play();
        await waitUntil(() => video.currentTime > 0.2, `${name} plays again`, { timeout: 10000 });
        video.pause();
      }
      element.remove();
      await settle();
      expect(errors).to.deep.equal([]);
    });
  }

  it('a playing player moved in the page (out and back in one task) plays on; removed, it lets go of its video; put back later, it plays again', async function () {
    this.timeout(30000);
    const host = await fixture<HTMLElement>(html`<div><div class="a"></div><div class="b"></div></div>`);
    const player = Object.assign(document.createElement('rsp-training-player'), { src: playerCatalog, training: 'tist' });
    host.querySelector('.a')!.append(player);
    const playing = async () => {
      let video: HTMLVideoElement | null | undefined;
      await until(() => (video = player.shadowRoot?.querySelector('video'))?.getAttribute('src'), 'the video has its source');
      video!.muted = true;
      await video!.play();
      await until(() => video!.currentTime > 0.2, 'it plays');
      return video!;
    };
    const video = await playing();
    // The browser picks the `default` captions track: English shows.
    await until(() => video.textTracks[0]?.mode === 'showing', 'captions show');

    const time = video.currentTime;
    host.querySelector('.b')!.append(player); // a move: disconnected and connected again in one task
    await until(() => video.currentTime > time + 0.3, 'it plays on after the move');
    expect(player.shadowRoot!.querySelector('video'), 'the same video').to.equal(video);
    expect(video.paused).to.equal(false);
    expect(video.textTracks[0].mode).to.equal('showing');

    player.remove();
    await settle();
    // Removed for good: paused, its source and text tracks released, so that nothing keeps it (and the player) alive.
    expect(video.paused, 'paused').to.equal(true);
    expect(video.hasAttribute('src'), 'source released').to.equal(false);
    expect([...video.textTracks].map((track) => track.mode), 'text tracks').to.deep.equal(['disabled', 'disabled']);

    host.append(player);
    const again = await playing();
    expect(again, 'a fresh video').not.to.equal(video);
    await until(() => again.textTracks[0]?.mode === 'showing', 'captions show again');
    again.pause();
    player.remove();
    await settle();
    expect(errors).to.deep.equal([]);
  });
});
