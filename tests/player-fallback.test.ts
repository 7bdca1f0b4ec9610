/**
 * Sources that fall back: a session's first source that fails (an HLS stream whose playlist is gone, played natively
 * or through hls.js, whichever this browser uses) hands over to the next (its MP4) at the same time, and the viewer is
 * told nothing; only when no source plays do they see "This video could not be played".
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearStoredProgress, playedPast, renderPlayer, videoOf } from './player-helpers.js';

const alert = (element: Element) => element.shadowRoot!.querySelector('[role="alert"]');

describe('<rsp-training-player> sources that fall back', () => {
  beforeEach(clearStoredProgress);

  it('a stream that fails plays its MP4 instead, from the time asked for, with no error shown', async function () {
    this.timeout(20000);
    const element = await renderPlayer('fallback', { start: '4' });
    const video = videoOf(element);
    await waitUntil(() => /\/tist-1\.mp4$/.test(video.currentSrc) && video.readyState >= 1, 'the MP4 took over', { timeout: 15000 });
    await waitUntil(() => Math.abs(video.currentTime - 4) < 0.5, 'at 0:04', { timeout: 5000 });
    await video.play();
    await playedPast(video, 4.5);
    video.pause();
    expect(alert(element)).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('a stream that fails while playing goes on in its MP4 where it was, still playing', async function () {
    this.timeout(30000);
    const element = await renderPlayer('tist-hls');
    const video = videoOf(element);
    await waitUntil(() => video.readyState >= 1, 'stream metadata', { timeout: 10000 });
    await video.play();
    await playedPast(video, 2.5);
    const at = video.currentTime;
    // What hls.js reports on a fatal error (and a browser on a native one): an `error` on the video.
    video.dispatchEvent(new Event('error'));
    await waitUntil(() => /\/tist-1\.mp4$/.test(video.currentSrc), 'the MP4 took over', { timeout: 10000 });
    await waitUntil(() => !video.paused && video.currentTime >= at, 'playing on from where it was', { timeout: 10000 });
    expect(video.currentTime).to.be.lessThan(at + 2);
    expect(alert(element)).to.equal(null);
    video.pause();
  });

  it('the last source failing too is said: "This video could not be played"', async function () {
    this.timeout(20000);
    const element = await renderPlayer('fallback');
    const video = videoOf(element);
    await waitUntil(() => /\/tist-1\.mp4$/.test(video.currentSrc) && video.readyState >= 1, 'the MP4 took over', { timeout: 15000 });
    video.dispatchEvent(new Event('error'));
    await waitUntil(() => alert(element), 'the error shows', { timeout: 5000 });
    expect(alert(element)!.textContent).to.match(/This video could not be played\./);
  });

  it('no source that plays: "This video could not be played", with the MP4 to download', async function () {
    this.timeout(20000);
    const element = await renderPlayer('nothing-plays');
    await waitUntil(() => alert(element), 'the error shows', { timeout: 15000 });
    expect(alert(element)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('This video could not be played. Download the video (MP4)');
    expect(new URL(alert(element)!.querySelector('a')!.href).pathname).to.equal('/test-server/status/404/b.mp4');
    await expect(element).to.be.accessible();
  });
});
