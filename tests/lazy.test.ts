import { expect, waitUntil } from '@open-wc/testing';
import type { RspArchive as Archive } from '../src/components/archive.js';
import { lazyElement } from '../src/components/lazy.js';

describe('lazily defined elements', () => {
  const tag = () => `rsp-lazy-${Math.random().toString(36).slice(2)}`;
  const defineLater = (name: string) => () => {
    customElements.define(name, class extends HTMLElement {});
    return Promise.resolve();
  };

  it('loads at once when the tag is already in the document', async () => {
    const name = tag();
    const element = document.createElement(name);
    document.body.append(element);
    try {
      expect(() => lazyElement(name, defineLater(name))).not.to.throw();
      expect(customElements.get(name)).to.exist;
    } finally {
      element.remove();
    }
  });

  it('does not load up front when the tag is absent, loads once the tag appears or the browser is idle', async () => {
    const name = tag();
    let loads = 0;
    lazyElement(name, () => {
      loads += 1;
      return defineLater(name)();
    });
    expect(loads).to.equal(0);
    const element = document.createElement(name);
    document.body.append(element);
    try {
      await waitUntil(() => customElements.get(name), 'defined');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.equal(1); // the observer and the idle callback never both load it
    } finally {
      element.remove();
    }
  });
});

describe('<rsp-archive> and its lazy detail view', () => {
  /** The modules this page has fetched, by path: the test runner serves each source file as one. */
  const fetched = (file: string) =>
    performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(file));

  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  it('shows the list without the detail view, handouts or player; opening a training loads them and focuses its heading once', async () => {
    await import('../src/components/archive.js');
    const container = document.createElement('div');
    container.innerHTML = `<rsp-archive src="/demo/catalog.json?lazy"></rsp-archive>`;
    document.body.append(container);
    const element = container.querySelector('rsp-archive')!;
    try {
      const root = element.shadowRoot!;
      const list = () => root.querySelector('rsp-training-list');
      await waitUntil(() => list()?.shadowRoot?.querySelector('.card .title a'), 'the list');
      for (const file of ['training-detail.ts', 'handouts.ts', 'training-player.ts']) expect(fetched(file), file).to.equal(false);
      expect(customElements.get('rsp-handouts')).to.equal(undefined);

      const focused: Element[] = [];
      root.addEventListener('focusin', (event) => focused.push(event.composedPath()[0] as Element));
      const link = [...list()!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.card .title a')].find((each) =>
        each.textContent!.includes('Trauma-Informed Stabilization'),
      )!;
      link.click();
      await waitUntil(() => root.querySelector('rsp-handouts'), 'the detail view');
      const heading = root.querySelector<HTMLElement>('.detail .view-heading')!;
      await waitUntil(() => root.activeElement === heading, 'focus on the heading');
      expect(heading.textContent!.trim()).to.equal('Trauma-Informed Stabilization Treatment (TIST)');
      expect(root.querySelector('[aria-busy]')).to.equal(null);
      await waitUntil(() => customElements.get('rsp-handouts') && customElements.get('rsp-training-player'), 'elements defined');
      for (const file of ['training-detail.ts', 'handouts.ts', 'training-player.ts']) expect(fetched(file), file).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(focused.filter((each) => each.classList.contains('view-heading'))).to.deep.equal([heading]);
      await expect(element).to.be.accessible();
    } finally {
      container.remove();
    }
  });
});

describe('<rsp-archive> when the detail view cannot load', () => {
  it('says so in an alert, in the page language, and reports it in the console', async () => {
    const { RspArchive } = await import('../src/components/archive.js');
    class Offline extends RspArchive {
      protected override loadDetailCode(): ReturnType<Archive['loadDetailCode']> {
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
    }
    customElements.define('rsp-test-offline-archive', Offline);
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const container = document.createElement('div');
    container.lang = 'es';
    container.innerHTML = `<rsp-test-offline-archive routing="none" src="/demo/catalog.json?offline"></rsp-test-offline-archive>`;
    document.body.append(container);
    const element = container.firstElementChild as Archive;
    try {
      const root = element.shadowRoot!;
      const list = () => root.querySelector('rsp-training-list');
      await waitUntil(() => list()?.shadowRoot?.querySelector('.card .title button, .card .title a'), 'the list');
      list()!.shadowRoot!.querySelector<HTMLElement>('.card .title button, .card .title a')!.click();
      await waitUntil(() => root.querySelector('[role="alert"]'), 'an alert');
      await waitUntil(() => root.querySelector('[role="alert"]')?.textContent?.includes('No se puede mostrar'), 'in Spanish');
      expect(root.activeElement).to.equal(root.querySelector('.view-heading'));
      expect(root.querySelector('[aria-busy]')).to.equal(null);
      expect(String(errors[0]?.[0])).to.include('rsp-archive: could not load the detail view');
      await expect(element).to.be.accessible();
    } finally {
      console.error = original;
      container.remove();
    }
  });
});
