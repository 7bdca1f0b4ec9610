/**
 * The accessibility report's shapes: what `buildReport` reads and what it and `reportHtml` give back. In a file of
 * their own so that the report's logic and its HTML both import them without importing each other.
 */
import type { CatalogInput, SessionInput, TrainingInput, VideoInput } from '../catalog/schema.js';
import type { FileFacts, Problem } from './types.js';

/**
 * A session's video as the publisher reads it: the catalog's, plus `describedInAudio`, which the elements ignore.
 * `true` says the speakers already describe everything that is shown, so no separate audio description is needed
 * (the WCAG 1.2.5 exception for media whose audio already carries all the visual information).
 */
export type ReportVideo = VideoInput & { describedInAudio?: boolean };
export type ReportSession = Omit<SessionInput, 'video'> & { video?: ReportVideo };
export type ReportTraining = Omit<TrainingInput, 'sessions'> & { sessions: ReportSession[] };
/** The catalog as written (version 1 JSON, relative URLs), before it is normalised. */
export type ReportCatalog = Omit<CatalogInput, 'trainings'> & { trainings: ReportTraining[] };

export interface ReportInput {
  catalog: ReportCatalog;
  /** Facts about each local file, keyed by its URL exactly as the catalog writes it; remote (http) URLs are absent. */
  facts: Map<string, FileFacts>;
  /** Everything the build found; shown in the report, grouped by file. */
  problems: Problem[];
  /** ISO timestamp of the build, passed in so that the report is the same for the same input. */
  generated: string;
}

/** One finding. `criterion` names the WCAG 2.1 success criterion, e.g. `1.2.2 Captions (Prerecorded)`; `""` for advice. */
export interface Check {
  criterion: string;
  status: 'pass' | 'fail' | 'warn' | 'n/a';
  message: string;
}

export interface SessionReport {
  /** The training's id. */
  training: string;
  /** The session's id. */
  session: string;
  title: string;
  /** Whether the media criteria (1.2.1, 1.2.2, 1.2.3, 1.2.5) are all met or not needed. Advice does not count. */
  meets: boolean;
  checks: Check[];
}

export interface TrainingReport {
  id: string;
  title: string;
  /** Checks about the training as a whole: its language, thumbnail, handouts and links. */
  checks: Check[];
}

export interface Report {
  generated: string;
  /** Catalog title, for the page's title. */
  title: string;
  /** `2 of 4 sessions meet the WCAG 2.1 AA media criteria`. */
  summary: string;
  sessions: SessionReport[];
  trainings: TrainingReport[];
  problems: Problem[];
  counts: { sessions: number; meeting: number; errors: number; warnings: number };
}

/** The media criteria a session is judged on, in the order the report shows them. */
export const MEDIA_CRITERIA = [
  '1.2.1 Audio-only and Video-only (Prerecorded)',
  '1.2.2 Captions (Prerecorded)',
  '1.2.3 Audio Description or Media Alternative (Prerecorded)',
  '1.2.5 Audio Description (Prerecorded)',
] as const;
