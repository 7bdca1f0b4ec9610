/**
 * The progress store: what a viewer has watched of each training, kept in `localStorage` (one key per training,
 * `rsp-archive:progress:<trainingId>`), with no DOM beyond `localStorage` and `window` events. The player writes it;
 * the training list reads it for its "in progress" / "completed" badges.
 *
 * Watched time is a list of ranges of real playback (`[start, end]` in seconds), so watching a minute twice counts
 * once and seeking past a part never counts it. Writes merge with what is stored, so two tabs playing different
 * sessions of one training do not erase each other.
 *
 * When storage is blocked or throws, reads give empty progress and writes do nothing (see `storage.ts`).
 *
 * @example
 * const { started, completed, ratio } = trainingProgress(training);
 * const stop = onProgressChange(() => this.requestUpdate());
 */
import type { Training } from '../catalog/normalize.js';
import { readStored, STORAGE_PREFIX } from './storage.js';

/** Seconds `[start, end]` of real playback, `start < end`. */
export type WatchedRange = [start: number, end: number];

/** What is stored for one session of a training. */
export interface SessionProgress {
  /** Where the viewer stopped, in seconds (for "Resume at 12:34"). */
  position: number;
  /** The media's own duration, in seconds, once known. */
  duration?: number;
  /** Merged, sorted, non-overlapping ranges of real playback. */
  watched: WatchedRange[];
  /** The session reached its `complete-at` share of real watching. */
  completed: boolean;
}

/** A training's progress as the list shows it. */
export interface TrainingProgress {
  /** Some session has watched time (a position alone, saved without playback by an older version, does not count). */
  started: boolean;
  /** Every session is complete (or the training was marked complete). */
  completed: boolean;
  /** 0..1: watched share over all sessions with a known duration (a completed session counts whole). */
  ratio: number;
}

/** A training's stored record, as read (for `record.ts`, which writes it). */
export interface TrainingRecord {
  sessions: Record<string, SessionProgress>;
  completed?: boolean;
}

export const key = (trainingId: string) => `progress:${trainingId}`;

/** Stored ranges beyond this many keep only the longest: a bounded record keeps every save and read fast. */
export const MAX_RANGES = 1000;
/** A range may end this far past the media's duration (durations differ a little between browsers); further is not ours. */
const OVERSHOOT = 1;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readRecord(trainingId: string): TrainingRecord {
  const stored = readStored<unknown>(key(trainingId));
  // Stored data is input: another version, another script on the page or a person may have written it.
  if (!isPlainObject(stored) || !isPlainObject(stored.sessions)) return { sessions: {} };
  return { sessions: stored.sessions as Record<string, SessionProgress>, completed: stored.completed === true };
}

/**
 * What can be trusted of stored or recorded ranges: well-formed ones only, clamped to `[0, duration]` (a range
 * reaching far past the media's end, like `[0, 1e308]`, was not recorded by us and is dropped), sorted and merged,
 * and at most {@link MAX_RANGES} of them.
 */
export function cleanRanges(ranges: unknown, duration?: number): WatchedRange[] {
  if (!Array.isArray(ranges)) return [];
  const limit = duration && duration > 0 ? duration : Infinity;
  const clamped: WatchedRange[] = [];
  for (const range of ranges) {
    if (!isRange(range) || range[1] > limit + OVERSHOOT) continue;
    const start = Math.max(0, range[0]);
    const end = Math.min(limit, range[1]);
    if (end > start) clamped.push([start, end]);
  }
  clamped.sort((a, b) => a[0] - b[0]);
  let merged: WatchedRange[] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  if (merged.length > MAX_RANGES) {
    merged = merged
      .sort((a, b) => b[1] - b[0] - (a[1] - a[0]))
      .slice(0, MAX_RANGES)
      .sort((a, b) => a[0] - b[0]);
  }
  return merged;
}

/** Total seconds covered by `ranges`. */
export function watchedSeconds(ranges: readonly WatchedRange[]): number {
  return ranges.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** A session's stored progress (empty when nothing is stored or storage is unavailable). */
export function sessionProgress(trainingId: string, sessionId: string): SessionProgress {
  return readSession(readRecord(trainingId), sessionId);
}

export function readSession(record: TrainingRecord, sessionId: string): SessionProgress {
  const own = Object.prototype.hasOwnProperty.call(record.sessions, sessionId);
  const stored: unknown = own ? record.sessions[sessionId] : undefined;
  if (!isPlainObject(stored)) return { position: 0, duration: undefined, watched: [], completed: false };
  const duration = positive(stored.duration) || undefined;
  return {
    position: positive(stored.position),
    duration,
    watched: cleanRanges(stored.watched, duration),
    completed: stored.completed === true,
  };
}

/** `value` when it is a finite number above 0, else 0. */
const positive = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);

/** Whether the training as a whole was marked complete. */
export function isTrainingComplete(trainingId: string): boolean {
  return readRecord(trainingId).completed === true;
}

/** The training's progress for badges: started, completed, and the watched share. */
export function trainingProgress(training: Training): TrainingProgress {
  const record = readRecord(training.id);
  let total = 0;
  let watched = 0;
  let started = false;
  let allComplete = training.sessions.length > 0;
  for (const session of training.sessions) {
    const progress = readSession(record, session.id);
    const seconds = watchedSeconds(progress.watched);
    started ||= seconds > 0 || progress.completed;
    allComplete &&= progress.completed;
    // The media's own duration wins over the catalog's: it is what the watched ranges were measured against.
    const duration = progress.duration ?? session.durationSeconds;
    if (!duration) continue;
    total += duration;
    watched += progress.completed ? duration : Math.min(seconds, duration);
  }
  const completed = record.completed === true || allComplete;
  return {
    started: started || completed,
    completed,
    ratio: completed ? 1 : total ? Math.min(1, watched / total) : 0,
  };
}

const listeners = new Set<() => void>();

export function notify() {
  for (const listener of [...listeners]) listener();
}

function onStorage(event: StorageEvent) {
  // `key` is null when another tab cleared all storage.
  if (event.key === null || event.key.startsWith(STORAGE_PREFIX + 'progress:')) notify();
}

/**
 * Calls `listener` after every progress write on this page and every change from another tab (`storage` event).
 * Returns a function that stops listening.
 */
export function onProgressChange(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function isRange(value: unknown): value is WatchedRange {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    value[1] > value[0]
  );
}
