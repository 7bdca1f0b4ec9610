/** The data layer: no DOM, usable in Node (the `validate` CLI) and in any app. */
export { CatalogError, type CatalogErrorKind, type CatalogWarning } from './errors.js';
export { locateJsonError, parseJson } from './json.js';
export { checkCatalog, DEFAULT_TIMEOUT_MS, fetchCatalog, readCatalog, type LoadedCatalog } from './load.js';
export { readTrainingFile } from './read.js';
export { COMPILED_VERSION, isCompiledEntry, LIST_FIELDS, OFFER_LETTERS, readCompiled, type CompiledCatalog } from './compiled.js';
export { fetchText } from './fetch-text.js';
export { foldText } from './search-text.js';
export {
  normalizeCatalog,
  parseIsoDuration,
  type Captions,
  type Catalog,
  type Material,
  type Offer,
  type Session,
  type Training,
  type Video,
} from './normalize.js';
export { CatalogSchema, TrainingSchema, type CatalogInput, type Label } from './schema.js';
export { SUPPORTED_VERSION } from './patterns.js';
export { validateCatalog } from './validate.js';
