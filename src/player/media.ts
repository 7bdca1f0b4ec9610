/**
 * One session's `<video>`: attaches its source (native or hls.js), applies captions, speed and the start position,
 * reports its time to the media-time source, and hands progress to a {@link PlaybackTracker}.
 * The element renders; this controller owns what happens to the media. A session is opened before the element renders
 * it (the resume offer, the captions menu and a source that cannot play are known by then), its video attached after.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Session, Training } from '../catalog/normalize.js';
import { PlaybackTracker, type PlaybackSubject } from './playback.js';
import { watchedSeconds } from '../progress/progress.js';
import { openSessionProgress } from '../progress/record.js';
import type { MediaTime, Playhead } from './media-time.js';
import { attachSources, playableSources, type HlsMode, type Playable } from './sources.js';

/** A stored position is offered for resuming only past this many seconds, and before this share of the video. */
export const RESUME_AFTER = 5;
export const RESUME_BEFORE = 0.95;

export interface MediaHost extends ReactiveControllerHost, HTMLElement {
  /** Called when the viewer shows another captions track (toolbar, `c` or the native menu); -1 for off. */
  captionsChanged?(index: number): void;
}

export interface SessionOptions {
  /** Where to start, in seconds; wins over a stored position. */
  start?: number;
  completeAt: number;
  hls: HlsMode;
  captionIndex: number;
}

export class SessionMedia implements ReactiveController, Playhead {
  video?: HTMLVideoElement;
  /** The `error` of the video, or true when no source can play here. */
  failed = false;
  /** A stored position to offer ("Resume at 12:34"), until the viewer chooses or plays. */
  resumeAt?: number;
  /** Index into the session's captions that is showing, -1 for off. */
  captionIndex = -1;
  /** The last track shown, for the `c` shortcut's "on" again. */
  private lastCaptionIndex = 0;
  speed = 1;
  /** Sessions completed on this page (see PlaybackSubject). */
  readonly completed = new Set<string>();
  private tracker?: PlaybackTracker;
  /** The session opened and waiting for its video, with the source that will play it. */
  private opened?: { subject: PlaybackSubject; playables: Playable[]; start?: number };
  /** What the tracker follows, to follow it again after a move. */
  private subject?: PlaybackSubject;
  private detachSource?: () => void;
  private unlisten?: () => void;
  private generation = 0;

  constructor(
    private host: MediaHost,
    private time: MediaTime,
  ) {
    host.addController(this);
  }

  /**
   * Removed from the page: the position is saved and progress stops there; the video is let go of unless the player
   * comes back in the same task (a framework moving it among its siblings), when it plays on, as the browser's own
   * media elements do. A removed player that kept its video would stay alive, and with it whatever page around it
   * (see {@link SessionMedia.release}).
   */
  hostDisconnected() {
    this.tracker?.detach();
    this.tracker = undefined;
    queueMicrotask(() => {
      if (!this.host.isConnected) this.release();
    });
  }

  /** Moved in the page: the video played on; follow it again. */
  hostConnected() {
    if (this.video && this.subject && !this.tracker) this.tracker = new PlaybackTracker(this.host, this.video, this.subject);
  }

  /** The video's time, for the media-time source. */
  now() {
    return this.video?.currentTime ?? 0;
  }

  /**
   * Lets go of the last session and opens `session`, before the element renders its video: reads its stored
   * progress (the resume offer) and picks the source that will play it. `start` (seconds) wins over a stored
   * position; nothing ever autoplays.
   */
  open(training: Training, session: Session, options: SessionOptions) {
    this.release();
    // Any video answers canPlayType alike: this one is never put in the page.
    const playables = playableSources(session.video?.sources ?? [], document.createElement('video'), options.hls);
    this.failed = !playables.length;
    // The `default` attribute the element renders picks the first track: setting modes from script before the
    // browser's own track selection has run makes Chromium show two tracks at once.
    this.captionIndex = options.captionIndex;
    if (options.captionIndex >= 0) this.lastCaptionIndex = options.captionIndex;
    const subject = {
      trainingId: training.id,
      sessionId: session.id,
      sessionIds: training.sessions.map((each) => each.id),
      completeAt: options.completeAt,
      completed: this.completed,
    };
    this.opened = { subject, playables, start: options.start };
    if (!playables.length) return;
    const stored = openSessionProgress(training.id, session.id);
    const nearEnd = stored.duration && stored.position > stored.duration * RESUME_BEFORE;
    // A position without watched time was never really played from (older versions saved one on a mere visit).
    const watched = watchedSeconds(stored.watched) > 0;
    const offer = options.start === undefined && watched && stored.position >= RESUME_AFTER && !nearEnd;
    this.resumeAt = offer ? stored.position : undefined;
  }

