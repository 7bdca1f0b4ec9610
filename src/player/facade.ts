/**
 * YouTube and Vimeo sessions: nothing is requested from those hosts until the viewer presses play (privacy, and
 * a megabyte of player script saved). Then an iframe on the privacy-enhanced host: `youtube-nocookie.com`, Vimeo
 * with `dnt=1`. Seeking from the transcript and chapters goes through each player's postMessage API.
 */
import type { Video } from '../catalog/normalize.js';

export type Embed = NonNullable<Video['embed']>;

const ORIGINS = { youtube: 'https://www.youtube-nocookie.com', vimeo: 'https://player.vimeo.com' } as const;

/** The iframe address for `embed`, playing at once (the viewer just pressed play) from `start` seconds. */
export function embedUrl(embed: Embed, start = 0): string {
  const id = encodeURIComponent(embed.id);
  const at = Math.floor(start);
  if (embed.provider === 'youtube') {
    const params = new URLSearchParams({ enablejsapi: '1', autoplay: '1', rel: '0', playsinline: '1' });
    params.set('origin', location.origin);
    if (at) params.set('start', String(at));
    return `${ORIGINS.youtube}/embed/${id}?${params}`;
  }
  return `${ORIGINS.vimeo}/video/${id}?dnt=1&autoplay=1${at ? `#t=${at}s` : ''}`;
}

/** The message that makes the embedded player jump to `seconds`, and the origin to send it to. */
export function seekMessage(embed: Embed, seconds: number): { message: string; origin: string } {
  const message =
    embed.provider === 'youtube'
      ? { event: 'command', func: 'seekTo', args: [seconds, true] }
      : { method: 'setCurrentTime', value: seconds };
  return { message: JSON.stringify(message), origin: ORIGINS[embed.provider] };
}

/** Posts the seek message to `iframe`'s player; a player that has not loaded yet simply misses it. */
export function seekEmbed(iframe: HTMLIFrameElement, embed: Embed, seconds: number): void {
  const { message, origin } = seekMessage(embed, seconds);
  iframe.contentWindow?.postMessage(message, origin);
}
