/**
 * A YouTube or Vimeo player, once the viewer has pressed play on its facade, as a media element the rest of the player
 * already knows: `currentTime`, `duration`, `paused`, `ended`, `playbackRate`, and the events `play`, `playing`,
 * `pause`, `ended`, `timeupdate`, `ratechange`, `seeking`/`seeked`. So the same {@link PlaybackTracker} counts real
 * watching of an embed by the same rules as a native video, and the transcript, chapters and descriptions follow it.
 *
 * It speaks each provider's postMessage protocol to the iframe, with no script of theirs in the page:
 * - YouTube (the IFrame Player API's messages): we send `{"event":"listening"}` until the player answers, and
 *   `addEventListener` commands; the player sends `infoDelivery` (`currentTime`, `duration`, `playerState`,
 *   `playbackRate`) and `onStateChange` (-1 unstarted, 0 ended, 1 playing, 2 paused, 3 buffering, 5 cued).
 * - Vimeo (player.js's messages): on `ready` we send `{"method":"addEventListener","value":…}` for `play`, `pause`,
 *   `ended`, `timeupdate`, `seeked` and `playbackratechange`, and ask `getDuration`, `getCurrentTime` and `getPaused`
 *   (it may have started before); the player sends those events with `data.seconds`, `data.duration` and
 *   `data.playbackRate`, and answers as `{"method":…,"value":…}`.
 * Only messages from the iframe's own window and its provider's origin are read.
 */
import type { Embed } from './facade.js';
import type { PlaybackMedia } from './playback.js';

const VIMEO_EVENTS = ['play', 'pause', 'ended', 'timeupdate', 'seeked', 'playbackratechange'];

export class EmbedMedia extends EventTarget implements PlaybackMedia {
  currentTime = 0;
  duration = NaN;
  paused = true;
  seeking = false;
  ended = false;
  playbackRate = 1;
  private handshake?: ReturnType<typeof setInterval>;
  private heard = false;
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

  constructor(
    private iframe: HTMLIFrameElement,
    private embed: Embed,
    /** The provider's origin, which every message must come from and is sent to. */
    private origin: string,
    start = 0,
  ) {
    super();
    this.currentTime = start;
    window.addEventListener('message', this.onMessage);
    // YouTube's player speaks only once it has been asked to; ask until it answers (it may still be loading).
    if (embed.provider === 'youtube') {
      let tries = 0;
      const ask = () => {
        if (this.heard || ++tries > 120) return clearInterval(this.handshake);
        this.post({ event: 'listening', id: 1, channel: 'widget' });
        for (const name of ['onStateChange', 'onPlaybackRateChange']) this.post({ event: 'command', func: 'addEventListener', args: [name], id: 1, channel: 'widget' });
      };
      iframe.addEventListener('load', ask, { once: true });
      this.handshake = setInterval(ask, 250);
    }
  }

  /** Stops listening to the iframe. */
  disconnect() {
    clearInterval(this.handshake);
    window.removeEventListener('message', this.onMessage);
  }

  private post(message: unknown) {
    this.iframe.contentWindow?.postMessage(JSON.stringify(message), this.origin);
  }

  private receive(event: MessageEvent) {
    if (event.source !== this.iframe.contentWindow || event.origin !== this.origin) return;
    let data: Record<string, any>;
    try {
      data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    } catch {
      return; // not a message of the player's protocol
    }
    if (!data || typeof data !== 'object') return;
    this.heard = true;
    if (this.embed.provider === 'youtube') this.youtube(data);
    else this.vimeo(data);
  }

  private youtube(data: Record<string, any>) {
    const info = data.info;
    if (data.event === 'infoDelivery' && info && typeof info === 'object') {
      if (finite(info.duration) && info.duration > 0) this.duration = info.duration;
      if (finite(info.playbackRate) && info.playbackRate !== this.playbackRate) this.rate(info.playbackRate);
      if (finite(info.playerState)) this.state(info.playerState);
      if (finite(info.currentTime)) this.time(info.currentTime);
    } else if (data.event === 'onStateChange' && finite(info)) this.state(info);
    else if (data.event === 'onPlaybackRateChange' && finite(info)) this.rate(info);
  }

  private vimeo(data: Record<string, any>) {
    const { event } = data;
    const detail = data.data && typeof data.data === 'object' ? data.data : {};
    if (event === 'ready') {
      for (const value of VIMEO_EVENTS) this.post({ method: 'addEventListener', value });
      // It may have started (autoplay) before it listened for us: ask where it is.
      for (const method of ['getDuration', 'getCurrentTime', 'getPaused']) this.post({ method });
      return;
    }
    // The answers to those questions.
    if (data.method === 'getDuration' && finite(data.value) && data.value > 0) this.duration = data.value;
    if (data.method === 'getCurrentTime' && finite(data.value)) this.time(data.value);
    if (data.method === 'getPaused' && typeof data.value === 'boolean') this.state(data.value ? 2 : 1);
    if (finite(detail.duration) && detail.duration > 0) this.duration = detail.duration;
    if (event === 'seeked') {
      this.fire('seeking');
      this.seeking = false;
      if (finite(detail.seconds)) this.currentTime = detail.seconds;
      return this.fire('seeked');
    }
    if (event === 'playbackratechange' && finite(detail.playbackRate)) return this.rate(detail.playbackRate);
    if (finite(detail.seconds) && event !== 'ended') this.time(detail.seconds);
    if (event === 'play') this.state(1);
    else if (event === 'pause') this.state(2);
    else if (event === 'ended') this.state(0);
  }

  /** A player state, as YouTube numbers them. */
  private state(state: number) {
    if (state === 1 && (this.paused || this.ended)) {
      this.paused = this.ended = false;
      this.fire('play');
      this.fire('playing');
    } else if (state === 2 && !this.paused) {
      this.paused = true;
      this.fire('pause');
    } else if (state === 0 && !this.ended) {
      if (finite(this.duration)) this.time(this.duration);
      this.ended = true;
      const wasPlaying = !this.paused;
      this.paused = true;
      if (wasPlaying) this.fire('pause');
      this.fire('ended');
    }
  }

  private time(seconds: number) {
    if (seconds === this.currentTime) return;
    this.currentTime = seconds;
    this.fire('timeupdate');
  }

  private rate(rate: number) {
    this.playbackRate = rate;
    this.fire('ratechange');
  }

  private fire(type: string) {
    // A media element's own events (not the player's rsp-* ones): made here so the elements' manifest skips them.
    const event = new Event(type);
    this.dispatchEvent(event);
  }
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
