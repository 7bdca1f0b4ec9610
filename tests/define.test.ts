import { expect } from '@open-wc/testing';
import { defineElement } from '../src/components/define.js';
import '../src/components/catalog.js';
import { RspCatalog } from '../src/components/catalog.js';

describe('element registration', () => {
  it('does not throw when a second copy defines the same tags, and warns when its version differs', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // The same copy again (a bundle imported twice): silent.
      defineElement('rsp-catalog', class extends RspCatalog {});
      expect(warnings).to.deep.equal([]);
      // Another script got there first with its own element.
      const tag = `rsp-test-${Math.random().toString(36).slice(2)}`;
      customElements.define(tag, class extends HTMLElement {});
      expect(() => defineElement(tag, class extends HTMLElement {})).not.to.throw();
      expect(String(warnings[0]?.[0])).to.match(/is already defined by another script; that definition stays in use/);
      // A copy of another version of rsp-archive.
      const other = `rsp-test-${Math.random().toString(36).slice(2)}`;
      const older = class extends HTMLElement {};
      Object.defineProperty(older, Symbol.for('rsp-archive.version'), { value: '0.0.1' });
      customElements.define(other, older);
      defineElement(other, class extends HTMLElement {});
      expect(String(warnings[1]?.[0])).to.match(/already defined by rsp-archive 0\.0\.1/);
      expect(customElements.get('rsp-catalog')).to.equal(RspCatalog);
    } finally {
      console.warn = warn;
    }
  });
});
