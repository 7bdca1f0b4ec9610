/**
 * The network half of reading a catalog file: `fetch` with a timeout and an `AbortSignal`, and every failure as a
 * {@link CatalogError} whose sentence says what to check. Used for the single file (v1) and for each file of a
 * compiled catalog alike.
 */
import { CatalogError } from './errors.js';

/** How long a catalog request may take, body included, before it is a `timeout` error. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchCatalogOptions {
  signal?: AbortSignal;
  /** Milliseconds; default {@link DEFAULT_TIMEOUT_MS}. */
  timeout?: number;
  /** `fetch`'s cache mode: `refresh()` passes `no-cache` so the server revalidates (ETag, 304). */
  cache?: RequestCache;
}

/**
 * The text of the JSON file at `url` (absolute). Rejects with a {@link CatalogError} (`network`, `timeout`, `http`,
 * or `parse` for a web page where JSON was expected), or with the signal's reason when `signal` aborts.
 */
export async function fetchText(url: string, options: FetchCatalogOptions = {}): Promise<string> {
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
    return text;
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

function httpHint(status: number): string {
  if (status === 404) return ': the file is not there. Check the address and that the file was uploaded.';
  if (status === 401 || status === 403) return ': the server refused access. Is the file public?';
  if (status >= 500) return ': the server had a problem. Try again later.';
  return '.';
}
