// The data layer and <rsp-training-list> over generated catalogs, driven by bench/run.js. It uses the built CDN
// bundle (a snapshot of dist/ in bench/.cache/), so the figures are those of the code that ships.
import {
  catalogStore,
  normalizeCatalog,
  parseJson,
  search,
  validateCatalog,
} from '/bench/.cache/dist/rsp-archive.js';
import { collect, layout, now } from './shared.js';

// The player is a lazy chunk loaded when the browser is first idle; let that happen before anything is timed.
window.pageReady = customElements.whenDefined('rsp-training-player');

/**
 * Fetch-to-ready, step by step: fetch (text), parse, validate, normalise, build the search index: the same steps
 * `fetchCatalog` and the first search take, timed one by one. Then the floor, `JSON.parse` alone of the same text.
 */
window.benchReady = async (url) => {
  collect();
  let start = now();
  const response = await fetch(url, { cache: 'no-store' });
  const text = await response.text();
  const fetched = now() - start;
  start = now();
  const data = parseJson(text, 'catalog.json', url);
  const parse = now() - start;
  start = now();
  const { input, warnings } = validateCatalog(data, 'catalog.json', url);
  const validate = now() - start;
  start = now();
  const catalog = normalizeCatalog(input, url, warnings);
  const normalize = now() - start;
  start = now();
  // The index is built on first search; a query that matches nothing leaves only the building to time.
  search(catalog, 'qqqqq');
  const index = now() - start;
  collect();
  start = now();
  JSON.parse(text);
  const floor = now() - start;
  return {
    fetch: fetched, parse, validate, normalize, index, floor,
    ready: fetched + parse + validate + normalize + index,
    trainings: catalog.trainings.length, warnings: warnings.length, bytes: text.length,
  };
};

let list;

const cards = () => list.shadowRoot.querySelectorAll('.cards:not(.skeleton) .card').length;

/**
 * First render of a list over a catalog that is already loaded and indexed, to updated DOM and layout; then the
 * floor: the same DOM (the list's own output as static HTML, with its style sheets) inserted with innerHTML.
 */
window.benchList = async (url) => {
  const store = catalogStore(url);
  await store.load();
  search(store.state.catalog, 'qqqqq');
  collect();
  list = document.createElement('rsp-training-list');
  list.setAttribute('src', url);
  let start = now();
  document.body.append(list);
  await list.updateComplete;
  layout();
  const render = now() - start;
  const shown = cards();
  if (!shown) throw new Error('bench: the list rendered no cards');

  const markup = list.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).adoptedStyleSheets = list.shadowRoot.adoptedStyleSheets;
  collect();
  start = now();
  document.body.append(host);
  host.shadowRoot.innerHTML = markup;
  layout();
  const floor = now() - start;
  host.remove();
  return { render, floor, cards: shown, elements: list.shadowRoot.querySelectorAll('*').length };
};

/** Each keystroke of each query: value set, `input` dispatched, timed to the list's updated DOM (and to layout). */
window.benchKeys = async (queries) => {
  const input = list.shadowRoot.querySelector('input[type="search"]');
  const type = async (value) => {
    const start = now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await list.updateComplete;
    const dom = now() - start;
    layout();
    return { dom, layout: now() - start };
  };
  const keys = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) keys.push({ query: query.slice(0, length), ...(await type(query.slice(0, length))) });
    await type('');
  }
  return keys;
};

/** Ticks and unticks the first topic, timed to updated DOM. */
window.benchFacet = async (times) => {
  const result = [];
  for (let at = 0; at < times; at++) {
    const box = list.shadowRoot.querySelector('fieldset.facet input[type="checkbox"]');
    const start = now();
    box.click();
    await list.updateComplete;
    result.push(now() - start);
  }
  return result;
};

/** Next page (back when at the end), timed to updated DOM, focus moved to the summary. */
window.benchPage = async (times) => {
  const result = [];
  let direction = 'last';
  for (let at = 0; at < times; at++) {
    const ends = list.shadowRoot.querySelectorAll('nav.pages > ul > li > button');
    if (!ends.length) return result; // one page only
    let button = list.shadowRoot.querySelector(`nav.pages > ul > li:${direction}-child > button`);
    if (button.disabled) {
      direction = direction === 'last' ? 'first' : 'last';
      button = list.shadowRoot.querySelector(`nav.pages > ul > li:${direction}-child > button`);
    }
    const start = now();
    button.click();
    await list.updateComplete;
    result.push(now() - start);
  }
  return result;
};
