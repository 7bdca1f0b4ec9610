/**
 * A list's browsing state in the page's query string, under an `rsp-` prefix so the host's own parameters are left
 * alone: `?rsp-q=trauma&rsp-topic=debriefing,peer-roles&rsp-sort=oldest&rsp-page=2`.
 */
import { FACETS, SORTS, emptyFilters, type BrowseState, type Sort } from './browse.js';

const PREFIX = 'rsp-';
const QUERY = `${PREFIX}q`;
const SORT = `${PREFIX}sort`;
const PAGE = `${PREFIX}page`;

/** Reads the state from `search` (e.g. `location.search`); `undefined` when no `rsp-` parameter is there. */
export function readBrowseParams(search: string): BrowseState | undefined {
  const params = new URLSearchParams(search);
  if (![...params.keys()].some((key) => key.startsWith(PREFIX))) return undefined;
  const filters = emptyFilters();
  for (const facet of FACETS) {
    filters[facet] = (params.get(PREFIX + facet) ?? '').split(',').filter(Boolean);
  }
  const sort = params.get(SORT) as Sort | null;
  return {
    query: params.get(QUERY) ?? '',
    filters,
    sort: sort && SORTS.includes(sort) ? sort : undefined,
    page: Math.max(1, Number.parseInt(params.get(PAGE) ?? '1', 10) || 1),
  };
}

/** `search` with the state written in (empty values removed) and every other parameter kept. */
export function writeBrowseParams(search: string, state: BrowseState): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(PREFIX)) params.delete(key);
  if (state.query) params.set(QUERY, state.query);
  for (const facet of FACETS) {
    if (state.filters[facet].length) params.set(PREFIX + facet, state.filters[facet].join(','));
  }
  if (state.sort) params.set(SORT, state.sort);
  if (state.page > 1) params.set(PAGE, String(state.page));
  // Commas are legal in a query string; leaving them readable keeps shared links readable.
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
