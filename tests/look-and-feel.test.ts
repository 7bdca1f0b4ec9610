import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearCatalogStores } from '../src/catalog/store.js';
import { everything, withTheme } from './page.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';

/** Text a sighted reader sees, through every shadow root. */
function visibleText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += ` ${node.textContent}`;
    if (node instanceof Element) {
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const attribute of ['aria-label', 'placeholder', 'title']) {
        if (node.getAttribute(attribute)) text += ` ${node.getAttribute(attribute)}`;
      }
    }
    if (node instanceof HTMLSlotElement) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

/** Plain English UI strings that Spanish words differently (functions are checked by what they render). */
function englishOnlyStrings(): string[] {
  const found: string[] = [];
  const collect = (english: unknown, spanish: unknown) => {
    if (typeof english === 'string' && english !== spanish && english.length > 3) found.push(english);
    else if (english && typeof english === 'object') {
      for (const key of Object.keys(english)) {
        collect((english as Record<string, unknown>)[key], (spanish as Record<string, unknown>)[key]);
      }
    }
  };
  collect(en, es);
  return found;
}

describe('look and feel', () => {
  afterEach(() => clearCatalogStores());

  for (const theme of ['default', 'mayflower', 'dark'] as const) {
    it(`has enough colour contrast with the ${theme} theme (axe)`, async () => {
      const run = async () => {
        const page = await everything();
        for (const element of page.querySelectorAll('rsp-training-list, rsp-training-player, rsp-handouts, rsp-archive, rsp-catalog')) {
          await expect(element).to.be.accessible();
        }
      };
      if (theme === 'default') await run();
      else await withTheme(theme, run);
    });
  }

  it('applies the Mayflower tokens', async () => {
    await withTheme('mayflower', async () => {
      const page = await everything();
      const list = page.querySelector('rsp-training-list')!;
      const link = list.shadowRoot!.querySelector('.card .title button, .card .title a')!;
      expect(getComputedStyle(link).color).to.equal('rgb(20, 85, 143)');
      expect(getComputedStyle(list).fontFamily).to.match(/^"?Noto Sans"?/);
      const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      await sendKeys({ press: 'a' });
      const outline = getComputedStyle(search);
      expect(outline.outlineColor).to.equal('rgb(62, 148, 207)');
      expect(outline.outlineWidth).to.equal('3px');
    });
  });

  it('speaks Spanish with lang="es" and leaves no English UI text', async () => {
    // A catalog whose own text is all Spanish placeholders: any English left on the page is UI text.
    const page = await everything('es', '/test-server/demo-es/catalog.json');
    // The Spanish dictionary is a lazy chunk: wait for it before looking for English.
    await waitUntil(() => visibleText(page).includes('Buscar capacitaciones'), 'Spanish loaded');
    const archive = page.querySelector('rsp-archive')!;
    archive.shadowRoot!.querySelector('rsp-training-list')!.shadowRoot!.querySelector<HTMLElement>('.card .title button')!.click();
    await waitUntil(() => archive.shadowRoot!.querySelector('.detail'), 'archive detail');
    await waitUntil(() => archive.shadowRoot!.querySelector('rsp-training-player')?.shadowRoot?.querySelector('.toolbar, [role="toolbar"]'), 'archive player');
    const text = visibleText(page);
    expect(text).to.include('Buscar capacitaciones');
    expect(text).to.include('Volver a todas las capacitaciones');
    const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const left = englishOnlyStrings().filter((english) =>
      new RegExp(`(^|[^\\p{L}])${escape(english)}([^\\p{L}]|$)`, 'u').test(text),
    );
    expect(left, text).to.deep.equal([]);
    for (const english of ['Showing ', ' trainings', 'Page ', ' pages', 'Session ', 'Presented by']) {
      expect(text, english).not.to.include(english);
    }
  });

  it('re-renders when lang changes', async () => {
    const page = await everything('en');
    const list = page.querySelector('rsp-training-list')!;
    expect(list.shadowRoot!.textContent).to.include('Search trainings');
    page.setAttribute('lang', 'es-US');
    await waitUntil(() => list.shadowRoot!.textContent!.includes('Buscar capacitaciones'), 'Spanish after lang change');
  });

  it('sizes from the element\'s own font, not the page root', async () => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = '10px';
    try {
      const page = await everything();
      const list = page.querySelector('rsp-training-list')!;
      const fontSize = parseFloat(getComputedStyle(list).fontSize);
      const padding = parseFloat(getComputedStyle(list.shadowRoot!.querySelector('.body')!).paddingLeft);
      expect(padding / fontSize).to.be.closeTo(1, 0.01); // 1em of the element's own font, whatever the root says
    } finally {
      root.style.fontSize = before;
    }
  });

  it('lays out at 320 px without horizontal scroll', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const page = await everything();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const element of page.querySelectorAll('rsp-training-list, rsp-training-player, rsp-handouts, rsp-archive')) {
        expect(element.scrollWidth, element.localName).to.be.at.most(element.clientWidth + 1);
      }
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
