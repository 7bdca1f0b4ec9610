/**
 * What a training list shows for a browsing state: its pool (the whole catalog, or a curated slice in the host's
 * order), the matches (at most `limit`), the facet values present in the pool, the sorts on offer and the page.
 * Pure functions over a catalog; no DOM.
 */
import { browse, FACETS, facetValues, pageOf, SORTS, type BrowseResult, type BrowseState, type Facet, type Sort } from './browse.js';
import type { Catalog, Training } from './normalize.js';

export interface ListingOptions {
  /** Curated training ids, in the order to show them; empty for the whole catalog. */
  curated: string[];
  /** Show at most this many matches; 0 for no limit. */
  limit: number;
  /** Trainings per page (at least one is shown). */
  pageSize: number;
}

export interface Listing {
  /** The trainings the list draws from. */
  pool: Training[];
  result: BrowseResult;
  /** For each facet, the values some training of the pool has: the options worth showing. */
  present: Record<Facet, Set<string>>;
  /** The sorts to offer: relevance only while searching, the curated order only for a curated list. */
  sorts: Sort[];
  page: ReturnType<typeof pageOf<Training>>;
  /** A preview's: how many trainings match in all (`result.matches` holds only the first page's). */
  total?: number;
  /** A preview that cannot answer the browsing state (a search typed, a filter, another page): wait for the list. */
  waiting?: boolean;
}

/** The trainings `ids` name, in that order (unknown ids skipped); the catalog's own list when `ids` is empty. */
export function curatedPool(catalog: Catalog, ids: string[]): Training[] {
  if (!ids.length) return catalog.trainings;
  const byId = new Map(catalog.trainings.map((training) => [training.id, training]));
  return ids.map((id) => byId.get(id)).filter((training) => training !== undefined);
}

/**
 * @example
 * const { result, page } = listing(catalog, { query: 'calm', filters: emptyFilters(), page: 2 }, { curated: [], limit: 0, pageSize: 12 });
 */
export function listing(catalog: Catalog, state: BrowseState, { curated, limit, pageSize }: ListingOptions): Listing {
  const pool = curatedPool(catalog, curated);
  const result = browse(catalog, pool, state, curated.length > 0);
  if (limit > 0) result.matches = result.matches.slice(0, limit);
  const present = Object.fromEntries(
    FACETS.map((facet) => [facet, new Set(pool.flatMap((training) => facetValues(training, facet)))]),
  ) as Record<Facet, Set<string>>;
  const sorts = SORTS.filter((sort) => (sort !== 'relevance' || state.query.trim()) && (sort !== 'curated' || curated.length));
  return { pool, result, present, sorts, page: pageOf(result.matches, state.page, Math.max(1, pageSize)) };
}

/**
 * What a list shows of a compiled catalog's first page (its entry file's `first`) while the list index loads: only
 * the default view — no search, filter or page but the first, newest first — when the preview holds a whole page;
 * for any other state, `waiting` (the search box stays, the cards wait for the list index). Undefined for a curated
 * or limited list, which shows its skeleton until the whole catalog is read.
 */
export function previewListing(preview: { catalog: Catalog; count: number } | undefined, state: BrowseState, { curated, limit, pageSize }: ListingOptions): Listing | undefined {
  if (!preview || curated.length || limit > 0) return undefined;
  const size = Math.max(1, pageSize);
  const answers = !state.query.trim() && state.page === 1 && (!state.sort || state.sort === 'newest' || state.sort === 'relevance') &&
    !FACETS.some((facet) => state.filters[facet].length) && preview.catalog.trainings.length >= Math.min(size, preview.count);
  const items = answers ? preview.catalog.trainings.slice(0, size) : [];
  const empty = new Set<string>();
  return {
    pool: preview.catalog.trainings,
    result: { matches: items, counts: Object.fromEntries(FACETS.map((facet) => [facet, new Map()])) as BrowseResult['counts'], sort: 'newest' },
    present: Object.fromEntries(FACETS.map((facet) => [facet, empty])) as Record<Facet, Set<string>>,
    sorts: SORTS.filter((sort) => sort !== 'relevance' && sort !== 'curated'),
    page: { items, page: 1, pages: Math.max(1, Math.ceil(preview.count / size)), from: items.length ? 1 : 0, to: items.length },
    total: preview.count,
    waiting: !answers,
  };
}
