/** What went wrong while loading a catalog, in words a web editor can act on. */
export type CatalogErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'version';

/**
 * The one error type of the data layer. `kind` says which step failed; `message` is a sentence for the person who
 * maintains `catalog.json` ("catalog.json line 12, column 5: expected a comma or }").
 *
 * @example
 * try { await loadCatalog(url); } catch (error) { if (error instanceof CatalogError && error.kind === 'http') … }
 */
export class CatalogError extends Error {
  override name = 'CatalogError';

  constructor(
    readonly kind: CatalogErrorKind,
    message: string,
    /** The catalog URL (or file name) the error is about. */
    readonly url?: string,
    /** HTTP status for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Something in the catalog that was skipped or dropped, while everything else still loaded. */
export interface CatalogWarning {
  code: 'invalid-training' | 'duplicate-id' | 'unsafe-url' | 'unknown-topic' | 'unknown-audience';
  /** Where, as a JSON path: `trainings[3].sessions[0].video`. */
  path: string;
  message: string;
}

/** The last segment of a URL's path ("catalog.json"), which is how editors know their file. */
export function fileName(url: string): string {
  const path = url.split(/[?#]/)[0];
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || url;
  } catch {
    return last || url; // a malformed %-escape: show it as written
  }
}
