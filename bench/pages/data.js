// The data layer and <rsp-training-list> over generated catalogs, driven by bench/run.js. It uses the built CDN
// bundle (a snapshot of dist/ in bench/.cache/), so the figures are those of the code that ships.
import { catalogStore, search } from '/bench/.cache/dist/rsp-archive.js';
// The single-file reader's steps, one by one: in the shipped bundle they are one lazy chunk that does not export them,
// so bench/run.js bundles the same source (src/catalog/) into read-steps.js.
import { normalizeCatalog, parseJson, validateCatalog } from '/bench/.cache/read-steps.js';
import { collect, layout, now, until } from './shared.js';

// Every request of a page is counted (the spoken-word search makes hundreds): the default buffer keeps 250.
performance.setResourceTimingBufferSize(100_000);

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

// ---------------------------------------------------------------------------------------------------------------
// The scale suite: a compiled catalog of 10,000 trainings (bench/scale-data.ts)

const resources = (part) => performance.getEntriesByType('resource').filter((entry) => part.test(new URL(entry.name).pathname));

/**
 * From the moment `<rsp-training-list src=entry>` is put in the page (its request for the entry file starts then):
 * to the first cards in the DOM, and to the whole list searchable (read, and its search index built). Then the
 * floor: `JSON.parse` of the list index's text alone.
 */
window.benchCompiled = async (entry) => {
  collect();
  list = document.createElement('rsp-training-list');
  list.setAttribute('src', entry);
  const start = now();
  let firstCards;
  const shown = new Promise((resolve) => {
    const check = () => {
      if (list.shadowRoot && cards()) {
        firstCards = now() - start;
        observer.disconnect();
        resolve();
      }
    };
    const observer = new MutationObserver(check);
    // The shadow root exists once the element is defined and connected; its renders are what is watched.
    queueMicrotask(() => {
      observer.observe(list.shadowRoot, { childList: true, subtree: true });
      check();
    });
  });
  document.body.append(list);
  await shown;
  layout();
  const firstCardsLaidOut = now() - start;
  const store = catalogStore(entry);
  await store.load();
  search(store.state.catalog, 'qqqqq');
  const searchable = now() - start;
  const [listEntry] = resources(/\/list\.[0-9a-f]+\.json$/);
  const text = await (await fetch(listEntry.name)).text();
  collect();
  const parseStart = now();
  JSON.parse(text);
  const parseFloor = now() - parseStart;
  return {
    firstCards,
    firstCardsLaidOut,
    searchable,
    // Resource timing shares performance.now()'s clock: the list's reading once its last byte was in.
    afterList: start + searchable - listEntry.responseEnd,
    listFetched: listEntry.responseEnd - start,
    listTransferred: listEntry.transferSize,
    parseFloor,
    requests: resources(/\.json$/).map((entry) => new URL(entry.name).pathname.split('/').slice(-2).join('/')),
    trainings: store.state.catalog.trainings.length,
  };
};

/** Opens training `id` from the list's store: how many requests it took (its own file: one). */
window.benchOpenTraining = async (entry, id) => {
  const store = catalogStore(entry);
  const before = resources(/\/trainings\//).length;
  const start = now();
  await until(() => store.training(id)?.status === 'ready', `training ${id}`);
  return { ms: now() - start, requests: resources(/\/trainings\//).length - before };
};

/**
 * Spoken-word search as a person types: each query key by key (the list's own debounce-free path), then the time from
 * the last key to the moments of that query in the DOM, and the bytes each query had transferred (every file of
 * the index and the spoken chunk itself, as the browser received them).
 */
window.benchSpoken = async (queries) => {
  const input = list.shadowRoot.querySelector('input[type="search"]');
  const spokenBytes = () =>
    resources(/(\/spoken[^/]*\.json$|\/spoken-[0-9a-f]+\/|\/chunks\/spoken-)/).reduce((sum, entry) => sum + entry.transferSize, 0);
  const results = [];
  for (const query of queries) {
    const before = spokenBytes();
    // The section says which query its moments answer (data-query): an earlier prefix's answer does not count.
    const shows = () => list.shadowRoot.querySelector('.said')?.dataset.query === query;
    let keyed = 0;
    for (let length = 1; length <= query.length; length++) {
      input.value = query.slice(0, length);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      keyed = now();
      await list.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await until(shows, `moments for "${query}"`, 20_000);
    const shown = now() - keyed;
    await new Promise((resolve) => setTimeout(resolve, 50)); // requests the last key started, finished
    results.push({ query, shown, bytes: spokenBytes() - before, moments: list.shadowRoot.querySelectorAll('.said .moment').length });
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await list.updateComplete;
  }
  return results;
};
