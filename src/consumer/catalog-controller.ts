/**
 * The consumer part: how elements find and show a catalog. It may import `catalog/`, `i18n/`, `events.ts`, Lit and
 * `@lit/context`; nothing of `components/`, `player/` or `progress/`.
 *
 * How every `rsp-*` element finds its catalog, first match wins: its `catalog` property (an object, for apps that
 * already have the data) → its own `src` attribute → the nearest `<rsp-catalog>` (through `@lit/context`) → a
 * visible "no catalog" message. Renders the loading, error and "no catalog" states the same way everywhere, and
 * fires `rsp-catalog-load` / `rsp-catalog-error` from the element that owns the request.
 */
import { ContextConsumer, ContextProvider } from '@lit/context';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { catalogContext } from './context.js';
import type { Training } from '../catalog/normalize.js';
import { catalogStore, CatalogStore, type CatalogState, type TrainingState } from '../catalog/store.js';
import { emit } from '../events.js';
import { messagesFor } from '../i18n/index.js';
import { langOf } from '../i18n/lang.js';

/** What an element needs to offer to use the controller. */
export interface CatalogHost extends ReactiveControllerHost, HTMLElement {
  /** A catalog object: wins over `src` and context. */
  catalog?: unknown;
  /** Address of `catalog.json`, relative to the page. */
  src?: string | null;
}

export type CatalogSource = 'property' | 'src' | 'context' | 'none';

/** Errors of training files already reported: once per page, by the first element that shows one. */
const reportedTrainings = new WeakSet<object>();

const NO_CATALOG: CatalogState = { status: 'idle', warnings: [], refreshing: false };

export class CatalogController implements ReactiveController {
  /** The current state of this element's catalog. */
  state: CatalogState = NO_CATALOG;
  /** Where the catalog comes from. */
  source: CatalogSource = 'none';
  private store?: CatalogStore;
  private contextStore?: CatalogStore;
  private property?: unknown;
  /** The checked store of `property`, kept across disconnects so a moved element does not check it again. */
  private propertyStore?: CatalogStore;
  private unsubscribe?: () => void;
  private reported: { catalog?: unknown; error?: unknown } = {};
  private provider?: ContextProvider<typeof catalogContext>;
  private connected = false;

  /**
   * @param role `consumer` (most elements); `provider` for `<rsp-catalog>`, which provides its own catalog to the
   * elements inside and consumes none; `relay` for elements such as `<rsp-archive>` that find their catalog like a
   * consumer and provide it to the elements in their own shadow root.
   */
  constructor(
    private host: CatalogHost,
    role: 'consumer' | 'provider' | 'relay' = 'consumer',
  ) {
    host.addController(this);
    if (role !== 'consumer') this.provider = new ContextProvider(host, { context: catalogContext });
    if (role !== 'provider') {
      new ContextConsumer(host, {
        context: catalogContext,
        subscribe: true,
        callback: (store) => {
          this.contextStore = store;
          this.sync();
        },
      });
    }
  }

  get catalog() {
    return this.state.catalog;
  }

  hostConnected() {
    this.connected = true;
    // A `catalog` set before the element was defined (the player loads lazily, frameworks set properties early) is
    // an own property that hides the element's accessor: move it onto the accessor.
    if (Object.hasOwn(this.host, 'catalog')) {
      const value = this.host.catalog;
      delete this.host.catalog;
      this.host.catalog = value;
    }
    this.sync();
  }

  hostDisconnected() {
    this.connected = false;
    this.detach();
  }

  /** Runs before each render: a new `catalog` or `src` takes effect here. */
  hostUpdate() {
    this.sync();
    this.host.toggleAttribute('aria-busy', this.state.status === 'loading');
  }

  /**
   * The whole training `id`: at once from a single-file catalog; from a compiled catalog, `loading` until its own
   * file has been read, and the element updates when it has. `undefined` while there is no catalog.
   */
  training(id: string | null | undefined): TrainingState | undefined {
    return this.store?.training(id);
  }

  /** A card was hovered or focused: read its training's file now, so that opening it waits for nothing. */
  prefetch(id: string) {
    this.store?.prefetch(id);
  }

