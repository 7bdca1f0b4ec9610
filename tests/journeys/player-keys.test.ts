/**
 * The player's keys as a new viewer meets them: they click the video and press → (5 s, as the "?" list says, in
 * Chromium too, whose own controls step 1% of the duration), and they go full screen from the toolbar with f and
 * come back with f to find focus where it was, so k and the other shortcuts still work.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { byRole, endVisit, keepTestPageAddress, PATIENCE, seekable, step, Visit } from './harness.js';

/** How far from the 5 s step a press may land: one frame of a 25 fps clip, and then some. */
const NEAR = 0.3;

describe('journey: the player\'s keys', () => {
  keepTestPageAddress();
  let visit: Visit | undefined;
  afterEach(() => endVisit(visit));

  it('moves 5 s with ← and → on the video the viewer clicked', async function () {
    this.timeout(60000);
    visit = await Visit.open('#rsp/tist');
    const v = visit;
    const video = await v.video();
    await seekable(video);

    await step('a click on the video plays it and puts focus on it; k pauses it', undefined, async () => {
      // Above the middle: Firefox's big play button sits there, and it fades out after a click with focus on it,
      // which leaves focus on <body> (a native quirk of its own, not the one this journey is about).
      await v.click(video, [0.5, 0.25]);
      await waitUntil(() => !video.paused, 'the click plays the video', PATIENCE);
      expect(v.focused(), `focus on the video, not ${v.focusedName()}`).to.equal(video);
      await v.press('k');
      await waitUntil(() => video.paused, 'k pauses', PATIENCE);
    });

    // From where a person dragged the timeline to (0:02, then 0:07): each step starts afresh, so that a step of
    // Chromium's own (0.1 s on this 10 s clip) cannot land within reach of the next step's target by chance.
    const from = async (start: number, key: string, seconds: number) => {
      video.currentTime = start;
      await waitUntil(() => !video.seeking && video.currentTime === start, `at ${start} s`, PATIENCE);
      await v.press(key);
      // Chromium's own step lands at once; wait for a seek to finish, then for the time to be where the list says.
      await waitUntil(() => !video.seeking && Math.abs(video.currentTime - seconds) < NEAR, `${key}: at ${seconds} s, not ${video.currentTime}`, PATIENCE);
      expect(v.focused(), 'focus stays on the video').to.equal(video);
    };
    await step('→ on the focused video moves 5 s forward, not 1% of the duration', undefined, () => from(2, 'ArrowRight', 7));
    await step('← on the focused video moves 5 s back', undefined, () => from(7, 'ArrowLeft', 2));
    expect(video.paused, 'still paused').to.equal(true);
  });

  it('keeps focus on the toolbar button through full screen and back, so k still plays', async function () {
    this.timeout(60000);
    visit = await Visit.open('#rsp/tist');
    const v = visit;
    const player = await v.player();
    const video = await v.video();
    await seekable(video);
    const back10 = byRole(player.shadowRoot!, 'button', 'Back 10 seconds');

    await step('a click on "Back 10 seconds" puts focus on it', undefined, async () => {
      await v.click(back10);
      await waitUntil(() => v.focused() === back10, `focus on Back 10 seconds, not ${v.focusedName()}`, PATIENCE);
    });

    await step('f puts the video in full screen, with focus on it', undefined, async () => {
      await v.press('f');
      await waitUntil(() => !!v.doc.fullscreenElement, 'full screen', PATIENCE);
      // The browser takes focus from the button, outside what fills the screen, a moment after: the video, all the
      // viewer sees, is where it should be (not <body>, where the player hears no key).
      await waitUntil(() => v.focused() === video, `focus on the video, not ${v.focusedName()}`, PATIENCE);
    });

    await step('f again leaves full screen with focus back on "Back 10 seconds"', undefined, async () => {
      await v.press('f');
      await waitUntil(() => !v.doc.fullscreenElement, 'full screen left', PATIENCE);
      await waitUntil(() => v.focused() === back10, `focus on Back 10 seconds, not ${v.focusedName()}`, PATIENCE);
    });

    await step('k then plays and pauses the video, from the same button', undefined, async () => {
      await v.press('k');
      await waitUntil(() => !video.paused, 'k plays', PATIENCE);
      await v.press('k');
      await waitUntil(() => video.paused, 'k pauses', PATIENCE);
      expect(v.focused(), 'focus still on Back 10 seconds').to.equal(back10);
    });
  });
});
