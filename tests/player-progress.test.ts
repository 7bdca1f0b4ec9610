import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CompleteDetail, ProgressDetail } from '../src/events.js';
import { sessionProgress, watchedSeconds } from '../src/progress/progress.js';
import { shadowText, waitForText } from './helpers.js';
import {
  blockStorage,
  button,
  clearStoredProgress,
  metadata,
  playedPast,
  renderPlayer,
  videoOf,
} from './player-helpers.js';

/** Plays `video` from `from` seconds to its end at 4× speed (real, muted playback). */
async function playToEnd(video: HTMLVideoElement, from = 0) {
  await metadata(video);
  video.currentTime = from;
  video.playbackRate = 4;
  await video.play();
  await waitUntil(() => video.ended, 'played to the end', { timeout: 15000 });
}

describe('<rsp-training-player> resume and progress', () => {
  beforeEach(clearStoredProgress);
  afterEach(clearStoredProgress);

  it('offers to resume where the viewer paused, after a reload, without playing', async () => {
    const first = await renderPlayer('tist');
    const video = videoOf(first);
    await metadata(video);
    video.currentTime = 6;
    await oneEvent(video, 'seeked');
    await video.play();
    await playedPast(video, 6.5);
    video.pause();
    await oneEvent(video, 'pause');
    const stopped = video.currentTime;
    first.remove();

    const again = await renderPlayer('tist');
    await waitForText(again, 'You watched part of this session before.');
    const resume = button(again, 'Resume at 0:06');
    expect(button(again, 'Start over')).to.exist;
    await expect(again).to.be.accessible();
    const replayed = videoOf(again);
    await metadata(replayed);
    resume.click();
    expect(replayed.currentTime).to.be.closeTo(stopped, 0.3);
    // "Resume at" plays on from there: the viewer asked to go on watching.
    await waitUntil(() => !replayed.paused, 'plays after "Resume at"', { timeout: 5000 });
    replayed.pause();
    await again.updateComplete;
    expect(shadowText(again)).not.to.include('Resume at');
  });

  it('works without the resume offer when storage throws', async () => {
    const restore = blockStorage();
    try {
      const element = await renderPlayer('tist');
      const video = videoOf(element);
      await metadata(video);
      video.currentTime = 6;
      await oneEvent(video, 'seeked');
      await video.play();
      await playedPast(video, 6.5);
      video.pause();
      element.remove();
      const again = await renderPlayer('tist');
      const replayed = videoOf(again);
      await replayed.play();
      await playedPast(replayed, 0.3);
      replayed.pause();
      expect(shadowText(again)).not.to.include('Resume at');
    } finally {
      restore();
    }
  });

  it('leaves no trace of a visit that never played, and keeps the place of an earlier one', async () => {
    const linked = await renderPlayer('tist', { start: '8' });
    const video = videoOf(linked);
    await metadata(video);
    await waitUntil(() => Math.abs(video.currentTime - 8) < 0.1 && !video.seeking, 'at 0:08');
    linked.remove();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem('rsp-archive:progress:tist')).to.equal(null);

    const watched = await renderPlayer('tist');
    const played = videoOf(watched);
    await metadata(played);
    played.currentTime = 6;
    await oneEvent(played, 'seeked');
    await played.play();
    await playedPast(played, 6.5);
    played.pause();
    await oneEvent(played, 'pause');
    watched.remove();
    const place = sessionProgress('tist', 'module-1').position;

    const visit = await renderPlayer('tist', { start: '2' });
    const idle = videoOf(visit);
    await metadata(idle);
    await waitUntil(() => Math.abs(idle.currentTime - 2) < 0.1 && !idle.seeking, 'at 0:02');
    visit.remove();
    expect(sessionProgress('tist', 'module-1').position).to.equal(place);
    const again = await renderPlayer('tist');
    await waitForText(again, `Resume at 0:06`);
  });

  it('counts only real playback as watched: seeking adds nothing', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    await metadata(video);
    video.currentTime = 8;
    await oneEvent(video, 'seeked');
    await video.play();
    await playedPast(video, 9);
    const progress = oneEvent(element, 'rsp-progress');
    video.pause();
    const { detail } = (await progress) as CustomEvent<ProgressDetail>;
    expect(detail.watchedSeconds).to.be.within(0.9, 2);
    expect(detail.watchedRatio).to.be.below(0.2);
    const stored = sessionProgress('tist', 'module-1');
    expect(stored.watched).to.have.length(1);
    expect(stored.watched[0][0]).to.be.closeTo(8, 0.3);
    expect(watchedSeconds(stored.watched)).to.be.within(0.9, 2);
  });

  it('fires play, pause, progress and complete events once each with the right details', async function () {
    this.timeout(40000);
    const element = await renderPlayer('tist');
    const events: { type: string; detail: unknown }[] = [];
    for (const type of ['rsp-play', 'rsp-pause', 'rsp-progress', 'rsp-complete'] as const) {
      element.addEventListener(type, (event) => events.push({ type, detail: event.detail }));
    }
    const video = videoOf(element);
    await playToEnd(video);
    await waitUntil(() => events.some((event) => event.type === 'rsp-pause'), 'pause at the end');
    const ofType = (type: string) => events.filter((event) => event.type === type).map((event) => event.detail);
    const plays = ofType('rsp-play') as { trainingId: string; sessionId: string; currentTime: number }[];
    expect(plays.map(({ trainingId, sessionId }) => ({ trainingId, sessionId }))).to.deep.equal([
      { trainingId: 'tist', sessionId: 'module-1' },
    ]);
    // From the start: on a busy machine a few milliseconds may have played before the event is handled.
    expect(plays[0].currentTime).to.be.closeTo(0, 0.5);
    const progress = ofType('rsp-progress') as ProgressDetail[];
    expect(progress.length).to.be.at.least(1);
    const last = progress[progress.length - 1];
    expect(last.trainingId).to.equal('tist');
    expect(last.sessionId).to.equal('module-1');
    expect(last.duration).to.be.closeTo(11, 0.1);
    expect(last.currentTime).to.be.closeTo(11, 0.1);
    expect(last.watchedRatio).to.be.above(0.9);
    expect(last.watchedSeconds).to.be.closeTo(last.duration, 1);
    expect(ofType('rsp-complete')).to.deep.equal([{ trainingId: 'tist', sessionId: 'module-1', scope: 'session' }]);

    // Watching again does not complete the session again.
    await playToEnd(video, 8);
    expect(ofType('rsp-complete')).to.have.length(1);

    // The last session completes the training, once.
    button(element, 'Next session').click();
    await waitForText(element, 'Module 2: Co-regulation');
    await playToEnd(videoOf(element));
    await waitUntil(() => ofType('rsp-complete').length === 3, 'session and training complete');
    expect(ofType('rsp-complete') as CompleteDetail[]).to.deep.equal([
      { trainingId: 'tist', sessionId: 'module-1', scope: 'session' },
      { trainingId: 'tist', sessionId: 'module-2', scope: 'session' },
      { trainingId: 'tist', scope: 'training' },
    ]);
    expect(sessionProgress('tist', 'module-2').completed).to.equal(true);
  });
});
