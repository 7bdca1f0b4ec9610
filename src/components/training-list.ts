import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { browse, emptyFilters, FACETS, facetValues, pageOf, SORTS, type BrowseState, type Facet } from '../catalog/browse.js';
import type { Training } from '../catalog/normalize.js';
import { suggest } from '../catalog/search.js';
import { readBrowseParams, writeBrowseParams } from '../catalog/url.js';
import { emit } from '../events.js';
import { LocaleController } from '../i18n/index.js';
import { formatNumber } from '../i18n/format.js';
import { onProgressChange, trainingProgress } from '../progress/progress.js';
import { listStyles } from '../styles/list.js';
import { sharedStyles } from '../styles/shared.js';
import { CatalogController } from '../consumer/catalog-controller.js';
import { defineElement } from './define.js';
import { facetOptions, renderFacets, renderPagination } from './list-controls.js';
import { renderCard } from './training-card.js';

const list = (value: string | null) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/**
 * Browse the archive: search, facets (topic, audience, format, year, language), sort, pages, deep links and progress
 * badges. Works on the whole catalog or on a curated or preset slice of it.
 *
 * @tagname rsp-training-list
 * @summary Search, filter and browse the trainings of a catalog.
 *
 * @csspart controls - The search box and sort menu.
 * @csspart search - The search input.
 * @csspart filters - The facet checkboxes and "Clear all".
 * @csspart facet - One facet's fieldset.
 * @csspart summary - "Showing 1–12 of 47 trainings".
 * @csspart card - A training card.
 * @csspart thumbnail - A card's picture, or the cover (format and first topic) of a training without one.
 * @csspart title - A card's title.
 * @csspart badge - A card's progress badge.
 * @csspart pagination - The page links.
 * @csspart button - Every button.
 * @csspart clear - The "Clear all" / "Clear search and filters" buttons.
 * @csspart error - The box shown when the catalog cannot be loaded (own `src` only).
 * @csspart notice - The "no catalog" message.
 *
 * @cssprop [--rsp-accent=#14558f] - Accent colour: buttons, links, the current page.
 * @cssprop [--rsp-button-color=#fff] - Text colour on accent buttons.
 * @cssprop [--rsp-border-color=#6b6b6b] - Borders of inputs, notices and cards.
 * @cssprop [--rsp-card-background=transparent] - Card background.
 * @cssprop [--rsp-card-border-color=#c8c8c8] - Card border.
 * @cssprop [--rsp-muted-color=#595959] - Secondary text (dates, counts).
 * @cssprop [--rsp-mark-background=#fff0a8] - Background of matched words.
 * @cssprop [--rsp-badge-background=#e6f0f8] - Progress badge background; also the cover of a training without a thumbnail.
 * @cssprop [--rsp-badge-color=#0c3a63] - Progress badge text; also the cover's text.
 * @cssprop [--rsp-focus-color=#3e94cf] - Focus outline colour.
 * @cssprop [--rsp-radius=0.25em] - Corner radius.
 * @cssprop [--rsp-gap=1em] - Space between cards.
 *
 * @fires {CustomEvent<TrainingSelectDetail>} rsp-training-select - A training was chosen. Cancelable: `preventDefault()` stops the `href-template` navigation.
 * @fires {CustomEvent<CatalogLoadDetail>} rsp-catalog-load - With its own `src`: the catalog loaded.
 * @fires {CustomEvent<CatalogErrorDetail>} rsp-catalog-error - With its own `src`: loading failed.
 *
 * @example
 * <rsp-training-list src="/rsp/catalog.json" topic="de-escalation" page-size="6" sync-url></rsp-training-list>
 */
export class RspTrainingList extends LitElement {
  static override styles = [sharedStyles, listStyles];

  /** Address of `catalog.json` (else the catalog of the nearest `<rsp-catalog>`). */
  @property({ reflect: true }) src: string | null = null;
  /** A catalog object to use instead of fetching one. */
  @property({ attribute: false }) catalog?: unknown;
  /** Initial search text. */
  @property() query = '';
  /** Initial topic filter: comma-separated topic ids. */
  @property() topic = '';
  /** Initial audience filter: comma-separated audience ids. */
  @property() audience = '';
  /** Initial format filter: `prerecorded`, `live-online`, `in-person` (comma-separated). */
  @property() format = '';
  /** Initial year filter: comma-separated years. */
  @property() year = '';
  /** Initial language filter: comma-separated language codes. */
  @property() language = '';
  /** Curated list: comma-separated training ids, shown in that order (and only those). */
  @property() trainings = '';
  /** Show at most this many trainings (e.g. "the latest 3"); 0 for no limit. */
  @property({ type: Number }) limit = 0;
  /** Trainings per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** Hide the search box. */
  @property({ type: Boolean, attribute: 'hide-search' }) hideSearch = false;
  /** Hide the facets. */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;
  /** `grid` (cards side by side, as the width allows) or `list` (one per row). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';
  /** Mirror search, filters, sort and page in the page's query string (`rsp-` parameters), for shareable links. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Where a card's title links to, `{id}` replaced by the training id, e.g. `/trainings/{id}`. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';
  /** `aria-level` of card titles, to fit the page's heading outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private browseState: BrowseState = { query: '', filters: emptyFilters(), page: 1 };
  @state() private announcement = '';
  /** Whether the filters disclosure is open; decided by the element's width at first show, then by the person. */
  @state() private filtersOpen?: boolean;

