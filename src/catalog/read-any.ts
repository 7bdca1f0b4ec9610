/**
 * Reading a catalog in either form: a compiled catalog's entry without the validator, a single file (or a `catalog`
 * property, or a compiled catalog's training file) with the reader chunk, which is loaded once per page when needed.
 */
import { isCompiledEntry, readCompiled, type CatalogPreview } from './compiled.js';
import { CatalogError, fileName } from './errors.js';
import { fetchText, type FetchCatalogOptions } from './fetch-text.js';
import type { LoadedCatalog } from './read.js';

export type Reader = typeof import('./read.js');
let reader: Reader | undefined;
/**
 * The single-file reader, with the schema validator (valibot): a lazy chunk, loaded when a v1 catalog arrives, a
 * `catalog` property is set, or a compiled catalog's training is opened. A compiled list needs none of it.
 */
export async function loadReader(): Promise<Reader> {
  if (!reader) reader = await import('./read.js').catch((): never => { throw chunkError(); });
  return reader;
}

/** The reader, when its chunk has already loaded. */
export function loadedReader(): Reader | undefined {
  return reader;
}

/**
 * Reads the catalog at `url`, single file or compiled. The entry file is fetched with `entry` options (a refresh
 * revalidates it); a compiled catalog's list index is content-hashed, so it is fetched with `files` options.
 */
export async function readAny(url: string, entry: FetchCatalogOptions, files: FetchCatalogOptions, onPreview?: (preview: CatalogPreview) => void): Promise<LoadedCatalog> {
  const text = await fetchText(url, entry);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The reader finds the line and column and says what was expected.
    (await loadReader()).readCatalog(text, url);
  }
  if (isCompiledEntry(data)) return readCompiled(data, url, async (file) => parse(await fetchText(file, files), file), onPreview);
  return (await loadReader()).checkCatalog(data, url);
}

/** A compiled catalog's own files were written by the build: a syntax error there is a broken upload, not an edit. */
export function parse(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CatalogError('parse', `${fileName(url)} is not valid JSON: the file is damaged or incomplete. Upload the built catalog again.`, url);
  }
}

export function chunkError() {
  return new CatalogError('network', 'Part of rsp-archive (the catalog reader) could not be loaded. Check the connection and reload the page.');
}
