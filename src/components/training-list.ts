import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { emptyFilters, FACETS, type BrowseState, type Facet } from '../catalog/browse.js';
import { listing, previewListing } from '../catalog/listing.js';
import type { Training } from '../catalog/normalize.js';
import { suggest } from '../catalog/suggest.js';
import { emit } from '../events.js';
import { LocaleController } from '../i18n/index.js';
import { onProgressChange } from '../progress/progress.js';
import { cardStyles } from '../styles/card.js';
import { listStyles } from '../styles/list.js';
import { sharedStyles } from '../styles/shared.js';
import { CatalogController } from '../consumer/catalog-controller.js';
import { defineElement } from './define.js';
import { facetOptions, renderControls, renderFacets, renderSkeleton } from './list-controls.js';
import { ListAnnouncer } from './list-announcer.js';
import { FiltersDisclosure } from './list-filters.js';
import { commaList, filteredState, ListUrlController } from './list-url.js';
import { renderResults } from './list-results.js';
import { SpokenSearch } from './list-spoken.js';

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
 * @fires {CustomEvent<CatalogErrorDetail>} rsp-catalog-error - With its own `src`: loading failed; or a file of a compiled catalog's spoken-word index is damaged or refused.
 *
 * @example
 * <rsp-training-list src="/rsp/catalog.json" topic="de-escalation" page-size="6" sync-url></rsp-training-list>
 */
export class RspTrainingList extends LitElement {
  static override styles = [sharedStyles, listStyles, cardStyles];

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
  /**
   * Where a moment found in what was said links to (a compiled catalog's spoken-word search): `{id}`, `{session}` and
   * `{t}` (seconds) replaced, e.g. `/trainings/{id}?session={session}&t={t}`. Without it, moments are buttons that
   * fire `rsp-training-select` with the session and time.
   */
  @property({ attribute: 'moment-template' }) momentTemplate = '';
  /** `aria-level` of card titles, to fit the page's heading outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private catalogs = new CatalogController(this);
  private locale = new LocaleController(this);
  /** Search, filters, sort and page: the one owner of them, and of their query parameters. */
  private browsing = new ListUrlController(this);
  private announcer = new ListAnnouncer(this);
  private filters = new FiltersDisclosure(this);
  private spoken = new SpokenSearch(this);
  private stopProgress?: () => void;
  private focusSummary = false;

