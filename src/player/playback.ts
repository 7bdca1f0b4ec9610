/**
 * Follows one `<video>` for one session: fires `rsp-play`, `rsp-pause`, `rsp-progress` and `rsp-complete` from the
 * player, and keeps the progress store current (position at most every 5 s, plus on pause and `pagehide`).
 *
 * Watched time is our own {@link WatchRecord} of real playback in this visit, merged with what earlier visits
 * stored; never `video.played`, which Chromium fills in on a seek. A visit that never plays stores nothing: no
 * position (so no "Resume at" offer), no watched time (so no badge), and it does not overwrite an earlier position.
 */
import { emit } from '../events.js';
import { cleanRanges, sessionProgress, watchedSeconds, type WatchedRange } from '../progress/progress.js';
import { markTrainingComplete, saveSessionProgress } from '../progress/record.js';
import { WatchRecord } from './watch-record.js';

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

/** What the tracker reads of the media element (an `HTMLVideoElement`, or a stand-in in tests). */
export type PlaybackMedia = EventTarget &
  Pick<HTMLMediaElement, 'currentTime' | 'duration' | 'paused' | 'seeking' | 'ended' | 'playbackRate'>;

export class PlaybackTracker {
  private stored: WatchedRange[];
  private readonly record = new WatchRecord();
  private lastEmit = 0;
  private lastSave = 0;
  private dirty = false;
  private readonly stop: () => void;

  /** `now` is the clock (milliseconds) that real playback is measured against. */
  constructor(
    private host: HTMLElement,
    private video: PlaybackMedia,
    private subject: PlaybackSubject,
    private now: () => number = () => performance.now(),
  ) {
    const progress = sessionProgress(subject.trainingId, subject.sessionId);
    this.stored = progress.watched;
    if (progress.completed) subject.completed.add(subject.sessionId);
    const listeners: [EventTarget, string, () => void][] = [
      [video, 'play', () => this.onPlay()],
      [video, 'playing', () => this.sample()],
      [video, 'pause', () => this.onPause()],
      [video, 'ended', () => this.sample()],
      [video, 'timeupdate', () => this.onTime()],
      [video, 'ratechange', () => this.sample()],
      [video, 'seeking', () => this.record.interrupt()],
      [video, 'seeked', () => this.sample()],
      [video, 'emptied', () => this.record.interrupt()],
      [window, 'pagehide', () => this.save()],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    this.stop = () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }

  /** Stops following the video, saving where it was. */
  detach() {
    this.sample();
    this.save();
    this.stop();
  }

  /** Stored ranges plus this visit's real playback, within the media's duration. */
  watched(): WatchedRange[] {
    const { duration } = this.video;
    return cleanRanges([...this.stored, ...this.record.ranges()], Number.isFinite(duration) ? duration : undefined);
  }

  /** Whether anything really played in this visit. */
  private get played() {
    return this.record.ranges().length > 0;
  }

  /** Feeds the record a reading of the media as it is now. */
  private sample() {
    const { currentTime, playbackRate, paused, seeking, ended } = this.video;
    if (seeking) return this.record.interrupt();
    this.record.sample(currentTime, this.now(), playbackRate, !paused && !ended);
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
    this.sample();
    this.lastEmit = this.lastSave = this.now();
    emit(this.host, 'rsp-play', { trainingId, sessionId, currentTime: this.video.currentTime });
  }

  private onPause() {
    const { trainingId, sessionId } = this.subject;
    this.sample();
    this.save();
    if (this.dirty) this.progress();
    emit(this.host, 'rsp-pause', { trainingId, sessionId, currentTime: this.video.currentTime });
  }

  private onTime() {
    this.sample();
    if (!this.played || this.video.seeking) return;
    this.dirty = true;
    const now = this.now();
    if (now - this.lastSave >= INTERVAL_MS) this.save();
    if (now - this.lastEmit >= INTERVAL_MS) this.progress();
    else this.checkComplete(this.detail().watchedRatio);
  }

  private progress() {
    this.lastEmit = this.now();
    this.dirty = false;
    const detail = this.detail();
    emit(this.host, 'rsp-progress', detail);
    this.checkComplete(detail.watchedRatio);
  }

  /** Writes position and watched time, only once something really played in this visit. */
  private save() {
    if (!this.played) return;
    this.lastSave = this.now();
    const { trainingId, sessionId } = this.subject;
    const { currentTime, duration, ended } = this.video;
    saveSessionProgress(trainingId, sessionId, {
      // At the end there is nothing to resume.
      position: ended ? 0 : currentTime,
      duration: Number.isFinite(duration) ? duration : undefined,
      watched: this.watched(),
      // What this page knows stays known: a record cleared while the page is open (site data cleared in the
      // browser) is written back completed, or the next visit would report the completion again.
      completed: this.subject.completed.has(sessionId),
    });
  }

  private checkComplete(ratio: number) {
    const { trainingId, sessionId, sessionIds, completeAt, completed } = this.subject;
    if (!this.played || completed.has(sessionId) || ratio < completeAt) return;
    completed.add(sessionId);
    saveSessionProgress(trainingId, sessionId, { completed: true, watched: this.watched() });
    emit(this.host, 'rsp-complete', { trainingId, sessionId, scope: 'session' });
    if (sessionIds.every((id) => completed.has(id) || sessionProgress(trainingId, id).completed)) {
      markTrainingComplete(trainingId);
      emit(this.host, 'rsp-complete', { trainingId, scope: 'training' });
    }
  }
}
