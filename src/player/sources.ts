/**
 * Which of a session's sources plays, and how: MP4/WebM and native HLS through `video.src`; HLS where the browser has
 * no native support through hls.js, loaded by dynamic `import()` only then, so an MP4 training never requests it
 * (the light build is ~116 KB gzip: four times the rest of the library).
 */
import type { Video } from '../catalog/normalize.js';

type Source = NonNullable<Video['sources']>[number];

/** `auto`: native first, hls.js where needed. `native`: never hls.js. `hls.js`: hls.js for HLS whenever it can run. */
export type HlsMode = 'auto' | 'native' | 'hls.js';

export interface Playable {
  source: Source;
  /** Plays through hls.js rather than the browser. */
  hlsJs: boolean;
}

const HLS_TYPES = ['application/vnd.apple.mpegurl', 'application/x-mpegurl'];

export function isHls(source: Source): boolean {
  return HLS_TYPES.includes(source.type?.toLowerCase() ?? '') || /\.m3u8(\?|#|$)/i.test(source.src);
}

/** hls.js needs Media Source Extensions (Managed on iOS 17+). */
function mediaSourceAvailable(): boolean {
  return typeof MediaSource !== 'undefined' || 'ManagedMediaSource' in window;
}

/** The first source (catalog order) this browser can play, natively or through hls.js; `undefined` when none. */
export function pickSource(sources: readonly Source[], video: HTMLVideoElement, mode: HlsMode = 'auto'): Playable | undefined {
  for (const source of sources) {
    if (isHls(source)) {
      const native = video.canPlayType(HLS_TYPES[0]) !== '';
      if (mode !== 'hls.js' && native) return { source, hlsJs: false };
      if (mode !== 'native' && mediaSourceAvailable()) return { source, hlsJs: true };
      continue;
    }
    // No type: let the browser try (the error handler reports it if it cannot).
    if (!source.type || video.canPlayType(source.type) !== '') return { source, hlsJs: false };
  }
  return undefined;
}

/**
 * Points `video` at `playable` and returns a function that detaches it. With hls.js, fatal errors are reported as
 * an `error` event on the video, like a native failure, so the player handles both the same way.
 */
export async function attachSource(video: HTMLVideoElement, playable: Playable): Promise<() => void> {
  if (!playable.hlsJs) {
    video.src = playable.source.src;
    return () => {
      video.removeAttribute('src');
      video.load();
    };
  }
  const { default: Hls } = await import('hls.js/dist/hls.light.mjs');
  const hls = new Hls({ enableWorker: false });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (data.fatal) {
      hls.destroy();
      video.dispatchEvent(new Event('error'));
    }
  });
  hls.loadSource(playable.source.src);
  hls.attachMedia(video);
  return () => hls.destroy();
}

/** The first MP4 source: what the "download the video" link offers when playback fails. */
export function downloadableSource(sources: readonly Source[] | undefined): Source | undefined {
  return sources?.find((source) => source.type === 'video/mp4' || /\.mp4(\?|#|$)/i.test(source.src));
}

/**
 * `anonymous` when a caption file is on another origin than the document: without it the browser never requests the
 * file. The document's origin is `self.origin`, not the origin of its URL (`location.origin`): in a sandboxed frame
 * (`<iframe sandbox="allow-scripts">`, as LMS players embed content) it is opaque, "null", so even files beside the
 * page are cross-origin there and need CORS.
 */
export function crossOrigin(urls: readonly string[]): 'anonymous' | undefined {
  const here = self.origin ?? location.origin;
  return urls.some((url) => new URL(url).origin !== here) ? 'anonymous' : undefined;
}
