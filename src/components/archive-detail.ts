/**
 * The code of `<rsp-archive>`'s detail view — its template, `<rsp-handouts>` and the player — which loads with the
 * first detail view, the three in parallel, so that a page whose first view is the list does not pay for it up front.
 * The handouts' and the player's chunks are shared with their lazily defined standalone elements (see index.ts).
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveControllerHost } from 'lit';
import { reportLoadError } from './lazy.js';

export type DetailModule = typeof import('./training-detail.js');

/** The three chunks; the detail template's module is what the archive renders with. */
export const loadDetail = (): Promise<DetailModule> =>
  Promise.all([import('./training-detail.js'), import('./handouts.js'), import('./training-player.js')]).then(
    ([detail]) => detail,
  );

export interface DetailHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Loads the detail view's code once, on request; a failure is tried again at the next request. */
export class DetailLoader {
  /** The detail view's template once its code has arrived; until then the archive shows a placeholder. */
  view?: DetailModule['renderDetail'];
  /** The code could not load. */
  failed = false;
  private loading = false;

  /**
   * @param load Fetches the code.
   * @param styles The host's own styles, adopted again with the detail view's.
   */
  constructor(
    private host: DetailHost,
    private load: () => Promise<DetailModule>,
    private styles: () => CSSResultOrNative[],
  ) {}

  request() {
    if (this.view || this.loading) return;
    this.loading = true;
    if (this.failed) {
      this.failed = false;
      this.host.requestUpdate();
    }
    this.load().then(
      ({ renderDetail, detailStyles }) => {
        this.loading = false;
        adoptStyles(this.host.renderRoot as ShadowRoot, [...this.styles(), detailStyles]);
        this.view = renderDetail;
        this.host.requestUpdate();
      },
      (error) => {
        this.loading = false;
        this.failed = true;
        this.host.requestUpdate();
        reportLoadError('the detail view', error);
      },
    );
  }
}
