/**
 * Journey: a viewer follows shared links into the archive, leaves without watching, comes back, then really watches
 * a training to the end. The host page's LMS listener (on `document`) must receive a completion only for real
 * watching, exactly once.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogStores } from '../../src/catalog/store.js';
import '../../src/components/archive.js';
import type { RspArchive } from '../../src/components/archive.js';
import type { RspTrainingPlayer } from '../../src/components/training-player.js';
import type { CompleteDetail } from '../../src/events.js';
import { shadowText } from '../helpers.js';
import { clearStoredProgress, metadata, videoOf } from '../player-helpers.js';
import { PATIENCE } from './harness.js';

const NURSES = 'trauma-informed-care-for-nurses';
const DATA = 'using-data-to-inform-practice';

let visits = 0;

/** Opens the demo archive at `hash`, as a page load (or reload) of that address does. */
async function openArchive(hash: string) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // A URL of its own per visit: a catalog already loaded on this page would not announce itself again.
  container.innerHTML = `<rsp-archive src="/demo/catalog.json?visit=${++visits}"></rsp-archive>`;
  const element = container.querySelector('rsp-archive')!;
  await oneEvent(element, 'rsp-catalog-load');
  await element.updateComplete;
  return element;
}

/** Leaves the page: the archive goes away as it does on navigation (`pagehide`, then removal). */
function leave(element: RspArchive) {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  element.closest('div')!.remove();
}

async function playerOf(element: RspArchive) {
  await waitUntil(
    () => element.shadowRoot!.querySelector<RspTrainingPlayer>('rsp-training-player')?.shadowRoot?.querySelector('video'),
    'player rendered',
    { timeout: 8000 },
  );
  const player = element.shadowRoot!.querySelector<RspTrainingPlayer>('rsp-training-player')!;
  const video = videoOf(player);
  await metadata(video);
  return { player, video };
}

/** Chooses the fastest speed in the toolbar and starts playing with the `k` key, as a keyboard user does. */
async function playFast(player: RspTrainingPlayer, video: HTMLVideoElement) {
  const speed = [...player.shadowRoot!.querySelectorAll('select')].find((select) => select.closest('label')!.textContent!.includes('Speed'))!;
  speed.value = '2';
  speed.dispatchEvent(new Event('change'));
  video.focus();
  await sendKeys({ press: 'k' });
  await waitUntil(() => !video.paused, 'playing', { timeout: 5000 });
}

const stored = (trainingId: string) => localStorage.getItem(`rsp-archive:progress:${trainingId}`);

