/**
 * Reads the facts of one file instead of asking people to type them: media duration and picture size (mediainfo.js,
 * MediaInfoLib in WebAssembly; HLS playlists read as text), PDF pages, title, language and tags (pdf.js), picture
 * sizes, and WebVTT files checked (vtt.ts). A bad file is a problem, never an exception.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkVtt, isSrt, srtToVtt } from './vtt.js';
import type { FileFacts, MediaFacts, PdfFacts, Problem } from './types.js';

export type ProbeKind = 'video' | 'audio' | 'image' | 'pdf' | 'captions' | 'chapters' | 'descriptions' | 'other';

import type { MediaInfo } from 'mediainfo.js';
let mediainfo: Promise<MediaInfo<'object'>> | undefined;

/** The media library's WebAssembly instance, made once. */
async function info(): Promise<MediaInfo<'object'>> {
  mediainfo ??= import('mediainfo.js').then(({ default: factory }) => factory({ format: 'object' }) as Promise<MediaInfo<'object'>>);
  return mediainfo;
}

/** Frees the media library's instance once the probes under way are done (a later probe makes a new one). */
export function closeProbes(): Promise<void> {
  const pending = mediainfo;
  mediainfo = undefined;
  return queue.then(() => pending?.then((mi) => mi.close(), () => undefined));
}

interface Track {
  '@type': string;
  Format?: string;
  Duration?: number | string;
  Width?: number | string;
  Height?: number | string;
}

/** One file at a time through the one instance: MediaInfoLib keeps the file being read in its state. */
let queue: Promise<unknown> = Promise.resolve();

/** What MediaInfoLib finds in a file: its tracks, or undefined when it is not a media file it knows. */
function tracks(path: string): Promise<Track[] | undefined> {
  const next = queue.then(() => readTracks(path));
  queue = next.catch(() => undefined);
  return next;
}

async function readTracks(path: string): Promise<Track[] | undefined> {
  const mi = await info();
  const file = await open(path);
  try {
    const size = (await file.stat()).size;
    const result = (await mi.analyzeData(size, async (length: number, offset: number) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    })) as unknown as { media?: { track?: Track[] } };
    return result.media?.track;
  } finally {
    await file.close();
  }
}

const number = (value: number | string | undefined) => (value === undefined || value === '' ? undefined : Number(value));

async function media(path: string, display: string, problems: Problem[]): Promise<MediaFacts | undefined> {
  if (/\.m3u8$/i.test(path)) return hls(path, display, problems);
  const found = await tracks(path);
  const general = found?.find((t) => t['@type'] === 'General');
  const video = found?.find((t) => t['@type'] === 'Video');
  const audio = found?.find((t) => t['@type'] === 'Audio');
  if (!general || (!video && !audio)) {
    problems.push({ level: 'error', file: display, message: `is not a video or audio file the archive can play${general?.Format ? ` (it looks like ${general.Format})` : ''}` });
    return undefined;
  }
  return {
    duration: number(general.Duration) ?? number(video?.Duration) ?? number(audio?.Duration),
    width: number(video?.Width),
    height: number(video?.Height),
    format: general.Format,
    hasVideo: !!video,
    hasAudio: !!audio,
  };
}

