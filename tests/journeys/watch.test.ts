/**
 * Journey: a person on a laptop opens a demo training, watches with captions, uses the keyboard shortcuts, and then
 * opens a training that has no video.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { clearCatalogStores } from '../../src/catalog/store.js';
import '../../src/components/archive.js';
import type { RspArchive } from '../../src/components/archive.js';
import type { RspTrainingPlayer } from '../../src/components/training-player.js';
import { clearStoredProgress } from '../player-helpers.js';
import { PATIENCE } from './harness.js';

async function openArchive() {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = '<rsp-archive src="/demo/catalog.json" routing="none"></rsp-archive>';
  const archive = container.querySelector('rsp-archive')!;
  await oneEvent(archive, 'rsp-catalog-load');
  await waitUntil(() => cardLink(archive, 'Trauma-Informed Stabilization'), 'list shown', PATIENCE);
  return archive;
}

/** The one control of the card whose title contains `title`. */
function cardLink(archive: RspArchive, title: string): HTMLElement | undefined {
  const list = archive.shadowRoot!.querySelector('rsp-training-list')?.shadowRoot;
  const card = [...(list?.querySelectorAll('.card') ?? [])].find((each) => each.textContent!.includes(title));
  return card?.querySelector<HTMLElement>('a, button') ?? undefined;
}

