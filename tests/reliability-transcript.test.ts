import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { button, clearStoredProgress, clickOn, metadata, renderPlayer, videoOf } from './player-helpers.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';

/** Trainings whose transcripts are hard on a player: cues that overlap, and 50,000 cues (tests/server.js makes them). */
const catalog = new URL('/test-server/file/catalog-transcripts.json', location.href).href;

const cues = (element: RspTrainingPlayer) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('#transcript .cue')];
const text = (cue: Element | null | undefined) => cue?.querySelector('.text')?.textContent?.replace(/\s+/g, ' ').trim();
const current = (element: RspTrainingPlayer) => text(element.shadowRoot!.querySelector('#transcript [aria-current]'));

/** The element `selector` finds in `panel` is inside the transcript's scrolling box, and shown. */
function inView(panel: HTMLElement, selector: string) {
  const item = panel.querySelector(selector)?.getBoundingClientRect();
  const list = panel.querySelector('.cue-scroller')!.getBoundingClientRect();
  return !!item && item.height > 0 && item.top >= list.top - 1 && item.bottom <= list.bottom + 1;
}

async function openTranscript(element: RspTrainingPlayer) {
  const toggle = button(element, 'Transcript');
  toggle.click();
  await element.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  return element.shadowRoot!.getElementById('transcript')!;
}

describe('<rsp-training-player> with a long or tangled transcript', () => {
  beforeEach(clearStoredProgress);
  afterEach(clearStoredProgress);

  it('opens a 50,000-cue transcript at its first cues, and renders only the cues near the view', async function () {
    this.timeout(40000);
    const element = await renderPlayer('long-transcript', { src: catalog });
    const panel = await openTranscript(element);
    await waitUntil(() => text(cues(element)[0])?.startsWith('Cue 1:'), 'the first cue shown', { timeout: 30000 });
    const first = panel.querySelector('.cues > li')!;
    // A screen reader still hears where it is in the whole list: "1 of 50,000".
    expect([first.getAttribute('aria-posinset'), first.getAttribute('aria-setsize')]).to.deep.equal(['1', '50000']);
    expect(text(cues(element)[1])).to.match(/^Cue 2:/);
    // A window of cues, not 50,000 buttons (each costs layout and memory when the panel opens).
    expect(cues(element).length).to.be.within(5, 300);
    await expect(element).to.be.accessible();
    // Tab walks the cues past the first window: each one focused comes into view and the window follows it.
    cues(element)[0].focus();
    for (let step = 0; step < 60; step++) await sendKeys({ press: 'Tab' });
    const focused = element.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.classList.contains('cue')).to.equal(true);
    expect(focused!.closest('li')!.getAttribute('aria-posinset')).to.equal('61');
    // Scrolled far away (by wheel, or by playback), the window moves on and focus stays on that cue.
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('#transcript .cue-scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    const far = () => Number(cues(element).at(-1)!.closest('li')!.getAttribute('aria-posinset')) > 20000;
    await waitUntil(far, 'the window moved', { timeout: 10000 });
    expect(element.shadowRoot!.activeElement === focused).to.equal(true);
    expect(focused!.isConnected).to.equal(true);
  });

  it('finds a cue deep in a 50,000-cue transcript, announces the count, and seeks to it when clicked', async function () {
    this.timeout(40000);
    const element = await renderPlayer('long-transcript', { src: catalog });
    const video = videoOf(element);
    const panel = await openTranscript(element);
    await waitUntil(() => panel.querySelector('input[type="search"]'), 'the transcript loaded', { timeout: 30000 });
    const status = panel.querySelector('[role="status"]')!;
    panel.querySelector('input')!.focus();
    await sendKeys({ type: 'zeppelin' });
    await waitUntil(() => status.textContent === '1 match', 'one match announced', { timeout: 10000 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent === 'Match 1 of 1', 'the match reached', { timeout: 10000 });
    // Reached: the matching cue is in the list, in view, with the word marked.
    await waitUntil(() => panel.querySelector('.active-match'), 'the matching cue rendered', { timeout: 10000 });
    const match = panel.querySelector<HTMLElement>('.active-match')!;
    expect(text(match)).to.match(/^Cue 43210: /);
    expect(match.querySelector('mark')!.textContent).to.equal('zeppelin');
    await waitUntil(() => inView(panel, '.active-match'), 'the match scrolled into view', { timeout: 10000 });
    await metadata(video);
    const seeked = oneEvent(video, 'seeked');
    await clickOn(panel.querySelector('.active-match')!);
    await seeked;
    expect(video.currentTime).to.be.closeTo(8.642, 0.05);
    // The cue playing now (one of those starting at 8.642 s) is marked, in view.
    await waitUntil(() => current(element)?.startsWith('Cue 432'), 'a cue near 8.642 s current', { timeout: 10000 });
    expect(inView(panel, '[aria-current]')).to.equal(true);
    await expect(element).to.be.accessible();
    // Closed while playback moves far back, then opened again: the list shows the cue playing now.
    const toggle = button(element, 'Transcript');
    toggle.click();
    await element.updateComplete;
    video.currentTime = 1;
    await oneEvent(video, 'seeked');
    await waitUntil(() => !current(element)?.startsWith('Cue 432'), 'the mark moved while closed', { timeout: 10000 });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    toggle.click();
    await waitUntil(() => /^Cue (499\d|500\d):/.test(current(element) ?? ''), 'the cue at 1 s current', { timeout: 10000 });
    await waitUntil(() => inView(panel, '[aria-current]'), 'the current cue in view when reopened', { timeout: 10000 });
  });

  it('marks the latest-starting active cue current when cues overlap', async () => {
    const element = await renderPlayer('overlapping', { src: catalog });
    const video = videoOf(element);
    await openTranscript(element);
    await waitUntil(() => cues(element).length === 2, 'both cues listed', { timeout: 10000 });
    await metadata(video);
    const at = async (seconds: number) => {
      video.currentTime = seconds;
      await oneEvent(video, 'seeked');
    };
    const long = 'The long cue runs from two seconds to nine.';
    const short = 'A short cue inside it.';
    await at(6);
    await waitUntil(() => current(element) === long, `the long cue current at 6 s (was ${current(element)})`, { timeout: 5000 });
    await at(3.5);
    await waitUntil(() => current(element) === short, 'the short cue current at 3.5 s', { timeout: 5000 });
    await at(6);
    await waitUntil(() => current(element) === long, 'the long cue current again at 6 s', { timeout: 5000 });
    expect(element.shadowRoot!.querySelectorAll('#transcript [aria-current]').length).to.equal(1);
    await expect(element).to.be.accessible();
  });
});
