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

/** Work between two yields to the page, in ms: well under a 50 ms long task, even on a slow PC. */
const SLICE_MS = 8;

/** Lets input and rendering run between two slices of long work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

async function readCues(list: TextTrackCueList | null, src: string): Promise<TimedText[]> {
  const cues: TimedText[] = [];
  const lower: string[] = [];
  const count = list?.length ?? 0;
  let sliceStart = performance.now();
  for (let at = 0; at < count; at++) {
    if (at % 100 === 99 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    const cue = list![at] as VTTCue;
    const text = plainText(cue);
    cues.push({ start: cue.startTime, end: cue.endTime, text });
    lower.push(text.toLowerCase());
  }
  if (!cues.length) throw new Error(`${src}: no cues`);
  searchTexts.set(cues, lower);
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
    const onLoad = () => {
      track.removeEventListener('load', onLoad);
      track.removeEventListener('error', onError);
      // Read in slices that yield between them: 50,000 cues read at once were one long task of 1.6 s.
      readCues(track.track.cues, src).then(resolve, reject).finally(() => loading.delete(video));
    };
    const onError = () => {
      loading.delete(video);
      track.removeEventListener('load', onLoad);
      track.removeEventListener('error', onError);
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
  // Without an entity, the words are the text outside the tags (`<v Alice>`, `<b>`, `<00:01.000>`; an unclosed
  // tag at the end is dropped, as the parser does): no nodes built, which was most of the time of reading 50,000 cues.
  if (!cue.text.includes('&')) return cue.text.replace(/<[^>]*(>|$)/g, '').replace(/\s+/g, ' ').trim();
  return (cue.getCueAsHTML().textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Index of the cue playing at `time`, or -1: of the cues that have started and not ended (the track's active
 * cues), the one that started last. Cues may overlap: with a long cue (2–9 s) and a short one inside it (3–4 s),
 * 6 s is the long one's, 3.5 s the short one's.
 */
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
  // Back from the last cue that started, while some cue at or before it is still playing.
  const reach = reachOf(cues);
  for (let at = found; at >= 0 && reach[at] > time; at--) if (cues[at].end > time) return at;
  return -1;
}

const reaches = new WeakMap<readonly TimedText[], Float64Array>();

/** For each cue, the latest end among it and the cues before it: where to stop looking back for active cues. */
function reachOf(cues: readonly TimedText[]): Float64Array {
  let reach = reaches.get(cues);
  if (!reach) {
    reach = new Float64Array(cues.length);
    let latest = -Infinity;
    for (const [at, cue] of cues.entries()) reach[at] = latest = Math.max(latest, cue.end);
    reaches.set(cues, reach);
  }
  return reach;
}

/** The lower-case text of each cue, made once per cue list (while reading, for the lists `loadCues` gives). */
const searchTexts = new WeakMap<readonly TimedText[], string[]>();

/**
 * Indexes of the cues whose text contains `query` (trimmed, any case). `previous`, the matches of a query that
 * this one extends, narrows the search to them: typing one more letter scans only the cues that still can match.
 */
export function findCues(cues: readonly TimedText[], query: string, previous?: { query: string; matches: number[] }): number[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  let texts = searchTexts.get(cues);
  if (!texts) searchTexts.set(cues, (texts = cues.map((cue) => cue.text.toLowerCase())));
  const lower = texts;
  if (previous && previous.query && needle.includes(previous.query)) {
    return previous.matches.filter((index) => lower[index].includes(needle));
  }
  const matches: number[] = [];
  for (let at = 0; at < lower.length; at++) if (lower[at].includes(needle)) matches.push(at);
  return matches;
}

/** The transcript as plain text, one cue per line with its time, for the "Download" button. */
export function transcriptText(title: string, cues: readonly TimedText[], clock: (seconds: number) => string): string {
  return `${title}\n\n${cues.map((cue) => `[${clock(cue.start)}] ${cue.text}`).join('\n')}\n`;
}
