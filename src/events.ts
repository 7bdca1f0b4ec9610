/**
 * Every event the elements fire: `rsp-` prefixed, kebab-case, `bubbles` and `composed` (they cross shadow roots),
 * each a `CustomEvent` with a typed `detail`. Hosts listen for analytics and LMS records; we send nothing anywhere.
 */
import type { CatalogError, CatalogWarning } from './catalog/errors.js';
import type { Catalog, Material, Training } from './catalog/normalize.js';

export interface CatalogLoadDetail {
  catalog: Catalog;
  warnings: CatalogWarning[];
}

export interface CatalogErrorDetail {
  error: CatalogError;
  /** A compiled catalog's training whose own file could not be read (the rest of the catalog is fine). */
  training?: string;
}

export interface TrainingSelectDetail {
  id: string;
  training: Training;
  /** A moment found in what was said: its session's id (undefined for a handout's text)… */
  session?: string;
  /** …and where in it, in seconds. */
  time?: number;
}

/** The viewer asked for another session of the training (the player's Previous/Next session buttons). */
export interface SessionSelectDetail {
  trainingId: string;
  /** The session asked for. */
  sessionId: string;
}

/** Which session of which training: every player event says it. */
export interface PlaybackDetail {
  trainingId: string;
  sessionId: string;
  /** Seconds into the session's video. */
  currentTime: number;
}

export interface ProgressDetail extends PlaybackDetail {
  /** The video's duration in seconds (0 while unknown). */
  duration: number;
  /** Seconds of real playback so far, this visit and earlier ones; seeking adds none. */
  watchedSeconds: number;
  /** `watchedSeconds / duration`, 0..1. */
  watchedRatio: number;
}

/** A session reached its `complete-at` share of real watching (`scope: 'session'`), or every session did. */
export type CompleteDetail =
  | { trainingId: string; sessionId: string; scope: 'session' }
  | { trainingId: string; scope: 'training' };

export interface MaterialOpenDetail {
  trainingId: string;
  /** The session the material belongs to; absent for training-level materials. */
  sessionId?: string;
  material: Material;
}

/**
 * Event name → `detail` type: the one table of them. The `@fires` tags of the elements name these types, and
 * `npm run check:generated` fails when custom-elements.json says otherwise; dist/jsx.d.ts is generated from it.
 */
export interface RspEventDetails {
  'rsp-catalog-load': CatalogLoadDetail;
  'rsp-catalog-error': CatalogErrorDetail;
  'rsp-training-select': TrainingSelectDetail;
  'rsp-session-select': SessionSelectDetail;
  'rsp-play': PlaybackDetail;
  'rsp-pause': PlaybackDetail;
  'rsp-progress': ProgressDetail;
  'rsp-complete': CompleteDetail;
  'rsp-material-open': MaterialOpenDetail;
}

export type RspEventName = keyof RspEventDetails;

/**
 * Fires `name` from `target`. Returns false when a listener called `preventDefault()` on a cancelable event.
 *
 * @example
 * if (emit(this, 'rsp-training-select', { id, training }, { cancelable: true })) navigate();
 */
export function emit<K extends RspEventName>(
  target: EventTarget,
  name: K,
  detail: RspEventDetails[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

/** Each event as its listeners get it. */
export type RspEventMap = { [K in RspEventName]: CustomEvent<RspEventDetails[K]> };

declare global {
  // Read from RspEventDetails, so `addEventListener('rsp-complete', …)` is typed from the same table.
  interface HTMLElementEventMap extends RspEventMap {}
}
