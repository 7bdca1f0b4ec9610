/**
 * The accessibility report as one standalone HTML page for publishing staff: no scripts, no outside files, readable
 * printed. Every piece of catalog text is escaped: titles come from spreadsheets and may hold anything.
 */
import type { Check, Report, SessionReport, TrainingReport } from './report-types.js';
import { MEDIA_CRITERIA } from './report-types.js';
import type { Problem } from './types.js';

/** Each status as a word, so the page never relies on colour alone (WCAG 1.4.1). */
const WORDS: Record<Check['status'], string> = {
  pass: 'Meets',
  fail: 'Does not meet',
  warn: 'Check',
  'n/a': 'Not needed',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for HTML content and attribute values alike. */
export const escapeHtml = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** Messages are written to follow a criterion ("captions are …"); on their own they start with a capital. */
// A message that starts with a file name keeps its case: "media/x.vtt" is not "Media/x.vtt" on a web server.
const sentence = (text: string) => escapeHtml(/^[a-z][\w.-]*\//.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1));

const status = (check: Check) =>
  `<strong class="status ${check.status === 'n/a' ? 'na' : check.status}">${WORDS[check.status]}</strong>`;

function when(generated: string): string {
  const date = new Date(generated);
  if (Number.isNaN(date.getTime())) return escapeHtml(generated);
  const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return `<time datetime="${escapeHtml(generated)}">${escapeHtml(format.format(date))} (UTC)</time>`;
}

function adviceList(checks: Check[]): string {
  if (!checks.length) return '<p class="none">Nothing else to check.</p>';
  const items = checks.map((check) => {
    const criterion = check.criterion ? ` <span class="criterion">(${escapeHtml(check.criterion)})</span>` : '';
    return `<li>${status(check)}${criterion}: ${sentence(check.message)}</li>`;
  });
  return `<ul class="advice">${items.join('')}</ul>`;
}

function sessionRow(session: SessionReport): string {
  const isMedia = (check: Check) => (MEDIA_CRITERIA as readonly string[]).includes(check.criterion);
  const cells = MEDIA_CRITERIA.map((criterion) => {
    const check = session.checks.find((one) => one.criterion === criterion);
    return check ? `<td>${status(check)}<br>${sentence(check.message)}</td>` : '<td></td>';
  });
  const result = session.meets
    ? '<strong class="status pass">Meets</strong>'
    : '<strong class="status fail">Does not meet</strong>';
  const advice = session.checks.filter((check) => !isMedia(check));
  return (
    `<tr><th scope="row">${escapeHtml(session.title)}<span class="id">${escapeHtml(session.session)}</span></th>` +
    `<td>${result}</td>${cells.join('')}<td>${adviceList(advice)}</td></tr>`
  );
}

function trainingSection(training: TrainingReport, sessions: SessionReport[]): string {
  const mine = sessions.filter((session) => session.training === training.id);
  const head = MEDIA_CRITERIA.map((criterion) => `<th scope="col">${escapeHtml(criterion)}</th>`).join('');
  const about = training.checks.length
    ? `<h3>About the training as a whole</h3>${adviceList(training.checks)}`
    : '';
  return `<section>
<h2>${escapeHtml(training.title)}</h2>
${about}
<table>
<caption>Sessions of ${escapeHtml(training.title)}</caption>
<thead><tr><th scope="col">Session</th><th scope="col">All media criteria</th>${head}
<th scope="col">Other things to check</th></tr></thead>
<tbody>
${mine.map(sessionRow).join('\n')}
</tbody>
</table>
</section>`;
}

/** Where in the file: `sheet Trainings, row 4, column F (session date), line 12, at trainings[3].sessions[0]`. */
function place(problem: Problem): string {
  const parts = [
    problem.sheet !== undefined ? `sheet ${problem.sheet}` : '',
    problem.row !== undefined ? `row ${problem.row}` : '',
    problem.column !== undefined ? `column ${problem.column}` : '',
    problem.line !== undefined ? `line ${problem.line}` : '',
    problem.path !== undefined ? `at ${problem.path}` : '',
  ].filter(Boolean);
  return parts.length ? ` <span class="where">(${escapeHtml(parts.join(', '))})</span>` : '';
}

function problemsSection(problems: Problem[]): string {
  if (!problems.length) return '<section><h2>Problems found while building</h2><p>No problems were found.</p></section>';
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const groups = [...byFile].map(([file, list]) => {
    const items = list.map((problem) => {
      const level = problem.level === 'error'
        ? '<strong class="status fail">Must fix</strong>'
        : '<strong class="status warn">Worth a look</strong>';
      return `<li>${level}${place(problem)}: ${sentence(problem.message)}</li>`;
    });
    return `<h3 class="file">${escapeHtml(file)}</h3>\n<ul class="problems">${items.join('\n')}</ul>`;
  });
  return `<section><h2>Problems found while building</h2>\n${groups.join('\n')}</section>`;
}

const STYLE = `
:root { color: #1a1a1a; background: #fff; font: 100%/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
body { margin: 0 auto; padding: 1.5rem; max-width: 80rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 2px solid #1a1a1a; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.file { font-family: ui-monospace, Consolas, monospace; font-weight: 600; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #6b6b6b; padding: .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
tr { break-inside: avoid; }
.id { display: block; font-weight: normal; color: #4a4a4a; font-family: ui-monospace, Consolas, monospace; font-size: .8rem; }
.status { display: inline-block; padding: 0 .35rem; border-radius: .25rem; border: 1px solid currentColor; white-space: nowrap; }
.pass { color: #1b5e20; background: #e8f5e9; }
.fail { color: #8b1a1a; background: #fdecea; }
.warn { color: #5c3d00; background: #fff4d6; }
.na { color: #404040; background: #f2f2f2; }
.criterion, .where { color: #4a4a4a; }
ul { padding-left: 1.25rem; margin: .25rem 0; }
li { margin: .25rem 0; }
.none { color: #4a4a4a; margin: 0; }
@media print {
  body { padding: 0; max-width: none; }
  :root { font-size: 10pt; }
  .status { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
}`;

/** The report as a complete, standalone HTML page. */
export function reportHtml(report: Report): string {
  const { counts } = report;
  const toFix = counts.errors ? `${counts.errors} ${counts.errors === 1 ? 'problem' : 'problems'} to fix` : 'nothing to fix';
  const toSee = `${counts.warnings} ${counts.warnings === 1 ? 'thing' : 'things'} worth a look`;
  const problemsLine =
    counts.errors || counts.warnings
      ? `The build found ${toFix} and ${toSee}; they are listed at the end.`
      : 'The build found no problems.';
  const sections = report.trainings.map((training) => trainingSection(training, report.sessions));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility report: ${escapeHtml(report.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(report.summary)}</h1>
<p>Accessibility report for ${escapeHtml(report.title)}, made ${when(report.generated)}. ${problemsLine}</p>
<section>
<h2>How to read this report</h2>
<p>Each session with a video or a recording is checked against the four WCAG 2.1 success criteria for recorded media:
a transcript for audio-only recordings (1.2.1), captions (1.2.2), a description or transcript of what is shown (1.2.3)
and an audio description (1.2.5). A session meets them when each one is met or not needed.</p>
<p>Each result is written as a word: <strong>Meets</strong>, <strong>Does not meet</strong>, <strong>Check</strong>
(a person should look at it) or <strong>Not needed</strong>. “Other things to check” lists advice that makes a session
easier to use; it does not change whether the session meets the media criteria.</p>
</section>
${sections.join('\n')}
${problemsSection(report.problems)}
</main>
</body>
</html>
`;
}
