// browse(): facet counts that say what ticking a value would add (disjunctive), the sorts, a curated order, paging;
// and listing(), what a list shows of it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browse, emptyFilters, FACETS, facetValues, pageOf, type BrowseState, type Facet } from '../../src/catalog/browse.js';
import { curatedPool, listing } from '../../src/catalog/listing.js';
import type { Training } from '../../src/catalog/normalize.js';
import { search } from '../../src/catalog/search.js';
import { generateCatalog } from '../generate.js';
import { ids, read, smallArchive } from './catalogs.js';

const catalog = read(smallArchive());
const state = (change: Partial<BrowseState> = {}): BrowseState => ({ query: '', filters: emptyFilters(), page: 1, ...change });
const filtered = (filters: Partial<Record<Facet, string[]>>, change: Partial<BrowseState> = {}) =>
  state({ filters: { ...emptyFilters(), ...filters }, ...change });
const counts = (result: ReturnType<typeof browse>, facet: Facet) => Object.fromEntries(result.counts[facet]);

describe('browse: facets', () => {
  test('with nothing chosen, every training matches and each value counts the trainings that have it', () => {
    const result = browse(catalog, catalog.trainings, state());
    assert.equal(result.matches.length, 5);
    assert.deepEqual(counts(result, 'topic'), { 'de-escalation': 2, 'trauma-informed-care': 2, debriefing: 2 });
    assert.deepEqual(counts(result, 'audience'), { 'direct-care': 3, clinicians: 3 });
    assert.deepEqual(counts(result, 'format'), { prerecorded: 2, 'in-person': 1, 'live-online': 2 });
    assert.deepEqual(counts(result, 'year'), { 2019: 1, 2020: 1, 2021: 1, 2022: 1, 2024: 1 });
    assert.deepEqual(counts(result, 'language'), { en: 4, es: 1 });
  });

  test("a facet's counts ignore its own selection, and follow the other facets' (disjunctive)", () => {
    const topic = browse(catalog, catalog.trainings, filtered({ topic: ['de-escalation'] }));
    assert.deepEqual(ids(topic.matches), ['tist', 'calm']);
    // Ticking another topic would add trainings: the topic counts stay those of the whole catalog.
    assert.deepEqual(counts(topic, 'topic'), { 'de-escalation': 2, 'trauma-informed-care': 2, debriefing: 2 });
    // The other facets count within the matches only.
    assert.deepEqual(counts(topic, 'format'), { prerecorded: 1, 'in-person': 1 });

    const both = browse(catalog, catalog.trainings, filtered({ topic: ['de-escalation'], format: ['prerecorded'] }));
    assert.deepEqual(ids(both.matches), ['calm']);
    assert.deepEqual(counts(both, 'topic'), { 'de-escalation': 1, debriefing: 1 }); // among the prerecorded
    assert.deepEqual(counts(both, 'format'), { prerecorded: 1, 'in-person': 1 }); // among de-escalation
    assert.deepEqual(counts(both, 'audience'), { 'direct-care': 1 });
  });

  test('values of one facet are OR, facets are AND', () => {
    const either = browse(catalog, catalog.trainings, filtered({ topic: ['de-escalation', 'debriefing'] }));
    assert.deepEqual(ids(either.matches), ['module-2', 'tist', 'calm', 'module-10']);
    const andLanguage = browse(catalog, catalog.trainings, filtered({ topic: ['trauma-informed-care'], language: ['es'] }));
    assert.deepEqual(ids(andLanguage.matches), ['pares']);
    const none = browse(catalog, catalog.trainings, filtered({ topic: ['debriefing'], format: ['in-person'] }));
    assert.deepEqual(none.matches, []);
  });

  test('facet values are strings, years included', () => {
    const tist = catalog.trainings.find((training) => training.id === 'tist')!;
    assert.deepEqual(facetValues(tist, 'year'), ['2022']);
    assert.deepEqual(facetValues(tist, 'topic'), ['de-escalation', 'trauma-informed-care']);
    assert.deepEqual(facetValues(tist, 'format'), ['in-person']);
  });

  test('every count of a generated archive is what ticking that value alone in its facet would match', () => {
    const large = read(generateCatalog(300, 7));
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const values = (facet: Facet) => [...new Set(large.trainings.flatMap((training) => facetValues(training, facet)))];
    for (let round = 0; round < 40; round++) {
      const filters = emptyFilters();
      for (const facet of FACETS) if (next() < 0.4) filters[facet] = values(facet).filter(() => next() < 0.3);
      const query = ['', 'calm', 'sensory repair', 'dignity '][round % 4];
      const result = browse(large, large.trainings, { query, filters, page: 1 });
      const found = new Set<Training>(search(large, query) ?? large.trainings);
      const passes = (training: Training, facet: Facet) =>
        !filters[facet].length || facetValues(training, facet).some((value) => filters[facet].includes(value));
      const expected = large.trainings.filter((training) => found.has(training) && FACETS.every((facet) => passes(training, facet)));
      assert.deepEqual(new Set(result.matches), new Set(expected), `matches, round ${round}`);
      for (const facet of FACETS) {
        const others = large.trainings.filter(
          (training) => found.has(training) && FACETS.every((other) => other === facet || passes(training, other)),
        );
        const want = new Map<string, number>();
        for (const training of others) for (const value of new Set(facetValues(training, facet))) want.set(value, (want.get(value) ?? 0) + 1);
        assert.deepEqual(result.counts[facet], want, `${facet} counts, round ${round}`);
      }
    }
  });
});

