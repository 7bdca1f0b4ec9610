/**
 * Where `<rsp-archive>` keeps its route — the list, or a training, session and time — and only that: the `#rsp/…`
 * fragment (`routing="hash"`), the `rsp-training`/`rsp-session`/`rsp-t` parameters (`query`) or nowhere (`none`).
 * It reads the route when the archive connects and on Back, Forward and fragment changes, and adds a history entry per
 * view. Everything else in the URL stays as it is: the host page's own fragments and parameters, and the list's
 * parameters, which `<rsp-training-list>` reads and writes itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { archiveUrl, isArchiveUrl, readArchiveRoute, type ArchiveRoute, type RoutingMode } from '../catalog/url.js';

/** Where a host page's own history entry records what the archive showed there (see `read`). */
const SHOWN = 'rspArchiveShown';

export interface ArchiveRouterHost extends ReactiveControllerHost {
  routing: RoutingMode;
}

/** What the archive does with a route. */
export interface RouteView {
  /** The route shown now. */
  current(): ArchiveRoute;
  /** Shows `route` (the archive decides whether it is a new view). */
  show(route: ArchiveRoute): void;
  /** The page's URL became one of the host page's own (its skip link, say), not the archive's. */
  leftRoute(): void;
}

export class ArchiveRouter implements ReactiveController {
  constructor(
    private host: ArchiveRouterHost,
    private view: RouteView,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.read);
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.read);
    window.removeEventListener('hashchange', this.read);
  }

  /** Whether the route lives in the URL (so views can be links, and Back goes back to them). */
  get inUrl(): boolean {
    return this.host.routing !== 'none';
  }

  /** The address (path, query and hash) of `route`; undefined when the route does not live in the URL. */
  href(route: ArchiveRoute): string | undefined {
    return this.inUrl ? archiveUrl(new URL(location.href), this.host.routing, route) : undefined;
  }

  /** Goes to `route`, adding a history entry when the route lives in the URL. */
  go(route: ArchiveRoute) {
    if (this.inUrl) history.pushState(history.state, '', this.href(route));
    this.view.show(route);
  }

  /** Shows `route` in the current history entry, e.g. one another element has just added. */
  replace(route: ArchiveRoute) {
    if (this.inUrl) history.replaceState(history.state, '', this.href(route));
    this.view.show(route);
  }

  /** Shows the route the URL names; on a host page's own entry, what was shown when the entry was made. */
  read = () => {
    const routing = this.host.routing;
    if (routing === 'none') return;
    const url = new URL(location.href);
    if (isArchiveUrl(url, routing)) return this.view.show(readArchiveRoute(url, routing));
    // The host page's own entry (its skip link, say): the archive stays where it is, and a playing video plays on.
    // The entry remembers what was shown, so that Back from a later session of ours lands on it again.
    this.view.leftRoute();
    const state: unknown = history.state;
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return;
    const shown = (state as Record<string, unknown> | null)?.[SHOWN];
    if (typeof shown === 'string') this.view.show(readArchiveRoute(new URL(shown, location.href), routing));
    else history.replaceState({ ...state, [SHOWN]: archiveUrl(url, routing, this.view.current()) }, '');
  };
}
