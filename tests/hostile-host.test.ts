import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogStores } from '../src/catalog/store.js';
import { everything } from './page.js';

/** What WordPress themes and intranets really ship, all at once. */
const HOSTILE_CSS = `
  html { font-size: 10px; }
  button { all: unset; }
  a { color: red !important; }
  video { width: 50px; }
  * { box-sizing: content-box; }
  [hidden] { display: block; }
  ul, ol { list-style: square; padding-left: 80px; }
  p { margin: 60px 0; }
  input, select { width: 30px; }
  div { max-width: none; }
`;

describe('on a hostile host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    clearCatalogStores();
  });

  it('every element still works: search, filter, play, open a handout, and nothing overflows', async () => {
    const page = await everything();
    const list = page.querySelector('rsp-training-list')!;
    const listRoot = list.shadowRoot!;

    // Search
    const search = listRoot.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.getBoundingClientRect().width).to.be.above(100); // the host's "input { width: 30px }" stays out
    search.focus();
    await sendKeys({ type: 'sensory' });
    await list.updateComplete;
    expect(listRoot.querySelector('.result-summary')!.textContent).to.match(/of [1-9]\d* trainings?/);

    // Filter (the disclosure may start closed in a narrow test window)
    const details = listRoot.querySelector<HTMLDetailsElement>('details.filters')!;
    if (!details.open) listRoot.querySelector<HTMLElement>('details.filters > summary')!.click();
    await waitUntil(() => details.open, 'filters open');
    const box = listRoot.querySelector<HTMLInputElement>('fieldset input[type="checkbox"]:not(:disabled)')!; // a value with results
    box.click();
    await list.updateComplete;
    expect(box.checked).to.equal(true);

    // Buttons keep their look: the host's "button { all: unset }" does not reach inside.
    const clear = [...listRoot.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Clear all')!;
    expect(getComputedStyle(clear).cursor).to.equal('pointer');
    expect(getComputedStyle(clear).borderTopStyle).to.equal('solid');

    // Play
    const player = page.querySelector('rsp-training-player')!;
    await waitUntil(() => player.shadowRoot?.querySelector('video'), 'player rendered');
    const video = player.shadowRoot!.querySelector('video')!;
    expect(video.getBoundingClientRect().width).to.be.above(200); // not the host's 50 px
    video.muted = true;
    await video.play();
    await waitUntil(() => video.currentTime > 0, 'video plays', { timeout: 8000 });
    video.pause();

    // Open a handout
    const handouts = page.querySelector('rsp-handouts')!;
    const link = handouts.shadowRoot!.querySelector('a')!;
    expect(getComputedStyle(link).color).not.to.equal('rgb(255, 0, 0)'); // the host's red !important stays out
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    const opened = oneEvent(handouts, 'rsp-material-open');
    link.click();
    await opened;
    document.removeEventListener('click', stay);

    // Hidden stays hidden: the archive's list view is hidden while a training is shown.
    const archive = page.querySelector('rsp-archive')!;
    archive.shadowRoot!.querySelector('rsp-training-list')!.shadowRoot!.querySelector<HTMLElement>('.card .title button')!.click();
    await waitUntil(() => archive.shadowRoot!.querySelector('.detail'), 'detail shown');
    const hiddenList = archive.shadowRoot!.querySelector('[hidden]')!;
    expect(getComputedStyle(hiddenList).display).to.equal('none');

    // Nothing overflows its element.
    for (const element of page.querySelectorAll('rsp-training-list, rsp-training-player, rsp-handouts, rsp-archive')) {
      expect(element.scrollWidth, element.localName).to.be.at.most(element.clientWidth + 1);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(list).to.be.accessible();
  });
});
