import { expect, waitUntil } from '@open-wc/testing';
import { clearStoredProgress, metadata, playedPast, renderPlayer, videoOf } from './player-helpers.js';

/** Requests for the hls.js module so far on this page. */
const hlsJsRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('hls.js/dist/'));

// The order matters: hls.js, once imported, stays in the page's resource list.
describe('<rsp-training-player> sources', () => {
  beforeEach(clearStoredProgress);

  it('never requests hls.js for an MP4/WebM training', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    await metadata(video);
    await video.play();
    await playedPast(video, 0.5);
    video.pause();
    expect(new URL(video.currentSrc).pathname).to.equal('/demo/source/media/tist-1.webm');
    expect(hlsJsRequests()).to.deep.equal([]);
  });

  it('plays HLS natively where the browser can, through hls.js where it cannot', async () => {
    const element = await renderPlayer('tist-hls');
    const video = videoOf(element);
    const native = video.canPlayType('application/vnd.apple.mpegurl') !== '';
    await waitUntil(() => video.readyState >= 1, 'stream metadata', { timeout: 10000 });
    await video.play();
    await playedPast(video, 2.5); // past the first 2 s segment
    video.pause();
    if (native) {
      expect(new URL(video.currentSrc).pathname).to.equal('/demo/source/media/hls/tist-1.m3u8');
      expect(hlsJsRequests()).to.deep.equal([]);
    } else {
      expect(video.currentSrc).to.match(/^blob:/); // Media Source Extensions, fed by hls.js
      expect(hlsJsRequests()).to.have.length(1);
    }
  });

  it('plays the ffmpeg HLS stream through hls.js when asked to (hls="hls.js"), in every browser', async function () {
    this.timeout(30000);
    const element = await renderPlayer('tist-hls', { hls: 'hls.js' });
    const video = videoOf(element);
    await waitUntil(() => video.readyState >= 1, 'stream metadata', { timeout: 10000 });
    expect(video.currentSrc).to.match(/^blob:/);
    expect(hlsJsRequests().map((name) => new URL(name).pathname.split('/').pop())).to.deep.equal([
      'hls.light.mjs',
    ]);
    await video.play();
    await playedPast(video, 2.5);
    video.pause();
    const segments = performance
      .getEntriesByType('resource')
      .filter((entry) => /tist-1-00\d\.ts$/.test(entry.name));
    expect(segments.length).to.be.at.least(2);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