  private catalogs = new CatalogController(this);
  private locale = new LocaleController(this);
  private announceTimer?: ReturnType<typeof setTimeout>;
  private stopProgress?: () => void;
  private focusSummary = false;

  /** The state the attributes describe. */
  private presetState(): BrowseState {
    const filters = emptyFilters();
    for (const facet of FACETS) filters[facet] = list(this[facet]);
    return { query: this.query, filters, page: 1 };
  }

  override connectedCallback() {
    super.connectedCallback();
    this.stopProgress = onProgressChange(() => this.requestUpdate());
    if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopProgress?.();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const presets = ['query', ...FACETS] as const;
    if (presets.some((name) => changed.has(name)) || changed.has('syncUrl')) {
      this.browseState = (this.syncUrl && readBrowseParams(location.search)) || this.presetState();
    }
    if (changed.has('syncUrl') && this.isConnected) {
      window.removeEventListener('popstate', this.onPopState);
      if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
    }
  }

  protected override updated() {
    if (this.focusSummary) {
      this.focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('.result-summary')?.focus();
    }
  }

  private onPopState = () => this.readUrl();

  /** Re-reads search, filters, sort and page from the page's URL, e.g. after the host changed it with pushState. */
  readUrl() {
    this.browseState = readBrowseParams(location.search) ?? this.presetState();
  }

  /** Shows the trainings with these values of one facet, search and other filters cleared, as if ticked by hand. */
  filterBy(facet: Facet, values: string[]) {
    this.change({ query: '', filters: { ...emptyFilters(), [facet]: values }, sort: undefined });
  }

  /** Applies a change the person made; `typing` changes replace the history entry instead of adding one. */
  private change(next: Partial<BrowseState>, typing = false) {
    this.browseState = { ...this.browseState, page: 1, ...next };
    if (this.syncUrl) {
      const url = `${location.pathname}${writeBrowseParams(location.search, this.browseState)}${location.hash}`;
      history[typing ? 'replaceState' : 'pushState'](history.state, '', url);
    }
    if (next.page === undefined) this.scheduleAnnouncement();
  }

  /** Announces the result count once typing or ticking pauses (WCAG 4.1.3), not at every key. */
  private scheduleAnnouncement() {
    clearTimeout(this.announceTimer);
    this.announcement = '';
    this.announceTimer = setTimeout(() => {
      const count = this.results()?.matches.length ?? 0;
      const { lang, t } = this.locale;
      this.announcement = count ? t.found(count, formatNumber(count, lang)) : this.noMatches();
    }, 600);
  }

  private pool(): Training[] {
    const catalog = this.catalogs.catalog!;
    const curated = list(this.trainings);
    if (!curated.length) return catalog.trainings;
    const byId = new Map(catalog.trainings.map((training) => [training.id, training]));
    return curated.map((id) => byId.get(id)).filter((training) => training !== undefined);
  }

  private results() {
    const catalog = this.catalogs.catalog;
    if (!catalog) return undefined;
    const result = browse(catalog, this.pool(), this.browseState, list(this.trainings).length > 0);
    if (this.limit > 0) result.matches = result.matches.slice(0, this.limit);
    return result;
  }

  private select(event: Event, training: Training) {
    const allowed = emit(this, 'rsp-training-select', { id: training.id, training }, { cancelable: true });
    if (!allowed) event.preventDefault();
  }

  private hrefFor(training: Training): string | undefined {
    if (!this.hrefTemplate) return undefined;
    const href = this.hrefTemplate.replaceAll('{id}', encodeURIComponent(training.id));
    try {
      const { protocol } = new URL(href, document.baseURI);
      return protocol === 'http:' || protocol === 'https:' ? href : undefined;
    } catch {
      return undefined;
    }
  }

  /** Wide enough for the filters beside the results (the container query in list styles uses the same 52em). */
  private isWide() {
    const fontSize = parseFloat(getComputedStyle(this).fontSize) || 16;
    return this.getBoundingClientRect().width / fontSize >= 52;
  }

  /** "Go to filters", on a narrow element where the filters follow the results: open them and move there. */
  private async showFilters() {
    this.filtersOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('details.filters > summary')?.focus();
  }

  private skeleton() {
    return html`<ul class="cards skeleton" role="list" aria-hidden="true">
      ${Array.from({ length: Math.min(this.pageSize, 12) }, () => html`<li><div class="card"><div class="thumbnail"></div><div class="body"><p class="bar"></p><p class="bar short"></p></div></div></li>`)}
    </ul>`;
  }

