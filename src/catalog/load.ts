/**
 * Reading a catalog: fetch with a timeout and an `AbortSignal`, then parse, validate and normalise.
 *
 * `fetchCatalog` makes a request every time it is called; the page-wide sharing of one request per URL is the job of
 * `store.ts`. `readCatalog` is the same pipeline without the network, used by the CLI and the `catalog` property.
 */
import { closeBidiFields } from './bidi.js';
import { CatalogError, fileName, type CatalogWarning } from './errors.js';
import { parseJson } from './json.js';
import { normalizeCatalog, type Catalog } from './normalize.js';
import { validateCatalog } from './validate.js';

/** How long a catalog request may take, body included, before it is a `timeout` error. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface LoadedCatalog {
  catalog: Catalog;
  /** What was skipped or dropped: each with a path and a message. Empty for a clean catalog. */
  warnings: CatalogWarning[];
}

export interface FetchCatalogOptions {
  signal?: AbortSignal;
  /** Milliseconds; default {@link DEFAULT_TIMEOUT_MS}. */
  timeout?: number;
  /** `fetch`'s cache mode: `refresh()` passes `no-cache` so the server revalidates (ETag, 304). */
  cache?: RequestCache;
}

/**
 * Fetches and reads the catalog at `url` (absolute). Rejects with a {@link CatalogError}, or with the signal's
 * reason when `signal` aborts.
 *
 * @example
 * const { catalog, warnings } = await fetchCatalog(new URL('catalog.json', location.href).href);
 */
export async function fetchCatalog(url: string, options: FetchCatalogOptions = {}): Promise<LoadedCatalog> {
  const { signal, timeout = DEFAULT_TIMEOUT_MS, cache } = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      cache,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new CatalogError('http', `HTTP ${response.status} for ${url}${httpHint(response.status)}`, url, response.status);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal?.aborted || timedOut) throw error;
      // The server answered, so CORS and the address are fine: the body stopped arriving (a reset, a dropped network).
      throw new CatalogError('network', `Could not load ${url}: the connection was lost before the whole file arrived. Try again.`, url);
    }
    const type = response.headers.get('content-type') ?? '';
    if (/html/i.test(type) || /^\s*</.test(text)) {
      throw new CatalogError(
        'parse',
        `The catalog URL ${url} returned a web page instead of JSON — perhaps a sign-in page, or the wrong address.`,
        url,
      );
    }
    return readCatalog(text, url);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) {
      const limit = timeout >= 1000 ? `${Math.round(timeout / 1000)} seconds` : `${timeout} ms`;
      throw new CatalogError('timeout', `${url} did not answer within ${limit}.`, url);
    }
    if (error instanceof CatalogError) throw error;
    // fetch rejects with a bare TypeError for every network failure, CORS included, and browsers do not say which.
    throw new CatalogError(
      'network',
      `Could not load ${url}: the network failed, or the server does not allow this page to read it ` +
        `(its CORS header Access-Control-Allow-Origin must allow ${globalThis.location?.origin ?? 'this site'}).`,
      url,
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Parses, validates and normalises catalog text. Relative URLs inside resolve against `url`.
 * Throws a `parse`, `schema` or `version` {@link CatalogError}.
 */
export function readCatalog(text: string, url: string, name = fileName(url)): LoadedCatalog {
  return checkCatalog(parseJson(text, name, url), url, name);
}

/** Validates and normalises an already parsed catalog object (the elements' `catalog` property). */
export function checkCatalog(data: unknown, url: string, name = fileName(url)): LoadedCatalog {
  const { input, warnings } = validateCatalog(data, name, url);
  return { catalog: normalizeCatalog(closeBidiFields(input), url, warnings), warnings };
}

function httpHint(status: number): string {
  if (status === 404) return ': the file is not there. Check the address and that the file was uploaded.';
  if (status === 401 || status === 403) return ': the server refused access. Is the file public?';
  if (status >= 500) return ': the server had a problem. Try again later.';
  return '.';
}
