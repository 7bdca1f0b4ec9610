/**
 * The results column of `<rsp-training-list>` as a template: "Showing 1–12 of 47 trainings", the page's cards (or,
 * when nothing matches, "Did you mean …?" and "Clear search and filters"), and the page buttons. The element owns the
 * state; this renders it and reports intent through the callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Training } from '../catalog/normalize.js';
import type { Locale } from '../i18n/index.js';
import { formatNumber } from '../i18n/format.js';
import { trainingProgress } from '../progress/progress.js';
import { renderPagination, renderSkeleton } from './list-controls.js';
import { renderCard } from './training-card.js';

export interface ResultsOptions {
  locale: Locale;
  query: string;
  /** The page shown, from `pageOf`. */
  page: { items: Training[]; page: number; pages: number; from: number; to: number };
  /** How many trainings match in all. */
  total: number;
  /** `aria-level` of the card titles. */
  headingLevel: number;
  /** The list's `href-template`. */
  hrefTemplate: string;
  /** A query that would find something, when this one finds nothing. */
  suggestion?: string;
  onSelect: (event: Event, training: Training) => void;
  /** A card was pointed at or focused: it may be opened next. */
  onPrefetch?: (id: string) => void;
  onSuggestion: (query: string) => void;
  onClear: () => void;
  /** "Said in the recordings", after the cards. */
  said?: TemplateResult | typeof nothing;
  /** The list index is still loading and the first page cannot answer what was asked: skeleton cards. */
  waiting?: boolean;
  /** How many moments `said` shows: with no card, the summary says the recordings have it. */
  saidCount?: number;
  onPage: (page: number) => void;
}

/** Where a card's title links to: `{id}` of the template replaced; undefined for none, or for a non-web address. */
export function cardHref(template: string, training: Training): string | undefined {
  if (!template) return undefined;
  const href = template.replaceAll('{id}', encodeURIComponent(training.id));
  try {
    const { protocol } = new URL(href, document.baseURI);
    return protocol === 'http:' || protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

export function renderResults(options: ResultsOptions): TemplateResult {
  const { locale, query, page, total, suggestion } = options;
  const { lang, t } = locale;
  // One listener for the page of cards: the training under the pointer or focus, read before it is opened.
  const prefetch = (event: Event) => {
    const id = (event.target as Element).closest?.('[data-training]')?.getAttribute('data-training');
    if (id) options.onPrefetch?.(id);
  };
  if (options.waiting) return html`<div class="results" aria-busy="true">${renderSkeleton(12)}</div>`;
  return html`<div class="results">
    <p class="result-summary" part="summary" tabindex="-1">
      ${total ? t.showing(formatNumber(page.from, lang), formatNumber(page.to, lang), total, formatNumber(total, lang)) : options.saidCount ? t.noneButSaid : t.noResults}
    </p>
    ${total
      ? html`<ul class="cards" role="list" aria-label=${t.listLabel} @pointerover=${prefetch} @focusin=${prefetch}>
          ${page.items.map((training) => html`<li>${renderCard(training, {
            locale, query, headingLevel: options.headingLevel, href: cardHref(options.hrefTemplate, training),
            progress: trainingProgress(training), onSelect: options.onSelect,
          })}</li>`)}
        </ul>`
      : html`${suggestion
          ? html`<button type="button" part="button" @click=${() => options.onSuggestion(suggestion)}>${t.didYouMean(suggestion)}</button> `
          : nothing}<button type="button" part="button clear" @click=${options.onClear}>${t.clearFilters}</button>`}
    ${options.said ?? nothing}
    ${renderPagination(page.page, page.pages, locale, options.onPage)}
  </div>`;
}
