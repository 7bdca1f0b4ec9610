/**
 * Sharing a place: a viewer at 0:05 of session 2 sends the address (`#rsp/tist/module-2?t=5`); someone opens it in
 * another browser (no storage of the first) — the player starts at 0:05 of session 2, and nothing is recorded (no
 * events, no badge, no "Resume at") until they press play. Each step names the defect of issue 14 it stands for.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  allByRole,
  byRole,
  clearArchiveStorage,
  findByRole,
  keepTestPageAddress,
  PATIENCE,
  playUntil,
  seekable,
  step,
  Visit,
} from './harness.js';

const TIST = 'Trauma-Informed Stabilization Treatment (TIST)';
const sessionLine = (player: Element) => (player.shadowRoot!.querySelector('.session')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stored = () => Object.keys(localStorage).filter((key) => key.startsWith('rsp-archive:progress:'));

describe('journey: sharing a link at a time', () => {
  keepTestPageAddress();
  let visit: Visit | undefined;
  afterEach(() => visit?.close());

  it('a viewer at 0:05 of session 2 shares the address; opened elsewhere it starts there and records nothing until played', async function () {
    this.timeout(90000);
    let shared = '#rsp/tist/module-2?t=5';

    visit = await Visit.open('#rsp/tist');
    let v = visit;
    let player = await v.player();
    await step('the viewer goes to session 2 and the address says so', 3, async () => {
      await v.click(byRole(player.shadowRoot!, 'button', 'Next session'));
      await waitUntil(() => sessionLine(player).startsWith('Session 2 of 4'), 'session 2', PATIENCE);
      await waitUntil(() => v.hash === '#rsp/tist/module-2', `address is ${v.hash}`, PATIENCE);
    });
    await step('the viewer plays to 0:05 and shares the address with that time', 3, async () => {
      const video = await v.video();
      await seekable(video);
      await playUntil(video, () => video.currentTime >= 5, 'played to 0:05', 1);
      shared = `${v.hash}?t=${Math.floor(video.currentTime)}`;
      expect(shared).to.equal('#rsp/tist/module-2?t=5');
    });
    v.close();

    // Someone else, in another browser: nothing stored.
    clearArchiveStorage();
    visit = v = await Visit.open('#rsp/tist/module-2?t=5');
    player = await v.player();
    let video = await v.video();
    await seekable(video);

    await step('the link opens session 2 at 0:05, paused, with no resume offer', undefined, async () => {
      await findByRole(v.doc, 'heading', TIST);
      expect(sessionLine(player)).to.match(/^Session 2 of 4/);
      await waitUntil(() => Math.abs(video.currentTime - 5) < 0.5, `at 0:05, not ${video.currentTime}`, PATIENCE);
      expect(video.paused).to.equal(true);
      expect(allByRole(player.shadowRoot!, 'button', /^Resume at/)).to.have.length(0);
      expect(v.lms.heard, 'events heard').to.deep.equal([]);
      expect(stored(), 'progress stored').to.deep.equal([]);
    });

    await step('leaving without playing leaves no badge', 1, async () => {
      await v.click(byRole(v.archive.shadowRoot!, 'link', /Back to all trainings/));
      await waitUntil(() => v.cardTitles().includes(TIST), 'list shown', PATIENCE);
      expect(v.badges()[TIST], 'badge').to.equal(undefined);
    });

    await step('coming back to session 2 from the list: no resume offer', 1, async () => {
      await v.click(byRole(v.doc, 'link', TIST));
      await v.click(await findByRole(v.archive.shadowRoot!, 'link', /^Module 2:/));
      player = await v.player();
      await waitUntil(() => sessionLine(player).startsWith('Session 2 of 4'), 'session 2', PATIENCE);
      video = await v.video();
      await seekable(video);
      await player.updateComplete;
      expect(allByRole(player.shadowRoot!, 'button', /^Resume at/)).to.have.length(0);
    });

    // The shared link once more, to press play this time.
    v.win.location.hash = shared;
    await v.reload();
    player = await v.player();
    video = await v.video();
    await seekable(video);
    await waitUntil(() => Math.abs(video.currentTime - 5) < 0.5, `at 0:05 again, not ${video.currentTime}`, PATIENCE);

    await step('pressing play is what starts the record: rsp-play from 0:05 of session 2', undefined, async () => {
      expect(v.lms.heard, 'events before play').to.deep.equal([]);
      video.playbackRate = 2;
      await v.click(video, [0.5, 0.4]);
      await waitUntil(() => v.lms.of('rsp-play').length === 1, 'rsp-play heard', PATIENCE);
      const [{ detail }] = v.lms.of('rsp-play');
      expect(detail.trainingId).to.equal('tist');
      expect(detail.sessionId).to.equal('module-2');
      expect(detail.currentTime as number).to.be.closeTo(5, 0.6);
      await waitUntil(() => video.currentTime >= 7, 'played two seconds', PATIENCE);
      video.pause();
      await v.click(byRole(v.archive.shadowRoot!, 'link', /Back to all trainings/));
      await waitUntil(() => /^In progress/.test(v.badges()[TIST] ?? ''), `badge: ${v.badges()[TIST]}`, PATIENCE);
    });
  });
});
