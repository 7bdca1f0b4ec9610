import { expect, waitUntil } from '@open-wc/testing';
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
