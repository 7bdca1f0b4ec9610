import { LitElement, html as litHtml } from 'lit';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogStores } from '../src/catalog/store.js';
import { CatalogController } from '../src/consumer/catalog-controller.js';
import '../src/components/catalog.js';
import type { RspCatalog } from '../src/components/catalog.js';
import { requestCount, served, shadowText, uniqueKey, waitForText } from './helpers.js';

/** The smallest element that uses the shared consumer logic, as every later rsp-* element does. */
class TestConsumer extends LitElement {
  static override properties = { src: { type: String }, catalog: { attribute: false } };
  src: string | null = null;
  catalog?: unknown;
  catalogs = new CatalogController(this);
  override render() {
    const { catalog } = this.catalogs.state;
    return catalog
      ? litHtml`<ul>${catalog.trainings.map((training) => litHtml`<li>${training.title}</li>`)}</ul>`
      : this.catalogs.renderStatus(litHtml`<p>skeleton</p>`);
  }
}
customElements.define('test-consumer', TestConsumer);

const good = served('catalog-good.json');

describe('<rsp-catalog>', () => {
  afterEach(() => clearCatalogStores());

  it('fires rsp-catalog-load with the catalog and warnings, and provides it to the elements inside', async () => {
    const element = document.createElement('rsp-catalog');
    element.innerHTML = '<test-consumer></test-consumer>';
    const loaded = oneEvent(element, 'rsp-catalog-load');
    element.src = good;
    await fixture(html`<div></div>`).then((host) => host.append(element));
    const event = await loaded;
    expect(event.detail.catalog.trainings).to.have.length(3);
    expect(event.detail.warnings).to.deep.equal([]);
    const consumer = element.querySelector('test-consumer')!;
    await waitForText(consumer, 'Six Core Strategies: an introduction');
    expect(element.getAttribute('aria-busy')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('is busy and announces loading politely while the catalog loads', async () => {
    const element = await fixture<RspCatalog>(
      html`<rsp-catalog src="/test-server/slow/400/catalog-good.json?${uniqueKey()}"></rsp-catalog>`,
    );
    const status = element.shadowRoot!.querySelector('[role="status"]')!;
    expect(element.getAttribute('aria-busy')).to.equal('');
    expect(status.textContent).to.equal('Loading the training archive…');
    await expect(element).to.be.accessible();
    await oneEvent(element, 'rsp-catalog-load');
    await element.updateComplete;
    expect(element.hasAttribute('aria-busy')).to.equal(false);
    expect(status.textContent).to.equal('');
  });

  for (const status of [404, 500]) {
    it(`shows HTTP ${status} as an alert with a Try again button, and fires rsp-catalog-error`, async () => {
      const element = document.createElement('rsp-catalog');
      const failed = oneEvent(element, 'rsp-catalog-error');
      element.src = `/test-server/status/${status}`;
      document.body.append(element);
      try {
        const { detail } = await failed;
        expect(detail.error.kind).to.equal('http');
        await element.updateComplete;
        const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.include('The training archive could not be loaded');
        expect(alert.textContent).to.include(`HTTP ${status} for`);
        expect(alert.querySelector('button')!.textContent).to.equal('Try again');
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });
  }

  it('shows a network failure', async () => {
    const element = await fixture<RspCatalog>(html`<rsp-catalog src="http://127.0.0.1:1/catalog.json"></rsp-catalog>`);
    await waitForText(element, 'Could not load http://127.0.0.1:1/catalog.json');
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('shows where the JSON is broken', async () => {
    const element = await fixture<RspCatalog>(html`<rsp-catalog src=${served('catalog-bad-json.json')}></rsp-catalog>`);
    await waitForText(element, 'catalog-bad-json.json line 5, column 3: expected a comma or }');
  });

  it('shows a schema error with its path, and a newer version with what to do', async () => {
    const element = await fixture<RspCatalog>(
      html`<rsp-catalog src=${served('catalog-bad-top-level.json')}></rsp-catalog>`,
    );
    await waitForText(element, 'trainings: should be a list');
    element.src = served('catalog-version-9.json');
    await waitForText(element, 'is catalog format version 9');
    expect(shadowText(element)).to.include('Update rsp-archive');
  });

  it('recovers when the person presses Try again', async () => {
    const element = await fixture<RspCatalog>(
      html`<rsp-catalog src="/test-server/fail-first/${uniqueKey()}/catalog-good.json">
        <test-consumer></test-consumer>
      </rsp-catalog>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('button'), 'Try again button', { timeout: 5000 });
    const loaded = oneEvent(element, 'rsp-catalog-load');
    element.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await loaded;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await waitForText(element.querySelector('test-consumer')!, 'Trauma-Informed Stabilization Treatment');
  });

  it('keeps the old catalog on screen when a refresh fails, and says the update failed', async () => {
    const element = await fixture<RspCatalog>(
      html`<rsp-catalog src="/test-server/fail-later/${uniqueKey()}/catalog-good.json">
        <test-consumer></test-consumer>
      </rsp-catalog>`,
    );
    await oneEvent(element, 'rsp-catalog-load');
    const failed = oneEvent(element, 'rsp-catalog-error');
    await element.refresh();
    await failed;
    await element.updateComplete;
    expect(shadowText(element)).to.include('Showing the last loaded version of the archive');
    await waitForText(element.querySelector('test-consumer')!, 'Six Core Strategies');
  });

  it('makes exactly one request for three elements using one URL', async () => {
    const key = uniqueKey();
    const url = `/test-server/count/${key}/catalog-good.json`;
    const container = await fixture(html`<div>
      <rsp-catalog src=${url}><test-consumer></test-consumer></rsp-catalog>
      <rsp-catalog src=${url}></rsp-catalog>
      <test-consumer src=${url}></test-consumer>
    </div>`);
    const consumers = container.querySelectorAll('test-consumer');
    for (const consumer of consumers) await waitForText(consumer, 'Six Core Strategies');
    expect(await requestCount(key)).to.equal(1);
  });

  it('renders only the new catalog when src changes mid-flight', async () => {
    const element = await fixture<RspCatalog>(
      html`<rsp-catalog src="/test-server/slow/400/catalog-good.json?${uniqueKey()}">
        <test-consumer></test-consumer>
      </rsp-catalog>`,
    );
    const events: string[] = [];
    element.addEventListener('rsp-catalog-load', (event) => events.push(event.detail.catalog.url));
    const newer = served('catalog-duplicate-ids.json');
    element.src = newer;
    const consumer = element.querySelector('test-consumer')!;
    await waitForText(consumer, 'Six Core Strategies');
    await new Promise((resolve) => setTimeout(resolve, 600)); // past the old answer's arrival
    expect(events).to.deep.equal([newer]);
    expect(consumer.shadowRoot!.querySelectorAll('li')).to.have.length(2); // the duplicate-ids catalog has two
  });

  it('raises nothing when removed mid-load', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const element = await fixture<RspCatalog>(
        html`<rsp-catalog src="/test-server/slow/300/catalog-good.json?${uniqueKey()}"></rsp-catalog>`,
      );
      const events: Event[] = [];
      element.addEventListener('rsp-catalog-load', (event) => events.push(event));
      element.addEventListener('rsp-catalog-error', (event) => events.push(event));
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(errors).to.deep.equal([]);
      expect(events).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});

describe('catalog consumers', () => {
  afterEach(() => clearCatalogStores());

  it('shows a visible "no catalog" message without src, catalog or <rsp-catalog>', async () => {
    const element = await fixture(html`<test-consumer></test-consumer>`);
    expect(shadowText(element)).to.include('No training catalog is connected');
    await expect(element).to.be.accessible();
  });

  it('prefers the catalog property, then its own src, then the nearest <rsp-catalog>', async () => {
    const outer = await fixture<RspCatalog>(
      html`<rsp-catalog src=${served('catalog-good.json')}><test-consumer></test-consumer></rsp-catalog>`,
    );
    const consumer = outer.querySelector<TestConsumer>('test-consumer')!;
    await waitForText(consumer, 'Six Core Strategies');
    expect(consumer.shadowRoot!.querySelectorAll('li')).to.have.length(3);

    consumer.src = served('catalog-duplicate-ids.json');
    await waitUntil(() => consumer.shadowRoot!.querySelectorAll('li').length === 2, 'own src wins');

    consumer.catalog = {
      version: 1,
      title: 'In-app catalog',
      trainings: [{ id: 'x', title: 'Given as a property', sessions: [{ id: 's', title: 'S' }] }],
    };
    await waitForText(consumer, 'Given as a property');

    consumer.catalog = undefined;
    consumer.src = null;
    await waitUntil(() => consumer.shadowRoot!.querySelectorAll('li').length === 3, 'back to the context');
  });

  it('shows the skeleton while a context catalog loads and leaves its error to <rsp-catalog>', async () => {
    const outer = await fixture<RspCatalog>(
      html`<rsp-catalog src="/test-server/slow/300/catalog-bad-json.json?${uniqueKey()}">
        <test-consumer></test-consumer>
      </rsp-catalog>`,
    );
    const consumer = outer.querySelector('test-consumer')!;
    await waitForText(consumer, 'skeleton');
    await waitForText(outer, 'line 5, column 3');
    await waitUntil(() => !shadowText(consumer).includes('skeleton'), 'skeleton gone');
    expect(consumer.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('is still connected to its catalog property after being moved in the page', async () => {
    const host = await fixture(html`<div></div>`);
    const element = document.createElement('test-consumer') as TestConsumer;
    element.catalog = { version: 1, title: 'Moved', trainings: [{ id: 'a', title: 'Still here', sessions: [{ id: 's', title: 'S' }] }] };
    host.append(element);
    await element.updateComplete;
    const loaded = oneEvent(element, 'rsp-catalog-load');
    element.remove();
    host.append(element); // moved: disconnected and connected again
    expect((await loaded).detail.catalog.title).to.equal('Moved');
    await element.updateComplete;
    expect(shadowText(element)).to.include('Still here');
  });

  it('fires rsp-catalog-error for an invalid catalog property', async () => {
    const element = document.createElement('test-consumer') as TestConsumer;
    element.catalog = { version: 1, trainings: [] };
    const failed = oneEvent(element, 'rsp-catalog-error');
    document.body.append(element);
    try {
      const { detail } = await failed;
      expect(detail.error.kind).to.equal('schema');
      expect(detail.error.message).to.equal('catalog: title: is required but missing');
      await element.updateComplete;
      expect(shadowText(element)).to.include('title: is required but missing');
    } finally {
      element.remove();
    }
  });
});
