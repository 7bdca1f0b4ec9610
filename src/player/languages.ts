/**
 * The languages a session speaks in: which captions track to show first, and which transcripts it offers. A
 * transcript is the cues of a captions track, so there is one per captions language and it can follow the captions.
 */
import type { Video } from '../catalog/normalize.js';
import type { PanelLanguages } from './transcript-panel.js';

/** One transcript a session offers: a WebVTT file, its language and (from its captions track) its label. */
export interface TranscriptTrack {
  src: string;
  lang?: string;
  label?: string;
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** Index of the track in `lang` (exact tag, else same primary language), else the first; -1 when there is none. */
export function closestLanguage(tracks: readonly { lang?: string }[], lang: string): number {
  if (!tracks.length) return -1;
  const exact = tracks.findIndex((track) => track.lang?.toLowerCase() === lang.toLowerCase());
  const close = tracks.findIndex((track) => track.lang !== undefined && primary(track.lang) === primary(lang));
  return exact >= 0 ? exact : close >= 0 ? close : 0;
}

/**
 * The transcripts of `video`: one per captions track, in the same order. A transcript file of the session's own
 * (an edited text, say, with speakers named) stands in for the captions in the training's language, or is the only
 * one when there are no captions.
 */
export function transcriptTracks(video: Video | undefined, trainingLanguage: string | undefined): TranscriptTrack[] {
  if (!video) return [];
  const tracks: TranscriptTrack[] = video.captions.map(({ src, lang, label }) => ({ src, lang, label }));
  const own = video.transcript;
  if (!own || tracks.some((track) => track.src === own)) return tracks;
  const lang = trainingLanguage ?? tracks[0]?.lang;
  const same = lang === undefined ? -1 : tracks.findIndex((track) => track.lang !== undefined && primary(track.lang) === primary(lang));
  if (same >= 0) tracks[same] = { ...tracks[same], src: own };
  else tracks.unshift({ src: own, lang });
  return tracks;
}

/**
 * The transcripts of `video`, the one to show (in `lang`, else the closest) and the menu that chooses another, which
 * calls `choose` with the language chosen.
 */
export function transcriptChoice(
  video: Video | undefined,
  trainingLanguage: string | undefined,
  lang: string,
  choose: (lang: string | undefined) => void,
): PanelLanguages & { src?: string } {
  const tracks = transcriptTracks(video, trainingLanguage);
  const selected = closestLanguage(tracks, lang);
  return {
    src: tracks[selected]?.src,
    lang: tracks[selected]?.lang,
    labels: tracks.map((track) => track.label ?? track.lang ?? ''),
    selected,
    choose: (index) => choose(tracks[index].lang),
  };
}
