/**
 * The accessibility report: for each session, whether its video meets the WCAG 2.1 AA media criteria (1.2.1, 1.2.2,
 * 1.2.3, 1.2.5), with advice beside it, and every problem the build found. Pure: the same input gives the same report.
 *
 * @example
 * const report = buildReport({ catalog, facts, problems, generated: new Date().toISOString() });
 * await writeFile('report.html', reportHtml(report));
 */
import { sessionAdvice, trainingAdvice } from './report-advice.js';
import type { Known } from './report-media.js';
import { mediaChecks } from './report-media.js';
import type { Report, ReportInput, SessionReport } from './report-types.js';
import type { Problem } from './types.js';

export { reportHtml } from './report-html.js';
export type {
  Check,
  Report,
  ReportCatalog,
  ReportInput,
  ReportSession,
  ReportTraining,
  ReportVideo,
  SessionReport,
  TrainingReport,
} from './report-types.js';
export { MEDIA_CRITERIA } from './report-types.js';

/** `2 of 4 sessions meet …`, `1 of 1 session meets …`. */
export function summaryOf(meeting: number, sessions: number): string {
  const one = sessions === 1;
  return `${meeting} of ${sessions} ${one ? 'session meets' : 'sessions meet'} the WCAG 2.1 AA media criteria`;
}

/** The build's problems and the files' own, each once (the build may have passed the files' problems on already). */
function allProblems(input: ReportInput): Problem[] {
  const seen = new Set<string>();
  const all: Problem[] = [];
  const key = (p: Problem, file = p.ref ?? p.file) => JSON.stringify([p.level, file, p.line, p.message, p.ref ? '' : [p.sheet, p.row, p.column, p.path]]);
  const add = (problem: Problem, k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    all.push(problem);
  };
  for (const problem of input.problems) add(problem, key(problem));
  // A file's own problem that the build passed on at the cell naming it (`ref`) is already in.
  for (const [url, facts] of input.facts) for (const problem of facts.problems) add(problem, key({ ...problem, ref: url }, url));
  return all;
}

export function buildReport(input: ReportInput): Report {
  const problems = allProblems(input);
  const known: Known = { facts: input.facts, problems };
  const sessions: SessionReport[] = [];
  const trainings: Report['trainings'] = [];
  (input.catalog.trainings ?? []).forEach((training, t) => {
    const trainingPath = `trainings[${t}]`;
    trainings.push({ id: training.id, title: training.title, checks: trainingAdvice(training, trainingPath, known) });
    (training.sessions ?? []).forEach((session, s) => {
      const media = mediaChecks(session, known);
      const advice = sessionAdvice(session, `${trainingPath}.sessions[${s}]`, training, known);
      sessions.push({
        training: training.id,
        session: session.id,
        title: session.title,
        meets: media.every((check) => check.status === 'pass' || check.status === 'n/a'),
        checks: [...media, ...advice],
      });
    });
  });
  const meeting = sessions.filter((session) => session.meets).length;
  return {
    generated: input.generated,
    title: input.catalog.title,
    summary: summaryOf(meeting, sessions.length),
    sessions,
    trainings,
    problems,
    counts: {
      sessions: sessions.length,
      meeting,
      errors: problems.filter((problem) => problem.level === 'error').length,
      warnings: problems.filter((problem) => problem.level === 'warning').length,
    },
  };
}
