// Every YouTube or Vimeo recording needs its own press of its own play button before anything is asked of those
// hosts (issue 15, item 4), and that press starts the recording where the page asked (`start`, a deep link's `t`).
// No network here: the tests read the iframe's address and never wait for it to load (an unreachable host fails
// quietly inside the frame).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/archive.js';
import type { RspArchive } from '../src/components/archive.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';
import { served } from './helpers.js';
import { button, clearStoredProgress, clickOn, renderPlayer } from './player-helpers.js';

const embedsCatalog = served('catalog-embeds.json');
const THIRD_PARTY = /youtube|ytimg|vimeo|vimeocdn|googlevideo/;
const PART_2 = 'bbbbbbbbbb2';
const KEYNOTE = '111111111';

/**
 * Records every iframe address that appears in `root` — even one rendered for a single frame and removed at once,
 * which a look at the DOM afterwards would miss — and every resource the page fetches from a video host from now on.
 */
function watchEmbeds(root: ShadowRoot) {
  const frames: string[] = [];
  const resources: string[] = [];
  const record = (mutations: MutationRecord[]) => {
    for (const mutation of mutations) {
      for (const node of mutation.type === 'attributes' ? [mutation.target] : mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        const iframes = node.matches('iframe') ? [node] : node.querySelectorAll('iframe');
        for (const iframe of iframes) frames.push(iframe.getAttribute('src') ?? '');
      }
    }
  };
  const mutations = new MutationObserver(record);
  mutations.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
  const entries = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (THIRD_PARTY.test(new URL(entry.name).hostname)) resources.push(entry.name);
  });
  entries.observe({ type: 'resource' });
  return {
    frames,
    /** Requests for the recording `id` (the one pressed before may still report its own). */
    requestsFor: (id: string) => resources.filter((name) => name.includes(id)),
    stop() {
      record(mutations.takeRecords());
      mutations.disconnect();
      entries.disconnect();
    },
  };
}

const facade = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part="facade"]');
const iframe = (root: ShadowRoot) => root.querySelector('iframe');
const label = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

/** Lets a render that follows this one (a state reset in `updated`, say) happen before we look. */
async function settled(element: RspTrainingPlayer) {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
}

/** Presses the facade with the mouse and returns the iframe that replaces it. */
async function playWithMouse(root: ShadowRoot) {
  await clickOn(facade(root)!);
  await waitUntil(() => iframe(root), 'iframe after the press', { timeout: 10000 });
  return iframe(root)!;
}

