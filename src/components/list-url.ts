/**
 * The one owner of a `<rsp-training-list>`'s browsing state — search, filters, sort, page — and, with `sync-url`, of
 * its `rsp-` query parameters (written by `catalog/url.ts`): read at first show and on Back/Forward, written at each
 * change (typing replaces the history entry, a discrete change adds one). Every other parameter and the fragment are
 * left as they are. Others change the list's state through its public API (its preset attributes, `filterBy()`,
 * `readUrl()`), never by writing its parameters: `<rsp-archive>` owns only its own route.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyFilters, FACETS, type BrowseState, type Facet } from '../catalog/browse.js';
import { readBrowseParams, writeBrowseParams } from '../catalog/url.js';

/** What a list offers the controller: its preset attributes, and whether it mirrors the state in the URL. */
export type ListUrlHost = ReactiveControllerHost & Record<Facet | 'query', string> & { syncUrl: boolean };

/** The items of a comma-separated attribute. */
export const commaList = (value: string | null) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/** A state on its first page unless it says otherwise. */
export type ListState = Omit<BrowseState, 'page'> & { page?: number };

/** What `filterBy(facet, values)` shows: those values of one facet, search, other filters and sort cleared. */
export const filteredState = (facet: Facet, values: string[]): ListState => ({
  query: '',
  filters: { ...emptyFilters(), [facet]: values },
  sort: undefined,
});

/**
 * `href` (resolved against the page) with the list's parameters set to `state`'s and everything else kept: the
 * address at which a list with `sync-url` shows `state`.
 *
 * @example
 * listHref('/page?lang=es#rsp', filteredState('topic', ['de-escalation'])) // '/page?lang=es&rsp-topic=de-escalation#rsp'
 */
export function listHref(href: string, state: ListState): string {
  const url = new URL(href, location.href);
  return `${url.pathname}${writeBrowseParams(url.search, { page: 1, ...state })}${url.hash}`;
}

export class ListUrlController implements ReactiveController {
  /** The state shown now. */
  state: BrowseState = { query: '', filters: emptyFilters(), page: 1 };

  constructor(private host: ListUrlHost) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Starts over, as at first show: from the URL with `sync-url` (when it has parameters of ours), else the presets. */
  reset() {
    this.show((this.host.syncUrl && readBrowseParams(location.search)) || this.presets());
  }

  /** Re-reads the page's URL, else the presets. */
  readUrl = () => this.show(readBrowseParams(location.search) ?? this.presets());

  /** Applies a change the person made, on page 1 unless it says otherwise; `typing` replaces the history entry. */
  change(next: Partial<BrowseState>, typing = false) {
    this.show({ ...this.state, page: 1, ...next });
    if (this.host.syncUrl) history[typing ? 'replaceState' : 'pushState'](history.state, '', listHref(location.href, this.state));
  }

  /** The state the host's preset attributes describe, shown when the URL says nothing. */
  private presets(): BrowseState {
    const filters = emptyFilters();
    for (const facet of FACETS) filters[facet] = commaList(this.host[facet]);
    return { query: this.host.query, filters, page: 1 };
  }

  private show(state: BrowseState) {
    this.state = state;
    this.host.requestUpdate();
  }

  /** Back and Forward restore the state while the list mirrors it, and only then. */
  private onPopState = () => {
    if (this.host.syncUrl) this.readUrl();
  };
}
