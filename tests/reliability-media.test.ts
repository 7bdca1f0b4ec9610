import { catalogShown } from './helpers.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/training-player.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';
import { button, clearStoredProgress, playedPast } from './player-helpers.js';

// Also shown elsewhere: a captions/transcript file that 404s ("Transcript unavailable", the video plays) and a video
// that 404s (the error and the MP4 link) in tests/training-player.test.ts.

const at = (path: string) => new URL(path, location.href).href;
const captions = [{ src: at('/demo/source/media/tist-1.en.vtt'), lang: 'en', label: 'English' }];

/** A one-training catalog whose session has `video`. */
const catalogWith = (video: Record<string, unknown>) => ({
  version: 1,
  title: 'Media faults',
  trainings: [{ id: 'faulty', title: 'A session with a broken file', sessions: [{ id: 'one', title: 'One', video }] }],
});

async function player(video: Record<string, unknown>, hls = 'auto') {
  const element = await fixture<RspTrainingPlayer>(
    html`<rsp-training-player .catalog=${catalogWith(video)} training="faulty" hls=${hls}></rsp-training-player>`,
  );
  await catalogShown(element);
  return element;
}

async function openPanel(element: RspTrainingPlayer, label: 'Transcript' | 'Chapters') {
  button(element, label).click();
  const panel = element.shadowRoot!.getElementById(label.toLowerCase())!;
  await waitUntil(() => panel.querySelector('.cue, .unavailable'), `${label} settled`, { timeout: 5000 });
  return panel;
}

describe('<rsp-training-player> media faults', () => {
  beforeEach(clearStoredProgress);

  it('says "Chapters unavailable" for a malformed chapters file; the transcript and the video still work', async () => {
    const element = await player({
      sources: [{ src: at('/demo/source/media/tist-1.webm'), type: 'video/webm' }],
      captions,
      chapters: at('/tests/fixtures/chapters-malformed.vtt'),
    });
    expect((await openPanel(element, 'Chapters')).textContent).to.include('Chapters unavailable');
    expect((await openPanel(element, 'Transcript')).querySelectorAll('.cue').length).to.be.above(0);
    const video = element.shadowRoot!.querySelector('video')!;
    video.muted = true;
    await video.play();
    await playedPast(video, 0.5);
    video.pause();
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  for (const hls of ['auto', 'hls.js']) {
    it(`explains an HLS manifest that 404s (hls="${hls}"); the transcript still works`, async function () {
      this.timeout(20000);
      const element = await player(
        { sources: [{ src: at('/test-server/status/404?stream.m3u8'), type: 'application/vnd.apple.mpegurl' }], captions },
        hls,
      );
      await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'), 'media error shown', { timeout: 15000 });
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('This video could not be played.');
      expect(alert.querySelector('a')).to.equal(null); // no MP4 to offer
      expect((await openPanel(element, 'Transcript')).querySelectorAll('.cue').length).to.be.above(0);
      await expect(element).to.be.accessible();
    });
  }
});
