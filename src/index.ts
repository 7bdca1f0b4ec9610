/**
 * rsp-archive: every element, registered, plus the data layer and event types.
 * `<script type="module" src=".../rsp-archive.js">` is all a page needs.
 */
// First: lazy.js listens for a refused Trusted Types policy, which must be in place before Lit is evaluated.
import { lazyElement } from './components/lazy.js';

lazyElement('rsp-training-player', () => import('./components/training-player.js'));
lazyElement('rsp-handouts', () => import('./components/handouts.js'));

// The data layer's types and what needs no validator. Reading and checking a single file (readCatalog, checkCatalog,
// fetchCatalog, parseJson, validateCatalog, the schemas) is `rsp-archive/data.js`: in this file it would load the
// validator with the page, which the elements load only when a single-file catalog arrives.
export { CatalogError, type CatalogErrorKind, type CatalogWarning } from './catalog/errors.js';
export { DEFAULT_TIMEOUT_MS } from './catalog/fetch-text.js';
export type { LoadedCatalog } from './catalog/read.js';
export { COMPILED_VERSION } from './catalog/compiled.js';
export { SUPPORTED_VERSION } from './catalog/patterns.js';
export { foldText } from './catalog/search-text.js';
export {
  parseIsoDuration,
  type Captions,
  type Catalog,
  type Material,
  type Offer,
  type Session,
  type Training,
  type Video,
} from './catalog/normalize.js';
export type { CatalogInput, Label } from './catalog/schema.js';
export {
  catalogStore,
  clearCatalogStores,
  CatalogStore,
  type CatalogState,
  type TrainingState,
} from './catalog/store.js';
export { catalogContext } from './consumer/context.js';
export { CatalogController } from './consumer/catalog-controller.js';
export { RspCatalog } from './components/catalog.js';
export { RspTrainingList } from './components/training-list.js';
// The player, the largest element, and the handouts, which the list does not show, are lazy chunks: see
// components/lazy.ts. Their classes are exported by rsp-archive/training-player.js and rsp-archive/handouts.js.
export type { RspTrainingPlayer } from './components/training-player.js';
export type { RspHandouts } from './components/handouts.js';
export { RspArchive } from './components/archive.js';
export { browse, type BrowseState } from './catalog/browse.js';
export { search } from './catalog/search.js';
export type { ArchiveRoute, RoutingMode } from './catalog/url.js';
export type { HlsMode } from './player/sources.js';
export type {
  CatalogErrorDetail,
  CatalogLoadDetail,
  CompleteDetail,
  MaterialOpenDetail,
  PlaybackDetail,
  ProgressDetail,
  RspEventDetails,
  RspEventMap,
  RspEventName,
  SessionSelectDetail,
  TrainingSelectDetail,
} from './events.js';
export { en } from './i18n/en.js';
export {
  loadLanguage,
  LocaleController,
  messagesFor,
  registerLanguage,
  type Locale,
  type Messages,
} from './i18n/index.js';
export { onProgressChange, trainingProgress, type TrainingProgress } from './progress/progress.js';
