/**
 * Cues from WebVTT files through the browser's own parser: a `<track>` in a detached `<video>` that is never shown.
 * Used for the transcript, chapters and audio descriptions, so they also work for YouTube/Vimeo sessions, which have
 * no `<video>` of ours. (Measured: a 2,000-cue file parses in 13–22 ms in Chromium, 61–130 ms in Firefox.)
 */

/** One cue as the panels use it: times in seconds and plain text (markup such as `<v Alice>` removed). */
export interface TimedText {
  start: number;
  end: number;
  text: string;
}

/**
 * Chromium garbage-collects a detached `<video>` while its track is still loading, and then neither `load` nor
 * `error` ever fires (0 of 40 loads under forced GC). Holding the element here until it settles prevents that.
 */
const loading = new Set<HTMLVideoElement>();
const cache = new Map<string, Promise<TimedText[]>>();

/**
 * The cues of the WebVTT file at `src`. Rejects when it is missing, not WebVTT or empty of cues (the browser fires
 * `error` for 404s, HTML, SRT and header-less files). One request per `src` and `kind` per page.
 */
export function loadCues(src: string, kind: 'captions' | 'chapters' | 'descriptions' | 'metadata'): Promise<TimedText[]> {
  const key = `${kind} ${src}`;
  let cues = cache.get(key);
  if (!cues) {
    cues = readTrack(src, kind);
    cache.set(key, cues);
    // A failure may be temporary (offline for a moment); let the next caller try again.
    cues.catch(() => cache.delete(key));
  }
  return cues;
}

function readTrack(src: string, kind: string): Promise<TimedText[]> {
  return new Promise((resolve, reject) => {
    const video = document.createElement('video');
    // Without this a cross-origin file is never requested; with it the file's host must send CORS headers.
    video.crossOrigin = 'anonymous';
    video.preload = 'none';
    const track = document.createElement('track');
    track.kind = kind;
    track.src = src;
    video.append(track);
    loading.add(video);
    const settle = () => {
      loading.delete(video);
      track.removeEventListener('load', onLoad);
      track.removeEventListener('error', onError);
    };
    const onLoad = () => {
      settle();
      try {
        const cues = [...(track.track.cues ?? [])].map((cue) => ({
          start: cue.startTime,
          end: cue.endTime,
          text: plainText(cue as VTTCue),
        }));
        if (cues.length) resolve(cues);
        else reject(new Error(`${src}: no cues`));
      } catch (error) {
        reject(error); // never leave a panel "Loading…" for ever
      }
    };
    const onError = () => {
      settle();
      reject(new Error(`${src}: could not be read as WebVTT`));
    };
    track.addEventListener('load', onLoad);
    track.addEventListener('error', onError);
    // A track left `disabled` never fetches; `hidden` loads the cues without showing them.
    track.track.mode = 'hidden';
  });
}

/**
 * A cue's words without WebVTT markup (`<v Alice>`, `<b>`, timestamps) and with entities decoded: text, never HTML.
 * The browser's own cue parser does it (`getCueAsHTML` builds nodes; it parses no HTML), so no HTML sink is used:
 * on pages that require Trusted Types an `innerHTML` assignment throws, and the transcript never loaded there.
 */
export function plainText(cue: VTTCue): string {
  return (cue.getCueAsHTML().textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Index of the cue playing at `time` (the last one that started at or before it and has not ended), or -1. */
export function cueIndexAt(cues: readonly TimedText[], time: number): number {
  let low = 0;
  let high = cues.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (cues[middle].start <= time) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found >= 0 && time < cues[found].end ? found : -1;
}

/** The transcript as plain text, one cue per line with its time, for the "Download" button. */
export function transcriptText(title: string, cues: readonly TimedText[], clock: (seconds: number) => string): string {
  return `${title}\n\n${cues.map((cue) => `[${clock(cue.start)}] ${cue.text}`).join('\n')}\n`;
}