describe('journey: come back and complete', () => {
  let original: string;
  const completions: CompleteDetail[] = [];
  const onComplete = (event: Event) => completions.push((event as CustomEvent<CompleteDetail>).detail);

  beforeEach(() => {
    original = location.href;
    completions.length = 0;
    clearStoredProgress();
    document.addEventListener('rsp-complete', onComplete);
  });
  afterEach(() => {
    document.removeEventListener('rsp-complete', onComplete);
    history.replaceState(null, '', original);
    clearCatalogStores();
    clearStoredProgress();
  });

  it('a shared link opened and left without playing leaves no watched time, no resume offer and no badge', async function () {
    this.timeout(30000);
    const first = await openArchive(`#rsp/${NURSES}?t=10.5`);
    const { video } = await playerOf(first);
    await waitUntil(() => Math.abs(video.currentTime - 10.5) < 0.1 && !video.seeking, 'at 0:10.5', { timeout: 5000 });
    leave(first);
    expect(stored(NURSES), 'stored after a visit without playing').to.equal(null);

    // A link a little way in, so that a stored position would be offered for resuming.
    const second = await openArchive(`#rsp/${NURSES}?t=6`);
    const { video: again } = await playerOf(second);
    await waitUntil(() => Math.abs(again.currentTime - 6) < 0.1 && !again.seeking, 'at 0:06', { timeout: 5000 });
    leave(second);
    expect(stored(NURSES), 'stored after a visit without playing').to.equal(null);

    // A reload of the training's own address.
    const reloaded = await openArchive(`#rsp/${NURSES}`);
    const { player } = await playerOf(reloaded);
    await player.updateComplete;
    expect(shadowText(player)).not.to.include('Resume at');

    reloaded.shadowRoot!.querySelector<HTMLAnchorElement>('.back a')!.click();
    const list = reloaded.shadowRoot!.querySelector('rsp-training-list')!;
    await waitUntil(() => !list.closest('[hidden]'), 'list shown', PATIENCE);
    await list.updateComplete;
    const card = [...list.shadowRoot!.querySelectorAll('.card')].find((each) => each.textContent!.includes('Trauma-Informed Care for Nurses'));
    expect(card, 'the card of the training').to.exist;
    // The badge's text, not the element: chai's message for an element can take minutes to build.
    expect(card!.querySelector('.badge')?.textContent?.trim(), 'badge on the card').to.equal(undefined);
    await expect(reloaded).to.be.accessible();
    leave(reloaded);

    // Watching a little does leave a place to come back to, and a badge.
    const watching = await openArchive(`#rsp/${NURSES}`);
    const some = await playerOf(watching);
    some.video.currentTime = 6;
    await waitUntil(() => !some.video.seeking, 'at 0:06', PATIENCE);
    some.video.focus();
    await sendKeys({ press: 'k' });
    await waitUntil(() => some.video.currentTime > 7, 'played a second', { timeout: 5000 });
    await sendKeys({ press: 'k' });
    await waitUntil(() => some.video.paused, 'paused', PATIENCE);
    leave(watching);
    const later = await openArchive(`#rsp/${NURSES}`);
    const { player: offered } = await playerOf(later);
    // Where the pause landed, a second or so after 0:06.
    await waitUntil(() => /Resume at 0:0[78]/.test(shadowText(offered)), 'offer to resume', PATIENCE);
    later.shadowRoot!.querySelector<HTMLAnchorElement>('.back a')!.click();
    const listLater = later.shadowRoot!.querySelector('rsp-training-list')!;
    await waitUntil(() => !listLater.closest('[hidden]'), 'list shown', PATIENCE);
    await listLater.updateComplete;
    const cardLater = [...listLater.shadowRoot!.querySelectorAll('.card')].find((each) => each.textContent!.includes('Trauma-Informed Care for Nurses'));
    expect(cardLater!.querySelector('.badge')!.textContent!.trim()).to.match(/^In progress( \d+%)?$/);
    leave(later);
  });

  it('coming back: play resumes where the viewer left off, and both choices of the offer play on with focus kept', async function () {
    this.timeout(60000);
    /** Watches from 0:06 for a second and leaves, so that the next visit offers "Resume at 0:07". */
    const watchALittle = async () => {
      const visit = await openArchive(`#rsp/${NURSES}`);
      const { player, video } = await playerOf(visit);
      video.currentTime = 6;
      await waitUntil(() => !video.seeking, 'at 0:06', PATIENCE);
      video.focus();
      await sendKeys({ press: 'k' });
      await waitUntil(() => video.currentTime > 7, 'played a second', PATIENCE);
      await sendKeys({ press: 'k' });
      await waitUntil(() => video.paused, 'paused', PATIENCE);
      await player.updateComplete;
      leave(visit);
    };
    const comeBack = async () => {
      const visit = await openArchive(`#rsp/${NURSES}`);
      const { player, video } = await playerOf(visit);
      await waitUntil(() => /Resume at 0:0[78]/.test(shadowText(player)), 'offer to resume', PATIENCE);
      return { visit, player, video };
    };
    const focusInPlayer = (player: RspTrainingPlayer) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return !!active && active !== document.body && (active === player || player.shadowRoot!.contains(active));
    };
    const offerButton = (player: RspTrainingPlayer, name: RegExp) =>
      [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('.resume button')].find((each) => name.test(each.textContent!))!;

    // Pressing play (k on the video) without answering the offer resumes at 0:07, as YouTube does: the place is kept.
    await watchALittle();
    let back = await comeBack();
    back.video.focus();
    await sendKeys({ press: 'k' });
    await waitUntil(() => !back.video.paused && back.video.currentTime > 0, 'playing', PATIENCE);
    // Read at once: played from 0:00 it would take six seconds to get there.
    expect(back.video.currentTime, 'resumed near 0:07').to.be.at.least(6.5);
    back.video.pause();
    leave(back.visit);

    // "Resume at 0:07" by keyboard: plays from there, and focus stays in the player (not on the page's body).
    await watchALittle();
    back = await comeBack();
    offerButton(back.player, /Resume at/).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !back.video.paused, '"Resume at" plays', PATIENCE);
    expect(back.video.currentTime, 'played from where it was left').to.be.at.least(6.5);
    await back.player.updateComplete;
    expect(focusInPlayer(back.player), 'focus in the player after "Resume at"').to.equal(true);
    await sendKeys({ press: 'k' });
    await waitUntil(() => back.video.paused, 'k still works after "Resume at"', PATIENCE);
    leave(back.visit);

    // "Start over": plays from the start, focus in the player.
    await watchALittle();
    back = await comeBack();
    offerButton(back.player, /Start over/).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !back.video.paused, '"Start over" plays', PATIENCE);
    expect(back.video.currentTime, 'played from the start').to.be.below(3);
    await back.player.updateComplete;
    expect(focusInPlayer(back.player), 'focus in the player after "Start over"').to.equal(true);
    back.video.pause();
    leave(back.visit);
  });

  it('playing only the last second of a shared link completes nothing; watching it all completes it once', async function () {
    this.timeout(60000);
    const linked = await openArchive(`#rsp/${DATA}?t=9`);
    const { player, video } = await playerOf(linked);
    await waitUntil(() => Math.abs(video.currentTime - 9) < 0.1 && !video.seeking, 'at 0:09', { timeout: 5000 });
    video.focus();
    await sendKeys({ press: 'k' });
    await waitUntil(() => video.ended, 'played to the end', { timeout: 10000 });
    await player.updateComplete;
    expect(completions, 'completions after playing the last second').to.deep.equal([]);
    leave(linked);

    // The whole session, from the start.
    const watching = await openArchive(`#rsp/${DATA}`);
    const whole = await playerOf(watching);
    expect(whole.video.currentTime).to.equal(0);
    await playFast(whole.player, whole.video);
    await waitUntil(() => whole.video.ended, 'played to the end', { timeout: 15000 });
    await waitUntil(() => completions.length >= 2, 'completed', PATIENCE);
    expect(completions).to.deep.equal([
      { trainingId: DATA, sessionId: 'webinar', scope: 'session' },
      { trainingId: DATA, scope: 'training' },
    ]);
    leave(watching);

    // Coming back and watching again reports nothing new.
    const back = await openArchive(`#rsp/${DATA}`);
    const replay = await playerOf(back);
    await playFast(replay.player, replay.video);
    await waitUntil(() => replay.video.ended, 'played to the end again', { timeout: 15000 });
    await back.updateComplete;
    expect(completions).to.have.length(2);

    // The list shows the training as completed.
    back.shadowRoot!.querySelector<HTMLAnchorElement>('.back a')!.click();
    const list = back.shadowRoot!.querySelector('rsp-training-list')!;
    await waitUntil(() => !list.closest('[hidden]'), 'list shown', PATIENCE);
    await list.updateComplete;
    const card = [...list.shadowRoot!.querySelectorAll('.card')].find((each) => each.textContent!.includes('Using Data to Inform Practice'));
    expect(card!.querySelector('.badge')!.textContent!.trim()).to.equal('Completed');
    leave(back);
  });

  it('site data cleared while the page is open: what the page writes back keeps the completion, so it is not reported twice', async function () {
    this.timeout(60000);
    const watching = await openArchive(`#rsp/${DATA}`);
    const whole = await playerOf(watching);
    await playFast(whole.player, whole.video);
    await waitUntil(() => whole.video.ended, 'played to the end', { timeout: 15000 });
    await waitUntil(() => completions.length >= 2, 'completed', PATIENCE);
    // The viewer clears the site's data in the browser's settings; the page stays open and saves when it is left.
    localStorage.clear();
    leave(watching);
    expect(JSON.parse(stored(DATA)!).sessions.webinar.completed, 'the record written back').to.equal(true);

    const back = await openArchive(`#rsp/${DATA}`);
    const replay = await playerOf(back);
    await playFast(replay.player, replay.video);
    await waitUntil(() => replay.video.ended, 'played to the end again', { timeout: 15000 });
    await back.updateComplete;
    expect(completions, 'completions after coming back').to.have.length(2);
    leave(back);
  });
});
