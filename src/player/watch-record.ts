/**
 * Our own record of what really played, fed with what the media reports. No DOM: the tracker passes it readings of
 * the media's time and of a clock, so it can be tested against a model.
 *
 * Browsers' `video.played` is not such a record: Chromium reports `[0, t]` after a seek to `t` on a video that never
 * played. Here an interval counts only when the media was playing (not paused, seeking or ended) at both of its ends
 * and its time advanced no faster than playback could in the wall-clock time between them, so a jump nobody
 * announced (a script setting `currentTime`, a seek some browser reports late) never counts.
 *
 * @example
 * const record = new WatchRecord();
 * video.addEventListener('timeupdate', () =>
 *   record.sample(video.currentTime, performance.now(), video.playbackRate, !video.paused && !video.seeking));
 * video.addEventListener('seeking', () => record.interrupt());
 * record.ranges(); // [[12, 40.25]]
 */
import type { WatchedRange } from '../progress/progress.js';
import { mergeRanges } from '../progress/record.js';

/** How much faster than `elapsed × rate` time may advance between two samples and still count as playback. */
const RATE_SLACK = 1.5;
/**
 * Seconds of advance allowed on top of that, for timers that fire late or early — never more than the wall-clock
 * time that passed, so a jump with no time between its readings counts nothing, however small (the model test found
 * a 1 s jump clamped to the last 0.25 s of a video counting as watched).
 */
const TIME_SLACK = 0.25;

interface Sample {
  time: number;
  now: number;
  rate: number;
}

export class WatchRecord {
  private played: WatchedRange[] = [];
  /** The last reading while playing, from which the next one may count. */
  private last?: Sample;

  /** Merged, sorted ranges of real playback recorded so far. */
  ranges(): WatchedRange[] {
    return this.played;
  }

  /**
   * A reading of the media: its `time` (seconds), the clock's `now` (milliseconds), its playback `rate`, and whether
   * it is `playing` now. The time since the previous reading counts when the media was playing at both.
   * Readings where it is not playing end the interval (call on pause and end with `playing` false, so the last
   * stretch up to them counts).
   */
  sample(time: number, now: number, rate: number, playing: boolean) {
    const last = this.last;
    if (last && Number.isFinite(time)) {
      const advance = time - last.time;
      const elapsed = Math.max(0, now - last.now) / 1000;
      const limit = elapsed * Math.max(last.rate, rate, 0) * RATE_SLACK + Math.min(TIME_SLACK, elapsed);
      if (advance > 0 && advance <= limit) this.played = mergeRanges(this.played, [last.time, time]);
    }
    this.last = playing && Number.isFinite(time) ? { time, now, rate } : undefined;
  }

  /** The media's time is about to jump or its source is changing (`seeking`, `emptied`): nothing spans it. */
  interrupt() {
    this.last = undefined;
  }
}
