// The list's query parameters and the archive's route, as pure functions of a URL: what is read is what was
// written, and whatever is not ours (the host page's parameters and fragments, parameters we do not know) stays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyFilters, type BrowseState } from '../../src/catalog/browse.js';
import { archiveUrl, isArchiveUrl, readArchiveRoute, readBrowseParams, writeBrowseParams, type ArchiveRoute } from '../../src/catalog/url.js';

const page = (tail: string) => new URL(tail, 'https://example.org/rsp/page.html');
const state = (change: Partial<BrowseState> = {}): BrowseState => ({ query: '', filters: emptyFilters(), sort: undefined, page: 1, ...change });

describe("the list's parameters", () => {
  test('reads search, filters, sort and page', () => {
    assert.deepEqual(readBrowseParams('?rsp-q=trauma&rsp-topic=debriefing,peer-roles&rsp-year=2021&rsp-sort=oldest&rsp-page=2'), {
      query: 'trauma',
      filters: { ...emptyFilters(), topic: ['debriefing', 'peer-roles'], year: ['2021'] },
      sort: 'oldest',
      page: 2,
    });
  });

  test('says nothing when no parameter of the list is there, even with the archive\'s or unknown rsp- ones', () => {
    assert.equal(readBrowseParams(''), undefined);
    assert.equal(readBrowseParams('?lang=es&rsp-training=tist&rsp-session=2&rsp-t=5&rsp-colour=blue'), undefined);
  });

  test('takes a bad page as page 1 and an unknown sort as none', () => {
    for (const value of ['0', '-3', 'two', '']) assert.equal(readBrowseParams(`?rsp-page=${value}`)!.page, 1, value);
    assert.equal(readBrowseParams('?rsp-page=3.9')!.page, 3);
    assert.equal(readBrowseParams('?rsp-sort=loudest')!.sort, undefined);
    assert.deepEqual(readBrowseParams('?rsp-topic=,,a,')!.filters.topic, ['a']);
  });

  test('writes only what is set, commas readable, and keeps every parameter that is not the list\'s', () => {
    const written = writeBrowseParams(
      '?lang=es&rsp-q=old&rsp-format=in-person&rsp-training=tist&rsp-colour=blue',
      state({ query: 'de-escalation plans', filters: { ...emptyFilters(), topic: ['a', 'b'] }, page: 1 }),
    );
    assert.equal(written, '?lang=es&rsp-training=tist&rsp-colour=blue&rsp-q=de-escalation+plans&rsp-topic=a,b');
    assert.equal(writeBrowseParams('?rsp-q=x&rsp-page=4', state()), '');
  });

  test('round trips every state', () => {
    const states = [
      state({ query: 'calm & safe, together', sort: 'title', page: 3 }),
      state({ filters: { ...emptyFilters(), audience: ['direct-care'], format: ['live-online', 'in-person'], language: ['es'] } }),
      state({ query: 'café', filters: { ...emptyFilters(), year: ['2019', '2020'] }, sort: 'curated', page: 12 }),
    ];
    for (const each of states) assert.deepEqual(readBrowseParams(writeBrowseParams('?host=1', each)), each);
  });
});

describe("the archive's route", () => {
  test('reads a training, session and time from the fragment', () => {
    assert.deepEqual(readArchiveRoute(page('#rsp/tist/module-2?t=840'), 'hash'), {
      view: 'detail', training: 'tist', session: 'module-2', time: 840,
    });
    assert.deepEqual(readArchiveRoute(page('#rsp/caf%C3%A9'), 'hash'), { view: 'detail', training: 'café', session: undefined, time: undefined });
    for (const hash of ['', '#rsp', '#rsp/', '#main-content', '#rsp/%E0%A4%A']) {
      assert.deepEqual(readArchiveRoute(page(hash), 'hash'), { view: 'list' }, hash);
    }
    assert.equal((readArchiveRoute(page('#rsp/tist?t=-5'), 'hash') as { time?: number }).time, undefined);
  });

  test('reads it from the query string with routing="query", and never with "none"', () => {
    assert.deepEqual(readArchiveRoute(page('?rsp-training=tist&rsp-session=2&rsp-t=12.5#rsp/other'), 'query'), {
      view: 'detail', training: 'tist', session: '2', time: 12.5,
    });
    assert.deepEqual(readArchiveRoute(page('?rsp-q=tist'), 'query'), { view: 'list' });
    assert.deepEqual(readArchiveRoute(page('#rsp/tist'), 'none'), { view: 'list' });
  });

  test('writes a route that reads back the same, keeping the path, the query and the list\'s parameters', () => {
    const routes: ArchiveRoute[] = [
      { view: 'list' },
      { view: 'detail', training: 'tist' },
      { view: 'detail', training: 'a b/c', session: 'módulo 2', time: 90 },
    ];
    const here = page('?lang=es&rsp-topic=a,b#rsp/old');
    for (const mode of ['hash', 'query'] as const) {
      for (const route of routes) {
        const written = page(archiveUrl(here, mode, route));
        assert.equal(written.pathname, '/rsp/page.html');
        assert.equal(written.searchParams.get('lang'), 'es');
        assert.equal(written.searchParams.get('rsp-topic'), 'a,b');
        const expected = route.view === 'detail' ? { session: undefined, time: undefined, ...route } : route;
        assert.deepEqual(readArchiveRoute(written, mode), expected, `${mode} ${JSON.stringify(route)}`);
      }
    }
    assert.equal(archiveUrl(here, 'hash', { view: 'detail', training: 'tist', time: 12.9 }), '/rsp/page.html?lang=es&rsp-topic=a,b#rsp/tist?t=12');
    assert.equal(archiveUrl(page('?rsp-training=tist&rsp-t=5#top'), 'query', { view: 'list' }), '/rsp/page.html#top');
    assert.equal(archiveUrl(here, 'none', { view: 'detail', training: 'tist' }), '/rsp/page.html?lang=es&rsp-topic=a,b#rsp/old');
  });

  test("tells the archive's addresses from the host page's own fragments", () => {
    for (const ours of ['', '#rsp', '#rsp/tist', '#rsp?x', '#rsp/tist/module-2?t=5']) assert.equal(isArchiveUrl(page(ours), 'hash'), true, ours);
    for (const theirs of ['#main-content', '#rspx', '#/rsp/tist']) assert.equal(isArchiveUrl(page(theirs), 'hash'), false, theirs);
    assert.equal(isArchiveUrl(page('#main-content'), 'query'), true);
    assert.equal(isArchiveUrl(page(''), 'none'), false);
  });
});
