/**
 * Reading a single-file catalog (format version 1): parse, validate, normalise. This is the part with the validator
 * (valibot and the schema): the elements load it as a lazy chunk when a v1 catalog arrives (or a `catalog` property
 * is set, or a compiled catalog's training is opened); the CLI and `rsp-archive/data.js` import it directly.
 */
import { closeBidiFields } from './bidi.js';
import { CatalogError, fileName, type CatalogWarning } from './errors.js';
import { parseJson } from './json.js';
import { normalizeCatalog, type Catalog, type Training } from './normalize.js';
import { TrainingSchema, type Label } from './schema.js';
import { describeIssue, validateCatalog } from './validate.js';
import * as v from 'valibot';

export interface LoadedCatalog {
  catalog: Catalog;
  /** What was skipped or dropped: each with a path and a message. Empty for a clean catalog. */
  warnings: CatalogWarning[];
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

/**
 * One training of a compiled catalog, from its own file: checked against the format like a training of a v1 file and
 * normalised with the catalog's labels and URL (relative addresses in every file of a compiled catalog resolve
 * against the entry file). Throws a `schema` {@link CatalogError} naming the file when it is not that training.
 */
export function readTrainingFile(data: unknown, id: string, catalog: Pick<Catalog, 'url' | 'topics' | 'audiences'>, name: string, url: string): { training: Training; warnings: CatalogWarning[] } {
  const result = v.safeParse(TrainingSchema, data);
  if (!result.success) throw new CatalogError('schema', `${name}: ${describeIssue(result.issues[0])}`, url);
  if (result.output.id !== id) {
    throw new CatalogError('schema', `${name} holds the training "${result.output.id}", not "${id}": the catalog's files do not belong together. Build the catalog again.`, url);
  }
  const warnings: CatalogWarning[] = [];
  const labels = (list: Label[]) => list.map((item) => ({ ...item }));
  const input = { version: 1, title: '', topics: labels(catalog.topics), audiences: labels(catalog.audiences), trainings: [result.output] };
  const [training] = normalizeCatalog(closeBidiFields(input), catalog.url, warnings).trainings;
  return { training, warnings };
}
