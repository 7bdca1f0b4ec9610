/**
 * The recording of the session a player shows: its own `<video>` (through {@link SessionMedia}) or a YouTube or Vimeo
 * player behind its facade, whichever the session has, and the media-time source that the transcript, the chapters and
 * the descriptions follow. A session is opened before the player renders it and its video attached once rendered,
 * so nothing here asks for a second render from inside an update.
 */
import type { ReactiveController } from 'lit';
import { AudioDescriptions } from './descriptions.js';
import { sessionKey, type Current } from './current.js';
import { EmbedFacade, type Embed } from './facade.js';
import { SessionMedia, type MediaHost, type SessionOptions } from './media.js';
import { MediaTime } from './media-time.js';
import { parseTime } from './time.js';

export interface RecordingHost extends MediaHost {
  renderRoot: HTMLElement | DocumentFragment;
}

export class Recording implements ReactiveController {
  /** Where playback is: the media reports it, subscribers hear it and seek through it. */
  readonly time = new MediaTime();
  readonly media: SessionMedia;
  readonly embed: EmbedFacade;
  readonly descriptions: AudioDescriptions;
  /** Part of the video's key: a new `<video>` once the media has let go of the old one. */
  generation = 0;
  /** The session opened last, and its embed when it has one. */
  private shown?: { key: string; embed?: Embed };
  private startUsed = false;

  constructor(private host: RecordingHost) {
    this.media = new SessionMedia(host, this.time);
    this.embed = new EmbedFacade(host);
    this.descriptions = new AudioDescriptions(host, this.time);
    host.addController(this);
  }

  /**
   * Back in the page after the media let go of the video (removed, and not put back in the same task): a fresh
   * `<video>`, so the browser picks its captions track again, attached after the next render. Moved within one task,
   * the video kept playing and nothing needs doing.
   */
  hostConnected() {
    if (this.media.video) return;
    this.generation++;
    this.shown = undefined;
    this.host.requestUpdate();
  }

  /**
   * Called before each render: opens the recording of `current` when it is another than the one shown. `start` (a
   * time as the player's attribute gives it) is for the first recording shown, native or embedded.
   */
  show(current: Current | undefined, start: string | null, options: Omit<SessionOptions, 'start'>) {
    // Out of the page, a video opened now would never be let go of; hostConnected opens it on the way back.
    if (!this.host.isConnected) return;
    const key = current && sessionKey(current);
    if (key === this.shown?.key) return;
    const video = current?.session.video;
    const embed = video?.embed;
    this.shown = key === undefined ? undefined : { key, embed };
    this.time.use(embed ? this.embed.playhead(key!, embed) : this.media);
    if (!current || !video) return this.media.release();
    const first = this.startUsed ? undefined : parseTime(start);
    this.startUsed = true;
    if (embed) {
      this.media.release();
      return this.embed.show(key!, first);
    }
    this.descriptions.reset();
    this.media.open(current.training, current.session, { ...options, start: first });
  }

  /** The video rendered for the session opened last: the media takes it over, once. */
  hostUpdated() {
    const video = this.host.isConnected && this.host.renderRoot.querySelector('video');
    if (video && video !== this.media.video) this.media.attach(video);
  }

  /** Plays or pauses; an embed's facade starts its player. */
  togglePlay() {
    if (this.shown?.embed) this.embed.play(this.shown.key);
    else this.media.togglePlay();
  }

  /** Puts the video or the embed's player in full screen, or leaves it. */
  toggleFullscreen() {
    if (!this.embed.toggleFullscreen()) this.media.toggleFullscreen();
  }
}
