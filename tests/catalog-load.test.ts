import { expect } from '@open-wc/testing';
import { browse, emptyFilters } from '../src/catalog/browse.js';
import { CatalogError } from '../src/catalog/errors.js';
import { fetchCatalog, readCatalog } from '../src/catalog/load.js';
import { catalogStore, clearCatalogStores } from '../src/catalog/store.js';
import { searchTextOf } from '../src/catalog/search-text.js';
import { requestCount, served, uniqueKey } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<CatalogError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CatalogError);
    return error as CatalogError;
  }
  throw new Error('expected the promise to reject');
}

describe('catalog loader', () => {
  afterEach(() => clearCatalogStores());

  it('loads a valid catalog with every training, no warnings and derived fields', async () => {
    const { catalog, warnings } = await fetchCatalog(served('catalog-good.json'));
    expect(warnings).to.deep.equal([]);
    expect(catalog.trainings.map((training) => training.id)).to.deep.equal(['tist', 'six-core-intro', 'sensory-rooms']);
    const tist = catalog.trainings[0];
    expect(tist.year).to.equal(2021);
    expect(tist.durationSeconds).to.equal(92 * 60 + 75 * 60);
    expect(tist.sessions[0].video?.transcript).to.equal(tist.sessions[0].video?.captions[0].src);
    const searchText = searchTextOf(catalog.trainings[2], catalog.trainings[2].presenters, [...catalog.trainings[2].topicLabels, ...catalog.trainings[2].audienceLabels]);
    expect(searchText.title).to.equal('debriefing and sensory rooms in practice '); // folded
    expect(searchText.presenters).to.equal('aisha brennan otr/l'); // name, credentials
    expect(searchText.topics).to.equal('sensory modulation debriefing after restraint nurses direct care staff');
    expect(catalog.trainings[2].topicLabels).to.deep.equal(['Sensory modulation', 'Debriefing after restraint']);
    expect(catalog.trainings[2].audienceLabels).to.deep.equal(['Nurses', 'Direct care staff']);
  });

  it("dates a training once: its own date, else its earliest session's, which its year and the sort follow", () => {
    const sessions = (...dates: (string | undefined)[]) => dates.map((date, index) => ({ id: `s${index}`, title: 'S', date }));
    const { catalog } = readCatalog(
      JSON.stringify({
        version: 1,
        title: 'Dates',
        trainings: [
          { id: 'out-of-order', title: 'A', sessions: sessions('2021-05-01', undefined, '2019-03-02') },
          { id: 'own-date', title: 'B', date: '2020-01-01', sessions: sessions('2018-02-02') },
          { id: 'undated', title: 'C', sessions: sessions(undefined) },
        ],
      }),
      'https://example.org/catalog.json',
    );
    const [outOfOrder, ownDate, undated] = catalog.trainings;
    expect([outOfOrder.firstDelivered, outOfOrder.year]).to.deep.equal(['2019-03-02', 2019]);
    expect([ownDate.firstDelivered, ownDate.year]).to.deep.equal(['2020-01-01', 2020]);
    expect([undated.firstDelivered, undated.year]).to.deep.equal([undefined, undefined]);
    const state = { query: '', filters: emptyFilters(), page: 1 };
    const newest = browse(catalog, catalog.trainings, { ...state, sort: 'newest' }).matches.map((training) => training.id);
    expect(newest).to.deep.equal(['own-date', 'out-of-order', 'undated']);
  });

  it('loads the demo archive that npm start serves with no warnings, and every media file it names exists', async () => {
    const { catalog, warnings } = await fetchCatalog(new URL('/demo/catalog.json', location.href).href);
    expect(warnings).to.deep.equal([]);
    expect(catalog.trainings.length).to.be.at.least(10);
    const tist = catalog.trainings.find((training) => training.id === 'tist')!;
    expect(tist.sessions).to.have.length(4);
    const files = [tist.sessions[0].video!.sources![0].src, tist.sessions[0].video!.captions[0].src, tist.sessions[0].materials[0].href];
    for (const file of files) expect((await fetch(file, { method: 'HEAD' })).status, file).to.equal(200);
  });

  it('reports HTTP 404 and 500 with the status and the URL', async () => {
    const notFound = await failure(fetchCatalog(new URL('/test-server/status/404', location.href).href));
    expect(notFound.kind).to.equal('http');
    expect(notFound.status).to.equal(404);
    expect(notFound.message).to.match(/^HTTP 404 for http:\/\/.+\/test-server\/status\/404/);
    const serverError = await failure(fetchCatalog(new URL('/test-server/status/500', location.href).href));
    expect(serverError.kind).to.equal('http');
    expect(serverError.message).to.include('HTTP 500');
  });

  it('reports a network failure, mentioning CORS', async () => {
    const error = await failure(fetchCatalog('http://127.0.0.1:1/catalog.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.include('http://127.0.0.1:1/catalog.json');
    expect(error.message).to.include('CORS');
  });

  it('gives up after the timeout', async () => {
    const started = performance.now();
    const error = await failure(fetchCatalog(new URL('/test-server/hang/x', location.href).href, { timeout: 300 }));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(5000);
  });

  it('rejects with the signal reason when aborted, not a CatalogError', async () => {
    const controller = new AbortController();
    const pending = fetchCatalog(new URL('/test-server/hang/x', location.href).href, { signal: controller.signal });
    controller.abort(new DOMException('gone', 'AbortError'));
    const reason = await pending.catch((error: unknown) => error);
    expect(reason).to.be.instanceOf(DOMException);
  });

  it('names the line and column of invalid JSON', async () => {
    const error = await failure(fetchCatalog(served('catalog-bad-json.json')));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.equal('catalog-bad-json.json line 5, column 3: expected a comma or }');
  });

  it('says when the URL returned a web page (a sign-in page) instead of JSON', async () => {
    const error = await failure(fetchCatalog(new URL('/test-server/sign-in/catalog.json', location.href).href));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.include('returned a web page instead of JSON');
    expect(error.message).to.include('sign-in page');
  });

  it('names the path of a top-level schema error', async () => {
    const error = await failure(fetchCatalog(served('catalog-bad-top-level.json')));
    expect(error.kind).to.equal('schema');
    expect(error.message).to.equal('catalog-bad-top-level.json: trainings: should be a list [ … ], not an object');
  });

  it('refuses a newer format version with a message that says so', async () => {
    const error = await failure(fetchCatalog(served('catalog-version-9.json')));
    expect(error.kind).to.equal('version');
    expect(error.message).to.include('version 9');
    expect(error.message).to.include('reads versions 1 (a single file) and 2 (compiled) only');
  });

  it('skips one broken training, keeps the others, and names its index, id and path', async () => {
    const { catalog, warnings } = await fetchCatalog(served('catalog-bad-training.json'));
    expect(catalog.trainings.map((training) => training.id)).to.deep.equal(['tist', 'sensory-rooms']);
    expect(warnings).to.have.length(1);
    expect(warnings[0].code).to.equal('invalid-training');
    expect(warnings[0].path).to.equal('trainings[1].sessions[0].video');
    expect(warnings[0].message).to.equal(
      'trainings[1] (id "six-core-intro") was skipped: trainings[1].sessions[0].video: needs sources or embed',
    );
  });

  it('keeps the first of duplicate ids and warns about the second', async () => {
    const { catalog, warnings } = await fetchCatalog(served('catalog-duplicate-ids.json'));
    expect(catalog.trainings.map((training) => training.title)).to.deep.equal([
      'Trauma-Informed Stabilization Treatment (TIST)',
      'Six Core Strategies: an introduction',
    ]);
    expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([['duplicate-id', 'trainings[2].id']]);
  });

  it('drops javascript: and data: URLs with a warning, and keeps the rest of the training', async () => {
    const { catalog, warnings } = await fetchCatalog(served('catalog-bad-url.json'));
    const tist = catalog.trainings[0];
    expect(tist.sessions[0].video?.sources?.map((source) => source.src)).to.deep.equal([
      new URL('/test-server/file/media/tist-1.mp4', location.href).href,
    ]);
    expect(tist.materials).to.deep.equal([]);
    expect(catalog.publisher?.url).to.equal(undefined);
    expect(warnings.map((warning) => warning.path)).to.deep.equal([
      'trainings[0].sessions[0].video.sources[0].src',
      'trainings[0].materials[0].href',
      'trainings[1].sessions[0].video.sources[0].src',
      'publisher.url',
    ]);
    expect(JSON.stringify(catalog)).not.to.match(/javascript:|data:application/);
  });

  it('resolves relative URLs against a catalog on another origin than the page', async () => {
    const other = new URL(served('catalog-good.json'));
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    expect(other.origin).not.to.equal(location.origin);
    const { catalog } = await fetchCatalog(other.href);
    const video = catalog.trainings[0].sessions[0].video!;
    expect(video.sources![0].src).to.equal(`${other.origin}/test-server/file/media/tist-1.webm`);
    expect(video.captions[1].src).to.equal(`${other.origin}/test-server/file/media/tist-1.es.vtt`);
    expect(catalog.trainings[0].thumbnail?.src).to.equal(`${other.origin}/test-server/file/media/tist.jpg`);
    // Absolute URLs stay as they are.
    expect(catalog.trainings[1].sessions[0].video?.sources?.[0].src).to.equal('https://media.example.net/six-core.mp4');
  });

  it('ignores unknown fields, so newer catalogs keep working', () => {
    const text = JSON.stringify({
      version: 1,
      title: 'Archive',
      futureField: { nested: true },
      trainings: [{ id: 'a', title: 'A', rating: 5, sessions: [{ id: 's', title: 'S', extra: [] }] }],
    });
    const { catalog, warnings } = readCatalog(text, 'https://example.org/catalog.json');
    expect(warnings).to.deep.equal([]);
    expect(catalog.trainings[0].title).to.equal('A');
    expect(catalog.trainings[0]).not.to.have.property('rating');
  });

  it('keeps an undeclared topic under its id and warns', async () => {
    const { catalog, warnings } = await fetchCatalog(served('catalog-unknown-topic.json'));
    expect(catalog.trainings[0].topics).to.deep.equal(['trauma-informed-care', 'peer-roles']);
    expect(warnings.map((warning) => warning.code)).to.deep.equal(['unknown-topic']);
  });
});

describe('catalog store', () => {
  afterEach(() => clearCatalogStores());

  it('shares one request among concurrent callers of one URL', async () => {
    const key = uniqueKey();
    const url = new URL(`/test-server/count/${key}/catalog-good.json`, location.href).href;
    const stores = [catalogStore(url), catalogStore(url), catalogStore(url.replace(location.origin, ''))];
    expect(stores[1]).to.equal(stores[0]);
    expect(stores[2]).to.equal(stores[0]);
    await Promise.all(stores.map((store) => store.load()));
    expect(stores[0].state.status).to.equal('ready');
    expect(await requestCount(key)).to.equal(1);
  });

  it('keeps the last good catalog when a refresh fails, and says what failed', async () => {
    const store = catalogStore(`/test-server/fail-later/${uniqueKey()}/catalog-good.json`);
    await store.load();
    const first = store.state.catalog;
    expect(first?.trainings).to.have.length(3);
    await store.refresh();
    expect(store.state.status).to.equal('ready');
    expect(store.state.catalog).to.equal(first);
    expect(store.state.error?.kind).to.equal('http');
  });

  it('aborts the request when the last subscriber leaves mid-load, and starts afresh for the next', async () => {
    const store = catalogStore(`/test-server/slow/300/catalog-good.json?${uniqueKey()}`);
    const states: string[] = [];
    const unsubscribe = store.subscribe((state) => states.push(state.status));
    expect(store.state.status).to.equal('loading');
    unsubscribe();
    expect(store.state.status).to.equal('idle');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(states).to.deep.equal(['idle', 'loading']); // nothing after leaving
    await store.load();
    expect(store.state.status).to.equal('ready');
  });
});