  override connectedCallback() {
    super.connectedCallback();
    this.stopProgress = onProgressChange(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopProgress?.();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const presets = ['query', ...FACETS] as const;
    if (presets.some((name) => changed.has(name)) || changed.has('syncUrl')) this.browsing.reset();
  }

  protected override updated() {
    if (this.focusSummary) this.renderRoot.querySelector<HTMLElement>('.result-summary')?.focus();
    this.focusSummary = false;
  }

  /** Moves focus to the link of a training's card if it is on the page shown; false when it is not. */
  focusTraining(id: string): boolean {
    // Catalog ids are letters, digits, ".", "_" and "-" (the schema's ID_PATTERN): safe in a quoted attribute value.
    const link = this.renderRoot.querySelector<HTMLElement>(`.card[data-training="${id}"] a`);
    link?.focus();
    return !!link;
  }

  /** Re-reads search, filters, sort and page from the page's URL, e.g. after the host changed it with pushState. */
  readUrl() {
    this.browsing.readUrl();
  }

  /** Shows the trainings with these values of one facet, the rest cleared, as if ticked (`sync-url`: a new entry). */
  filterBy(facet: Facet, values: string[]) {
    this.change(filteredState(facet, values));
  }

  /** Applies a change the person made; `typing` changes replace the history entry instead of adding one. */
  private change(next: Partial<BrowseState>, typing = false) {
    this.browsing.change(next, typing);
    if (next.page === undefined) this.scheduleAnnouncement();
  }

  /** Searches for `query`; a sort by relevance becomes the default again, which is relevance while searching. */
  private search(query: string, typing = false) {
    const { sort } = this.browsing.state;
    this.change({ query, sort: sort === 'relevance' ? undefined : sort }, typing);
  }

  /** "Clear search and filters". */
  private clear = () => this.change({ query: '', filters: emptyFilters(), sort: undefined });

  /** The result count once typing or ticking pauses; "Did you mean …?" too when nothing matches. */
  private scheduleAnnouncement() {
    this.announcer.scheduleResults(this.locale, () => ({
      count: this.listing()?.result.matches.length ?? 0,
      moments: this.spoken.announcement(this.locale),
      suggestion: () => this.suggestion(),
    }));
  }

  /** What the list shows: of the whole catalog, else of a compiled catalog's first page while the rest loads. */
  private listing() {
    const catalog = this.catalogs.catalog;
    const options = { curated: commaList(this.trainings), limit: this.limit, pageSize: this.pageSize };
    return catalog ? listing(catalog, this.browsing.state, options) : previewListing(this.catalogs.state.preview, this.browsing.state, options);
  }

  private select = (event: Event, training: Training) => {
    const allowed = emit(this, 'rsp-training-select', { id: training.id, training }, { cancelable: true });
    if (!allowed) event.preventDefault();
  };

  protected override render() {
    const catalog = this.catalogs.catalog;
    const shown = this.listing();
    if (!shown) return this.catalogs.renderStatus(renderSkeleton(Math.min(this.pageSize, 12)));
    const { pool, result, present, sorts, page } = shown;
    const total = shown.total ?? result.matches.length;
    const locale = this.locale.locale;
    const { t } = locale;
    const state = this.browsing.state;
    const facets = this.hideFilters || !catalog ? [] : facetOptions(catalog, present, locale);
    if (catalog) this.spoken.update(catalog, state, pool, this.trainings);
    // The filters follow the results in the DOM: see renderFacets.
    return html`${this.catalogs.renderStatus()}
      <p class="live" role="status">${this.announcer.text}</p>
      ${pool.length === 0
        ? html`<p class="notice" part="notice">${t.emptyCatalog}</p>`
        : html`<div class="layout ${facets.length || (!catalog && !this.hideFilters) ? 'with-filters' : ''}">
            ${renderControls(
              { query: state.query, sort: result.sort, sorts, search: !this.hideSearch, toFilters: facets.length > 0 },
              locale,
              { search: (query) => this.search(query, true), sort: (sort) => this.change({ sort }), toFilters: () => this.filters.show() },
            )}
            ${renderResults({
              locale, query: state.query, page, total, headingLevel: this.headingLevel, waiting: shown.waiting,
              hrefTemplate: this.hrefTemplate, suggestion: total ? undefined : this.suggestion(),
              onSelect: this.select,
              onPrefetch: (id) => this.catalogs.prefetch(id),
              onSuggestion: (query) => {
                this.search(query);
                this.focusSummary = true;
              },
              onClear: this.clear,
              said: this.spoken.render(locale, { template: this.momentTemplate, headingLevel: this.headingLevel }),
              saidCount: this.spoken.moments.length,
              onPage: (n) => {
                this.change({ page: n });
                this.focusSummary = true;
              },
            })}
            ${facets.length
              ? renderFacets(facets, state, result, locale, (filters) => this.change({ filters }), this.clear, this.filters)
              : nothing}
          </div>`}`;
  }

  /** "Did you mean …?" when the query itself finds nothing in the catalog (not when the filters leave nothing). */
  private suggestion(): string | undefined {
    const catalog = this.catalogs.catalog;
    return catalog && suggest(catalog, this.browsing.state.query);
  }
}

defineElement('rsp-training-list', RspTrainingList);

declare global {
  interface HTMLElementTagNameMap {
    'rsp-training-list': RspTrainingList;
  }
}
