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

/** Every source this browser can play, in catalog order: the first plays, the others are its fallbacks. */
export function playableSources(sources: readonly Source[], video: HTMLVideoElement, mode: HlsMode = 'auto'): Playable[] {
  const found: Playable[] = [];
  for (const source of sources) {
    if (isHls(source)) {
      const native = video.canPlayType(HLS_TYPES[0]) !== '';
      if (mode !== 'hls.js' && native) found.push({ source, hlsJs: false });
      else if (mode !== 'native' && mediaSourceAvailable()) found.push({ source, hlsJs: true });
      continue;
    }
    // No type: let the browser try (the error handler moves on if it cannot).
    if (!source.type || video.canPlayType(source.type) !== '') found.push({ source, hlsJs: false });
  }
  return found;
}

/**
 * Plays the first of `playables` in `video` from `start` seconds; when one fails (a native media error, or a fatal
 * hls.js error), the next takes over where the viewer was, playing if the failed one was. `failed` is called only when
 * none is left; `ready` each time one is attached. Returns a function that detaches whichever is attached.
 */
export function attachSources(
  video: HTMLVideoElement,
  playables: readonly Playable[],
  { start = 0, failed, ready }: { start?: number; failed: () => void; ready: () => void },
): () => void {
  let at = 0;
  let detach: (() => void) | undefined;
  let gone = false;
  // Where the viewer is (a failed source may report 0 once it has gone), and whether it was playing.
  let known = start;
  let playing = false;
  const onTime = () => {
    if (video.readyState > 0) known = video.currentTime;
  };
  const onPlay = () => (playing = true);
  const onPause = () => (playing = false);
  const listeners = { timeupdate: onTime, seeked: onTime, play: onPlay, pause: onPause, error: onError } as const;
  const listen = (on: boolean) => {
    for (const [type, listener] of Object.entries(listeners)) video[on ? 'addEventListener' : 'removeEventListener'](type, listener);
  };
  const attach = (index: number) => {
    const resume = { time: known, play: playing };
    attachSource(video, playables[index]).then(
      (off) => {
        if (gone || index !== at) return off();
        detach = off;
        ready();
        if (resume.time > 0) video.currentTime = resume.time;
        if (index > 0 && resume.play) video.play().catch(() => {});
      },
      onError,
    );
  };
  function onError() {
    if (gone) return;
    listen(false);
    detach?.(); // letting go of a native source empties the video: not an error of the next one
    detach = undefined;
    if (++at >= playables.length) return failed();
    listen(true);
    attach(at);
  }
  listen(true);
  attach(0);
  return () => {
    gone = true;
    listen(false);
    detach?.();
  };
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
