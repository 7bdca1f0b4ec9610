// The page-cost floor: Lit alone, one element rendered. bench/run.js bundles this with esbuild (minified).
import { LitElement, css, html } from 'lit';

class BenchHello extends LitElement {
  static styles = css`p { font: inherit; }`;
  static properties = { name: {} };
  constructor() {
    super();
    this.name = 'Lit';
  }
  render() {
    return html`<p>Hello from ${this.name}</p>`;
  }
}
customElements.define('bench-hello', BenchHello);
