/**
 * Every event the elements fire: `rsp-` prefixed, kebab-case, `bubbles` and `composed` (they cross shadow roots),
 * each a `CustomEvent` with a typed `detail`. Hosts listen for analytics and LMS records; we send nothing anywhere.
 */
import type { CatalogError, CatalogWarning } from './catalog/errors.js';
import type { Catalog, Training } from './catalog/normalize.js';

export interface CatalogLoadDetail {
  catalog: Catalog;
  warnings: CatalogWarning[];
}

export interface CatalogErrorDetail {
  error: CatalogError;
}

export interface TrainingSelectDetail {
  id: string;
  training: Training;
}

/** Event name → `detail` type. Later elements add their events here. */
export interface RspEventDetails {
  'rsp-catalog-load': CatalogLoadDetail;
  'rsp-catalog-error': CatalogErrorDetail;
  'rsp-training-select': TrainingSelectDetail;
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

declare global {
  interface HTMLElementEventMap {
    'rsp-catalog-load': CustomEvent<CatalogLoadDetail>;
    'rsp-catalog-error': CustomEvent<CatalogErrorDetail>;
    'rsp-training-select': CustomEvent<TrainingSelectDetail>;
  }
}
