/**
 * The recording of the session a player shows: its own `<video>` (through {@link SessionMedia}) or a YouTube or Vimeo
 * player behind its facade, whichever the session has, and the media-time source that the transcript, the chapters and
 * the descriptions follow. A session is opened before the player renders it and its video attached once rendered,
 * so nothing here asks for a second render from inside an update.
 */
import type { ReactiveController } from 'lit';
import { CaptionStyles } from './caption-style.js';
import { AudioDescriptions } from './descriptions.js';
import { sessionKey, type Current } from './current.js';
import type { EmbedMedia } from './embed-media.js';
import { EmbedFacade, embedOrigin, type Embed } from './facade.js';
import { PlaybackTracker } from './playback.js';
import { openSessionProgress } from '../progress/record.js';
import { watchedSeconds } from '../progress/progress.js';
import { RESUME_AFTER, RESUME_BEFORE, SessionMedia, type MediaHost, type SessionOptions } from './media.js';
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
  /** The viewer's caption style, on every video this player shows. */
  readonly captionStyle: CaptionStyles;
  /** Part of the video's key: a new `<video>` once the media has let go of the old one. */
  generation = 0;
  /** The session opened last, and its embed when it has one. */
  private shown?: { key: string; embed?: Embed; current?: Current; completeAt: number };
  /** The embed's player that is reporting, and the tracker counting what it plays. */
  private reporting?: { frame: HTMLIFrameElement; media?: EmbedMedia; tracker?: PlaybackTracker };
  private startUsed = false;

  constructor(private host: RecordingHost) {
    this.media = new SessionMedia(host, this.time);
    this.embed = new EmbedFacade(host);
    this.captionStyle = new CaptionStyles(host);
    const video = () => this.media.video;
    this.descriptions = new AudioDescriptions(host, this.time, {
      playing: () => !!video() && !video()!.paused && !video()!.ended,
      pause: () => video()?.pause(),
      play: () => void video()?.play().catch(() => {}),
    });
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
    this.stopReporting();
    this.shown = key === undefined ? undefined : { key, embed, current, completeAt: options.completeAt };
    this.time.use(embed ? this.embed.playhead(key!, embed, () => this.reporting?.media?.currentTime ?? 0) : this.media);
    if (!current || !video) return this.media.release();
    const first = this.startUsed ? undefined : parseTime(start);
    this.startUsed = true;
    if (embed) {
      this.media.release();
      // Where the viewer left off, as for a video whose play is pressed without answering the resume offer.
      return this.embed.show(key!, first ?? resumePosition(current));
    }
    this.descriptions.reset(current.training.language);
    this.media.open(current.training, current.session, { ...options, start: first });
  }

  /** The video rendered for the session opened last: the media takes it over, once. */
  hostUpdated() {
    const video = this.host.isConnected && this.host.renderRoot.querySelector('video');
    if (video && video !== this.media.video) this.media.attach(video);
    this.reportEmbed();
  }

  hostDisconnected() {
    this.stopReporting();
  }

  /**
   * The embed's player, once the viewer pressed play and its iframe is in the page: followed through its messages
   * by the same tracker as a video (`rsp-play`, `rsp-progress`, `rsp-complete`, stored progress), its time published
   * to the transcript, chapters and descriptions.
   */
  private reportEmbed() {
    const shown = this.shown;
    const frame = shown?.embed && this.embed.frame(shown.key);
    if (!shown?.embed || !shown.current || !frame || this.reporting?.frame === frame) return;
    this.stopReporting();
    const key = shown.key;
    const reporting: NonNullable<Recording['reporting']> = (this.reporting = { frame });
    const { embed, current: { training, session } } = shown;
    // Only embed sessions need the providers' protocols: a chunk of its own, fetched while their player loads.
    void import('./embed-media.js').then(({ EmbedMedia }) => {
      if (this.reporting !== reporting) return; // another session, or out of the page, by now
      const media = (reporting.media = new EmbedMedia(frame, embed, embedOrigin(embed), this.embed.startOf(key)));
      reporting.tracker = new PlaybackTracker(this.host, media, {
        trainingId: training.id,
        sessionId: session.id,
        sessionIds: training.sessions.map((each) => each.id),
        completeAt: shown.completeAt,
        completed: this.media.completed,
      });
      const publish = () => this.time.publish(media.currentTime);
      media.addEventListener('timeupdate', publish);
      media.addEventListener('seeked', publish);
    });
  }

  private stopReporting() {
    this.reporting?.tracker?.detach();
    this.reporting?.media?.disconnect();
    this.reporting = undefined;
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

/** A stored position to start an embed from, by the rules of a video's resume offer. */
function resumePosition({ training, session }: Current): number | undefined {
  const stored = openSessionProgress(training.id, session.id);
  const nearEnd = stored.duration && stored.position > stored.duration * RESUME_BEFORE;
  return watchedSeconds(stored.watched) > 0 && stored.position >= RESUME_AFTER && !nearEnd ? stored.position : undefined;
}
