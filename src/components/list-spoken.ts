/**
 * "Said in the recordings": the moments of a compiled catalog's recordings (and handouts) that say what was typed in
 * the list's search box, each a link that opens the player there — "12:34 · …keep a steady voice…". The index code
 * (`catalog/spoken.ts`) is a lazy chunk fetched on the first search; its shards are fetched for the words typed.
 *
 * A file of the index that the server refuses or that is damaged shows what went wrong here and fires
 * `rsp-catalog-error`; a request the network (or the page's Content-Security-Policy) stops is said only in the
 * console. Either way titles, descriptions and the rest of the list search on as before.
 */
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { FACETS, facetValues, type BrowseState } from '../catalog/browse.js';
import type { CatalogError } from '../catalog/errors.js';
import type { Catalog, Training } from '../catalog/normalize.js';
import type { Moment } from '../catalog/spoken.js';
import { emit } from '../events.js';
import type { SpokenLinks } from './list-moments.js';

export type { SpokenLinks } from './list-moments.js';
import type { Locale } from '../i18n/index.js';
import { formatNumber } from '../i18n/format.js';

type Host = HTMLElement & { requestUpdate(): void; addController(controller: ReactiveController): void };


export class SpokenSearch implements ReactiveController {
  /** The moments of the last query answered, and that query. */
  moments: Moment[] = [];
  query = '';
  error?: CatalogError;
  private asked = '';
  private view?: typeof import('./list-moments.js');
  private generation = 0;

  constructor(private host: Host) {
    host.addController(this);
  }

  hostConnected() {}

  /**
   * Searches the list's query in `catalog`'s spoken-word index (if it has one), among the trainings of `pool` (the
   * curated or preset slice) that the ticked filters keep.
   */
  update(catalog: Catalog | undefined, { query, filters }: BrowseState, pool: Training[], curated: string) {
    const inPool = new Set(pool);
    const keep = (training: Training) =>
      inPool.has(training) &&
      FACETS.every((facet) => !filters[facet].length || facetValues(training, facet).some((value) => filters[facet].includes(value)));
    this.search(catalog, query, keep, `${JSON.stringify(filters)}\n${curated}`);
  }

  /** What the result announcement adds: " 3 moments in the recordings." (empty for none). */
  announcement({ t, lang }: Locale): string {
    const said = this.moments.length;
    return said ? ` ${t.saidFound(said, formatNumber(said, lang))}` : '';
  }

  private search(catalog: Catalog | undefined, query: string, keep: (training: Training) => boolean, scope: string) {
    const wanted = catalog?.spoken && query.trim() ? query : '';
    const key = `${catalog?.spoken ?? ''}\n${scope}\n${wanted}`;
    if (key === this.asked) return;
    this.asked = key;
    const generation = ++this.generation;
    if (!wanted) {
      this.moments = [];
      this.query = '';
      this.error = undefined;
      return;
    }
    void Promise.all([import('../catalog/spoken.js'), import('./list-moments.js')])
      .then(([{ spokenIndex }, view]) => {
        this.view = view;
        return spokenIndex(catalog!)!.search(wanted, keep);
      })
      .then(
        (moments) => {
          if (generation !== this.generation) return; // a later keystroke asked something else
          this.moments = moments;
          this.query = wanted;
          this.error = undefined;
          this.host.requestUpdate();
        },
        (error: CatalogError) => {
          if (generation !== this.generation) return;
          this.moments = [];
          // Not asked again until the query or filters change (the next keystroke tries again): a render must not.
          if (error?.kind === 'network' || !error?.kind) {
            console.warn(`rsp-archive: words said in the recordings are not searched: ${error?.message ?? error}`);
            return;
          }
          if (this.error?.message !== error.message) emit(this.host, 'rsp-catalog-error', { error });
          this.error = error;
          this.host.requestUpdate();
        },
      );
  }

  render(locale: Locale, links: SpokenLinks): TemplateResult | typeof nothing {
    // What draws the moments came with the index's code (both lazy): nothing to draw before it did.
    return this.view && (this.error || this.moments.length)
      ? this.view.renderMoments(this, locale, links, (event, moment) => this.select(event, moment))
      : nothing;
  }

  /** A moment was chosen: `rsp-training-select` with its session and time; cancelled, the link is not followed. */
  select(event: Event, { training, session, seconds }: Moment) {
    const detail = { id: training.id, training, session, time: session === undefined ? undefined : seconds };
    if (!emit(this.host, 'rsp-training-select', detail, { cancelable: true })) event.preventDefault();
  }
}