  protected override render() {
    const catalog = this.catalogs.catalog;
    const result = this.results();
    if (!catalog || !result) return this.catalogs.renderStatus(this.skeleton());
    const locale = this.locale.locale;
    const { lang, t } = locale;
    const state = this.browseState;
    const pool = this.pool();
    const present = Object.fromEntries(
      FACETS.map((facet) => [facet, new Set(pool.flatMap((training) => facetValues(training, facet)))]),
    ) as Record<Facet, Set<string>>;
    const facets = this.hideFilters ? [] : facetOptions(catalog, present, locale);
    const page = pageOf(result.matches, state.page, Math.max(1, this.pageSize));
    const total = result.matches.length;
    const curated = list(this.trainings).length > 0;
    const sorts = SORTS.filter((sort) => (sort !== 'relevance' || state.query.trim()) && (sort !== 'curated' || curated));
    // The filters come after the results in the DOM, so the first result is two Tabs from the search box whatever
    // the facets (31 checkboxes in the demo). Wide, they show beside the results in the inline-end column, so what
    // is read first is also what is seen first (WCAG 2.4.3, 1.3.2): search, look at what was found, then refine.
    // Narrow, they follow the results and "Go to filters" beside the search box leads there. A skip link would
    // still leave 31 stops for anyone who Tabs past it.
    return html`${this.catalogs.renderStatus()}
      <p class="live" role="status">${this.announcement}</p>
      ${pool.length === 0
        ? html`<p class="notice" part="notice">${t.emptyCatalog}</p>`
        : html`<div class="layout ${facets.length ? 'with-filters' : ''}">
            <div class="controls" part="controls">
              ${this.hideSearch
                ? nothing
                : html`<div class="search">
                    <label for="search">${t.searchLabel}</label>
                    <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint"
                      .value=${state.query}
                      @input=${(event: Event) => this.change({ query: (event.target as HTMLInputElement).value, sort: state.sort === 'relevance' ? undefined : state.sort }, true)} />
                    <p id="search-hint" class="hint">${t.searchHint}</p>
                  </div>`}
              <div class="sort">
                <label for="sort">${t.sortLabel}</label>
                <select id="sort" @change=${(event: Event) => this.change({ sort: (event.target as HTMLSelectElement).value as BrowseState['sort'] })}>
                  ${sorts.map((sort) => html`<option value=${sort} ?selected=${sort === result.sort}>${t.sortNames[sort]}</option>`)}
                </select>
              </div>
              ${facets.length
                ? html`<button type="button" class="secondary to-filters" part="button" @click=${() => this.showFilters()}>
                    ${t.goToFilters}
                  </button>`
                : nothing}
            </div>
            <div class="results">
              <p class="result-summary" part="summary" tabindex="-1">
                ${total ? t.showing(formatNumber(page.from, lang), formatNumber(page.to, lang), total, formatNumber(total, lang)) : t.noResults}
              </p>
              ${total
                ? html`<ul class="cards" role="list" aria-label=${t.listLabel}>
                    ${page.items.map((training) => html`<li>${renderCard(catalog, training, {
                      locale, query: state.query, headingLevel: this.headingLevel, href: this.hrefFor(training),
                      progress: trainingProgress(training), onSelect: (event, chosen) => this.select(event, chosen),
                    })}</li>`)}
                  </ul>`
                : html`${this.renderSuggestion()}<button type="button" part="button clear" @click=${() => this.change({ query: '', filters: emptyFilters(), sort: undefined })}>${t.clearFilters}</button>`}
              ${renderPagination(page.page, page.pages, locale, (n) => {
                this.change({ page: n });
                this.focusSummary = true;
              })}
            </div>
            ${facets.length
              ? renderFacets(facets, state, result, locale,
                  (facet, value, on) => {
                    const values = state.filters[facet].filter((item) => item !== value);
                    this.change({ filters: { ...state.filters, [facet]: on ? [...values, value] : values } });
                  },
                  () => this.change({ query: '', filters: emptyFilters(), sort: undefined }),
                  (this.filtersOpen ??= this.isWide()),
                  (open) => (this.filtersOpen = open))
              : nothing}
          </div>`}`;
  }

  /** "Did you mean …?" when the query itself finds nothing in the catalog (not when the filters leave nothing). */
  private suggestion(): string | undefined {
    const catalog = this.catalogs.catalog;
    return catalog && suggest(catalog, this.browseState.query);
  }

  private noMatches(): string {
    const { t } = this.locale;
    const suggestion = this.suggestion();
    return suggestion ? `${t.noResults} ${t.didYouMean(suggestion)}` : t.noResults;
  }

  /** A button that searches for the suggestion instead; focus then moves to the result summary it leads to. */
  private renderSuggestion() {
    const suggestion = this.suggestion();
    if (!suggestion) return nothing;
    const apply = () => {
      this.change({ query: suggestion, sort: this.browseState.sort === 'relevance' ? undefined : this.browseState.sort });
      this.focusSummary = true;
    };
    return html`<button type="button" part="button" @click=${apply}>${this.locale.t.didYouMean(suggestion)}</button> `;
  }
}

defineElement('rsp-training-list', RspTrainingList);

declare global {
  interface HTMLElementTagNameMap {
    'rsp-training-list': RspTrainingList;
  }
}
