/**
 * `localStorage` under the `rsp-archive:` prefix, where every access may fail. Storage is blocked outright in some
 * browsers' strict modes (reading `window.localStorage` throws a `SecurityError`), full (`setItem` throws a quota
 * error), or disabled by policy on managed work PCs. In all those cases the features built on it (resume, progress,
 * remembered advisories) switch off quietly: reads give `undefined`, writes give `false`, nothing throws.
 */

/** Every key this library writes starts with this. */
export const STORAGE_PREFIX = 'rsp-archive:';

function area(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The parsed JSON value stored under `rsp-archive:<key>`, or `undefined` when absent, unreadable or blocked. */
export function readStored<T>(key: string): T | undefined {
  try {
    const text = area()?.getItem(STORAGE_PREFIX + key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON under `rsp-archive:<key>`; false when storage refused it. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    const storage = area();
    if (!storage) return false;
    storage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