  /**
   * The whole training `id` rendered by `render`; while its file loads, a busy placeholder (and "Loading…" for
   * screen readers); when it cannot be read, the error with "Try again". `missing` renders an id the catalog lacks.
   */
  renderTraining(
    id: string | null | undefined,
    render: (training: Training) => TemplateResult | typeof nothing,
    missing: () => TemplateResult,
  ): TemplateResult | typeof nothing {
    const state = this.training(id);
    if (!state) return nothing;
    if (state.status === 'ready') return render(state.training);
    if (state.status === 'missing') return missing();
    const t = messagesFor(langOf(this.host));
    if (state.status === 'loading') return html`<p class="live" role="status">${t.loadingText}</p><div class="loading-training" aria-busy="true"></div>`;
    const { error } = state;
    if (!reportedTrainings.has(error)) {
      reportedTrainings.add(error);
      queueMicrotask(() => emit(this.host, 'rsp-catalog-error', { error, training: id! }));
    }
    return html`<div class="error" part="error" role="alert">
      <p class="error-heading">${t.trainingErrorHeading}</p>
      <p class="error-message">${state.error.message}</p>
      <button type="button" part="button retry" @click=${() => this.store?.retryTraining(id!)}>${t.retry}</button>
    </div>`;
  }

  /** Loads the catalog again; after an error this is "Try again". */
  refresh(): Promise<void> {
    return this.store?.refresh() ?? Promise.resolve();
  }

  private sync() {
    if (!this.connected) return;
    const { catalog, src } = this.host;
    let store: CatalogStore | undefined;
    let source: CatalogSource;
    if (catalog !== undefined && catalog !== null) {
      source = 'property';
      if (catalog !== this.property || !this.propertyStore) this.propertyStore = CatalogStore.fromObject(catalog, document.baseURI);
      store = this.propertyStore;
      this.property = catalog;
    } else if (src) {
      source = 'src';
      store = catalogStore(src);
    } else {
      source = this.contextStore ? 'context' : 'none';
      store = this.contextStore;
    }
    if (store === this.store && source === this.source) return;
    this.detach();
    this.source = source;
    this.store = store;
    this.provider?.setValue(store);
    if (!store) return this.setState(NO_CATALOG);
    this.unsubscribe = store.subscribe((state) => this.setState(state));
  }

  private detach() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.reported = {};
  }

  private setState(state: CatalogState) {
    this.state = state;
    this.host.requestUpdate();
    // The owner of a request reports it; elements under <rsp-catalog> leave that to it.
    if (this.source === 'context' || this.source === 'none') return;
    if (state.catalog && state.catalog !== this.reported.catalog) {
      this.reported.catalog = state.catalog;
      emit(this.host, 'rsp-catalog-load', { catalog: state.catalog, warnings: state.warnings });
    }
    if (state.error && state.error !== this.reported.error) {
      this.reported.error = state.error;
      emit(this.host, 'rsp-catalog-error', { error: state.error });
    }
  }

  /**
   * The polite status region (always present, so screen readers hear it change), plus the visible state when there
   * is no catalog to show: "no catalog", loading (`skeleton`, if given), or the error with a Retry button.
   */
  renderStatus(skeleton?: TemplateResult): TemplateResult {
    const { status, error, catalog } = this.state;
    const t = messagesFor(langOf(this.host));
    const own = this.source === 'src' || this.source === 'property';
    return html`<p class="live" role="status">${status === 'loading' ? t.loading : ''}</p>
      ${this.source === 'none'
        ? html`<p class="notice" part="notice">${t.noCatalog}</p>`
        : status === 'loading'
          ? (skeleton ?? nothing)
          : error && own
            ? html`<div class="error" part="error" role="alert">
                <p class="error-heading">${catalog ? t.refreshFailed : t.catalogErrorHeading}</p>
                <p class="error-message">${error.message}</p>
                ${this.source === 'src'
                  ? html`<button type="button" part="button retry" @click=${() => this.refresh()}>${t.retry}</button>`
                  : nothing}
              </div>`
            : nothing}`;
  }
}
