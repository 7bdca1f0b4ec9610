import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Facet } from '../catalog/browse.js';
import { findSessionIndex, findTraining } from '../catalog/lookup.js';
import type { ArchiveRoute, RoutingMode } from '../catalog/url.js';
import type { TrainingSelectDetail } from '../events.js';
import { LocaleController } from '../i18n/index.js';
import { archiveStyles } from '../styles/archive.js';
import { sharedStyles } from '../styles/shared.js';
import { CatalogController } from '../consumer/catalog-controller.js';
import { defineElement } from './define.js';
import { DetailLoader, loadDetail, type DetailModule } from './archive-detail.js';
import { ArchiveRouter } from './archive-router.js';
import { DocumentTitle } from './archive-title.js';
import { filteredState, listHref } from './list-url.js';
import './training-list.js';
import type { RspTrainingList } from './training-list.js';

/**
 * The whole archive in one tag: the training list, and for a chosen training its details, player and handouts.
 * Deep-linkable (`#rsp/tist/module-2?t=840`); back and forward work; going back to the list restores its search,
 * filters, page and scroll position; focus moves to the new view's heading and the change is announced. The player's
 * Previous/Next session (its `rsp-session-select`, cancelled here) and the session list add one history entry each.
 * Only `#rsp…` fragments (or the `rsp-training`/`rsp-session`/`rsp-t` parameters) are ours: the host page's own
 * fragments, such as a skip link, leave the archive where it is.
 *
 * @tagname rsp-archive
 * @summary The whole training archive: list ⇄ detail, in one tag.
 *
 * @csspart heading - The heading of the current view.
 * @csspart list - The `<rsp-training-list>`.
 * @csspart detail - The detail view.
 * @csspart back - The "Back to all trainings" link.
 * @csspart player - The `<rsp-training-player>` of the detail view.
 * @csspart handouts - The `<rsp-handouts>` of the detail view.
 * @csspart sessions - The session list of the detail view.
 * @csspart error - The box shown when the catalog cannot be loaded.
 * @csspart notice - The "no catalog" message.
 *
 * @cssprop [--rsp-accent=#14558f] - Accent colour: links, buttons.
 * @cssprop [--rsp-muted-color=#595959] - Secondary text.
 * @cssprop [--rsp-focus-color=#3e94cf] - Focus outline colour.
 * @cssprop [--rsp-gap=1em] - Space between the parts of the detail view.
 *
 * @fires {CustomEvent<CatalogLoadDetail>} rsp-catalog-load - With its own `src`: the catalog loaded.
 * @fires {CustomEvent<CatalogErrorDetail>} rsp-catalog-error - With its own `src`: loading failed; or a compiled catalog's training file (`training`: its id) could not be read.
 *
 * @example
 * <rsp-archive src="/rsp/catalog.json"></rsp-archive>
 */
export class RspArchive extends LitElement {
  static override styles = [sharedStyles, archiveStyles];

  /** Address of `catalog.json` (else the catalog of the nearest `<rsp-catalog>`). */
  @property({ reflect: true }) src: string | null = null;
  /** A catalog object to use instead of fetching one. */
  @property({ attribute: false }) catalog?: unknown;
  /** Where the view lives in the URL: `hash` (`#rsp/tist/module-2?t=840`), `query` (`?rsp-training=tist`) or `none`. */
  @property() routing: RoutingMode = 'hash';
  /** Set `document.title` to the training's title while one is shown. */
  @property({ type: Boolean, attribute: 'set-title' }) setTitle = false;
  /** `aria-level` of the view headings; section headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Trainings per page in the list. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  @state() private route: ArchiveRoute = { view: 'list' };
  @state() private announcement = '';

  private catalogs = new CatalogController(this, 'relay');
  private locale = new LocaleController(this);
  private listScroll = 0;
  /** The detail view was opened from the list in this page, so the previous history entry is the list. */
  private cameFromList = false;
  private left?: string; // the training whose detail view was left for the list
  private moved = false;
  private pageTitle = new DocumentTitle(this);
  /** The detail view's code, loaded with the first detail view. */
  private detail = new DetailLoader(this, () => this.loadDetailCode(), () => (this.constructor as typeof RspArchive).elementStyles);

