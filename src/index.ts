/**
 * rsp-archive: every element, registered, plus the data layer and event types.
 * `<script type="module" src=".../rsp-archive.js">` is all a page needs.
 */
export * from './catalog/index.js';
export { catalogStore, clearCatalogStores, CatalogStore, type CatalogState } from './catalog/store.js';
export { catalogContext } from './catalog/context.js';
export { CatalogController } from './components/catalog-controller.js';
export { RspCatalog } from './components/catalog.js';
export { RspTrainingList } from './components/training-list.js';
export { RspTrainingPlayer } from './components/training-player.js';
export { RspHandouts } from './components/handouts.js';
export { browse, type BrowseState } from './catalog/browse.js';
export { search } from './catalog/search.js';
export type {
  CatalogErrorDetail,
  CatalogLoadDetail,
  CompleteDetail,
  MaterialOpenDetail,
  PlaybackDetail,
  ProgressDetail,
  RspEventDetails,
  RspEventName,
  TrainingSelectDetail,
} from './events.js';
export { onProgressChange, trainingProgress, type TrainingProgress } from './player/progress.js';
