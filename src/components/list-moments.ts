/**
 * How "Said in the recordings" looks: the moments of a search inside what was said, each a link (with the list's
 * `moment-template`) or a button that opens the player there, or the error of the index. A lazy chunk, loaded with the
 * index's own code on a compiled catalog's first search (see list-spoken.ts), so the list's first load carries none of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Moment } from '../catalog/spoken.js';
import type { Locale } from '../i18n/index.js';
import { formatNumber } from '../i18n/format.js';
import { formatClock } from '../player/time.js';
import type { CatalogError } from '../catalog/errors.js';
import { marked } from './training-card.js';

export interface SpokenLinks {
  /** The list's `moment-template`: `{id}`, `{session}` and `{t}` replaced; empty for buttons. */
  template: string;
  headingLevel: number;
}

/** The moments found (or the index's error), for the list to put after its cards. */
export function renderMoments(
  { error, moments, query }: { error?: CatalogError; moments: Moment[]; query: string },
  locale: Locale,
  links: SpokenLinks,
  select: (event: Event, moment: Moment) => void,
): TemplateResult | typeof nothing {
  const { t, lang } = locale;
  if (error) {
    return html`<p class="said-error notice" part="notice">${t.saidError} ${error.message}</p>`;
  }
  if (!moments.length) return nothing;
  return html`<section class="said" part="said" aria-labelledby="said-heading" data-query=${query}>
    <div class="said-heading" id="said-heading" role="heading" aria-level=${links.headingLevel}>
      ${t.saidHeading} <span class="count">(${formatNumber(moments.length, lang)})</span>
    </div>
    <ul class="moments" role="list">
      ${moments.map((moment) => {
        const href = momentHref(links.template, moment);
        const label = html`<span class="moment-when">${moment.session === undefined ? t.saidInHandout : formatClock(moment.seconds)}</span>
          · <span class="moment-text" lang=${moment.training.language ?? nothing}>…${marked(moment.text, query)}…</span>
          <span class="moment-training" lang=${moment.training.language ?? nothing}>${moment.training.title}</span>`;
        const chosen = (event: Event) => select(event, moment);
        return html`<li>${href
          ? html`<a class="moment" href=${href} @click=${chosen}>${label}</a>`
          : html`<button type="button" class="moment link" @click=${chosen}>${label}</button>`}</li>`;
      })}
    </ul>
  </section>`;
}

/** Where a moment links to; undefined for no template (a button) or a non-web address. */
export function momentHref(template: string, moment: Moment): string | undefined {
  if (!template) return undefined;
  let href = template.replaceAll('{id}', encodeURIComponent(moment.training.id));
  // A handout's text has no session or time: the training itself.
  href = moment.session === undefined
    ? href.replace(/\/?\{session\}/g, '').replace(/[?&][^?&=]*=\{t\}/g, '')
    : href.replaceAll('{session}', encodeURIComponent(moment.session)).replaceAll('{t}', String(Math.floor(moment.seconds)));
  try {
    const { protocol } = new URL(href, document.baseURI);
    return protocol === 'http:' || protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}