async function click(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function openTraining(archive: RspArchive, title: string): Promise<RspTrainingPlayer> {
  await click(cardLink(archive, title)!);
  await waitUntil(() => archive.shadowRoot!.querySelector('rsp-training-player')?.shadowRoot?.querySelector('.stage, .notice'), 'player shown', {
    timeout: 5000,
  });
  return archive.shadowRoot!.querySelector('rsp-training-player')!;
}

const inPlayer = (player: RspTrainingPlayer) => player.shadowRoot!;
const toolbarButton = (player: RspTrainingPlayer, name: string) =>
  [...inPlayer(player).querySelectorAll<HTMLButtonElement>('.toolbar button')].find(
    (each) => (each.getAttribute('aria-label') ?? each.textContent!.replace(/\s+/g, ' ').trim()) === name,
  );
const captionsMenu = (player: RspTrainingPlayer) =>
  [...inPlayer(player).querySelectorAll('.toolbar label')].find((label) => label.textContent!.includes('Captions'))!.querySelector('select')!;

/** Opens the TIST training from the archive's list and waits for its video's metadata. */
async function openTist() {
  const archive = await openArchive();
  const player = await openTraining(archive, 'Trauma-Informed Stabilization');
  await waitUntil(() => inPlayer(player).querySelector('video'), 'video', PATIENCE);
  const video = inPlayer(player).querySelector('video')!;
  await waitUntil(() => video.readyState >= 1, 'video metadata', { timeout: 8000 });
  return { archive, player, video };
}

describe('Journey: watch a training on a laptop', () => {
  beforeEach(async () => {
    clearStoredProgress();
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(() => {
    clearStoredProgress();
    clearCatalogStores();
    window.scrollTo(0, 0);
    document.body.style.lineHeight = '';
  });

  // A 1366×768 laptop leaves a window of about 1366×657 under the browser's bars; a host page's 80 px sticky header
  // leaves 720 of an 800 px window. With the player's top at the top of what is left, the whole player — its heading,
  // the video with its controls, the toolbar — is in view: the video is capped to the window, as YouTube's is.
  for (const [width, height] of [[1280, 800], [1366, 657], [1280, 720]]) {
    it(`in a ${width}×${height} window the whole player is in view with its top at the window's top`, async () => {
      await setViewport({ width, height });
      // A theme's body text, as on WordPress and mass.gov pages: taller lines than the browser's default.
      document.body.style.lineHeight = '1.6';
      const { player, video } = await openTist();
      window.scrollTo(0, window.scrollY + player.getBoundingClientRect().top);
      const toolbarBox = inPlayer(player).querySelector('.toolbar')!.getBoundingClientRect();
      expect(Math.round(toolbarBox.bottom), `toolbar bottom within the ${height} px window`).to.be.at.most(height);
      expect(Math.round(player.getBoundingClientRect().bottom), `player bottom within the ${height} px window`).to.be.at.most(height);
      expect(video.getBoundingClientRect().height, 'the video stays large').to.be.at.least(height / 2);
    });
  }

  it('fits the video and toolbar in the window, switches captions, and answers ?, Esc and m; no shortcuts without video', async () => {
    const { archive, player, video } = await openTist();

    // The player's top at the top of the window: the video, its native controls and the toolbar are all in view.
    window.scrollTo(0, window.scrollY + player.getBoundingClientRect().top);
    const videoBox = inPlayer(player).querySelector('video')!.getBoundingClientRect();
    const toolbar = inPlayer(player).querySelector('.toolbar')!;
    const toolbarBox = toolbar.getBoundingClientRect();
    expect(Math.round(videoBox.bottom), 'video bottom within the 800 px window').to.be.at.most(800);
    expect(Math.round(toolbarBox.bottom), 'toolbar bottom within the 800 px window').to.be.at.most(800);
    const boxes = [...toolbar.children].map((child) => child.getBoundingClientRect());
    expect(Math.max(...boxes.map((box) => box.top)), 'toolbar on one line').to.be.below(Math.min(...boxes.map((box) => box.bottom)));

    // Captions off and on again from the toolbar.
    const menu = captionsMenu(player);
    menu.focus();
    menu.value = '-1';
    menu.dispatchEvent(new Event('change', { bubbles: true }));
    await player.updateComplete;
    expect([...video.textTracks].map((track) => track.mode)).to.deep.equal(['disabled', 'disabled']);
    menu.value = '0';
    menu.dispatchEvent(new Event('change', { bubbles: true }));
    await player.updateComplete;
    expect(video.textTracks[0].mode).to.equal('showing');
    // Out of the menu (which keeps its keys for choosing) to the next control.
    await sendKeys({ press: 'Tab' });

    // "?" opens the list of shortcuts, Esc closes it and gives focus back to its button.
    await sendKeys({ press: '?' });
    await player.updateComplete;
    const list = inPlayer(player).querySelector<HTMLElement>('#shortcuts')!;
    expect(list.hidden, 'shortcuts shown after ?').to.equal(false);
    expect(list.textContent).to.include('Mute or unmute');
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(list.hidden, 'shortcuts hidden after Esc').to.equal(true);
    const shortcutsButton = toolbarButton(player, 'Keyboard shortcuts')!;
    expect(inPlayer(player).activeElement === shortcutsButton, 'focus back on the shortcuts button').to.equal(true);

    // The same by pointer, then Esc from inside the open list.
    await click(shortcutsButton);
    await player.updateComplete;
    expect(list.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(list.hidden).to.equal(true);
    expect(inPlayer(player).activeElement === shortcutsButton, 'focus back after a click').to.equal(true);

    // m mutes and unmutes.
    video.muted = false;
    await sendKeys({ press: 'm' });
    expect(video.muted, 'muted by m').to.equal(true);
    await sendKeys({ press: 'm' });
    expect(video.muted, 'unmuted by m').to.equal(false);
    video.muted = true;

    // A training without video: no toolbar, no shortcuts button, and "?" does nothing.
    const back = [...archive.shadowRoot!.querySelectorAll<HTMLElement>('.back a, .back button')][0];
    await click(back);
    await waitUntil(() => cardLink(archive, 'Writing Crisis Prevention Plans'), 'list again', PATIENCE);
    const workshop = await openTraining(archive, 'Writing Crisis Prevention Plans');
    await workshop.updateComplete;
    expect(inPlayer(workshop).textContent).to.include('This session has no video.');
    expect(toolbarButton(workshop, 'Keyboard shortcuts')?.outerHTML, 'no shortcuts button').to.equal(undefined);
    expect(inPlayer(workshop).querySelector('.toolbar')?.outerHTML, 'no toolbar').to.equal(undefined);
    await expect(workshop).to.be.accessible();
  });
});
