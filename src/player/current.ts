/**
 * The training and session a player shows, found from its `training` and `session` once per update: everything that
 * update does (the media, the panels, the render, a shortcut pressed afterwards) reads this one answer.
 */
import type { Session, Training } from '../catalog/normalize.js';
import { findSessionIndex } from '../catalog/lookup.js';

/** The training shown, its session and that session's place; `unknownSession` when `session` named none of them. */
export interface Current {
  training: Training;
  session: Session;
  index: number;
  unknownSession?: string;
}

/**
 * What a player asked for `session` of the (whole) training `found` shows, or `undefined` without a training. An empty
 * `session` plays the first one; so does an unknown one, but the player says so (a shared link may be wrong).
 */
export function findCurrent(found: Training | undefined, session: string | null): Current | undefined {
  if (!found) return undefined;
  const at = findSessionIndex(found, session);
  const index = Math.max(0, at);
  return { training: found, session: found.sessions[index], index, unknownSession: session && at < 0 ? session : undefined };
}

/** One session of one training: what the video, the embed and the progress record are attached to. */
export const sessionKey = ({ training, session }: { training: Training; session: Session }) => `${training.id}\n${session.id}`;
