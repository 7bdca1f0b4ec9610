/**
 * The controls of `<rsp-training-list>` as template functions: search box and sort menu, facet checkboxes, pagination
 * and the loading skeleton. The element owns the state; these only render it and report intent through the callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FACETS, type BrowseResult, type BrowseState, type Facet, type Sort } from '../catalog/browse.js';
import { FORMATS } from '../catalog/patterns.js';
import type { Catalog } from '../catalog/normalize.js';
import type { Locale } from '../i18n/index.js';
import { formatNumber, languageName } from '../i18n/format.js';

export interface FacetOption {
  value: string;
  label: string;
}

/** Every facet with more than one value among `pool`, values in a sensible order with their labels. */
export function facetOptions(catalog: Catalog, present: Record<Facet, Set<string>>, { lang, t }: Locale) {
  const labelled = (list: { id: string; label: string }[], facet: Facet) =>
    list.filter((item) => present[facet].has(item.id)).map((item) => ({ value: item.id, label: item.label }));
  const options: Record<Facet, FacetOption[]> = {
    topic: labelled(catalog.topics, 'topic'),
    audience: labelled(catalog.audiences, 'audience'),
    format: FORMATS.filter((format) => present.format.has(format)).map((format) => ({
      value: format,
      label: t.formatNames[format],
    })),
    year: [...present.year].sort().reverse().map((year) => ({ value: year, label: year })),
    language: [...present.language]
      .map((code) => ({ value: code, label: languageName(code, lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
  };
  return FACETS.filter((facet) => options[facet].length > 1).map((facet) => ({ facet, options: options[facet] }));
}

/**
 * The facets, in a disclosure. They come after the results in the DOM, so the first result is two Tabs from the
 * search box whatever the facets (31 checkboxes in the demo). Wide, they show beside the results in the inline-end column, so what
 * is read first is also what is seen first (WCAG 2.4.3, 1.3.2): search, look at what was found, then refine.
 * Narrow, they follow the results and "Go to filters" beside the search box leads there. A skip link would
 * still leave 31 stops for anyone who Tabs past it.
 */
export function renderFacets(
  facets: { facet: Facet; options: FacetOption[] }[],
  state: BrowseState,
  result: BrowseResult,
  { lang, t }: Locale,
  onFilters: (filters: BrowseState['filters']) => void,
  onClear: () => void,
  disclosure: { open: boolean },
): TemplateResult {
  const onChange = (facet: Facet, value: string, on: boolean) => {
    const values = state.filters[facet].filter((item) => item !== value);
    onFilters({ ...state.filters, [facet]: on ? [...values, value] : values });
  };
  const selected = FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0);
  // A disclosure, so that on a phone the filters do not push the results a screen down; open when there is room.
  return html`<details class="filters" part="filters" ?open=${disclosure.open}
    @toggle=${(event: Event) => (disclosure.open = (event.target as HTMLDetailsElement).open)}>
    <summary>${t.filtersLabel}${selected ? ` (${t.selected(formatNumber(selected, lang))})` : ''}</summary>
    <div class="facets">
    ${facets.map(
      ({ facet, options }) => html`<fieldset class="facet" part="facet">
        <legend>${t.facetNames[facet]}</legend>
        ${options.map((option) => {
          const checked = state.filters[facet].includes(option.value);
          const count = result.counts[facet].get(option.value) ?? 0;
          // Ticking a value with no results would only empty the list; a ticked one stays free to untick. Disabled,
          // it is still read with its "(0)" in the group, so the count is not hidden from anyone.
          const empty = count === 0 && !checked;
          return html`<label class="option ${empty ? 'zero' : ''}">
            <input
              type="checkbox"
              .checked=${checked}
              ?disabled=${empty}
              @change=${(event: Event) => onChange(facet, option.value, (event.target as HTMLInputElement).checked)}
            />
            <span>${option.label}</span> <span class="count">(${formatNumber(count, lang)})</span>
          </label>`;
        })}
      </fieldset>`,
    )}
    ${selected || state.query
      ? html`<button type="button" class="secondary" part="button clear" @click=${onClear}>${t.clearAll}</button>`
      : nothing}
    </div>
  </details>`;
}

/** Page numbers to show: first, last, and two around the current one, with gaps as `0`. */
export function pageNumbers(page: number, pages: number): number[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => (index && n - sorted[index - 1] > 1 ? [0, n] : [n]));
}

export function renderPagination(page: number, pages: number, { lang, t }: Locale, go: (page: number) => void) {
  if (pages <= 1) return nothing;
  return html`<nav class="pages" part="pagination" aria-label=${t.pagesLabel}>
    <ul role="list">
      <li>
        <button type="button" class="secondary" ?disabled=${page === 1} @click=${() => go(page - 1)}>
          ${t.previousPage}
        </button>
      </li>
      ${pageNumbers(page, pages).map((n) =>
        n === 0
          ? html`<li aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                class="secondary"
                aria-label=${t.page(formatNumber(n, lang))}
                aria-current=${n === page ? 'page' : nothing}
                @click=${() => go(n)}
              >
                ${formatNumber(n, lang)}
              </button>
            </li>`,
      )}
      <li>
        <button type="button" class="secondary" ?disabled=${page === pages} @click=${() => go(page + 1)}>
          ${t.nextPage}
        </button>
      </li>
    </ul>
  </nav>`;
}

/** The search box, the sort menu and, when there are filters, "Go to filters" (for a narrow list, where they follow). */
export function renderControls(
  { query, sort, sorts, search, toFilters }: { query: string; sort: Sort; sorts: readonly Sort[]; search: boolean; toFilters: boolean },
  { t }: Locale,
  on: { search: (query: string) => void; sort: (sort: Sort) => void; toFilters: () => void },
): TemplateResult {
  return html`<div class="controls" part="controls">
    ${search
      ? html`<div class="search">
          <label for="search">${t.searchLabel}</label>
          <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint"
            .value=${query} @input=${(event: Event) => on.search((event.target as HTMLInputElement).value)} />
          <p id="search-hint" class="hint">${t.searchHint}</p>
        </div>`
      : nothing}
    <div class="sort">
      <label for="sort">${t.sortLabel}</label>
      <select id="sort" @change=${(event: Event) => on.sort((event.target as HTMLSelectElement).value as Sort)}>
        ${sorts.map((each) => html`<option value=${each} ?selected=${each === sort}>${t.sortNames[each]}</option>`)}
      </select>
    </div>
    ${toFilters
      ? html`<button type="button" class="secondary to-filters" part="button" @click=${on.toFilters}>${t.goToFilters}</button>`
      : nothing}
  </div>`;
}

/** Grey cards in place of the results while the catalog loads, hidden from assistive technology. */
export function renderSkeleton(count: number): TemplateResult {
  return html`<ul class="cards skeleton" role="list" aria-hidden="true">
    ${Array.from({ length: count }, () => html`<li><div class="card"><div class="thumbnail"></div><div class="body"><p class="bar"></p><p class="bar short"></p></div></div></li>`)}
  </ul>`;
}