  /** The archive's own route in the URL (the list's parameters are the list's). */
  private router = new ArchiveRouter(this, {
    current: () => this.route,
    show: (route) => this.show(route),
    leftRoute: () => (this.cameFromList = false),
  });

  private show(route: ArchiveRoute) {
    const same =
      route.view === this.route.view &&
      (route.view === 'list' ||
        (this.route.view === 'detail' && route.training === this.route.training && route.session === this.route.session));
    if (same) return;
    if (this.route.view === 'list' && route.view === 'detail') this.listScroll = window.scrollY;
    this.left = (this.route as { training?: string }).training; // the list's route has none
    this.cameFromList = this.route.view === 'list' && route.view === 'detail' && this.hasUpdated;
    // Another session of the same training is not a new view: focus stays on what was pressed (the player's
    // Next session, a session link), and only the session is announced.
    const sameTraining = this.route.view === 'detail' && route.view === 'detail' && route.training === this.route.training;
    this.moved = this.hasUpdated && !sameTraining;
    this.route = route;
    // WCAG 4.1.3: the change of view is announced (focus follows in updated()).
    const catalog = this.catalogs.catalog;
    const { t } = this.locale;
    const training = catalog && route.view === 'detail' ? findTraining(catalog, route.training) : undefined;
    const whole = route.view === 'detail' ? this.catalogs.training(route.training) : undefined;
    if (this.hasUpdated && sameTraining && whole?.status === 'ready' && route.view === 'detail') {
      const training = whole.training;
      const index = Math.max(0, findSessionIndex(training, route.session));
      this.announcement = `${t.sessionOf(index + 1, training.sessions.length)}: ${training.sessions[index].title}`;
    } else if (this.moved && catalog) {
      this.announcement =
        route.view === 'list' ? t.listAnnouncement : training ? t.detailAnnouncement(training.title) : t.notFoundHeading;
    }
    if (route.view === 'detail') this.detail.request();
  }

