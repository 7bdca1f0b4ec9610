import { LitElement, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { findSession } from '../catalog/lookup.js';
import type { Material, Training } from '../catalog/normalize.js';
import { MATERIAL_KINDS } from '../catalog/patterns.js';
import type { MaterialKind } from '../catalog/schema.js';
import { emit } from '../events.js';
import { LocaleController, type Locale, type Messages } from '../i18n/index.js';
import { handoutsStyles } from '../styles/handouts.js';
import { sharedStyles } from '../styles/shared.js';
import { CatalogController } from '../consumer/catalog-controller.js';
import { defineElement } from './define.js';
import { describeMaterial, typeName } from './material-info.js';

interface Group {
  /** Heading of the group; undefined when there is only one group and nothing to tell apart. */
  heading?: string;
  sessionId?: string;
  materials: Material[];
}

/**
 * The slides, handouts and other materials of a training: training-level materials first, then each session's, under
 * its title. Each link's name carries title, type, size, pages and language ("Module 1 handout (PDF, 1.2 MB,
 * 14 pages)"); accessible (tagged) PDFs are marked. Files on the page's own site download; files elsewhere open in a
 * new tab, and screen readers are told so.
 *
 * @tagname rsp-handouts
 * @summary Slides, handouts and other files of a training, grouped by session.
 *
 * @csspart group - One group of materials (the training's, or a session's).
 * @csspart heading - A group's heading.
 * @csspart link - A material's link.
 * @csspart icon - The file-type icon.
 * @csspart details - "(PDF, 1.2 MB, 14 pages)".
 * @csspart tagged - The "Accessible PDF" mark.
 * @csspart notice - The empty state and the messages for a missing catalog or training.
 * @csspart error - The box shown when the catalog cannot be loaded (own `src` only).
 *
 * @cssprop [--rsp-accent=#14558f] - Link and icon colour.
 * @cssprop [--rsp-muted-color=#595959] - The file details.
 * @cssprop [--rsp-badge-done-background=#e3f1e6] - Background of the "Accessible PDF" mark, as of a "Completed" badge.
 * @cssprop [--rsp-badge-done-color=#1d5e2c] - Text of the "Accessible PDF" mark.
 * @cssprop [--rsp-focus-color=#3e94cf] - Focus outline colour.
 *
 * @fires {CustomEvent<MaterialOpenDetail>} rsp-material-open - A material link was activated.
 * @fires {CustomEvent<CatalogLoadDetail>} rsp-catalog-load - With its own `src`: the catalog loaded.
 * @fires {CustomEvent<CatalogErrorDetail>} rsp-catalog-error - With its own `src`: loading failed; or a compiled catalog's training file (`training`: its id) could not be read.
 *
 * @example
 * <rsp-handouts src="/rsp/catalog.json" training="tist" kinds="handout,worksheet"></rsp-handouts>
 */
export class RspHandouts extends LitElement {
  static override styles = [sharedStyles, handoutsStyles];

  /** Address of `catalog.json` (else the catalog of the nearest `<rsp-catalog>`). */
  @property({ reflect: true }) src: string | null = null;
  /** A catalog object to use instead of fetching one. */
  @property({ attribute: false }) catalog?: unknown;
  /** Id of the training. */
  @property({ reflect: true }) training: string | null = null;
  /** Session id or 1-based number: show the training's materials and that session's only. */
  @property({ reflect: true }) session: string | null = null;
  /** Only these kinds, comma-separated: `slides`, `handout`, `worksheet`, `transcript`, `resource`, `certificate`. */
  @property() kinds = '';
  /** `aria-level` of the group headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private catalogs = new CatalogController(this);
  private locale = new LocaleController(this);

  private groups(training: Training, t: Messages): Group[] {
    const wanted = this.kinds
      .split(',')
      .map((kind) => kind.trim())
      .filter((kind): kind is MaterialKind => (MATERIAL_KINDS as readonly string[]).includes(kind));
    const keep = (materials: Material[]) =>
      wanted.length ? materials.filter((material) => wanted.includes(material.kind)) : materials;
    const only = this.session ? findSession(training, this.session) : undefined;
    const sessions = only ? [only] : training.sessions;
    const groups: Group[] = [
      { heading: t.trainingMaterials, materials: keep(training.materials) },
      ...sessions.map((session) => ({ heading: session.title, sessionId: session.id, materials: keep(session.materials) })),
    ].filter((group) => group.materials.length);
    // One group needs no heading, unless it is a session's and the training has several.
    if (groups.length === 1 && (groups[0].sessionId === undefined || training.sessions.length === 1)) {
      groups[0].heading = undefined;
    }
    return groups;
  }

  private open(training: Training, sessionId: string | undefined, material: Material) {
    emit(this, 'rsp-material-open', { trainingId: training.id, sessionId, material });
  }

  protected override render() {
    const catalog = this.catalogs.catalog;
    if (!catalog) return this.catalogs.renderStatus();
    const { t } = this.locale;
    return this.catalogs.renderTraining(
      this.training,
      (training) => this.renderMaterials(training),
      () => html`<p class="notice" part="notice">${this.training ? t.unknownTraining(this.training) : t.chooseTraining}</p>`,
    );
  }

  private renderMaterials(training: Training) {
    const { t } = this.locale;
    const locale = this.locale.locale;
    const groups = this.groups(training, t);
    if (!groups.length) return html`<p class="notice" part="notice">${t.noMaterials}</p>`;
    return html`<section aria-label=${t.materialsLabel(training.title)}>
      ${groups.map(
        (group) => html`<div class="group" part="group">
          ${group.heading
            ? html`<div class="heading" part="heading" role="heading" aria-level=${this.headingLevel}>${group.heading}</div>`
            : nothing}
          <ul role="list">
            ${group.materials.map((material) => this.renderMaterial(training, group.sessionId, material, locale))}
          </ul>
        </div>`,
      )}
    </section>`;
  }

  private renderMaterial(training: Training, sessionId: string | undefined, material: Material, locale: Locale) {
    const { t } = locale;
    const sameSite = new URL(material.href).origin === location.origin;
    const details = describeMaterial(material, locale);
    const tagged = material.tagged === true && typeName(material, t) === 'PDF';
    return html`<li>
      <a
        part="link"
        href=${material.href}
        hreflang=${material.lang ?? nothing}
        type=${material.type ?? nothing}
        ?download=${sameSite}
        target=${sameSite ? nothing : '_blank'}
        rel=${sameSite ? nothing : 'noopener'}
        @click=${() => this.open(training, sessionId, material)}
      >
        ${fileIcon(material.kind)}
        <span>${material.title}${details ? html`<span class="details" part="details"> (${details})</span>` : nothing}${sameSite
          ? nothing
          : html`<span class="visually-hidden"> (${t.opensInNewTab})</span>`}</span>
      </a>
      ${tagged ? html`<span class="tagged" part="tagged">${t.accessiblePdf}</span>` : nothing}
    </li>`;
  }
}

/** A small file outline, with a corner fold for documents and a frame for slides; hidden from screen readers. */
function fileIcon(kind: MaterialKind) {
  const path =
    kind === 'slides'
      ? 'M2 3h12v8H2zM1 2v10h6v2H5v1h6v-1H9v-2h6V2zM3 4v6h10V4z'
      : 'M3 1h7l4 4v10H3zM4 2v12h9V6H9V2zM10 2.5V5h2.5zM5 8h6v1H5zm0 2h6v1H5zm0 2h4v1H5z';
  return html`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${svg`<path fill-rule="evenodd" d=${path}></path>`}
  </svg>`;
}

defineElement('rsp-handouts', RspHandouts);

declare global {
  interface HTMLElementTagNameMap {
    'rsp-handouts': RspHandouts;
  }
}
