/**
 * One store per catalog URL for the whole page, so that every element using that URL shares one request and one
 * parsed catalog. A store knows no DOM: elements subscribe to it (through `CatalogController`) and render its state.
 */
import { CatalogError, type CatalogWarning } from './errors.js';
import { checkCatalog, fetchCatalog, type LoadedCatalog } from './load.js';
import type { Catalog } from './normalize.js';

export interface CatalogState {
  /**
   * `loading` before the first answer; `ready` once a catalog is there (it stays `ready` when a later refresh fails:
   * the last good catalog stays on screen, and `error` says what the refresh ran into); `error` when there is nothing
   * to show.
   */
  status: 'idle' | 'loading' | 'ready' | 'error';
  catalog?: Catalog;
  warnings: CatalogWarning[];
  error?: CatalogError;
  /** True while a refresh runs over a catalog already shown. */
  refreshing: boolean;
}

export type CatalogListener = (state: CatalogState) => void;

/**
 * The catalog at one URL, its state, and who listens.
 *
 * @example
 * const store = catalogStore('https://example.org/rsp/catalog.json');
 * const unsubscribe = store.subscribe((state) => console.log(state.status));
 */
export class CatalogStore {
  state: CatalogState = { status: 'idle', warnings: [], refreshing: false };
  private listeners = new Set<CatalogListener>();
  private controller?: AbortController;
  private pending?: Promise<void>;

  constructor(
    /** Absolute URL of the catalog. */
    readonly url: string,
    private timeout?: number,
  ) {}

  /** A store that holds an already checked catalog (or its error) and never fetches: the `catalog` property. */
  static of(state: Pick<CatalogState, 'catalog' | 'warnings' | 'error'>, url = 'about:blank'): CatalogStore {
    const store = new CatalogStore(url);
    store.fixed = true;
    store.state = { ...state, status: state.catalog ? 'ready' : 'error', refreshing: false };
    return store;
  }

  /**
   * A store of a catalog object given as it is (the elements' `catalog` property): checked and normalised now, its
   * error kept as the store's error, relative addresses resolved against `base`.
   */
  static fromObject(data: unknown, base: string): CatalogStore {
    try {
      return CatalogStore.of(checkCatalog(data, base, 'catalog'), base);
    } catch (error) {
      const failure = error instanceof CatalogError ? error : new CatalogError('schema', String(error));
      return CatalogStore.of({ warnings: [], error: failure }, base);
    }
  }

  private fixed = false;

  /** Calls `listener` now and on every change, and starts loading if nothing has been loaded yet. */
  subscribe(listener: CatalogListener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    if (this.state.status === 'idle') void this.load();
    return () => {
      this.listeners.delete(listener);
      // Nobody is waiting any more (the element was removed, or its src changed): stop the request, and let the next
      // subscriber start afresh. A loaded catalog stays cached for the page.
      if (this.listeners.size === 0 && this.state.status === 'loading') {
        this.controller?.abort();
        this.pending = undefined;
        this.state = { status: 'idle', warnings: [], refreshing: false };
      }
    };
  }

  /** Loads the catalog unless it is loaded or loading; concurrent callers share one request. */
  load(): Promise<void> {
    if (this.state.status === 'ready') return Promise.resolve();
    return (this.pending ??= this.request(false));
  }

  /**
   * Fetches the catalog again (the server may answer 304). On failure the last good catalog stays, with `error` set.
   * Also the way to retry after an error.
   */
  refresh(): Promise<void> {
    if (this.fixed) return Promise.resolve();
    if (this.pending && !this.state.refreshing && this.state.status === 'loading') return this.pending;
    this.controller?.abort();
    return (this.pending = this.request(true));
  }

  private async request(refresh: boolean): Promise<void> {
    const controller = (this.controller = new AbortController());
    const shown = this.state.catalog;
    this.set(shown ? { ...this.state, refreshing: true } : { status: 'loading', warnings: [], refreshing: false });
    let next: CatalogState;
    try {
      const loaded: LoadedCatalog = await fetchCatalog(this.url, {
        signal: controller.signal,
        timeout: this.timeout,
        cache: refresh ? 'no-cache' : undefined,
      });
      next = { status: 'ready', ...loaded, refreshing: false };
    } catch (error) {
      if (controller.signal.aborted) return; // superseded or unwanted: a late answer never renders
      const failure =
        error instanceof CatalogError ? error : new CatalogError('network', String(error), this.url);
      next = shown
        ? { ...this.state, error: failure, refreshing: false }
        : { status: 'error', warnings: [], error: failure, refreshing: false };
    }
    if (this.controller === controller) {
      this.pending = undefined;
      this.set(next);
    }
  }

  private set(state: CatalogState) {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}

const stores = new Map<string, CatalogStore>();

/**
 * The page-wide store for `url` (resolved against the page), created on first use.
 *
 * @param timeout request timeout in ms for a new store; default 15 s
 */
export function catalogStore(url: string, timeout?: number): CatalogStore {
  const absolute = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  let store = stores.get(absolute);
  if (!store) stores.set(absolute, (store = new CatalogStore(absolute, timeout)));
  return store;
}

/** Forgets every cached catalog (tests, or a host that wants a clean slate). */
export function clearCatalogStores(): void {
  for (const store of stores.values()) store['controller']?.abort();
  stores.clear();
}
