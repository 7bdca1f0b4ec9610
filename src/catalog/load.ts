/**
 * `fetchCatalog`: a single-file catalog fetched and read in one call, for apps and scripts (`rsp-archive/data.js`).
 * The elements do not use it: their page-wide store (`store.ts`) reads single files and compiled catalogs alike.
 */
import { fetchText, type FetchCatalogOptions } from './fetch-text.js';
import { readCatalog, type LoadedCatalog } from './read.js';

export { DEFAULT_TIMEOUT_MS, type FetchCatalogOptions } from './fetch-text.js';
export { checkCatalog, readCatalog, type LoadedCatalog } from './read.js';

/**
 * Fetches and reads the single-file catalog at `url` (absolute). Rejects with a {@link CatalogError}, or with the
 * signal's reason when `signal` aborts.
 *
 * @example
 * const { catalog, warnings } = await fetchCatalog(new URL('catalog.json', location.href).href);
 */
export async function fetchCatalog(url: string, options: FetchCatalogOptions = {}): Promise<LoadedCatalog> {
  return readCatalog(await fetchText(url, options), url);
}
