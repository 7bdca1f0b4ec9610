/**
 * Browsing state of a training list — query, facet selections, sort, page — and what it yields: the matching
 * trainings in order and the facet counts. Pure functions over a catalog; no DOM.
 */
import type { Catalog, Training } from './normalize.js';
import { search } from './search.js';

export const FACETS = ['topic', 'audience', 'format', 'year', 'language'] as const;
export type Facet = (typeof FACETS)[number];

/** `curated` keeps the order the host gave (the `trainings` attribute); it is offered only for curated lists. */
export const SORTS = ['relevance', 'newest', 'oldest', 'title', 'longest', 'shortest', 'curated'] as const;
export type Sort = (typeof SORTS)[number];

export interface BrowseState {
  query: string;
  /** Selected values per facet: OR within a facet, AND across facets. */
  filters: Record<Facet, string[]>;
  /** Unset: relevance while searching, else `curated` for curated lists, else `newest`. `relevance` without a query
   * falls back the same way. */
  sort?: Sort;
  /** 1-based. */
  page: number;
}

export const emptyFilters = (): Record<Facet, string[]> => ({
  topic: [],
  audience: [],
  format: [],
  year: [],
  language: [],
});

/** The values a training has for a facet (as strings, so years and ids compare alike). */
export function facetValues(training: Training, facet: Facet): string[] {
  switch (facet) {
    case 'topic':
      return training.topics;
    case 'audience':
      return training.audiences;
    case 'format':
      return training.format ? [training.format] : [];
    case 'year':
      return training.year ? [String(training.year)] : [];
    case 'language':
      return training.language ? [training.language] : [];
  }
}

export interface BrowseResult {
  /** Every matching training, sorted (not paged). */
  matches: Training[];
  /** For each facet, value → number of trainings it would match given the query and the *other* facets' filters. */
  counts: Record<Facet, Map<string, number>>;
  /** The sort actually applied. */
  sort: Sort;
}

/**
 * Applies `state` to `trainings` (the catalog's, or a curated subset in its own order).
 *
 * @example
 * const { matches, counts } = browse(catalog, catalog.trainings, { query: 'trauma', filters, sort: 'relevance', page: 1 });
 */
export function browse(catalog: Catalog, trainings: Training[], state: BrowseState, curated = false): BrowseResult {
  const ranked = search(catalog, state.query);
  let pool = trainings;
  if (ranked) {
    const allowed = new Set(trainings);
    pool = ranked.filter((training) => allowed.has(training));
  }
  const active = FACETS.filter((facet) => state.filters[facet].length > 0);
  const passes = (training: Training, facet: Facet) => {
    const wanted = state.filters[facet];
    return !wanted.length || facetValues(training, facet).some((value) => wanted.includes(value));
  };
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as BrowseResult['counts'];
  const matches: Training[] = [];
  for (const training of pool) {
    const failing = active.filter((facet) => !passes(training, facet));
    if (!failing.length) matches.push(training);
    // A facet's counts ignore that facet's own selection (disjunctive faceting): they say what ticking a value adds.
    for (const facet of FACETS) {
      if (failing.length > 1 || (failing.length === 1 && failing[0] !== facet)) continue;
      for (const value of new Set(facetValues(training, facet))) {
        counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
      }
    }
  }
  const fallback: Sort = ranked ? 'relevance' : curated ? 'curated' : 'newest';
  const sort =
    !state.sort || (state.sort === 'relevance' && !ranked) || (state.sort === 'curated' && !curated)
      ? fallback
      : state.sort;
  return { matches: sortTrainings(matches, sort, trainings), counts, sort };
}

const dateOf = (training: Training) => training.date ?? training.sessions.find((session) => session.date)?.date ?? '';

function sortTrainings(list: Training[], sort: Sort, given: Training[]): Training[] {
  // Array sort is stable: equal items keep the catalog's (or the curated) order.
  const sorted = (compare: (a: Training, b: Training) => number) => [...list].sort(compare);
  switch (sort) {
    case 'relevance':
      return list; // already ranked by search
    case 'curated': {
      const order = new Map(given.map((training, position) => [training, position]));
      return sorted((a, b) => order.get(a)! - order.get(b)!);
    }
    case 'newest':
      return sorted((a, b) => dateOf(b).localeCompare(dateOf(a)));
    case 'oldest':
      return sorted((a, b) => dateOf(a).localeCompare(dateOf(b)));
    case 'title':
      return sorted((a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true }));
    case 'longest':
      return sorted((a, b) => b.durationSeconds - a.durationSeconds);
    case 'shortest':
      return sorted((a, b) => a.durationSeconds - b.durationSeconds);
  }
}

/** The trainings of one page, and the 1-based range shown ("Showing 13–24 of 47"). */
export function pageOf<T>(items: T[], page: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (current - 1) * pageSize;
  const pageItems = items.slice(start, start + pageSize);
  return { items: pageItems, page: current, pages, from: pageItems.length ? start + 1 : 0, to: start + pageItems.length };
}
