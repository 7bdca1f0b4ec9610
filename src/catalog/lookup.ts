/** Finding a training and a session by what an attribute says. */
import type { Catalog, Session, Training } from './normalize.js';

export function findTraining(catalog: Catalog, id: string | null | undefined): Training | undefined {
  return id ? catalog.trainings.find((training) => training.id === id) : undefined;
}

/**
 * The session an attribute names: its id, or its 1-based number ("2" is the second, unless a session's id is "2").
 * Returns -1 when nothing matches.
 */
export function findSessionIndex(training: Training, wanted: string | null | undefined): number {
  if (!wanted) return -1;
  const byId = training.sessions.findIndex((session) => session.id === wanted);
  if (byId >= 0) return byId;
  const number = /^\d+$/.test(wanted) ? Number(wanted) : NaN;
  return number >= 1 && number <= training.sessions.length ? number - 1 : -1;
}

export function findSession(training: Training, wanted: string | null | undefined): Session | undefined {
  return training.sessions[findSessionIndex(training, wanted)];
}
