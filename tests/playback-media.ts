/**
 * A scripted stand-in for a playing `<video>`, for the playback model test: it has what the tracker reads of an
 * `HTMLVideoElement` and fires the events a browser fires, in a browser's order, on a clock the test controls.
 * It also keeps `played` as the browser it runs in does — including Chromium's `[0, t]` after a seek to `t` before
 * any playback — so that a tracker believing it would be caught.
 */
import type { WatchedRange } from '../src/progress/progress.js';
import { mergeRanges } from '../src/progress/record.js';

/** Media seconds between two `timeupdate` events while playing (browsers fire them every 15–250 ms). */
export const TICK = 0.25;

export const chromiumLies = () => navigator.userAgent.includes('Chrome');

export class ScriptedMedia extends EventTarget {
  paused = true;
  seeking = false;
  ended = false;
  /** Ranges that really played: the truth the tracker is held to. */
  reallyPlayed: WatchedRange[] = [];
  private time = 0;
  private rate = 1;
  private playedRanges: WatchedRange[] = [];
  private everPlayed = false;

  constructor(
    readonly duration: number,
    /** The clock, in milliseconds: the test's, shared with the tracker. */
    private clock: { now: number },
    private lies = chromiumLies(),
  ) {
    super();
  }

  get currentTime() {
    return this.time;
  }

  /** A seek, as a script or the native controls do it. */
  set currentTime(seconds: number) {
    this.seekTo(seconds);
  }

  get playbackRate() {
    return this.rate;
  }

  set playbackRate(rate: number) {
    this.rate = rate;
    this.fire('ratechange');
  }

  /** What the browser would report: Chromium counts `[0, t]` after a seek before any playback. */
  get played() {
    const ranges = this.playedRanges;
    return { length: ranges.length, start: (at: number) => ranges[at][0], end: (at: number) => ranges[at][1] };
  }

  play() {
    if (!this.paused) return;
    // At the end, play() starts over (HTML: "if playback has ended, seek to the earliest position").
    if (this.ended) {
      this.paused = false;
      this.beginSeek(0);
      this.fire('play');
      this.endSeek();
    } else {
      this.paused = false;
      this.fire('play');
    }
    this.fire('playing');
    this.everPlayed = true;
  }

  pause() {
    if (this.paused) return;
    this.paused = true;
    this.fire('timeupdate');
    this.fire('pause');
  }

  /** Lets `seconds` of wall-clock time pass; while playing, time advances a tick at a time, with a `timeupdate` each. */
  wait(seconds: number) {
    let left = seconds;
    while (left > 1e-9) {
      if (this.paused) {
        this.clock.now += left * 1000;
        return;
      }
      const step = Math.min(TICK, this.duration - this.time);
      const wall = Math.min(left, step / this.rate);
      const advance = wall * this.rate;
      this.clock.now += wall * 1000;
      left -= wall;
      const from = this.time;
      this.time = Math.min(this.duration, this.time + advance);
      this.reallyPlayed = mergeRanges(this.reallyPlayed, [from, this.time]);
      this.playedRanges = mergeRanges(this.playedRanges, [from, this.time]);
      this.fire('timeupdate');
      if (this.time >= this.duration) {
        this.ended = true;
        this.paused = true;
        this.fire('pause');
        this.fire('ended');
      }
    }
  }

  seekTo(seconds: number) {
    this.beginSeek(seconds);
    this.endSeek();
  }

  /** A jump of time nobody announced (no `seeking`/`seeked`), as a late-reporting browser or a stalled stream gives. */
  jump(seconds: number) {
    this.time = Math.min(this.duration, Math.max(0, seconds));
    this.fire('timeupdate');
  }

  private beginSeek(seconds: number) {
    this.seeking = true;
    this.time = Math.min(this.duration, Math.max(0, seconds));
    this.ended = false;
    if (this.lies && !this.everPlayed) this.playedRanges = mergeRanges(this.playedRanges, [0, this.time]);
    this.fire('seeking');
  }

  private endSeek() {
    this.seeking = false;
    this.fire('timeupdate');
    this.fire('seeked');
  }

  private fire(type: string) {
    this.dispatchEvent(new Event(type));
  }
}