  /** Takes over `video`, the one the element rendered for the session opened last (if it has not yet). */
  attach(video: HTMLVideoElement) {
    const opened = this.opened;
    if (!opened) return;
    this.opened = undefined;
    const generation = ++this.generation;
    this.video = video;
    const onError = () => {
      this.failed = true;
      this.host.requestUpdate();
    };
    const onTime = () => this.time.publish(video.currentTime);
    const onPlay = () => {
      // Play pressed without answering the offer resumes where the viewer left off, as YouTube does: starting at
      // 0:00 would lose the place (and the next save would overwrite it).
      if (this.resumeAt !== undefined && video.currentTime < 1) video.currentTime = this.resumeAt;
      this.resumeAt = undefined;
      this.host.requestUpdate();
    };
    const onRate = () => {
      this.speed = video.playbackRate;
      this.host.requestUpdate();
    };
    // The native controls have a captions menu too: keep the toolbar's menu in step with it.
    const onTracks = () => {
      const index = [...video.querySelectorAll('track')].findIndex((track) => track.track.mode === 'showing');
      if (index === this.captionIndex) return;
      this.captionIndex = index;
      if (index >= 0) this.lastCaptionIndex = index;
      this.host.captionsChanged?.(index);
      this.host.requestUpdate();
    };
    const listeners = { timeupdate: onTime, seeked: onTime, play: onPlay, ratechange: onRate };
    for (const [type, listener] of Object.entries(listeners)) video.addEventListener(type, listener);
    video.textTracks.addEventListener('change', onTracks);
    this.unlisten = () => {
      for (const [type, listener] of Object.entries(listeners)) video.removeEventListener(type, listener);
      video.textTracks.removeEventListener('change', onTracks);
    };
    if (!opened.playables.length) return;
    this.subject = opened.subject;
    this.tracker = new PlaybackTracker(this.host, video, this.subject);
    // A source that fails hands over to the next (HLS → MP4) at the same time; the viewer is told when none plays.
    this.detachSource = attachSources(video, opened.playables, {
      start: opened.start,
      failed: onError,
      ready: () => {
        if (generation === this.generation) video.defaultPlaybackRate = video.playbackRate = this.speed;
      },
    });
  }

  /**
   * Lets go of the current video, saving its position: pauses it, turns its text tracks off and empties it. Chromium
   * keeps a media element reachable after it leaves the page while it plays or while one of its text tracks is not
   * `disabled` (a `default` captions track is `showing`): 40 removed players, all 40 alive after a forced garbage
   * collection, and an archive with each (see tests/reliability-leaks.chromium.test.ts). `default` goes too: a video
   * removed before the browser's own track selection has run would otherwise turn that track on afterwards.
   */
  release() {
    this.generation++;
    this.tracker?.detach();
    this.unlisten?.();
    const video = this.video;
    if (video) {
      video.pause();
      for (const track of video.querySelectorAll('track')) track.removeAttribute('default');
      for (const track of video.textTracks) track.mode = 'disabled';
    }
    this.detachSource?.();
    this.tracker = this.unlisten = this.detachSource = this.video = this.subject = this.opened = undefined;
    this.resumeAt = undefined;
  }

  seek(seconds: number) {
    if (!this.video) return;
    const duration = Number.isFinite(this.video.duration) ? this.video.duration : Infinity;
    this.video.currentTime = Math.min(Math.max(0, seconds), duration);
    this.resumeAt = undefined; // the resume offer goes once the viewer has chosen
    this.host.requestUpdate();
    this.time.publish(this.video.currentTime);
  }

  /** The viewer's answer to the offer: plays from `seconds` ("Resume at …", or 0 for "Start over"). */
  playFrom(seconds: number) {
    this.seek(seconds);
    this.video?.play().catch(() => {});
  }

  skip(by: number) {
    if (this.video) this.seek(this.video.currentTime + by);
  }

  togglePlay() {
    const video = this.video;
    if (!video || this.failed) return;
    if (video.paused) video.play().catch(() => {});
    else video.pause();
  }

  setSpeed(speed: number) {
    this.speed = speed;
    if (this.video) this.video.defaultPlaybackRate = this.video.playbackRate = speed;
    this.host.requestUpdate();
  }

  /** Shows the captions track at `index` (in the session's captions list), or none for -1. */
  showCaptions(index: number) {
    this.captionIndex = index;
    if (index >= 0) this.lastCaptionIndex = index;
    // The <track> elements the player rendered, in catalog order (a stream may add in-band tracks of its own).
    const tracks = [...(this.video?.querySelectorAll('track') ?? [])];
    tracks.forEach((track, at) => (track.track.mode = at === index ? 'showing' : 'disabled'));
    this.host.captionsChanged?.(index);
    this.host.requestUpdate();
  }

  toggleCaptions() {
    this.showCaptions(this.captionIndex >= 0 ? -1 : this.lastCaptionIndex);
  }

  toggleMute() {
    if (this.video) this.video.muted = !this.video.muted;
  }

  /** Puts the video (with its native controls) in full screen, or leaves it. Needs the viewer's key press or click. */
  toggleFullscreen() {
    const video = this.video;
    if (!video) return;
    const root = video.getRootNode() as Document | ShadowRoot;
    const request = root.fullscreenElement === video ? document.exitFullscreen() : video.requestFullscreen();
    request.catch(() => {}); // refused (no user activation, or fullscreen not allowed in this frame): nothing to do
  }
}
