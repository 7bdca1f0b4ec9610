/**
 * The WCAG 2.1 media criteria for one session's video: 1.2.1 (audio-only or video-only), 1.2.2 (captions), 1.2.3
 * (audio description or a transcript) and 1.2.5 (audio description). A session meets them when each is met or not
 * needed; the advice in report-advice.ts never changes that.
 */
import type { Check, ReportSession, ReportVideo } from './report-types.js';
import { MEDIA_CRITERIA } from './report-types.js';
import type { FileFacts, MediaFacts, Problem } from './types.js';

const [AUDIO_VIDEO_ONLY, CAPTIONS, ALTERNATIVE, DESCRIPTION] = MEDIA_CRITERIA;

/** What the report knows about the files: their facts, and every problem the build found. */
export interface Known {
  facts: Map<string, FileFacts>;
  problems: Problem[];
}

/** Problems about the file at `url`: its own facts' problems, and the build's problems that name the same file. */
export function problemsOf(url: string, known: Known): Problem[] {
  const own = known.facts.get(url)?.problems ?? [];
  const named = known.problems.filter((problem) => problem.ref === url || sameFile(problem.file, url));
  return [...own, ...named.filter((problem) => !own.includes(problem))];
}

/** A problem's `file` is relative to where the CLI runs, the catalog's URL to the catalog: match on the tail. */
export function sameFile(file: string, url: string): boolean {
  if (/^[a-z]+:/i.test(url)) return file === url;
  const path = url.replace(/^\.\//, '');
  return file === path || file.endsWith(`/${path}`);
}

/** The first error in the file at `url`, if it has one: such a file does not count as there. */
const errorIn = (url: string, known: Known) => problemsOf(url, known).find((problem) => problem.level === 'error');

/** The probed facts of the session's first local source that has any (remote sources and embeds have none). */
export function mediaOf(video: ReportVideo, known: Known): MediaFacts | undefined {
  for (const source of video.sources ?? []) {
    const media = known.facts.get(source.src)?.media;
    if (media) return media;
  }
  return undefined;
}

const check = (criterion: string, status: Check['status'], message: string): Check => ({ criterion, status, message });
const notNeeded = (criterion: string, message: string) => check(criterion, 'n/a', message);
const providerName = (video: ReportVideo) => (video.embed?.provider === 'vimeo' ? 'Vimeo' : 'YouTube');

/** Where the session's words can be read: a transcript file, captions (the player shows them as one) or a handout. */
function transcriptOf(session: ReportSession, known: Known): string | undefined {
  const video = session.video;
  if (video?.transcript && !errorIn(video.transcript, known)) return 'a transcript';
  if (session.materials?.some((material) => material.kind === 'transcript')) return 'a transcript among the handouts';
  // Automatic captions nobody has checked are not yet a faithful text of what is said.
  const checked = usableCaptions(video, known).filter(({ quality }) => quality !== 'automatic');
  if (checked.length) return 'the captions, which the player also shows as a transcript';
  return undefined;
}

const usableCaptions = (video: ReportVideo | undefined, known: Known) =>
  (video?.captions ?? []).filter((captions) => !errorIn(captions.src, known));

/** 1.2.2: captions a person has checked, in files without errors. */
function captionsCheck(video: ReportVideo, known: Known): Check {
  const captions = video.captions ?? [];
  if (!captions.length) {
    if (video.embed) return check(CAPTIONS, 'warn', `captions are on ${providerName(video)}: check them there`);
    return check(CAPTIONS, 'fail', 'no captions: add a captions file (WebVTT) for the video');
  }
  for (const { src } of captions) {
    const error = errorIn(src, known);
    if (error) return check(CAPTIONS, 'fail', `the captions file ${src} has a problem to fix first: ${error.message}`);
  }
  if (captions.every(({ quality }) => quality === 'automatic')) {
    return check(CAPTIONS, 'fail', 'captions are automatic only: have a person check them and mark them verified');
  }
  const labels = captions.map(({ label }) => label).join(', ');
  const unmarked = captions.some(({ quality }) => quality === undefined);
  return check(CAPTIONS, 'pass', `captions: ${labels}${unmarked ? ' (not all marked as checked by a person)' : ''}`);
}

/** A descriptions track that can be used, or the note that the audio already describes what is shown. */
function descriptionOf(video: ReportVideo, known: Known): { found?: string; broken?: string } {
  if (video.descriptions) {
    const error = errorIn(video.descriptions, known);
    if (!error) return { found: 'an audio description track' };
    if (!video.describedInAudio) {
      return { broken: `the descriptions file ${video.descriptions} has a problem to fix first: ${error.message}` };
    }
  }
  if (video.describedInAudio) return { found: 'the speakers describe everything shown (marked as described in its audio)' };
  return {};
}

const NO_ALTERNATIVE =
  'no audio description or transcript: add a descriptions track, or a transcript (captions checked by a person ' +
  'also count)';
const NO_DESCRIPTION =
  'no audio description: add a descriptions track or, if the speakers already describe everything shown, mark the ' +
  'session as described in its audio';

/** The four media criteria for a session, in {@link MEDIA_CRITERIA} order. */
export function mediaChecks(session: ReportSession, known: Known): Check[] {
  const video = session.video;
  if (!video) {
    const message = 'this session has no video or audio';
    return MEDIA_CRITERIA.map((criterion) => notNeeded(criterion, message));
  }
  // A recording that is missing or not media cannot be watched, so nothing about it can meet a criterion.
  if (video.sources?.length && video.sources.every((source) => errorIn(source.src, known))) {
    return MEDIA_CRITERIA.map((criterion) => check(criterion, 'fail', 'the recording is missing or cannot be played: fix that first (see the problems below)'));
  }
  const media = mediaOf(video, known);
  const transcript = transcriptOf(session, known);
  if (media && !media.hasVideo) {
    const only = 'this is audio only, so a transcript is what is needed';
    return [
      transcript
        ? check(AUDIO_VIDEO_ONLY, 'pass', `audio only, with ${transcript}`)
        : check(AUDIO_VIDEO_ONLY, 'fail', 'audio only with no transcript: add a transcript of everything said'),
      notNeeded(CAPTIONS, only),
      notNeeded(ALTERNATIVE, only),
      notNeeded(DESCRIPTION, only),
    ];
  }
  const description = descriptionOf(video, known);
  if (media && !media.hasAudio) {
    const silent = 'the video has no sound, so a text or audio alternative is what is needed';
    const alternative = description.found ?? (video.transcript && !errorIn(video.transcript, known) ? 'a transcript' : '');
    return [
      alternative
        ? check(AUDIO_VIDEO_ONLY, 'pass', `video without sound, with ${alternative}`)
        : check(AUDIO_VIDEO_ONLY, 'fail', 'video without sound and no alternative: add a transcript of what is shown'),
      notNeeded(CAPTIONS, silent),
      notNeeded(ALTERNATIVE, silent),
      notNeeded(DESCRIPTION, silent),
    ];
  }
  const alternative = description.found ?? transcript;
  return [
    notNeeded(AUDIO_VIDEO_ONLY, 'this is for recordings that are audio only or video only'),
    captionsCheck(video, known),
    alternative
      ? check(ALTERNATIVE, 'pass', `offered: ${alternative}`)
      : check(ALTERNATIVE, 'fail', description.broken ?? NO_ALTERNATIVE),
    description.found
      ? check(DESCRIPTION, 'pass', `offered: ${description.found}`)
      : check(DESCRIPTION, 'fail', description.broken ?? NO_DESCRIPTION),
  ];
}
