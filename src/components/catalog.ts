import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.js';
import { defineElement } from './define.js';
import { LocaleController } from '../i18n/index.js';
import { CatalogController } from '../consumer/catalog-controller.js';

/**
 * Loads one catalog and provides it to every `rsp-*` element inside it, which then need no `src` of their own. Several
 * elements, or several `<rsp-catalog>`s, with the same `src` share one request.
 *
 * While loading it announces "Loading the training archive…" politely and sets `aria-busy`; when loading fails it
 * shows what went wrong (`role="alert"`) with a "Try again" button. The children render meanwhile.
 *
 * @tagname rsp-catalog
 * @summary Loads a catalog and shares it with the `rsp-*` elements inside.
 *
 * @slot - The `rsp-*` elements (and any other content) that use this catalog.
 *
 * @csspart error - The box shown when the catalog cannot be loaded.
 * @csspart notice - The message shown when neither `src` nor `catalog` is set.
 * @csspart button - Buttons (the "Try again" button).
 * @csspart retry - The "Try again" button.
 *
 * @cssprop [--rsp-accent=#14558f] - Accent colour: buttons and links.
 * @cssprop [--rsp-button-color=#fff] - Text colour on accent buttons.
 * @cssprop [--rsp-border-color=#6b6b6b] - Borders of notices and errors.
 * @cssprop [--rsp-error-color=#b00020] - The error box's marker.
 * @cssprop [--rsp-focus-color=#3e94cf] - Focus outline colour.
 * @cssprop [--rsp-focus-width=3px] - Focus outline width.
 * @cssprop [--rsp-radius=0.25em] - Corner radius.
 *
 * @fires {CustomEvent<CatalogLoadDetail>} rsp-catalog-load - The catalog loaded (again, after `refresh()`); `warnings` lists what was skipped.
 * @fires {CustomEvent<CatalogErrorDetail>} rsp-catalog-error - Loading failed; `error.kind` is `network`, `timeout`, `http`, `parse`, `schema` or `version`.
 *
 * @example
 * <rsp-catalog src="/rsp/catalog.json">
 *   <rsp-training-list></rsp-training-list>
 * </rsp-catalog>
 */
export class RspCatalog extends LitElement {
  static override styles = sharedStyles;

  /** Address of `catalog.json`, absolute or relative to the page. Changing it loads the new catalog. */
  @property({ reflect: true }) src: string | null = null;

  /** A catalog object to use instead of fetching one (for apps that already have the data). Wins over `src`. */
  @property({ attribute: false }) catalog?: unknown;

  private catalogs = new CatalogController(this, 'provider');
  constructor() {
    super();
    // Re-renders the status and error text when a lang attribute changes.
    new LocaleController(this);
  }

  /** Fetches the catalog again (servers may answer 304); the current one stays shown if that fails. */
  refresh(): Promise<void> {
    return this.catalogs.refresh();
  }

  protected override render() {
    return html`${this.catalogs.renderStatus()}<slot></slot>`;
  }
}

defineElement('rsp-catalog', RspCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'rsp-catalog': RspCatalog;
  }
}
