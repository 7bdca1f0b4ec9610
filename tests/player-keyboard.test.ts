import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RspTrainingPlayer } from '../src/components/training-player.js';
import { button, clearStoredProgress, metadata, playerCatalog, videoOf } from './player-helpers.js';

async function twoPlayers() {
  const container = await fixture(html`<div>
    <rsp-training-player src=${playerCatalog} training="tist"></rsp-training-player>
    <rsp-training-player src=${playerCatalog} training="tist" session="module-2"></rsp-training-player>
  </div>`);
  const players = [...container.querySelectorAll('rsp-training-player')] as RspTrainingPlayer[];
  await waitUntil(() => players.every((player) => player.shadowRoot!.querySelector('video')), 'players', {
    timeout: 5000,
  });
  const videos = players.map(videoOf);
  for (const video of videos) await metadata(video);
  return { players, videos };
}

describe('<rsp-training-player> keyboard', () => {
  beforeEach(clearStoredProgress);
  afterEach(clearStoredProgress);

  it('acts on a key press only in the player that has focus', async () => {
    const { players, videos } = await twoPlayers();
    button(players[0], 'Back 10 seconds').focus();
    await sendKeys({ press: 'k' });
    await waitUntil(() => !videos[0].paused, 'first player plays');
    expect(videos[1].paused).to.equal(true);
    await sendKeys({ press: 'k' });
    await waitUntil(() => videos[0].paused, 'first player pauses');

    await sendKeys({ press: 't' });
    await players[0].updateComplete;
    expect(button(players[0], 'Transcript').getAttribute('aria-expanded')).to.equal('true');
    expect(button(players[1], 'Transcript').getAttribute('aria-expanded')).to.equal('false');

    button(players[1], 'Back 10 seconds').focus();
    await sendKeys({ press: '?' });
    await players[1].updateComplete;
    expect(button(players[1], 'Keyboard shortcuts').getAttribute('aria-expanded')).to.equal('true');
    expect(button(players[0], 'Keyboard shortcuts').getAttribute('aria-expanded')).to.equal('false');
    expect(players[1].shadowRoot!.querySelector<HTMLElement>('#shortcuts')!.hidden).to.equal(false);
    await expect(players[1]).to.be.accessible();
  });

  it('seeks with j, l and the arrow keys, and turns captions off and on with c', async () => {
    const { players, videos } = await twoPlayers();
    const [player, video] = [players[0], videos[0]];
    button(player, 'Back 10 seconds').focus();
    await sendKeys({ press: 'l' });
    expect(video.currentTime).to.equal(10);
    await sendKeys({ press: 'ArrowLeft' });
    expect(video.currentTime).to.equal(5);
    await sendKeys({ press: 'ArrowRight' });
    expect(video.currentTime).to.be.closeTo(10, 0.01);
    await sendKeys({ press: 'j' });
    expect(video.currentTime).to.be.closeTo(0, 0.01);
    expect(videos[1].currentTime).to.equal(0);

    expect(video.textTracks[0].mode).to.equal('showing');
    await sendKeys({ press: 'c' });
    expect(video.textTracks[0].mode).to.equal('disabled');
    await sendKeys({ press: 'c' });
    expect(video.textTracks[0].mode).to.equal('showing');
  });

  it('leaves keys to the control that uses them: typing in the transcript search, Space on a button', async () => {
    const { players, videos } = await twoPlayers();
    const player = players[0];
    button(player, 'Transcript').click();
    await waitUntil(() => player.shadowRoot!.querySelector('#transcript input'), 'search box');
    const input = player.shadowRoot!.querySelector<HTMLInputElement>('#transcript input')!;
    input.focus();
    await sendKeys({ type: 'kt' });
    expect(input.value).to.equal('kt');
    expect(videos[0].paused).to.equal(true);
    expect(button(player, 'Transcript').getAttribute('aria-expanded')).to.equal('true');

    // Space on "Chapters" presses that button and does not also start the video.
    button(player, 'Chapters').focus();
    await sendKeys({ type: ' ' });
    await player.updateComplete;
    expect(button(player, 'Chapters').getAttribute('aria-expanded')).to.equal('true');
    expect(videos[0].paused).to.equal(true);
    const played = oneEvent(videos[0], 'play');
    await sendKeys({ press: 'k' });
    await played;
    videos[0].pause();
  });
});