  /** @internal The detail view's code; a test replaces it to see a chunk that cannot load. */
  protected loadDetailCode(): Promise<DetailModule> {
    return loadDetail();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('routing') && this.isConnected) this.router.read();
  }

  protected override updated() {
    const catalog = this.catalogs.catalog;
    const training = this.route.view === 'detail' && catalog ? findTraining(catalog, this.route.training) : undefined;
    this.pageTitle.show(training?.title);
    if (!this.moved || !catalog) return;
    // Focus waits for the detail view's code and the training's own file, so that it lands once, on the heading that
    // stays.
    if (training && !this.detail.view && !this.detail.failed) return;
    if (training && this.catalogs.training(training.id)?.status === 'loading') return;
    this.moved = false;
    // WCAG 2.4.3: focus follows the change of view; back in the list, onto the card of the training left if shown.
    const heading = this.renderRoot.querySelector<HTMLElement>(this.route.view === 'list' ? '.list-heading' : '.view-heading');
    if (this.route.view !== 'list') return heading?.focus();
    window.scrollTo(0, this.listScroll);
    if (!this.left || !this.renderRoot.querySelector<RspTrainingList>('rsp-training-list')!.focusTraining(this.left)) {
      heading?.focus({ preventScroll: true });
    }
  }

  private get list() {
    return this.renderRoot.querySelector<RspTrainingList>('rsp-training-list');
  }

  /** Where the list shows a topic or audience of a training (the list's parameters are the list's to write). */
  private facetHref(facet: Facet, value: string): string | undefined {
    const href = this.router.href({ view: 'list' });
    return href && listHref(href, filteredState(facet, [value]));
  }

  /**
   * A topic or audience of a training: the list, filtered by it, in one history entry. The list filters itself (and,
   * with the route in the URL, adds the entry with its parameters); the archive then puts its own route in that entry.
   */
  private showFacet(facet: Facet, value: string) {
    this.list?.filterBy(facet, [value]);
    this.listScroll = 0;
    this.router.replace({ view: 'list' });
  }

  /** A link where the route lives in the URL (so it can be opened in a new tab); a button where it does not. */
  private link = (href: string | undefined, label: TemplateResult | string, action: (event: Event) => void, current = false) =>
    href
      ? html`<a href=${href} aria-current=${current ? 'true' : nothing} @click=${action}>${label}</a>`
      : html`<button type="button" class="link" aria-current=${current ? 'true' : nothing} @click=${action}>${label}</button>`;

  protected override render() {
    // While a compiled catalog's list index loads, the list shows the first page the entry file holds.
    const catalog = this.catalogs.catalog ?? (this.route.view === 'list' ? this.catalogs.state.preview?.catalog : undefined);
    if (!catalog) return this.catalogs.renderStatus();
    const { t } = this.locale;
    const route = this.route;
    const training = route.view === 'detail' ? findTraining(catalog, route.training) : undefined;
    const whole = training && this.catalogs.training(training.id);
    const back = html`<p class="back">${this.link(this.router.href({ view: 'list' }), html`<span aria-hidden="true">← </span>${t.backToList}`, (event) => {
      event.preventDefault();
      // Back in history when we came from the list, so its URL (search, filters, page) comes back exactly.
      if (this.router.inUrl && this.cameFromList) history.back();
      else this.router.go({ view: 'list' });
    })}</p>`;
    return html`${this.catalogs.renderStatus()}
      <p class="live" role="status">${this.announcement}</p>
      <div ?hidden=${route.view !== 'list'}>
        <div class="list-heading view-title" part="heading" tabindex="-1" role="heading" aria-level=${this.headingLevel}>
          ${catalog.title}
        </div>
        <rsp-training-list
          part="list"
          ?sync-url=${this.routing !== 'none'}
          page-size=${this.pageSize}
          heading-level=${this.headingLevel + 1}
          href-template=${this.routing === 'hash' ? '#rsp/{id}' : nothing}
          moment-template=${this.routing === 'hash' ? '#rsp/{id}/{session}?t={t}' : nothing}
          @rsp-training-select=${(event: CustomEvent<TrainingSelectDetail>) => {
            event.preventDefault();
            const { id, session, time } = event.detail;
            this.router.go({ view: 'detail', training: id, session, time });
          }}
        ></rsp-training-list>
      </div>
      ${route.view === 'detail'
        ? html`${back}${whole?.status === 'ready' && this.detail.view
            ? this.detail.view(whole.training, {
                locale: this.locale.locale,
                level: this.headingLevel,
                sessionIndex: Math.max(0, findSessionIndex(whole.training, route.session)),
                session: route.session,
                start: route.time,
                link: this.link,
                hrefForSession: (sessionId) => this.router.href({ view: 'detail', training: route.training, session: sessionId }),
                hrefForFacet: (facet, value) => this.facetHref(facet, value),
                onSession: (sessionId) => this.router.go({ view: 'detail', training: route.training, session: sessionId }),
                onFacet: (facet, value) => this.showFacet(facet, value),
              })
            : training
              ? html`<div class="detail" part="detail" aria-busy=${this.detail.failed || whole?.status === 'error' ? nothing : 'true'}>
                  <div class="view-heading" part="heading" tabindex="-1" role="heading" aria-level=${this.headingLevel}
                    lang=${training.language ?? nothing}>${training.title}</div>
                  ${this.detail.failed
                    ? html`<div class="error" part="error" role="alert"><p>${t.detailLoadError}</p></div>`
                    : whole?.status === 'error'
                      ? this.catalogs.renderTraining(training.id, () => nothing, () => html``)
                      : nothing}
                </div>`
              : html`<div class="not-found">
                <div class="view-heading" part="heading" tabindex="-1" role="heading" aria-level=${this.headingLevel}>${t.notFoundHeading}</div>
                <p>${t.notFound(route.training)}</p>
              </div>`}`
        : nothing}`;
  }
}

defineElement('rsp-archive', RspArchive);

declare global {
  interface HTMLElementTagNameMap {
    'rsp-archive': RspArchive;
  }
}
