/**
 * One training as a card in `<rsp-training-list>`: a template function, not an element, so a page of cards stays
 * cheap. Everything from the catalog is rendered as text (Lit bindings), never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Training } from '../catalog/normalize.js';
import { highlight } from '../catalog/search.js';
import type { Locale } from '../i18n/index.js';
import { formatDate, formatDuration, formatNumber } from '../i18n/format.js';
import type { TrainingProgress } from '../progress/progress.js';

export interface CardOptions {
  locale: Locale;
  query: string;
  /** `aria-level` of the card title. */
  headingLevel: number;
  /** Where the title links to, or undefined for a button. */
  href?: string;
  progress?: TrainingProgress;
  onSelect: (event: Event, training: Training) => void;
}

/** Matched words wrapped in `<mark>`, as text. */
export function marked(text: string, query: string): TemplateResult {
  return html`${highlight(text, query).map((run) => (run.match ? html`<mark>${run.text}</mark>` : run.text))}`;
}

/**
 * The picture of a training that has none (an in-person day is rarely filmed): its format and first topic in large
 * type on the accent tint, so a row of cards keeps its rhythm and the gap reads as designed rather than broken.
 * Decorative (the same words are in the card's text), hence aria-hidden; nothing at all when there is nothing to say.
 */
function renderCover(training: Training, { t }: Locale) {
  const format = training.format && t.formatNames[training.format];
  const topic = training.topicLabels[0];
  if (!format && !topic) return nothing;
  return html`<div class="thumbnail cover" part="thumbnail" aria-hidden="true">
    ${format ? html`<span class="cover-format">${format}</span>` : nothing}
    ${topic ? html`<span class="cover-topic">${topic}</span>` : nothing}
  </div>`;
}

export function renderCard(training: Training, options: CardOptions): TemplateResult {
  const { query, progress } = options;
  const { lang, t } = options.locale;
  const date = training.firstDelivered;
  const sessionCount = training.sessions.length;
  const credits = training.credits.map((credit) => t.credit(credit.hours, formatNumber(credit.hours, lang), credit.type));
  const title = marked(training.title, query);
  const facts = [
    date && html`<time datetime=${date}>${formatDate(date, lang, 'medium')}</time>`,
    training.durationSeconds > 0 && formatDuration(training.durationSeconds, lang),
    training.format && t.formatNames[training.format],
    sessionCount > 1 && t.sessions(sessionCount, formatNumber(sessionCount, lang)),
  ].filter(Boolean);
  const includes = training.includes;
  // The training's language on its own words only (WCAG 3.1.2: a Spanish title is read in Spanish); the card's UI
  // text stays in the page's language.
  const textLang = training.language ?? nothing;
  return html`<article class="card" part="card" data-training=${training.id}>
    ${training.thumbnail
      ? html`<img
          class="thumbnail"
          part="thumbnail"
          src=${training.thumbnail.src}
          alt=${training.thumbnail.alt}
          width=${training.thumbnail.width ?? 320}
          height=${training.thumbnail.height ?? 180}
          loading="lazy"
          decoding="async"
        />`
      : renderCover(training, options.locale)}
    <div class="body">
      <div role="heading" aria-level=${options.headingLevel} class="title" part="title" lang=${textLang}>
        ${options.href
          ? html`<a href=${options.href} @click=${(event: Event) => options.onSelect(event, training)}>${title}</a>`
          : html`<button type="button" class="link" @click=${(event: Event) => options.onSelect(event, training)}>
              ${title}
            </button>`}
      </div>
      ${progress?.started
        ? html`<p class="badge ${progress.completed ? 'done' : ''}" part="badge">
            ${progress.completed
              ? t.completed
              : t.inProgress(
                  progress.ratio >= 0.01
                    ? new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(progress.ratio)
                    : '',
                )}
          </p>`
        : nothing}
      <p class="facts">${facts.map((fact, index) => html`${index ? html`<span aria-hidden="true"> · </span>` : ''}${fact}`)}</p>
      ${training.presenters.length
        ? html`<p class="presenters">
            <span class="visually-hidden">${t.presenters}: </span>${marked(
              training.presenters.map((presenter) => presenter.name).join(', '),
              query,
            )}
          </p>`
        : nothing}
      ${training.summary ? html`<p class="teaser" lang=${textLang}>${marked(training.summary, query)}</p>` : nothing}
      ${training.topicLabels.length ? html`<p class="topics">${training.topicLabels.join(' · ')}</p>` : nothing}
      ${includes.length || credits.length
        ? html`<p class="includes">
            ${includes.length ? html`${t.offers}: ${includes.map((offer) => t.offerNames[offer]).join(', ')}` : ''}
            ${credits.length ? html`<span class="credits">${credits.join(', ')}</span>` : nothing}
          </p>`
        : nothing}
    </div>
  </article>`;
}