/** An HLS playlist: a master playlist's first variant, then the sum of its segments' #EXTINF; the first segment probed. */
async function hls(path: string, display: string, problems: Problem[], depth = 0): Promise<MediaFacts | undefined> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).map((line) => line.trim());
  if (lines[0] !== '#EXTM3U') {
    problems.push({ level: 'error', file: display, line: 1, message: 'is not an HLS playlist (it does not start with #EXTM3U)' });
    return undefined;
  }
  const uris = lines.map((line, index) => ({ line, index })).filter(({ line }) => line && !line.startsWith('#'));
  const missing = uris.filter(({ line }) => !/^[a-z]+:/i.test(line) && !existsSync(resolve(dirname(path), line)));
  for (const { line, index } of missing) problems.push({ level: 'error', file: display, line: index + 1, message: `a ${lines.some((l) => l.startsWith('#EXT-X-STREAM-INF')) ? 'variant' : 'segment'} is missing: ${line}` });
  if (lines.some((line) => line.startsWith('#EXT-X-STREAM-INF'))) {
    const variant = uris[0] && resolve(dirname(path), uris[0].line);
    return variant && existsSync(variant) && depth < 2 ? hls(variant, display, problems, depth + 1) : undefined;
  }
  const duration = lines.reduce((sum, line) => sum + (line.startsWith('#EXTINF:') ? Number.parseFloat(line.slice(8)) || 0 : 0), 0);
  const first = uris.find(({ line }) => !/^[a-z]+:/i.test(line) && existsSync(resolve(dirname(path), line)));
  const segment = first ? await tracks(resolve(dirname(path), first.line)) : undefined;
  const video = segment?.find((t) => t['@type'] === 'Video');
  return {
    duration: duration || undefined,
    width: number(video?.Width),
    height: number(video?.Height),
    format: 'HLS',
    hasVideo: segment ? !!video : true,
    hasAudio: segment ? segment.some((t) => t['@type'] === 'Audio') : true,
  };
}

async function image(path: string, display: string, problems: Problem[]) {
  const found = await tracks(path);
  const picture = found?.find((t) => t['@type'] === 'Image' || t['@type'] === 'Video');
  const width = number(picture?.Width);
  const height = number(picture?.Height);
  if (!width || !height) {
    problems.push({ level: 'error', file: display, message: 'is not a picture the archive can show (use JPEG, PNG or WebP)' });
    return undefined;
  }
  return { width, height };
}

/** Text of a PDF's pages, capped: enough for search, bounded for a 500-page binder. */
const TEXT_LIMIT = 200_000;

async function pdf(path: string, display: string, problems: Problem[]): Promise<PdfFacts | undefined> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false, useSystemFonts: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    const { info: meta } = (await doc.getMetadata()) as { info: { Title?: string; Language?: string } };
    const marked = (await doc.getMarkInfo())?.Marked === true;
    const tree = marked ? await (await doc.getPage(1)).getStructTree() : null;
    let text = '';
    for (let n = 1; n <= doc.numPages && text.length < TEXT_LIMIT; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += `${n > 1 ? '\n' : ''}${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
    }
    return { pages: doc.numPages, title: meta.Title || undefined, lang: meta.Language || undefined, tagged: marked && !!tree, text: text.slice(0, TEXT_LIMIT) };
  } catch (error) {
    const why = /password/i.test(String((error as Error).name) + (error as Error).message) ? 'it is protected by a password' : (error as Error).message;
    problems.push({ level: 'error', file: display, message: `could not be read as a PDF: ${why}` });
    return undefined;
  } finally {
    await task.destroy();
  }
}

/** Reads one local file. `display` is the name problems print. */
export async function probeFile(path: string, kind: ProbeKind, display: string): Promise<FileFacts> {
  const problems: Problem[] = [];
  if (!existsSync(path)) return { bytes: 0, problems: [{ level: 'error', file: display, message: `${display} does not exist` }] };
  const facts: FileFacts = { bytes: statSync(path).size, problems };
  try {
    if (kind === 'video' || kind === 'audio') facts.media = await media(path, display, problems);
    else if (kind === 'image') facts.image = await image(path, display, problems);
    else if (kind === 'pdf') facts.pdf = await pdf(path, display, problems);
    else if (kind === 'captions' || kind === 'chapters' || kind === 'descriptions') {
      const bytes = readFileSync(path);
      facts.vtt = checkVtt(isSrt(path) ? srtToVtt(bytes) : bytes, kind, display, problems);
    }
  } catch (error) {
    problems.push({ level: 'error', file: display, message: `could not be read: ${(error as Error).message}` });
  }
  return facts;
}
