// The accessibility report: which sessions meet the WCAG 2.1 AA media criteria and why, the advice beside them, and
// the HTML page publishing staff read (escaped, one heading, in English).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildReport, reportHtml, summaryOf } from '../../src/cli/report.js';
import type { ReportCatalog, SessionReport } from '../../src/cli/report.js';
import type { FileFacts, Problem } from '../../src/cli/types.js';

const GENERATED = '2026-11-02T09:30:00.000Z';
const captions = (src: string, quality: 'verified' | 'automatic') => ({ src, lang: 'en', label: 'English', quality });
const mp4 = (name: string) => [{ src: `media/${name}.mp4`, type: 'video/mp4' }];

const catalog: ReportCatalog = {
  version: 1,
  title: 'Restraint & Seclusion Prevention Training Archive',
  trainings: [
    {
      id: 'tist',
      title: 'Trauma-Informed Stabilization Treatment (TIST)',
      language: 'en',
      thumbnail: { src: 'media/tist.jpg', alt: '' },
      sessions: [
        {
          id: 'module-1',
          title: 'Module 1: Overview',
          duration: 'PT1H32M',
          video: {
            sources: mp4('tist-1'),
            captions: [captions('media/tist-1.en.vtt', 'verified')],
            descriptions: 'media/tist-1.descriptions.vtt',
            chapters: 'media/tist-1.chapters.vtt',
          },
          materials: [{ kind: 'handout', title: 'Stabilization skills', href: 'media/skills.pdf', type: 'application/pdf' }],
        },
        {
          id: 'module-2',
          title: 'Module 2: Co-regulation',
          duration: 'PT45M',
          video: { sources: mp4('tist-2'), captions: [captions('media/tist-2.en.vtt', 'automatic')] },
        },
        { id: 'module-3', title: 'Module 3 <script>alert(1)</script>', duration: 'PT8M', video: { sources: mp4('tist-3') } },
        {
          id: 'module-4',
          title: 'Module 4: Practice',
          video: { sources: mp4('tist-4'), captions: [captions('media/tist-4.en.vtt', 'verified')], describedInAudio: true },
        },
      ],
    },
  ],
};

const video = (duration: number): FileFacts => ({ bytes: 1e8, media: { duration, hasVideo: true, hasAudio: true }, problems: [] });
const vtt = (kind: 'captions' | 'descriptions', lang?: string): FileFacts => ({
  bytes: 2000,
  vtt: { kind, cues: 1, end: 5, cueList: [{ start: 0, end: 5, text: 'Welcome.' }], ...(lang ? { lang } : {}) },
  problems: [],
});
const facts = new Map<string, FileFacts>([
  ['media/tist-1.mp4', video(5520)],
  ['media/tist-1.en.vtt', vtt('captions', 'en')],
  ['media/tist-1.descriptions.vtt', vtt('descriptions')],
  ['media/skills.pdf', { bytes: 90000, pdf: { pages: 4, tagged: false, text: 'Skills', lang: 'en-US' }, problems: [] }],
  ['media/tist-2.mp4', video(2700)],
  ['media/tist-2.en.vtt', vtt('captions', 'es')],
  ['media/tist-3.mp4', video(480)],
  ['media/tist-4.mp4', video(1500)],
  ['media/tist-4.en.vtt', vtt('captions')],
]);
const problems: Problem[] = [
  { level: 'error', file: 'archive.xlsx', sheet: 'Sessions', row: 4, column: 'F (session date)', message: 'must be a date written YYYY-MM-DD' },
  { level: 'warning', file: 'site/media/tist-2.en.vtt', line: 12, message: 'cue ends before it starts' },
];

const report = buildReport({ catalog, facts, problems, generated: GENERATED });
const sessionOf = (id: string) => report.sessions.find((session) => session.session === id)!;
const checkOf = (session: SessionReport, criterion: string) =>
  session.checks.find((check) => check.criterion.startsWith(criterion));

