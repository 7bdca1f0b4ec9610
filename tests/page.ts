/** A page with every element on it, and the theme presets: shared by the look-and-feel tests. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/archive.js';
import '../src/components/catalog.js';
import '../src/components/handouts.js';
import '../src/components/training-list.js';
import '../src/components/training-player.js';

/** Every element on one page, sharing the demo catalog. */
export async function everything(lang?: string, catalogUrl = '/demo/catalog.json') {
  const element = await fixture<HTMLElement>(html`<div lang=${lang ?? 'en'}>
    <rsp-catalog src=${catalogUrl}>
      <rsp-training-list page-size="4"></rsp-training-list>
      <rsp-training-player training="tist" session="module-1"></rsp-training-player>
      <rsp-handouts training="tist"></rsp-handouts>
    </rsp-catalog>
    <rsp-archive src=${catalogUrl} routing="none"></rsp-archive>
    <rsp-catalog src="/test-server/status/404"></rsp-catalog>
  </div>`);
  const catalog = element.querySelector('rsp-catalog')!;
  if (!catalog.shadowRoot || !element.querySelector('rsp-training-list')!.shadowRoot!.querySelector('.card')) {
    await oneEvent(catalog, 'rsp-catalog-load');
  }
  await waitUntil(() => element.querySelector('rsp-training-list')!.shadowRoot!.querySelector('.card'), 'list rendered');
  await waitUntil(() => element.querySelectorAll('rsp-catalog')[1].shadowRoot!.querySelector('[role="alert"]'), 'error shown');
  await waitUntil(() => element.querySelector('rsp-archive')!.shadowRoot!.querySelector('rsp-training-list'), 'archive rendered');
  return element;
}

export async function withTheme(name: 'mayflower' | 'dark', run: () => Promise<void>) {
  const style = document.createElement('style');
  style.textContent = await (await fetch(`/themes/${name}.css`)).text();
  document.head.append(style);
  const background = document.body.style.background;
  if (name === 'dark') document.body.style.background = '#161616';
  try {
    await run();
  } finally {
    style.remove();
    document.body.style.background = background;
  }
}

