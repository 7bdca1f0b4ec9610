/**
 * Embeds that report: once the viewer presses play on a YouTube or Vimeo facade, the player follows the provider's
 * player through its postMessage protocol and reports it as it reports a video — `rsp-play`, `rsp-progress`,
 * `rsp-complete` by the same rules of real watching (a skip to the end completes nothing), stored progress and resume,
 * and the transcript following its time. The providers' players are stood in for by tests/server.js (`standIn`): a
 * demo clip that speaks each protocol, served from this origin, so no request leaves the machine.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { EMBED_HOSTS } from '../src/player/facade.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';
import { button, clearStoredProgress, clickOn, renderPlayer } from './player-helpers.js';

const ORIGINAL = { ...EMBED_HOSTS };
type Heard = { type: string; detail: any };

function listen(element: Element) {
  const heard: Heard[] = [];
  for (const type of ['rsp-play', 'rsp-pause', 'rsp-progress', 'rsp-complete']) {
    element.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail }));
  }
  return heard;
}

/** Presses the facade's play button, as a viewer does, and returns the stand-in's video once it plays. */
async function pressPlay(element: RspTrainingPlayer) {
  await clickOn(element.shadowRoot!.querySelector('button.facade')!);
  await waitUntil(() => element.shadowRoot!.querySelector('iframe')?.contentDocument?.querySelector('video'), 'the stand-in player loads', { timeout: 10000 });
  const frame = element.shadowRoot!.querySelector('iframe')!;
  const video = frame.contentDocument!.querySelector('video')!;
  await waitUntil(() => video.readyState >= 1, 'the stand-in has its clip', { timeout: 10000 });
  return { frame, video };
}

const completions = (heard: Heard[]) => heard.filter((each) => each.type === 'rsp-complete').map((each) => each.detail.scope);

describe('<rsp-training-player> embeds that report', () => {
  before(() => {
    EMBED_HOSTS.youtube = `${location.origin}/test-server/embed-youtube`;
    EMBED_HOSTS.vimeo = `${location.origin}/test-server/embed-vimeo`;
  });
  after(() => Object.assign(EMBED_HOSTS, ORIGINAL));
  beforeEach(clearStoredProgress);

  it('YouTube: watched to the end, play, progress and one completion; the transcript follows its time', async function () {
    this.timeout(30000);
    const element = await renderPlayer('debriefing-youtube');
    const heard = listen(element);
    const { video } = await pressPlay(element);
    video.playbackRate = 2;
    await waitUntil(() => heard.some((each) => each.type === 'rsp-play'), 'rsp-play', { timeout: 5000 });
    // The transcript's current cue follows the embed's time (the demo clip's captions: the second cue from 4.2 s).
    button(element, 'Transcript').click();
    await waitUntil(() => element.shadowRoot!.querySelector('.cue'), 'transcript cues', { timeout: 5000 });
    const current = () => element.shadowRoot!.querySelector('.cue[aria-current]')?.textContent ?? '';
    await waitUntil(() => video.currentTime > 4.5 && video.currentTime < 7 && /0:04/.test(current()), 'the cue of 0:04 is current', { timeout: 10000 });
    await waitUntil(() => video.ended, 'the clip ends', { timeout: 15000 });
    await waitUntil(() => completions(heard).length === 2, 'session and training complete', { timeout: 5000 });
    expect(completions(heard)).to.deep.equal(['session', 'training']);
    const last = heard.filter((each) => each.type === 'rsp-progress').pop()!;
    expect(last.detail.watchedRatio).to.be.greaterThan(0.9);
    expect(last.detail.sessionId).to.equal('webinar');
    await expect(element).to.be.accessible();
  });

  it('YouTube: a skip to the end and its last seconds played complete nothing', async function () {
    this.timeout(30000);
    const element = await renderPlayer('debriefing-youtube');
    const heard = listen(element);
    const { video } = await pressPlay(element);
    await waitUntil(() => !video.paused, 'it plays', { timeout: 5000 });
    video.currentTime = video.duration - 1.5; // the viewer drags YouTube's own bar to the end
    await waitUntil(() => video.ended, 'the clip ends', { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(completions(heard)).to.deep.equal([]);
    expect(heard.some((each) => each.type === 'rsp-play')).to.equal(true);
  });

  it('Vimeo: watched to the end completes once; the next visit starts where the viewer left off', async function () {
    this.timeout(40000);
    let element = await renderPlayer('peer-roles-vimeo');
    let heard = listen(element);
    let { video } = await pressPlay(element);
    video.playbackRate = 2;
    await waitUntil(() => !video.paused && video.currentTime > 6, 'played to 6 s', { timeout: 10000 });
    video.pause();
    await waitUntil(() => heard.some((each) => each.type === 'rsp-pause'), 'rsp-pause', { timeout: 5000 });
    const left = video.currentTime;
    expect(completions(heard)).to.deep.equal([]);

    // Another visit: the facade's play starts the embed where the viewer left off.
    element.remove();
    element = await renderPlayer('peer-roles-vimeo');
    heard = listen(element);
    ({ video } = await pressPlay(element));
    const frame = element.shadowRoot!.querySelector('iframe')!;
    expect(frame.src).to.match(new RegExp(`#t=${Math.floor(left)}s$`));
    await waitUntil(() => !video.paused, 'it plays', { timeout: 5000 });
    video.playbackRate = 2;
    await waitUntil(() => video.ended, 'the clip ends', { timeout: 15000 });
    // From 6 s on in this visit plus the first 6 s of the last: real watching of the whole clip.
    await waitUntil(() => completions(heard).length === 2, 'session and training complete', { timeout: 5000 });
    expect(completions(heard)).to.deep.equal(['session', 'training']);
    await expect(element).to.be.accessible();
  });
});
