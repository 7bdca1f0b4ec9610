import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearCatalogStores } from '../src/catalog/store.js';
import '../src/components/training-player.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';
import { everything } from './page.js';
import { blockStorage, clearStoredProgress, playerCatalog } from './player-helpers.js';

/** Replaces `Storage.prototype` methods with ones that throw `error`, until the returned function is called. */
function throwingStorage(error: () => Error): () => void {
  const saved = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
  for (const name of Object.keys(saved) as (keyof typeof saved)[]) {
    Storage.prototype[name] = () => {
      throw error();
    };
  }
  return () => Object.assign(Storage.prototype, saved);
}

/** Uses every element of an everything() page as a viewer would: search, play, advisory, handout, archive. */
async function useEverything(page: HTMLElement) {
  const list = page.querySelector('rsp-training-list')!;
  const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  search.value = 'sensory';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(list.shadowRoot!.querySelector('.result-summary')!.textContent).to.match(/of [1-9]\d* trainings?/);

  const player = page.querySelector<RspTrainingPlayer>('rsp-training-player')!;
  await waitUntil(() => player.shadowRoot?.querySelector('video'), 'player rendered');
  const video = player.shadowRoot!.querySelector('video')!;
  video.muted = true;
  const played = oneEvent(player, 'rsp-play');
  await video.play();
  await played;
  await waitUntil(() => video.currentTime > 0.3, 'video plays', { timeout: 8000 });
  const paused = oneEvent(player, 'rsp-progress'); // progress is reported on pause, stored or not
  video.pause();
  await paused;
  expect(player.shadowRoot!.textContent).not.to.include('Resume at');

  const handouts = page.querySelector('rsp-handouts')!;
  const stay = (event: Event) => event.preventDefault();
  document.addEventListener('click', stay);
  const opened = oneEvent(handouts, 'rsp-material-open');
  handouts.shadowRoot!.querySelector('a')!.click();
  await opened;
  document.removeEventListener('click', stay);

  // The archive: a training with a content advisory; continuing past it works without storage to remember it.
  const archive = page.querySelector('rsp-archive')!;
  const archiveList = archive.shadowRoot!.querySelector('rsp-training-list')!;
  const card = [...archiveList.shadowRoot!.querySelectorAll<HTMLElement>('.card .title button')].find((button) =>
    button.textContent!.includes('Debriefing'),
  )!;
  card.click();
  await waitUntil(() => archive.shadowRoot!.querySelector('.detail rsp-training-player')?.shadowRoot?.querySelector('.stage'), 'detail');
  const detailPlayer = archive.shadowRoot!.querySelector<RspTrainingPlayer>('.detail rsp-training-player')!;
  const advisory = detailPlayer.shadowRoot!.querySelector<HTMLElement>('[part="advisory"] button')!;
  expect(advisory, 'the advisory is shown').to.exist;
  advisory.click();
  await detailPlayer.updateComplete;
  expect(detailPlayer.shadowRoot!.querySelector('[part="advisory"]')).to.equal(null);
}

describe('when localStorage throws', () => {
  let errors: string[];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  beforeEach(() => {
    clearStoredProgress();
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    clearCatalogStores();
    expect(errors).to.deep.equal([]);
  });

  it('every element works when storage is full (every read and write throws QuotaExceededError)', async function () {
    this.timeout(30000);
    const restore = throwingStorage(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    try {
      await useEverything(await everything());
    } finally {
      restore();
    }
  });

  it('every element works when storage is disabled (reading localStorage throws SecurityError)', async function () {
    this.timeout(30000);
    const restore = blockStorage();
    try {
      await useEverything(await everything());
    } finally {
      restore();
    }
  });
});

describe('privacy', () => {
  afterEach(() => clearCatalogStores());

  it('sets no cookie and requests nothing from another host before a click — YouTube facade included', async function () {
    this.timeout(30000);
    const cookiesBefore = document.cookie;
    const hosts = new Set<string>();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) hosts.add(new URL(entry.name).host);
    });
    observer.observe({ type: 'resource', buffered: true });
    try {
      const page = await everything();
      const youtube = await fixture<RspTrainingPlayer>(
        html`<rsp-training-player src=${playerCatalog} training="debriefing-youtube"></rsp-training-player>`,
      );
      await waitUntil(() => youtube.shadowRoot?.querySelector('[part="facade"]'), 'facade shown');
      const player = page.querySelector<RspTrainingPlayer>('rsp-training-player')!;
      const video = player.shadowRoot!.querySelector('video')!;
      video.muted = true;
      await video.play();
      await waitUntil(() => video.currentTime > 0.3, 'video plays', { timeout: 8000 });
      video.pause();
      await new Promise((resolve) => setTimeout(resolve, 500)); // room for anything lazy to start
      for (const entry of performance.getEntriesByType('resource')) hosts.add(new URL(entry.name).host);
      // The catalog, its media and the library all come from the page's own host here; nothing else was asked for.
      expect([...hosts]).to.deep.equal([location.host]);
      expect(youtube.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(document.cookie).to.equal(cookiesBefore);
      expect(document.cookie).to.equal('');
    } finally {
      observer.disconnect();
    }
  });
});
