// Media emulation needs Chromium's DevTools protocol (Firefox's WebDriver BiDi has none): Chromium only.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { clearCatalogStores } from '../src/catalog/store.js';
import { everything } from './page.js';

describe('look and feel under emulated media', () => {
  afterEach(async () => {
    clearCatalogStores();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await executeServerCommand('rsp-forced-colors', { active: false });
  });

  it('turns off motion when the viewer asks for less', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const page = await everything();
    const list = page.querySelector('rsp-training-list')!;
    const card = list.shadowRoot!.querySelector('.card')!;
    expect(getComputedStyle(card).transitionProperty).to.equal('box-shadow'); // there is a transition…
    expect(getComputedStyle(card).transitionDuration).to.equal('0s'); // …and it takes no time
  });

  it('keeps focus, current page and badges visible in forced colours', async () => {
    await executeServerCommand('rsp-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const page = await everything();
    const list = page.querySelector('rsp-training-list')!;
    const current = list.shadowRoot!.querySelector<HTMLElement>('nav [aria-current="page"]')!;
    expect(getComputedStyle(current).borderTopWidth).to.equal('3px');
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ press: 'a' });
    expect(getComputedStyle(search).outlineStyle).to.equal('solid');
  });

});
