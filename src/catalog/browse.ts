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
    // Search ranks the catalog's own trainings: only a curated subset needs filtering down to itself.
    const allowed = trainings === catalog.trainings ? undefined : new Set(trainings);
    pool = allowed ? ranked.filter((training) => allowed.has(training)) : ranked;
  }
  const active = FACETS.filter((facet) => state.filters[facet].length > 0);
  const passes = (training: Training, facet: Facet) => {
    const wanted = state.filters[facet];
    return !wanted.length || facetValues(training, facet).some((value) => wanted.includes(value));
  };
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as BrowseResult['counts'];
  const matches: Training[] = [];
  // This loop runs over every training at each keystroke, tick and page change: no allocations per training.
  for (const training of pool) {
    let failing = 0;
    let failed: Facet | undefined;
    for (const facet of active) {
      if (passes(training, facet)) continue;
      failed = facet;
      if (++failing > 1) break;
    }
    if (!failing) matches.push(training);
    else if (failing > 1) continue;
    // A facet's counts ignore that facet's own selection (disjunctive faceting): they say what ticking a value adds.
    for (const facet of FACETS) {
      if (failing === 1 && failed !== facet) continue;
      const values = facetValues(training, facet);
      const count = counts[facet];
      values.forEach((value, at) => {
        // Each value once per training, as a Set would (normalised topic and audience lists have no repeats).
        if (at === 0 || values.indexOf(value) === at) count.set(value, (count.get(value) ?? 0) + 1);
      });
    }
  }
  const fallback: Sort = ranked ? 'relevance' : curated ? 'curated' : 'newest';
  const sort =
    !state.sort || (state.sort === 'relevance' && !ranked) || (state.sort === 'curated' && !curated)
      ? fallback
      : state.sort;
  return { matches: sortTrainings(matches, sort, trainings), counts, sort };
}

/**
 * Dates are `YYYY-MM-DD` (the schema checks them), so comparing code units orders them as `localeCompare` did, at a
 * fraction of the cost over 10,000 trainings.
 */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const firstDelivered = (training: Training) => training.firstDelivered ?? '';

/** Same order as `a.localeCompare(b, undefined, options)`; one collator instead of one per comparison. */
let titleCollator: Intl.Collator | undefined;

function sortTrainings(list: Training[], sort: Sort, given: Training[]): Training[] {
  // Array sort is stable: equal items keep the catalog's (or the curated) order.
  const sorted = (compare: (a: Training, b: Training) => number) => [...list].sort(compare);
  const byKey = <K>(key: (training: Training) => K, compare: (a: K, b: K) => number) => {
    const keys = new Map(list.map((training) => [training, key(training)]));
    return sorted((a, b) => compare(keys.get(a)!, keys.get(b)!));
  };
  switch (sort) {
    case 'relevance':
      return list; // already ranked by search
    case 'curated': {
      const order = new Map(given.map((training, position) => [training, position]));
      return sorted((a, b) => order.get(a)! - order.get(b)!);
    }
    case 'newest':
      return byKey(firstDelivered, (a, b) => byCodeUnit(b, a));
    case 'oldest':
      return byKey(firstDelivered, byCodeUnit);
    case 'title': {
      titleCollator ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
      const { compare } = titleCollator;
      return sorted((a, b) => compare(a.title, b.title));
    }
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
