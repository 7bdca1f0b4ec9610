/**
 * Follows one `<video>` for one session: fires `rsp-play`, `rsp-pause`, `rsp-progress` and `rsp-complete` from the
 * player, and keeps the progress store current (position at most every 5 s, plus on pause and `pagehide`).
 *
 * Watched time comes from the browser's own `video.played` ranges, which grow only through real playback: seeking
 * over a part never counts it. They are merged with what earlier visits stored.
 */
import { emit } from '../events.js';
import {
  markTrainingComplete,
  mergeRanges,
  saveSessionProgress,
  sessionProgress,
  watchedSeconds,
  type WatchedRange,
} from './progress.js';

/** `rsp-progress` and position writes happen at most this often while playing. */
const INTERVAL_MS = 5000;

export interface PlaybackSubject {
  trainingId: string;
  sessionId: string;
  /** Every session id of the training: the training is complete when all of them are. */
  sessionIds: readonly string[];
  /** Share of real watching that completes a session (0..1). */
  completeAt: number;
  /**
   * Sessions completed on this page, shared by the player across sessions, so completion is still reported once
   * when storage is blocked.
   */
  completed: Set<string>;
}

export class PlaybackTracker {
  private stored: WatchedRange[];
  private lastEmit = 0;
  private lastSave = 0;
  private dirty = false;
  private readonly stop: () => void;

  constructor(
    private host: HTMLElement,
    private video: HTMLVideoElement,
    private subject: PlaybackSubject,
  ) {
    const progress = sessionProgress(subject.trainingId, subject.sessionId);
    this.stored = progress.watched;
    if (progress.completed) subject.completed.add(subject.sessionId);
    const listeners: [EventTarget, string, () => void][] = [
      [video, 'play', () => this.onPlay()],
      [video, 'pause', () => this.onPause()],
      [video, 'timeupdate', () => this.onTime()],
      [window, 'pagehide', () => this.save()],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    this.stop = () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }

  /** Stops following the video, saving where it was. */
  detach() {
    if (this.video.currentTime > 0) this.save();
    this.stop();
  }

  /** Stored ranges plus this visit's real playback. */
  watched(): WatchedRange[] {
    const { played } = this.video;
    let ranges = this.stored;
    for (let index = 0; index < played.length; index++) {
      ranges = mergeRanges(ranges, [played.start(index), played.end(index)]);
    }
    return ranges;
  }

  private detail() {
    const { trainingId, sessionId } = this.subject;
    const duration = Number.isFinite(this.video.duration) ? this.video.duration : 0;
    const seconds = watchedSeconds(this.watched());
    return {
      trainingId,
      sessionId,
      currentTime: this.video.currentTime,
      duration,
      watchedSeconds: seconds,
      watchedRatio: duration ? Math.min(1, seconds / duration) : 0,
    };
  }

  private onPlay() {
    const { trainingId, sessionId } = this.subject;
    this.lastEmit = this.lastSave = performance.now();
    emit(this.host, 'rsp-play', { trainingId, sessionId, currentTime: this.video.currentTime });
  }

  private onPause() {
    const { trainingId, sessionId } = this.subject;
    this.save();
    if (this.dirty) this.progress();
    emit(this.host, 'rsp-pause', { trainingId, sessionId, currentTime: this.video.currentTime });
  }

  private onTime() {
    if (this.video.paused || this.video.seeking) return;
    this.dirty = true;
    const now = performance.now();
    if (now - this.lastSave >= INTERVAL_MS) this.save();
    if (now - this.lastEmit >= INTERVAL_MS) this.progress();
    else this.checkComplete(this.detail().watchedRatio);
  }

  private progress() {
    this.lastEmit = performance.now();
    this.dirty = false;
    const detail = this.detail();
    emit(this.host, 'rsp-progress', detail);
    this.checkComplete(detail.watchedRatio);
  }

  private save() {
    this.lastSave = performance.now();
    const { trainingId, sessionId } = this.subject;
    const { currentTime, duration, ended } = this.video;
    saveSessionProgress(trainingId, sessionId, {
      // At the end there is nothing to resume.
      position: ended ? 0 : currentTime,
      duration: Number.isFinite(duration) ? duration : undefined,
      watched: this.watched(),
    });
  }

  private checkComplete(ratio: number) {
    const { trainingId, sessionId, sessionIds, completeAt, completed } = this.subject;
    if (completed.has(sessionId) || ratio < completeAt) return;
    completed.add(sessionId);
    saveSessionProgress(trainingId, sessionId, { completed: true, watched: this.watched() });
    emit(this.host, 'rsp-complete', { trainingId, sessionId, scope: 'session' });
    if (sessionIds.every((id) => completed.has(id) || sessionProgress(trainingId, id).completed)) {
      markTrainingComplete(trainingId);
      emit(this.host, 'rsp-complete', { trainingId, scope: 'training' });
    }
  }
}
