/**
 * Advice: what a session or training would be better with (chapters, a length, languages, tagged handouts, alt text,
 * working links). It is shown beside the media criteria but never decides whether a session meets them.
 */
import type { MaterialInput } from '../catalog/schema.js';
import { parseIsoDuration } from '../catalog/normalize.js';
import type { Known } from './report-media.js';
import { mediaOf, sameFile } from './report-media.js';
import type { Check, ReportSession, ReportTraining } from './report-types.js';

/** Sessions longer than this benefit from chapters, so people can find their place again. */
const CHAPTERS_AFTER_SECONDS = 10 * 60;

const advice = (message: string, criterion = ''): Check => ({ criterion, status: 'warn', message });
const STRUCTURE = '1.3.1 Info and Relationships';
/** `en-US` and `en` are the same language for a screen reader's voice. */
const primary = (lang: string) => lang.split('-')[0]!.toLowerCase();

/** The session's length in seconds: the catalog's `duration`, else what probing its media found. */
export function secondsOf(session: ReportSession, known: Known): number | undefined {
  return parseIsoDuration(session.duration) ?? (session.video ? mediaOf(session.video, known)?.duration : undefined);
}

/** The handout checks: a PDF should be tagged (headings, lists and tables a screen reader can follow) and say its language. */
function materialChecks(materials: MaterialInput[] | undefined, known: Known): Check[] {
  const checks: Check[] = [];
  for (const material of materials ?? []) {
    const pdf = known.facts.get(material.href)?.pdf;
    const isPdf = pdf || /pdf/i.test(material.type ?? '') || /\.pdf($|[?#])/i.test(material.href);
    if (!isPdf) continue;
    const name = `the handout “${material.title}”`;
    const tagged = pdf?.tagged ?? material.tagged;
    if (tagged === false) {
      const message =
        `${name} is not a tagged PDF, so screen readers cannot follow its headings, lists and tables: ` +
        'save it again as a tagged (accessible) PDF';
      checks.push({ criterion: STRUCTURE, status: 'fail', message });
    } else if (tagged === undefined) {
      checks.push(advice(`${name} could not be checked: make sure it is a tagged (accessible) PDF`, STRUCTURE));
    }
    if (!(pdf?.lang ?? material.lang)) {
      const message = `${name} does not say what language it is in: set its language in the document's properties`;
      checks.push(advice(message, '3.1.1 Language of Page'));
    }
  }
  return checks;
}

/** Captions and description files whose own `Language:` header disagrees with the catalog's. */
function languageChecks(session: ReportSession, language: string | undefined, known: Known): Check[] {
  const checks: Check[] = [];
  const compare = (src: string, listed: string | undefined, what: string) => {
    const written = known.facts.get(src)?.vtt?.lang;
    if (written && listed && primary(written) !== primary(listed)) {
      const message =
        `the ${what} file ${src} says its language is “${written}” but the catalog says “${listed}”: ` +
        'check which is right';
      checks.push(advice(message, '3.1.2 Language of Parts'));
    }
  };
  for (const captions of session.video?.captions ?? []) compare(captions.src, captions.lang, 'captions');
  if (session.video?.descriptions) compare(session.video.descriptions, language, 'descriptions');
  return checks;
}

/** Every URL a session links to, so that a problem about one of those files can be shown with the session. */
function urlsOf(session: ReportSession): string[] {
  const video = session.video;
  return [
    ...(video?.sources ?? []).map(({ src }) => src),
    ...(video?.captions ?? []).map(({ src }) => src),
    ...[video?.poster, video?.chapters, video?.descriptions, video?.transcript].filter((url) => url !== undefined),
    ...(session.materials ?? []).map(({ href }) => href),
  ];
}

/** Whether a catalog path such as `trainings[3].sessions[0].video` is `prefix` or inside it. */
const within = (path: string | undefined, prefix: string) =>
  path !== undefined && (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`));

const BROKEN = /does not exist/i;

/** Broken links: the build's problems that say a file does not exist, about this path or one of these URLs. */
function brokenLinks(known: Known, prefix: string, urls: string[], skip: (path?: string) => boolean = () => false): Check[] {
  return known.problems
    .filter((problem) => BROKEN.test(problem.message) && !skip(problem.path))
    .filter((problem) => within(problem.path, prefix) || urls.some((url) => sameFile(problem.file, url)))
    .map((problem) => advice(`a link does not work: ${problem.message}`));
}

export function sessionAdvice(session: ReportSession, path: string, training: ReportTraining, known: Known): Check[] {
  const checks: Check[] = [];
  if (session.video) {
    const seconds = secondsOf(session, known);
    if (seconds === undefined) {
      checks.push(advice('the length of this session is not known: add its duration in the Duration column (for example 1:32:00, or 45 for 45 minutes)'));
    } else if (seconds > CHAPTERS_AFTER_SECONDS && !session.video.chapters) {
      const minutes = Math.round(seconds / 60);
      checks.push(advice(`no chapters: this session is ${minutes} minutes long, and chapters help people find their place`));
    }
  }
  checks.push(...languageChecks(session, training.language, known));
  checks.push(...materialChecks(session.materials, known));
  checks.push(...brokenLinks(known, path, urlsOf(session)));
  return checks;
}

export function trainingAdvice(training: ReportTraining, path: string, known: Known): Check[] {
  const checks: Check[] = [];
  if (!training.language) {
    const message = 'the training does not say what language it is in: add its language (for example en for English)';
    checks.push(advice(message, '3.1.2 Language of Parts'));
  }
  // An empty alt is a deliberate choice (the picture is decoration); only a missing one is flagged.
  if (training.thumbnail && typeof (training.thumbnail as { alt?: unknown }).alt !== 'string') {
    const message =
      'the thumbnail picture has no alt text: describe it, or write an empty alt text if it is only decoration';
    checks.push(advice(message, '1.1.1 Non-text Content'));
  }
  checks.push(...materialChecks(training.materials, known));
  const urls = [training.thumbnail?.src, ...(training.materials ?? []).map(({ href }) => href)].filter(
    (url) => url !== undefined,
  );
  // Problems inside a session are shown with that session, not again here.
  checks.push(...brokenLinks(known, path, urls, (problemPath) => within(problemPath, `${path}.sessions`)));
  return checks;
}
