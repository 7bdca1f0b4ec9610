/**
 * The detail view of `<rsp-archive>` as a template function: what the training is, who presents it, its sessions,
 * the player and the handouts. Catalog text is rendered as text; a blank line in `description` starts a paragraph.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Facet } from '../catalog/browse.js';
import type { Training } from '../catalog/normalize.js';
import type { Locale } from '../i18n/index.js';
import { formatDate, formatDuration, formatNumber } from '../i18n/format.js';

// The view's styles travel with it: the archive adopts them when this module arrives (see archive.ts).
export { detailStyles } from '../styles/detail.js';

export interface DetailOptions {
  locale: Locale;
  level: number;
  sessionIndex: number;
  /** The session as the address names it, handed to the player as it is (so it can say when none has that id). */
  session?: string;
  start?: number;
  /** A link (or, without URL routing, a button) that runs `action`. */
  link: (href: string | undefined, label: TemplateResult | string, action: (event: Event) => void, current?: boolean) => TemplateResult;
  hrefForSession: (sessionId: string) => string | undefined;
  hrefForFacet: (facet: Facet, value: string) => string | undefined;
  onSession: (sessionId: string) => void;
  onFacet: (facet: Facet, value: string) => void;
}

export function renderDetail(training: Training, options: DetailOptions): TemplateResult {
  const { level, sessionIndex } = options;
  const { lang, t } = options.locale;
  const date = training.firstDelivered;
  const facts = [
    date && html`<time datetime=${date}>${formatDate(date, lang)}</time>`,
    training.format && t.formatNames[training.format],
    training.durationSeconds > 0 && formatDuration(training.durationSeconds, lang),
    training.sessions.length > 1 && t.sessions(training.sessions.length, formatNumber(training.sessions.length, lang)),
  ].filter(Boolean);
  const facetLinks = (facet: Facet, ids: string[], labels: string[]) =>
    html`<ul class="chips" role="list">
      ${ids.map(
        (id, index) => html`<li>${options.link(options.hrefForFacet(facet, id), labels[index], (event) => {
          event.preventDefault();
          options.onFacet(facet, id);
        })}</li>`,
      )}
    </ul>`;
  // The training's language on its own words only (WCAG 3.1.2); the UI around them stays in the page's language.
  const textLang = training.language ?? nothing;
  return html`<article class="detail" part="detail">
    <div class="view-heading" part="heading" tabindex="-1" role="heading" aria-level=${level} lang=${textLang}
      >${training.title}</div
    >
    ${training.subtitle ? html`<p class="subtitle" lang=${textLang}>${training.subtitle}</p>` : nothing}
    <p class="facts">${facts.map((fact, index) => html`${index ? html`<span aria-hidden="true"> · </span>` : ''}${fact}`)}</p>
    ${training.presenters.length
      ? html`<p class="presenters">
          ${t.presentedBy}
          ${training.presenters.map(
            (presenter, index) => html`${index ? ', ' : ''}<span class="presenter"><strong>${presenter.name}</strong>${presenter.credentials
              ? `, ${presenter.credentials}`
              : ''}${presenter.affiliation ? html` <span class="affiliation">(${presenter.affiliation})</span>` : nothing}</span>`,
          )}
        </p>`
      : nothing}
    <rsp-training-player
      part="player"
      header="session"
      heading-level=${level + 1}
      training=${training.id}
      session=${options.session ?? nothing}
      start=${options.start ?? nothing}
      @rsp-session-select=${(event: CustomEvent<{ sessionId: string }>) => {
        // One rule for the player's Previous/Next and the session links: the archive routes, the address follows.
        event.preventDefault();
        options.onSession(event.detail.sessionId);
      }}
    ></rsp-training-player>
    <div class="columns">
      <section class="about" aria-labelledby="about-heading">
        <div id="about-heading" class="section-heading" role="heading" aria-level=${level + 1}>${t.aboutHeading}</div>
        ${(training.description ?? training.summary ?? '')
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim())
          .map((paragraph) => html`<p lang=${textLang}>${paragraph.trim()}</p>`)}
        ${training.credits.length
          ? html`<p><strong>${t.creditsLabel}:</strong> ${training.credits
              .map((credit) => `${t.credit(credit.hours, formatNumber(credit.hours, lang), credit.type)}${credit.body ? ` (${credit.body})` : ''}`)
              .join('; ')}</p>`
          : nothing}
        ${training.topics.length
          ? html`<p class="chips-label">${t.topicsLabel}</p>${facetLinks('topic', training.topics, training.topicLabels)}`
          : nothing}
        ${training.audiences.length
          ? html`<p class="chips-label">${t.audiencesLabel}</p>${facetLinks('audience', training.audiences, training.audienceLabels)}`
          : nothing}
      </section>
      <div class="aside">
        ${training.sessions.length > 1
          ? html`<section aria-labelledby="sessions-heading">
              <div id="sessions-heading" class="section-heading" role="heading" aria-level=${level + 1}>${t.sessionsHeading}</div>
              <ol class="sessions" part="sessions">
                ${training.sessions.map(
                  (each, index) => html`<li>
                    ${options.link(
                      options.hrefForSession(each.id),
                      html`${each.title}${each.durationSeconds ? html` <span class="muted">(${formatDuration(each.durationSeconds, lang)})</span>` : nothing}`,
                      (event) => {
                        event.preventDefault();
                        options.onSession(each.id);
                      },
                      index === sessionIndex,
                    )}
                  </li>`,
                )}
              </ol>
            </section>`
          : nothing}
        <section aria-labelledby="materials-heading">
          <div id="materials-heading" class="section-heading" role="heading" aria-level=${level + 1}>${t.materialsHeading}</div>
          <rsp-handouts part="handouts" training=${training.id} heading-level=${level + 2}></rsp-handouts>
        </section>
      </div>
    </div>
  </article>`;
}
