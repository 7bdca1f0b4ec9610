/**
 * Writing progress: what the player records. Apart from the reading half (`progress.ts`, which the list imports for
 * its badges) so that these writes load with the player's lazy chunk, not with the list.
 *
 * @example
 * saveSessionProgress('tist', 'module-1', { position: 42, duration: 600, watched: [[0, 42]] });
 */
import {
  cleanRanges,
  isPlainObject,
  key,
  MAX_RANGES,
  notify,
  readRecord,
  readSession,
  type SessionProgress,
  type TrainingRecord,
  type WatchedRange,
} from './progress.js';
import { writeStored } from './storage.js';

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