describe('<rsp-training-player> keyboard: panels, fullscreen and mute', () => {
  beforeEach(clearStoredProgress);
  afterEach(clearStoredProgress);

  it('closes the panel last opened with Esc and gives focus back to the button that opened it', async () => {
    const { players } = await twoPlayers();
    const player = players[0];
    const root = player.shadowRoot!;
    button(player, 'Transcript').click();
    await player.updateComplete;
    button(player, 'Back 10 seconds').focus();
    await sendKeys({ press: '?' });
    await player.updateComplete;
    expect(root.querySelector<HTMLElement>('#shortcuts')!.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(root.querySelector<HTMLElement>('#shortcuts')!.hidden).to.equal(true);
    expect(root.activeElement === button(player, 'Keyboard shortcuts'), 'focus on Keyboard shortcuts').to.equal(true);
    // Next Esc: the transcript, opened before, from a cue inside it.
    await waitUntil(() => root.querySelector('#transcript .cue'), 'cues', { timeout: 5000 });
    root.querySelector<HTMLElement>('#transcript .cue')!.focus();
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(!!root.querySelector<HTMLElement>('#transcript')!.closest('[hidden]'), 'transcript hidden').to.equal(true);
    expect(button(player, 'Transcript').getAttribute('aria-expanded')).to.equal('false');
    expect(root.activeElement === button(player, 'Transcript'), 'focus on Transcript').to.equal(true);
    // Nothing left open: Esc changes nothing.
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(root.activeElement === button(player, 'Transcript'), 'focus still on Transcript').to.equal(true);
  });

  it('lets Esc clear the transcript search first', async () => {
    const { players } = await twoPlayers();
    const player = players[0];
    button(player, 'Transcript').click();
    await waitUntil(() => player.shadowRoot!.querySelector('#transcript input'), 'search box');
    const input = player.shadowRoot!.querySelector<HTMLInputElement>('#transcript input')!;
    input.focus();
    await sendKeys({ type: 'safe' });
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(button(player, 'Transcript').getAttribute('aria-expanded')).to.equal('true');
  });

  it('mutes and unmutes with m, and toggles fullscreen of the video with f', async () => {
    const { players, videos } = await twoPlayers();
    const [player, video] = [players[0], videos[0]];
    video.muted = false;
    button(player, 'Back 10 seconds').focus();
    await sendKeys({ press: 'm' });
    expect(video.muted).to.equal(true);
    expect(videos[1].muted).to.equal(true); // muted by the helper, untouched
    await sendKeys({ press: 'm' });
    expect(video.muted).to.equal(false);
    video.muted = true;

    await sendKeys({ press: 'f' });
    await waitUntil(() => player.shadowRoot!.fullscreenElement === video, 'video fullscreen', { timeout: 5000 });
    await sendKeys({ press: 'f' });
    await waitUntil(() => !document.fullscreenElement, 'fullscreen left', { timeout: 5000 });
  });

  it('lists every shortcut it answers, in the page language', async () => {
    const { players } = await twoPlayers();
    const player = players[0];
    button(player, 'Keyboard shortcuts').click();
    await player.updateComplete;
    const rows = [...player.shadowRoot!.querySelectorAll('#shortcuts dt')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['k / Space', 'j', 'l', '←', '→', 'f', 'm', 'c', 't', '?', 'Esc']);
    player.parentElement!.setAttribute('lang', 'es');
    await waitUntil(() => player.shadowRoot!.querySelector('#shortcuts dt')!.textContent!.includes('Espacio'), 'Spanish key names');
    await expect(player).to.be.accessible();
  });
});
