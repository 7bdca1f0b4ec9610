/**
 * The player's header: the training's title, the session shown, its presenters and date (`full`); the session line
 * alone, for pages that show the title themselves (`session`); or nothing (`none`).
 */
import { html, nothing } from 'lit';
import type { Session, Training } from '../catalog/normalize.js';
import { formatDate } from '../i18n/format.js';
import type { Locale } from '../i18n/index.js';

export type HeaderMode = 'full' | 'session' | 'none';

/** What the header shows: the session at `index` of `training`. */
export interface HeaderContent {
  training: Training;
  session: Session;
  index: number;
}

/** The header for `mode`; the title is a heading at `headingLevel`. */
export function renderHeader(mode: HeaderMode, { training, session, index }: HeaderContent, { t, lang }: Locale, headingLevel: number) {
  if (mode === 'none') return nothing;
  const count = training.sessions.length;
  const sessionLine = html`<p class="session">
    ${count > 1 ? html`${t.sessionOf(index + 1, count)}: ` : nothing}
    ${session.title}
  </p>`;
  if (mode === 'session') return html`<div class="header" part="header">${sessionLine}</div>`;
  const date = session.date ?? training.date;
  const presenters = training.presenters.map((each) => [each.name, each.credentials].filter(Boolean).join(', ')).join('; ');
  return html`<div class="header" part="header">
    <div class="title" part="title" role="heading" aria-level=${headingLevel} lang=${training.language ?? nothing}>
      ${training.title}
    </div>
    ${sessionLine}
    ${presenters ? html`<p class="meta">${t.presentedBy} ${presenters}</p>` : nothing}
    ${date ? html`<p class="meta">${formatDate(date, lang)}</p>` : nothing}
  </div>`;
}
