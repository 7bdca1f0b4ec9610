/**
 * YouTube and Vimeo sessions: nothing is requested from those hosts until the viewer presses play (privacy, and
 * a megabyte of player script saved). Then an iframe on the privacy-enhanced host: `youtube-nocookie.com`, Vimeo
 * with `dnt=1`. Seeking from the transcript and chapters goes through each player's postMessage API.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Video } from '../catalog/normalize.js';
import type { Playhead } from './media-time.js';

export type Embed = NonNullable<Video['embed']>;

/**
 * Where each provider's player is loaded from: the privacy-enhanced hosts (an origin, or an origin and a path).
 * Internal; the tests point it at stand-in players that speak the same messages from this machine.
 */
export const EMBED_HOSTS: Record<Embed['provider'], string> = { youtube: 'https://www.youtube-nocookie.com', vimeo: 'https://player.vimeo.com' };

/** The origin a provider's player messages come from (and are sent to). */
export const embedOrigin = (embed: Embed) => new URL(EMBED_HOSTS[embed.provider]).origin;

/** The iframe address for `embed`, playing at once (the viewer just pressed play) from `start` seconds. */
export function embedUrl(embed: Embed, start = 0): string {
  const id = encodeURIComponent(embed.id);
  const at = Math.floor(start);
  if (embed.provider === 'youtube') {
    const params = new URLSearchParams({ enablejsapi: '1', autoplay: '1', rel: '0', playsinline: '1' });
    params.set('origin', location.origin);
    if (at) params.set('start', String(at));
    return `${EMBED_HOSTS.youtube}/embed/${id}?${params}`;
  }
  return `${EMBED_HOSTS.vimeo}/video/${id}?dnt=1&autoplay=1${at ? `#t=${at}s` : ''}`;
}

/** The message that makes the embedded player jump to `seconds`, and the origin to send it to. */
export function seekMessage(embed: Embed, seconds: number): { message: string; origin: string } {
  const message =
    embed.provider === 'youtube'
      ? { event: 'command', func: 'seekTo', args: [seconds, true] }
      : { method: 'setCurrentTime', value: seconds };
  return { message: JSON.stringify(message), origin: embedOrigin(embed) };
}

/** Posts the seek message to `iframe`'s player; a player that has not loaded yet simply misses it. */
export function seekEmbed(iframe: HTMLIFrameElement, embed: Embed, seconds: number): void {
  const { message, origin } = seekMessage(embed, seconds);
  iframe.contentWindow?.postMessage(message, origin);
}

/** The element showing the facade: it re-renders when a press changes what to show. */
export interface EmbedHost extends Pick<ReactiveControllerHost, 'requestUpdate' | 'updateComplete'> {
  renderRoot: HTMLElement | DocumentFragment;
}

/** What the facade and the iframe say: the play button's name and the iframe's title. */
export interface EmbedLabels {
  play: string;
  title: string;
}

/**
 * The facade of one player element: which recording the viewer asked for, and where it starts.
 *
 * A press is remembered together with the session it was for (a key such as training id + session id), and the
 * iframe is rendered only for that key. So a render for any other session — Next session, another `training` —
 * shows that session's own play button at once: there is no frame, however short, in which the next session's
 * iframe exists (forgetting the press after the render would leave one, and a browser starts loading an iframe as
 * soon as it is inserted).
 */
export class EmbedFacade {
  /** The session on screen, and where a press of its play button starts it (the element's `start`, a link's `t`). */
  private shown?: { key: string; start: number };
  /** The session whose play was asked for, and where its player starts. */
  private playing?: { key: string; start: number };

  constructor(private host: EmbedHost) {}

  /** The session `key` is on screen: its recording waits for a press of its own, then starts at `start` seconds. */
  show(key: string, start = 0) {
    if (this.shown?.key === key) return;
    this.shown = { key, start };
    if (this.playing?.key !== key) this.playing = undefined;
  }

  /** Plays session `key`'s recording (the viewer pressed play, or k), from `start` or where the page asked. */
  play(key: string, { start, focus = false }: { start?: number; focus?: boolean } = {}) {
    if (this.playing?.key === key) return;
    this.playing = { key, start: start ?? (this.shown?.key === key ? this.shown.start : 0) };
    this.host.requestUpdate();
    if (focus) this.host.updateComplete.then(() => this.host.renderRoot.querySelector('iframe')?.focus());
  }

  /** Moves session `key`'s player to `seconds`; before it plays, a chosen cue is a request to play from there. */
  seek(key: string, embed: Embed, seconds: number) {
    const iframe = this.playing?.key === key && this.host.renderRoot.querySelector('iframe');
    if (iframe) seekEmbed(iframe, embed, seconds);
    else this.play(key, { start: seconds });
  }

  /** Session `key`'s player as the media-time source's playhead: it seeks (see `seek`); `now` is what it reports. */
  playhead(key: string, embed: Embed, now: () => number): Playhead {
    return { seek: (seconds) => this.seek(key, embed, seconds), now };
  }

  /** The iframe of session `key`'s player, once the viewer has asked for it and it is rendered. */
  frame(key: string): HTMLIFrameElement | undefined {
    return (this.playing?.key === key && this.host.renderRoot.querySelector('iframe')) || undefined;
  }

  /** Where session `key`'s player started (the time in its address). */
  startOf(key: string): number {
    return this.playing?.key === key ? this.playing.start : 0;
  }

  /** Puts the embedded player in full screen, or leaves it; false when there is none (a facade, or a video). */
  toggleFullscreen(): boolean {
    const iframe = this.host.renderRoot.querySelector('iframe');
    if (!iframe) return false;
    const request = (this.host.renderRoot as ShadowRoot).fullscreenElement ? document.exitFullscreen() : iframe.requestFullscreen();
    request.catch(() => {}); // refused (no user activation, or fullscreen not allowed in this frame): nothing to do
    return true;
  }

  /** The play button (poster and name) for session `key`, or its player once the viewer asked for it. */
  render(key: string, embed: Embed, poster: string | undefined, labels: EmbedLabels): TemplateResult {
    const playing = this.playing?.key === key ? this.playing : undefined;
    return playing
      ? html`<iframe
          src=${embedUrl(embed, playing.start)}
          title=${labels.title}
          allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
          allowfullscreen
        ></iframe>`
      : html`<button type="button" class="facade" part="facade" @click=${() => this.play(key, { focus: true })}>
          ${poster ? html`<img src=${poster} alt="" />` : nothing}
          <span class="label">${labels.play}</span>
        </button>`;
  }
}