describe('browse: order', () => {
  const order = (sort: BrowseState['sort'], query = '') => {
    const result = browse(catalog, catalog.trainings, state({ sort, query }));
    return { ids: ids(result.matches), sort: result.sort };
  };

  test('newest first unless told otherwise, without a query', () => {
    assert.deepEqual(order(undefined), { ids: ['module-2', 'tist', 'pares', 'calm', 'module-10'], sort: 'newest' });
    assert.deepEqual(order('oldest').ids, ['module-10', 'calm', 'pares', 'tist', 'module-2']);
  });

  test('titles A–Z with numbers in numeric order, ignoring case', () => {
    assert.deepEqual(order('title').ids, ['calm', 'pares', 'module-2', 'module-10', 'tist']);
  });

  test('by total duration, equal durations in catalog order', () => {
    assert.deepEqual(order('longest').ids, ['tist', 'pares', 'calm', 'module-10', 'module-2']);
    assert.deepEqual(order('shortest').ids, ['module-10', 'module-2', 'calm', 'pares', 'tist']);
  });

  test('by relevance while searching; relevance or curated without a reason falls back to newest', () => {
    assert.deepEqual(order(undefined, 'debriefing'), { ids: ['module-10', 'module-2'], sort: 'relevance' });
    assert.deepEqual(order('oldest', 'debriefing').ids, ['module-10', 'module-2']);
    assert.deepEqual(order('newest', 'debriefing').ids, ['module-2', 'module-10']);
    assert.equal(order('relevance').sort, 'newest');
    assert.equal(order('curated').sort, 'newest');
  });

  test("a curated list keeps the host's order, and searches and counts only its own trainings", () => {
    const pool = curatedPool(catalog, ['pares', 'calm', 'no-such-training', 'module-2']);
    assert.deepEqual(ids(pool), ['pares', 'calm', 'module-2']);
    const curated = browse(catalog, pool, state(), true);
    assert.equal(curated.sort, 'curated');
    assert.deepEqual(ids(curated.matches), ['pares', 'calm', 'module-2']);
    assert.deepEqual(ids(browse(catalog, pool, state({ sort: 'newest' }), true).matches), ['module-2', 'pares', 'calm']);
    const searched = browse(catalog, pool, state({ query: 'debriefing' }), true);
    assert.deepEqual(ids(searched.matches), ['module-2']); // not module-10, outside the list
    assert.deepEqual(counts(browse(catalog, pool, state(), true), 'format'), { 'live-online': 2, prerecorded: 1 });
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 25 }, (_, index) => index + 1);

  test('cuts pages and says the range shown', () => {
    assert.deepEqual(pageOf(items, 1, 12), { items: items.slice(0, 12), page: 1, pages: 3, from: 1, to: 12 });
    assert.deepEqual(pageOf(items, 3, 12), { items: [25], page: 3, pages: 3, from: 25, to: 25 });
  });

  test('clamps a page out of range and takes a fraction down', () => {
    assert.equal(pageOf(items, 99, 12).page, 3);
    assert.equal(pageOf(items, 0, 12).page, 1);
    assert.equal(pageOf(items, -4, 12).page, 1);
    assert.equal(pageOf(items, 2.7, 12).page, 2);
    assert.equal(pageOf(items, Number.NaN, 12).page, 1);
  });

  test('an empty list is one empty page', () => {
    assert.deepEqual(pageOf([], 2, 12), { items: [], page: 1, pages: 1, from: 0, to: 0 });
  });
});

describe('listing', () => {
  test('limits the matches, pages them and offers only the sorts that make sense', () => {
    const shown = listing(catalog, state({ page: 2 }), { curated: [], limit: 3, pageSize: 2 });
    assert.deepEqual(ids(shown.result.matches), ['module-2', 'tist', 'pares']);
    assert.deepEqual(ids(shown.page.items), ['pares']);
    assert.deepEqual(shown.sorts, ['newest', 'oldest', 'title', 'longest', 'shortest']);
    assert.deepEqual(listing(catalog, state({ query: 'calm' }), { curated: ['calm'], limit: 0, pageSize: 12 }).sorts, [
      'relevance', 'newest', 'oldest', 'title', 'longest', 'shortest', 'curated',
    ]);
  });

  test('names the facet values present in its pool', () => {
    const shown = listing(catalog, state(), { curated: ['pares', 'calm'], limit: 0, pageSize: 12 });
    assert.deepEqual([...shown.present.language].sort(), ['en', 'es']);
    assert.deepEqual([...shown.present.topic].sort(), ['de-escalation', 'trauma-informed-care']);
    assert.deepEqual([...shown.present.format].sort(), ['live-online', 'prerecorded']);
  });
});
