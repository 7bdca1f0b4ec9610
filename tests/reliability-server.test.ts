import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CatalogError } from '../src/catalog/errors.js';
import { fetchCatalog } from '../src/catalog/load.js';
import { catalogStore, clearCatalogStores } from '../src/catalog/store.js';
import '../src/components/catalog.js';
import '../src/components/training-list.js';
import type { RspCatalog } from '../src/components/catalog.js';
import type { RspTrainingList } from '../src/components/training-list.js';
import { shadowText, uniqueKey } from './helpers.js';

const at = (path: string) => new URL(path, location.href).href;

/** The same path on the other test origin (127.0.0.1 ⇄ localhost): a catalog on another host than the page. */
function otherOrigin(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

async function failure(promise: Promise<unknown>): Promise<CatalogError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).to.be.instanceOf(CatalogError);
  return error as CatalogError;
}

/** `<rsp-catalog src>` around a list, once it has either loaded or failed. */
async function catalogElement(src: string) {
  const element = await fixture<RspCatalog>(
    html`<rsp-catalog src=${src}><rsp-training-list page-size="4"></rsp-training-list></rsp-catalog>`,
  );
  const list = element.querySelector<RspTrainingList>('rsp-training-list')!;
  await waitUntil(
    () => element.shadowRoot!.querySelector('[role="alert"]') || list.shadowRoot!.querySelector('.card .title'),
    'loaded or failed',
    { timeout: 10000 },
  );
  return { element, list };
}

const alertText = (element: Element) => element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

describe('a misbehaving catalog server', () => {
  afterEach(() => clearCatalogStores());

  it('times out a body that trickles in slower than the timeout, and says so on screen', async () => {
    const error = await failure(fetchCatalog(at(`/test-server/trickle/3000/catalog-good.json?${uniqueKey()}`), { timeout: 800 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.include('did not answer within 800 ms');

    const src = at(`/test-server/trickle/3000/catalog-good.json?${uniqueKey()}`);
    catalogStore(src, 800); // the page-wide store for this URL, with a short timeout
    const failed = oneEvent(document, 'rsp-catalog-error');
    const { element } = await catalogElement(src);
    expect((await failed).detail.error.kind).to.equal('timeout');
    expect(alertText(element)).to.include('did not answer within 800 ms');
    expect(alertText(element)).to.include('Try again');
  });

  it('loads a body that trickles in slowly but within the timeout', async () => {
    const { catalog } = await fetchCatalog(at(`/test-server/trickle/1000/catalog-good.json?${uniqueKey()}`), { timeout: 8000 });
    expect(catalog.trainings).to.have.length(3);
  });

  it('reports a connection reset mid-body as a lost connection, not as CORS', async () => {
    const url = at(`/test-server/reset/catalog-good.json?${uniqueKey()}`);
    const error = await failure(fetchCatalog(url));
    expect(error.kind).to.equal('network');
    expect(error.message).to.include(url);
    expect(error.message).to.include('connection was lost');
    expect(error.message).not.to.include('CORS');

    const { element, list } = await catalogElement(at(`/test-server/reset/catalog-good.json?${uniqueKey()}`));
    expect(alertText(element)).to.include('connection was lost');
    expect(list.shadowRoot!.querySelector('.card .title')).to.equal(null);
  });

  it('shows the "web page instead of JSON — perhaps a sign-in page" message for an HTML login page', async () => {
    const failed = oneEvent(document, 'rsp-catalog-error');
    const { element } = await catalogElement(`/test-server/sign-in/catalog.json?${uniqueKey()}`);
    const { error } = (await failed).detail;
    expect(error.kind).to.equal('parse');
    expect(alertText(element)).to.include('The training archive could not be loaded');
    expect(alertText(element)).to.include('returned a web page instead of JSON — perhaps a sign-in page');
    await expect(element).to.be.accessible();
  });

  it('explains a CORS refusal from a catalog on another origin', async () => {
    const url = otherOrigin(`/test-server/no-cors/catalog-good.json?${uniqueKey()}`);
    const error = await failure(fetchCatalog(url));
    expect(error.kind).to.equal('network');
    expect(error.message).to.include('CORS');
    expect(error.message).to.include('Access-Control-Allow-Origin');
    expect(error.message).to.include(location.origin);

    const { element } = await catalogElement(otherOrigin(`/test-server/no-cors/catalog-good.json?${uniqueKey()}`));
    expect(alertText(element)).to.include(`Access-Control-Allow-Origin must allow ${location.origin}`);
  });

  it('revalidates on refresh() and keeps the catalog when the server answers 304', async () => {
    const key = uniqueKey();
    const { element, list } = await catalogElement(`/test-server/etag/${key}/catalog-good.json`);
    expect(list.shadowRoot!.querySelectorAll('.card .title')).to.have.length(3);
    const reloaded = oneEvent(element, 'rsp-catalog-load');
    await element.refresh();
    await reloaded;
    const counts = await (await fetch(`/test-server/requests/${key}`)).json();
    expect(counts.notModified).to.equal(1); // the refresh revalidated (If-None-Match) and got 304
    await element.updateComplete;
    await list.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(list.shadowRoot!.querySelectorAll('.card .title')).to.have.length(3);
  });

  it('loads a 20 MB catalog, or fails clearly, and the page keeps answering meanwhile', async function () {
    this.timeout(90000);
    // A heartbeat: how long the page went without running a timer while the catalog loaded (reported, not asserted:
    // this machine's speed is not the library's).
    let last = performance.now();
    let longest = 0;
    const beat = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 50);
    try {
      const list = await fixture<RspTrainingList>(
        html`<rsp-training-list src="/test-server/big/20/catalog.json" page-size="4"></rsp-training-list>`,
      );
      await waitUntil(
        () => list.shadowRoot!.querySelector('.card .title, [role="alert"]'),
        '20 MB catalog loaded or failed',
        { timeout: 80000, interval: 200 },
      );
      expect(list.shadowRoot!.querySelector('[role="alert"]'), shadowText(list)).to.equal(null);
      expect(list.shadowRoot!.querySelector('.result-summary')!.textContent).to.match(/Showing 1–4 of \d{1,3}(,\d{3})+ trainings/);
      console.log(`20 MB catalog: the longest gap between timer ticks was ${Math.round(longest)} ms`);
    } finally {
      clearInterval(beat);
    }
  });
});