describe('buildReport', () => {
  test('a session meets with verified captions and descriptions, or captions and audio that describes itself', () => {
    assert.deepEqual(report.sessions.map(({ session, meets }) => [session, meets]), [
      ['module-1', true],
      ['module-2', false],
      ['module-3', false],
      ['module-4', true],
    ]);
    assert.equal(report.summary, '2 of 4 sessions meet the WCAG 2.1 AA media criteria');
    assert.deepEqual(report.counts, { sessions: 4, meeting: 2, errors: 1, warnings: 1 });
    assert.equal(checkOf(sessionOf('module-4'), '1.2.5')?.status, 'pass');
    assert.equal(checkOf(sessionOf('module-1'), '1.2.1')?.status, 'n/a');
  });

  test('automatic captions fail 1.2.2 with what to do; missing captions and description fail too', () => {
    const automatic = checkOf(sessionOf('module-2'), '1.2.2')!;
    assert.equal(automatic.status, 'fail');
    assert.equal(automatic.message, 'captions are automatic only: have a person check them and mark them verified');
    const none = sessionOf('module-3');
    assert.equal(checkOf(none, '1.2.2')?.status, 'fail');
    assert.equal(checkOf(none, '1.2.3')?.status, 'fail');
    assert.match(checkOf(none, '1.2.5')!.message, /^no audio description: add a descriptions track/);
    // Checked captions count as a transcript for 1.2.3 (the player shows them as one); automatic ones do not yet.
    assert.equal(checkOf(sessionOf('module-2'), '1.2.3')?.status, 'fail');
    assert.match(checkOf(sessionOf('module-4'), '1.2.3')!.message, /described in its audio/);
    const captioned = buildReport({
      catalog: { ...catalog, trainings: [{ ...catalog.trainings[0]!, sessions: [{ ...catalog.trainings[0]!.sessions[3]!, video: {
        sources: mp4('tist-4'), captions: [captions('media/tist-4.en.vtt', 'verified')] } }] }] },
      facts, problems: [], generated: GENERATED,
    }).sessions[0]!;
    assert.match(checkOf(captioned, '1.2.3')!.message, /the captions, which the player also shows as a transcript/);
    assert.equal(checkOf(captioned, '1.2.5')?.status, 'fail', 'captions are no audio description');
  });

  test('an untagged PDF handout fails 1.3.1 without changing whether the session meets', () => {
    const session = sessionOf('module-1');
    const tagged = checkOf(session, '1.3.1')!;
    assert.equal(tagged.status, 'fail');
    assert.match(tagged.message, /“Stabilization skills” is not a tagged PDF/);
    assert.equal(session.meets, true);
  });

  test('advice: chapters for long sessions, a length, and a captions file whose language disagrees', () => {
    const two = sessionOf('module-2');
    assert.ok(two.checks.some((check) => check.status === 'warn' && /no chapters: this session is 45 minutes/.test(check.message)));
    assert.match(checkOf(two, '3.1.2')!.message, /says its language is “es” but the catalog says “en”/);
    assert.ok(!sessionOf('module-3').checks.some((check) => /chapters/.test(check.message)), 'an 8-minute session needs none');
    assert.ok(!sessionOf('module-1').checks.some((check) => /chapters|not known/.test(check.message)));
    // module-4 has no `duration`, but its video was probed: 25 minutes.
    assert.ok(sessionOf('module-4').checks.some((check) => /25 minutes/.test(check.message)));
  });

  test('embeds without captions, audio-only recordings, broken files and sessions without video', () => {
    const other = buildReport({
      catalog: {
        version: 1,
        title: 'Other',
        trainings: [{
          id: 'other',
          title: 'Other',
          thumbnail: { src: 'media/o.jpg' } as { src: string; alt: string },
          sessions: [
            { id: 'yt', title: 'On YouTube', duration: 'PT5M', video: { embed: { provider: 'youtube', id: 'abc123' } } },
            { id: 'podcast', title: 'Podcast', video: { sources: [{ src: 'media/p.mp3' }] } },
            { id: 'broken', title: 'Broken', video: { sources: mp4('b'), captions: [captions('media/c.vtt', 'verified')] } },
            { id: 'bad-captions', title: 'Bad captions', video: { sources: mp4('c'), captions: [captions('media/b.vtt', 'verified')] } },
            { id: 'live', title: 'In person only' },
          ],
        }],
      },
      facts: new Map<string, FileFacts>([
        ['media/p.mp3', { bytes: 1, media: { duration: 60, hasVideo: false, hasAudio: true }, problems: [] }],
        ['media/b.vtt', { bytes: 1, problems: [{ level: 'error', file: 'media/b.vtt', line: 1, message: 'the file must start with WEBVTT' }] }],
      ]),
      problems: [{ level: 'error', file: 'media/b.mp4', path: 'trainings[0].sessions[2].video.sources[0]', message: 'media/b.mp4 does not exist' }],
      generated: GENERATED,
    });
    const [yt, podcast, broken, badCaptions, live] = other.sessions as [SessionReport, SessionReport, SessionReport, SessionReport, SessionReport];
    assert.deepEqual(checkOf(yt, '1.2.2'), {
      criterion: '1.2.2 Captions (Prerecorded)', status: 'warn', message: 'captions are on YouTube: check them there',
    });
    assert.equal(yt.meets, false);
    assert.equal(checkOf(podcast, '1.2.1')?.status, 'fail');
    assert.equal(checkOf(podcast, '1.2.2')?.status, 'n/a');
    assert.match(checkOf(badCaptions, '1.2.2')!.message, /media\/b\.vtt has a problem to fix first: the file must start with WEBVTT/);
    assert.ok(broken.checks.filter((check) => check.criterion).every((check) => check.status === 'fail' || check.criterion === ''), 'a missing recording meets nothing');
    assert.match(checkOf(broken, '1.2.2')!.message, /the recording is missing or cannot be played/);
    assert.ok(broken.checks.some((check) => /a link does not work: media\/b\.mp4 does not exist/.test(check.message)));
    assert.equal(live.meets, true);
    assert.ok(live.checks.every((check) => check.status === 'n/a'));
    assert.equal(other.summary, '1 of 5 sessions meet the WCAG 2.1 AA media criteria');
    assert.equal(other.counts.errors, 2, "the captions file's own problem is listed once");
    const training = other.trainings[0]!.checks;
    assert.ok(training.some((check) => check.criterion.startsWith('3.1.2')), 'no language');
    assert.ok(training.some((check) => check.criterion.startsWith('1.1.1')), 'thumbnail with no alt at all');
  });

  test('the summary counts one session in the singular', () => {
    assert.equal(summaryOf(1, 1), '1 of 1 session meets the WCAG 2.1 AA media criteria');
    assert.equal(summaryOf(0, 2), '0 of 2 sessions meet the WCAG 2.1 AA media criteria');
  });
});

