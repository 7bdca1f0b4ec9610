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
    storage.setItem(STORAGE_PREFIX + key, toJSONText(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * JSON text of plain data (objects, arrays, strings, finite numbers, booleans, null), written without
 * `JSON.stringify`'s calls to `toJSON`: host pages with Prototype.js and the like define `Array.prototype.toJSON`
 * (returning a string) or `Object.prototype.toJSON`, which would store something else than we meant.
 */
export function toJSONText(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  // A string primitive is not an object, so JSON.stringify looks up no toJSON for it.
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : toJSONText(item))).join(',')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && typeof item !== 'function')
      .map(([name, item]) => `${JSON.stringify(name)}:${toJSONText(item)}`);
    return `{${members.join(',')}}`;
  }
  return 'null';
}
