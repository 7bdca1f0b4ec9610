import { expect } from '@open-wc/testing';
import type { Training } from '../src/catalog/normalize.js';
import { onProgressChange, sessionProgress, trainingProgress, watchedSeconds } from '../src/progress/progress.js';
import { markTrainingComplete, mergeRanges, openSessionProgress, saveSessionProgress } from '../src/progress/record.js';
import { PlaybackTracker } from '../src/player/playback.js';
import { ScriptedMedia } from './playback-media.js';
import { blockStorage, clearStoredProgress } from './player-helpers.js';

/** A training shaped like the normalised catalog's, with only what progress reads. */
const training = (durations: (number | undefined)[]) =>
  ({
    id: 'tist',
    sessions: durations.map((durationSeconds, index) => ({ id: `module-${index + 1}`, durationSeconds })),
  }) as unknown as Training;

describe('progress store', () => {
  beforeEach(clearStoredProgress);
  afterEach(clearStoredProgress);

  it('merges watched ranges that overlap or touch, and keeps separate ones apart', () => {
    let ranges = mergeRanges([], [10, 20]);
    ranges = mergeRanges(ranges, [30, 40]);
    expect(ranges).to.deep.equal([
      [10, 20],
      [30, 40],
    ]);
    expect(mergeRanges(ranges, [15, 32])).to.deep.equal([[10, 40]]);
    expect(mergeRanges(ranges, [20, 30])).to.deep.equal([[10, 40]]);
    expect(mergeRanges(ranges, [0, 5])).to.deep.equal([
      [0, 5],
      [10, 20],
      [30, 40],
    ]);
    expect(mergeRanges(ranges, [5, 5])).to.deep.equal(ranges);
    expect(watchedSeconds(mergeRanges(ranges, [18, 35]))).to.equal(30);
  });

  it('counts time watched twice once, across writes', () => {
    saveSessionProgress('tist', 'module-1', { position: 20, duration: 100, watched: [[0, 20]] });
    saveSessionProgress('tist', 'module-1', { position: 20, watched: [[10, 20]] });
    saveSessionProgress('tist', 'module-1', { position: 60, watched: [[50, 60]] });
    const stored = sessionProgress('tist', 'module-1');
    expect(stored.watched).to.deep.equal([
      [0, 20],
      [50, 60],
    ]);
    expect(stored.position).to.equal(60);
    expect(stored.duration).to.equal(100);
    expect(trainingProgress(training([100]))).to.deep.equal({ started: true, completed: false, ratio: 0.3 });
  });

  it('reports nothing started for a training without stored progress', () => {
    expect(trainingProgress(training([100, 100]))).to.deep.equal({ started: false, completed: false, ratio: 0 });
  });

  it('does not count a stored position without watched time as started', () => {
    // What an older version stored after a visit that never played (a deep link to 0:10).
    saveSessionProgress('tist', 'module-1', { position: 10, duration: 100 });
    expect(trainingProgress(training([100]))).to.deep.equal({ started: false, completed: false, ratio: 0 });
  });

  it('weighs the ratio by duration over sessions with a known duration, a completed session counting whole', () => {
    saveSessionProgress('tist', 'module-1', { duration: 100, watched: [[0, 95]], completed: true });
    saveSessionProgress('tist', 'module-2', { watched: [[0, 150]] }); // catalog duration 300
    saveSessionProgress('tist', 'module-3', { watched: [[0, 10]] }); // no duration known anywhere
    expect(trainingProgress(training([90, 300, undefined]))).to.deep.equal({
      started: true,
      completed: false,
      ratio: (100 + 150) / 400,
    });
  });

  it('is complete when every session is, or when the training was marked complete', () => {
    saveSessionProgress('tist', 'module-1', { completed: true });
    expect(trainingProgress(training([60, 60])).completed).to.equal(false);
    saveSessionProgress('tist', 'module-2', { completed: true });
    expect(trainingProgress(training([60, 60]))).to.deep.equal({ started: true, completed: true, ratio: 1 });
    clearStoredProgress();
    markTrainingComplete('tist');
    expect(trainingProgress(training([60, 60])).completed).to.equal(true);
  });

  it('never un-completes a session', () => {
    saveSessionProgress('tist', 'module-1', { completed: true });
    saveSessionProgress('tist', 'module-1', { position: 3, completed: false });
    expect(sessionProgress('tist', 'module-1').completed).to.equal(true);
  });

  it('ignores corrupt stored data', () => {
    localStorage.setItem('rsp-archive:progress:tist', '{not json');
    expect(trainingProgress(training([60]))).to.deep.equal({ started: false, completed: false, ratio: 0 });
    localStorage.setItem(
      'rsp-archive:progress:tist',
      JSON.stringify({ sessions: { 'module-1': { position: 'x', watched: [[5, 1], 'y', [0, 30]] } } }),
    );
    expect(sessionProgress('tist', 'module-1')).to.deep.equal({
      position: 0,
      duration: undefined,
      watched: [[0, 30]],
      completed: false,
    });
  });

  it('tells listeners about writes on this page and stops when asked', () => {
    let calls = 0;
    const stop = onProgressChange(() => calls++);
    saveSessionProgress('tist', 'module-1', { position: 5 });
    expect(calls).to.equal(1);
    stop();
    saveSessionProgress('tist', 'module-1', { position: 6 });
    expect(calls).to.equal(1);
  });

  it('tells listeners about progress changed in another tab', () => {
    let calls = 0;
    const stop = onProgressChange(() => calls++);
    try {
      // What the browser dispatches here when another tab writes the same storage.
      window.dispatchEvent(new StorageEvent('storage', { key: 'rsp-archive:progress:tist' }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'some-other-app' }));
      expect(calls).to.equal(1);
    } finally {
      stop();
    }
  });

  it('works without storage when reading localStorage throws', () => {
    const restore = blockStorage();
    try {
      expect(() => window.localStorage).to.throw();
      expect(saveSessionProgress('tist', 'module-1', { position: 5, watched: [[0, 5]] })).to.equal(false);
      expect(markTrainingComplete('tist')).to.equal(false);
      expect(sessionProgress('tist', 'module-1').position).to.equal(0);
      expect(trainingProgress(training([60]))).to.deep.equal({ started: false, completed: false, ratio: 0 });
    } finally {
      restore();
    }
    expect(localStorage.getItem('rsp-archive:progress:tist')).to.equal(null);
  });

  it('works without storage when setItem throws (storage full)', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(saveSessionProgress('tist', 'module-1', { position: 5 })).to.equal(false);
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(sessionProgress('tist', 'module-1').position).to.equal(0);
  });

  describe('stored progress is input', () => {
    const store = (session: unknown) =>
      localStorage.setItem('rsp-archive:progress:tist', JSON.stringify({ sessions: { 'module-1': session } }));

    it('drops ranges beyond the media, clamps small overshoots, and merges what overlaps', () => {
      store({ duration: 11, watched: [[0, 1e308], [2, 11.4], [-1, 1], [0.5, 3], [12, 14], ['4', 5], [6]] });
      expect(sessionProgress('tist', 'module-1').watched).to.deep.equal([[0, 11]]);
    });

    it('does not complete a session after a second of play because storage claims it all was watched', () => {
      store({ watched: [[0, 1e308]] });
      const clock = { now: 0 };
      const media = new ScriptedMedia(11, clock);
      const host = document.createElement('div');
      let completions = 0;
      host.addEventListener('rsp-complete', () => completions++);
      const subject = { trainingId: 'tist', sessionId: 'module-1', sessionIds: ['module-1'], completeAt: 0.9, completed: new Set<string>() };
      const tracker = new PlaybackTracker(host, media, subject, () => clock.now);
      media.play();
      media.wait(1);
      media.pause();
      tracker.detach();
      expect(completions).to.equal(0);
      expect(watchedSeconds(sessionProgress('tist', 'module-1').watched)).to.be.closeTo(1, 0.01);
    });

    it('keeps at most a bounded number of ranges, so a save stays small however many are stored', () => {
      const many = Array.from({ length: 20000 }, (_, index) => [index * 2, index * 2 + 1]);
      store({ watched: many });
      const read = sessionProgress('tist', 'module-1').watched;
      expect(read.length).to.be.at.most(1000);
      saveSessionProgress('tist', 'module-1', { position: 3, watched: [[100000, 100001]] });
      const text = localStorage.getItem('rsp-archive:progress:tist')!;
      expect(JSON.parse(text).sessions['module-1'].watched.length).to.be.at.most(1000);
      expect(text.length).to.be.below(40000);
    });

    it('rewrites an oversized stored record cleaned when the player opens it, and leaves a small one untouched', () => {
      const many = Array.from({ length: 20000 }, (_, index) => [index * 2, index * 2 + 1]);
      store({ position: 7, watched: many });
      openSessionProgress('tist', 'module-1');
      const tidied = JSON.parse(localStorage.getItem('rsp-archive:progress:tist')!).sessions['module-1'];
      expect(tidied.watched.length).to.equal(1000);
      expect(tidied.position).to.equal(7);
      store({ position: 7, watched: [[1, 2]], extra: 'kept' });
      const before = localStorage.getItem('rsp-archive:progress:tist');
      openSessionProgress('tist', 'module-1');
      expect(localStorage.getItem('rsp-archive:progress:tist')).to.equal(before);
      localStorage.removeItem('rsp-archive:progress:tist');
      openSessionProgress('tist', 'module-1');
      expect(localStorage.getItem('rsp-archive:progress:tist'), 'nothing stored: nothing written').to.equal(null);
    });

    it('drops what does not parse', () => {
      for (const stored of [null, 7, 'x', [], { sessions: [] }, { sessions: { 'module-1': 'x' } }, { sessions: null }]) {
        localStorage.setItem('rsp-archive:progress:tist', JSON.stringify(stored));
        expect(sessionProgress('tist', 'module-1')).to.deep.equal({ position: 0, duration: undefined, watched: [], completed: false });
        expect(saveSessionProgress('tist', 'module-1', { position: 4, watched: [[0, 4]] })).to.equal(true);
        expect(sessionProgress('tist', 'module-1').watched).to.deep.equal([[0, 4]]);
      }
      store({ position: -5, duration: -1, watched: 'x', completed: 'yes' });
      expect(sessionProgress('tist', 'module-1')).to.deep.equal({ position: 0, duration: undefined, watched: [], completed: false });
    });

    it("stores the same whatever the host page's Array.prototype.toJSON and Object.prototype.toJSON do", () => {
      const arrays = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON');
      const objects = Object.getOwnPropertyDescriptor(Object.prototype, 'toJSON');
      // What Prototype.js 1.6 defines.
      Object.defineProperty(Array.prototype, 'toJSON', { configurable: true, writable: true, value: function (this: unknown[]) { return `[${this.join(', ')}]`; } });
      Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, writable: true, value: () => 'object' });
      try {
        saveSessionProgress('tist', 'module-1', { position: 5, duration: 100, watched: [[0, 5]] });
      } finally {
        if (arrays) Object.defineProperty(Array.prototype, 'toJSON', arrays);
        else delete (Array.prototype as { toJSON?: unknown }).toJSON;
        if (objects) Object.defineProperty(Object.prototype, 'toJSON', objects);
        else delete (Object.prototype as { toJSON?: unknown }).toJSON;
      }
      expect(sessionProgress('tist', 'module-1')).to.deep.equal({ position: 5, duration: 100, watched: [[0, 5]], completed: false });
    });
  });
});