describe('YouTube and Vimeo: one press per recording', () => {
  beforeEach(clearStoredProgress);

  it('shows the next session\'s own play button after a YouTube session played, and no iframe until it is pressed', async () => {
    const element = await renderPlayer('grand-rounds-youtube', { src: embedsCatalog });
    const root = element.shadowRoot!;
    await playWithMouse(root);

    const watch = watchEmbeds(root);
    await clickOn(button(element, 'Next session'));
    await waitUntil(() => root.querySelector('.session')!.textContent!.includes('Part 2'), 'session 2 shown', { timeout: 10000 });
    await settled(element);
    watch.stop();
    expect(label(facade(root)!)).to.equal("Play Part 2: Changing the unit's routines (loads YouTube)");
    expect(iframe(root)).to.equal(null);
    expect(watch.frames, 'iframes rendered before the press').to.deep.equal([]);
    expect(watch.requestsFor(PART_2)).to.deep.equal([]);
    await expect(element).to.be.accessible();

    // Its own press plays it, from its beginning: `start` and a deep link's time belong to the first session shown.
    const src = new URL((await playWithMouse(root)).src);
    expect(src.origin + src.pathname).to.equal(`https://www.youtube-nocookie.com/embed/${PART_2}`);
    expect(src.searchParams.get('autoplay')).to.equal('1');
    expect(src.searchParams.get('start')).to.equal(null);

    // Going back needs a press again too.
    const back = watchEmbeds(root);
    await clickOn(button(element, 'Previous session'));
    await waitUntil(() => root.querySelector('.session')!.textContent!.includes('Part 1'), 'session 1 shown', { timeout: 10000 });
    await settled(element);
    back.stop();
    expect(label(facade(root)!)).to.equal('Play Part 1: Looking back at a restraint (loads YouTube)');
    expect(back.frames).to.deep.equal([]);
  });

  it('shows a Vimeo training\'s play button, and no iframe, when `training` changes after a YouTube one played', async () => {
    const element = await renderPlayer('grand-rounds-youtube', { src: embedsCatalog });
    const root = element.shadowRoot!;
    await playWithMouse(root);

    const watch = watchEmbeds(root);
    element.setAttribute('training', 'peer-roles-vimeo');
    await waitUntil(() => root.querySelector('[part="title"]')?.textContent!.includes('Peer roles'), 'Vimeo training shown', {
      timeout: 10000,
    });
    await settled(element);
    watch.stop();
    expect(label(facade(root)!)).to.equal('Play Keynote (loads Vimeo)');
    expect(iframe(root)).to.equal(null);
    expect(watch.frames, 'iframes rendered before the press').to.deep.equal([]);
    expect(watch.requestsFor(KEYNOTE)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('starts YouTube at `start` when its play button is pressed with Enter', async () => {
    const element = await renderPlayer('grand-rounds-youtube', { src: embedsCatalog, start: '1:30' });
    const root = element.shadowRoot!;
    const recorder = watchEmbeds(root);
    await settled(element);
    expect(iframe(root)).to.equal(null);
    expect(recorder.frames).to.deep.equal([]);

    facade(root)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => iframe(root), 'iframe after Enter', { timeout: 10000 });
    recorder.stop();
    const src = new URL(iframe(root)!.src);
    expect(src.origin + src.pathname).to.equal('https://www.youtube-nocookie.com/embed/aaaaaaaaaa1');
    expect(src.searchParams.get('autoplay')).to.equal('1');
    expect(src.searchParams.get('start')).to.equal('90');
    expect(recorder.frames).to.deep.equal([iframe(root)!.getAttribute('src')]);
    expect(root.activeElement === iframe(root), 'focus on the player').to.equal(true);
  });

  it('starts Vimeo at `start` when its play button is clicked', async () => {
    const element = await renderPlayer('peer-roles-vimeo', { src: embedsCatalog, start: '1:30' });
    const root = element.shadowRoot!;
    expect(iframe(root)).to.equal(null);
    const frame = await playWithMouse(root);
    expect(frame.src).to.equal(`https://player.vimeo.com/video/${KEYNOTE}?dnt=1&autoplay=1#t=90s`);
  });
});

describe('<rsp-archive> deep links to YouTube and Vimeo', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
    clearStoredProgress();
  });
  afterEach(() => history.replaceState(null, '', original));

  /** The archive opened at `hash`, once its detail view (a lazy chunk) shows the player's play button. */
  async function openAt(hash: string) {
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    // A URL of its own: the page-wide catalog cache would answer a URL already loaded without a new load event.
    container.innerHTML = `<rsp-archive src="${embedsCatalog}?test=${Math.random().toString(36).slice(2)}"></rsp-archive>`;
    const element = container.querySelector<RspArchive>('rsp-archive')!;
    await oneEvent(element, 'rsp-catalog-load');
    await waitUntil(() => element.shadowRoot!.querySelector('rsp-training-player')?.shadowRoot?.querySelector('[part="facade"]'), 'play button', {
      timeout: 10000,
    });
    const player = element.shadowRoot!.querySelector('rsp-training-player')!;
    await settled(player);
    expect(iframe(player.shadowRoot!), 'no iframe before the press').to.equal(null);
    return player.shadowRoot!;
  }

  it('starts YouTube at the link\'s time when its play button is pressed with Space', async () => {
    const root = await openAt('#rsp/grand-rounds-youtube/part-2?t=90');
    facade(root)!.focus();
    await sendKeys({ type: ' ' }); // Firefox's driver knows no "Space" key name
    await waitUntil(() => iframe(root), 'iframe after Space', { timeout: 10000 });
    const src = new URL(iframe(root)!.src);
    expect(src.pathname).to.equal(`/embed/${PART_2}`);
    expect(src.searchParams.get('autoplay')).to.equal('1');
    expect(src.searchParams.get('start')).to.equal('90');
  });

  it('starts Vimeo at the link\'s time when its play button is clicked', async () => {
    const root = await openAt('#rsp/peer-roles-vimeo?t=90');
    const frame = await playWithMouse(root);
    expect(frame.src).to.equal(`https://player.vimeo.com/video/${KEYNOTE}?dnt=1&autoplay=1#t=90s`);
  });
});
