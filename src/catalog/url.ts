/**
 * A list's browsing state in the page's query string, under an `rsp-` prefix so the host's own parameters are left
 * alone: `?rsp-q=trauma&rsp-topic=debriefing,peer-roles&rsp-sort=oldest&rsp-page=2`.
 */
import { FACETS, SORTS, emptyFilters, type BrowseState, type Sort } from './browse.js';

const PREFIX = 'rsp-';
const QUERY = `${PREFIX}q`;
const SORT = `${PREFIX}sort`;
const PAGE = `${PREFIX}page`;
/** The list's own parameters (the archive's `rsp-training`, `rsp-session`, `rsp-t` are left alone). */
const LIST_KEYS = new Set([QUERY, SORT, PAGE, ...FACETS.map((facet) => PREFIX + facet)]);

/** Reads the state from `search` (e.g. `location.search`); `undefined` when no `rsp-` parameter is there. */
export function readBrowseParams(search: string): BrowseState | undefined {
  const params = new URLSearchParams(search);
  if (![...params.keys()].some((key) => LIST_KEYS.has(key))) return undefined;
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
  for (const key of LIST_KEYS) params.delete(key);
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

/** Where `<rsp-archive>` is: the list, or one training (optionally a session, and a start time in seconds). */
export type ArchiveRoute = { view: 'list' } | { view: 'detail'; training: string; session?: string; time?: number };

/** How `<rsp-archive>` keeps its route in the URL. */
export type RoutingMode = 'hash' | 'query' | 'none';

const HASH = /^#rsp(?:\/([^/?]+)(?:\/([^/?]+))?)?\/?(?:\?(.*))?$/;

function seconds(value: string | null | undefined): number | undefined {
  const number = value ? Number(value) : NaN;
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Reads the route from a URL: `#rsp/tist/module-2?t=840` (hash) or `?rsp-training=tist&rsp-session=module-2&rsp-t=840`
 * (query). Anything else is the list.
 */
export function readArchiveRoute(url: URL, mode: RoutingMode): ArchiveRoute {
  if (mode === 'hash') {
    const match = HASH.exec(url.hash);
    const training = match?.[1] && decode(match[1]);
    if (!training) return { view: 'list' };
    const session = match[2] ? decode(match[2]) : undefined;
    return { view: 'detail', training, session, time: seconds(new URLSearchParams(match[3] ?? '').get('t')) };
  }
  if (mode === 'query') {
    const training = url.searchParams.get(`${PREFIX}training`);
    if (!training) return { view: 'list' };
    return {
      view: 'detail',
      training,
      session: url.searchParams.get(`${PREFIX}session`) ?? undefined,
      time: seconds(url.searchParams.get(`${PREFIX}t`)),
    };
  }
  return { view: 'list' };
}

const OURS = /^#rsp(?:[/?]|$)/;

/**
 * Whether `url` says where `<rsp-archive>` is. With hash routing only `#rsp` and `#rsp/…` are ours, and the page
 * without a fragment (the list, as first opened); every other fragment is the host page's (a skip link, a table of
 * contents, its own router) and must leave the archive where it is. With query routing a fragment never is ours, so
 * every URL is read for the `rsp-training`/`rsp-session`/`rsp-t` parameters alone.
 */
export function isArchiveUrl(url: URL, mode: RoutingMode): boolean {
  if (mode === 'hash') return url.hash === '' || OURS.test(url.hash);
  return mode === 'query';
}

/** The URL (path, query and hash) of `route`, keeping everything of `url` that is not ours. */
export function archiveUrl(url: URL, mode: RoutingMode, route: ArchiveRoute): string {
  const next = new URL(url.href);
  if (mode === 'hash') {
    const detail = route.view === 'detail';
    next.hash = detail
      ? `#rsp/${[route.training, route.session].filter(Boolean).map((part) => encodeURIComponent(part!)).join('/')}` +
        (route.time ? `?t=${Math.floor(route.time)}` : '')
      : '#rsp';
  } else if (mode === 'query') {
    for (const key of ['training', 'session', 't']) next.searchParams.delete(`${PREFIX}${key}`);
    if (route.view === 'detail') {
      next.searchParams.set(`${PREFIX}training`, route.training);
      if (route.session) next.searchParams.set(`${PREFIX}session`, route.session);
      if (route.time) next.searchParams.set(`${PREFIX}t`, String(Math.floor(route.time)));
    }
  }
  return `${next.pathname}${next.search.replace(/%2C/g, ',')}${next.hash}`;
}
