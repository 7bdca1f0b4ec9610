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
import { readStored, STORAGE_PREFIX, writeStored } from './storage.js';

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

interface TrainingRecord {
  sessions: Record<string, SessionProgress>;
  completed?: boolean;
}

const key = (trainingId: string) => `progress:${trainingId}`;

/** Stored ranges beyond this many keep only the longest: a bounded record keeps every save and read fast. */
export const MAX_RANGES = 1000;
/** A range may end this far past the media's duration (durations differ a little between browsers); further is not ours. */
const OVERSHOOT = 1;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readRecord(trainingId: string): TrainingRecord {
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

function writeRecord(trainingId: string, record: TrainingRecord): boolean {
  const written = writeStored(key(trainingId), record);
  if (written) notify();
  return written;
}

/** Adds `added` to sorted, non-overlapping `ranges`, joining ranges that touch or overlap. Returns a new list. */
export function mergeRanges(ranges: readonly WatchedRange[], added: WatchedRange): WatchedRange[] {
  const [start, end] = added;
  if (!(end > start)) return [...ranges];
  const result: WatchedRange[] = [];
  let merged: WatchedRange = [start, end];
  for (const range of ranges) {
    if (range[1] < merged[0]) result.push(range);
    else if (range[0] > merged[1]) {
      result.push(merged);
      merged = range;
    } else merged = [Math.min(range[0], merged[0]), Math.max(range[1], merged[1])];
  }
  result.push(merged);
  return result.sort((a, b) => a[0] - b[0]);
}

/** Total seconds covered by `ranges`. */
export function watchedSeconds(ranges: readonly WatchedRange[]): number {
  return ranges.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** A session's stored progress (empty when nothing is stored or storage is unavailable). */
export function sessionProgress(trainingId: string, sessionId: string): SessionProgress {
  return readSession(readRecord(trainingId), sessionId);
}

function readSession(record: TrainingRecord, sessionId: string): SessionProgress {
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

/**
 * Saves a session's position and duration, merges `watched` into the stored ranges, and sets `completed` when true
 * (it never goes back to false). Returns false when storage refused the write.
 */
export function saveSessionProgress(
  trainingId: string,
  sessionId: string,
  update: { position?: number; duration?: number; watched?: readonly WatchedRange[]; completed?: boolean },
): boolean {
  const record = readRecord(trainingId);
  const current = readSession(record, sessionId);
  // Every session rewritten as read, cleaned, so what was stored badly does not survive the next save. No prototype:
  // a stored `__proto__` key stays a key.
  // The session being saved is cleaned once, below: with a large stored record that is most of a save's time.
  const sessions = cleanSessions(record, sessionId);
  const duration = update.duration ?? current.duration;
  sessions[sessionId] = {
    position: update.position ?? current.position,
    duration,
    watched: cleanRanges([...current.watched, ...(update.watched ?? [])], duration),
    completed: current.completed || update.completed === true,
  };
  return writeRecord(trainingId, { ...record, sessions });
}

/** Every session of `record` as `readSession` reads it, but `skip`; a prototype-free object (a stored `__proto__` stays a key). */
function cleanSessions(record: TrainingRecord, skip?: string): Record<string, SessionProgress> {
  const sessions: Record<string, SessionProgress> = Object.create(null);
  for (const id of Object.keys(record.sessions)) if (id !== skip) sessions[id] = readSession(record, id);
  return sessions;
}

/**
 * A session's stored progress as the player opens it. When a session of the training holds more ranges than are
 * kept (an older version's, or another script's), the record is rewritten cleaned here: cleaning 20,000 ranges takes
 * longer than a frame, and done here it is not done again by the first save, which is often a pause. Nothing is
 * written otherwise, so a visit that never plays still leaves no trace.
 */
export function openSessionProgress(trainingId: string, sessionId: string): SessionProgress {
  const record = readRecord(trainingId);
  const oversized = Object.values(record.sessions).some(
    (session: unknown) => isPlainObject(session) && Array.isArray(session.watched) && session.watched.length > MAX_RANGES,
  );
  if (!oversized) return readSession(record, sessionId);
  const sessions = cleanSessions(record);
  writeRecord(trainingId, { ...record, sessions });
  return readSession({ sessions }, sessionId);
}

/** Marks the whole training complete (after its last session completed). */
export function markTrainingComplete(trainingId: string): boolean {
  const record = readRecord(trainingId);
  if (record.completed) return true;
  return writeRecord(trainingId, { ...record, completed: true });
}

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

function notify() {
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