describe('reportHtml', () => {
  const html = reportHtml(report);

  test('is one English page with the summary as its only first-level heading', () => {
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1);
    assert.match(html, /<h1>2 of 4 sessions meet the WCAG 2\.1 AA media criteria<\/h1>/);
    assert.match(html, /<title>Accessibility report: Restraint &amp; Seclusion Prevention Training Archive<\/title>/);
    assert.doesNotMatch(html, /<script|<link|src=/i, 'no scripts and no outside files');
  });

  test('shows catalog text as text', () => {
    assert.ok(html.includes('Module 3 &lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('<script>alert(1)</script>'));
  });

  test('says each status in words and lists problems by file with their place', () => {
    for (const word of ['Meets', 'Does not meet', 'Check', 'Not needed']) assert.ok(html.includes(`>${word}</strong>`), word);
    assert.match(html, /<h3 class="file">archive\.xlsx<\/h3>\n<ul class="problems"><li><strong class="status fail">Must fix<\/strong> <span class="where">\(sheet Sessions, row 4, column F \(session date\)\)<\/span>: Must be a date/);
    assert.match(html, /<h3 class="file">site\/media\/tist-2\.en\.vtt<\/h3>[^]*?line 12/);
    assert.match(html, /November 2, 2026 at 9:30\s?AM \(UTC\)/);
  });
});
