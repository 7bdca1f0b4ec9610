/**
 * Journey: find a training in the demo archive at a laptop's width, by keyboard and by pointer — type a word, reach
 * the first result in a few Tabs, open it; what a screen reader is told never shows on screen or moves the page;
 * the whole card is a target; a filter value that would show nothing cannot be ticked.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { clearCatalogStores } from '../../src/catalog/store.js';
import '../../src/components/archive.js';
import type { RspArchive } from '../../src/components/archive.js';
import type { RspTrainingList } from '../../src/components/training-list.js';
import { PATIENCE } from './harness.js';

async function demoArchive() {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // A URL of its own, so this file never shares a cached catalog with another.
  container.innerHTML = `<rsp-archive src="/demo/catalog.json?journey=keyboard-find" routing="none"></rsp-archive>`;
  const archive = container.querySelector('rsp-archive')!;
  await oneEvent(archive, 'rsp-catalog-load');
  await archive.updateComplete;
  const list = archive.shadowRoot!.querySelector<RspTrainingList>('rsp-training-list')!;
  await list.updateComplete;
  await waitUntil(() => list.shadowRoot!.querySelector('.card'), 'cards shown', PATIENCE);
  return { archive, list, root: list.shadowRoot! };
}

/** The element focused inside the archive and its list, through both shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const rect = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
};

/** Whether a person sees the element's text: a live region must be 1×1 px at most, or clipped to nothing. */
function visible(element: Element) {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const clipped = style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)';
  return box.width > 1 && box.height > 1 && !clipped;
}

const firstTitle = (root: ShadowRoot) => root.querySelector<HTMLElement>('.card .title :is(a, button)')!;
const detailHeading = (archive: RspArchive) => archive.shadowRoot!.querySelector('.detail .view-heading');

describe('journey: find a training by keyboard and by pointer', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => {
    clearCatalogStores();
    window.scrollTo(0, 0);
  });

  it('reaches the first result in at most 5 Tabs from the search box, and Enter opens it', async () => {
    const { archive, root } = await demoArchive();
    expect(root.querySelector<HTMLDetailsElement>('details.filters')!.open).to.equal(true); // every facet shown
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'trauma' });
    await waitUntil(() => root.querySelectorAll('.card').length < 13, 'results filtered', PATIENCE);
    const first = firstTitle(root);
    const wanted = first.textContent!.trim();
    let tabs = 0;
    while (deepActive() !== first && tabs < 60) {
      await sendKeys({ press: 'Tab' });
      tabs++;
    }
    expect(deepActive() === first, `the first result is focused (not ${deepActive()?.localName})`).to.equal(true);
    expect(tabs, 'Tab presses from the search box to the first result').to.be.at.most(5);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => detailHeading(archive), 'detail view opened', PATIENCE);
    expect(detailHeading(archive)!.textContent!.trim()).to.equal(wanted);
  });

  it('never shows what it announces, and typing never moves the search box or the first card', async () => {
    const { archive, list, root } = await demoArchive();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const searchBefore = rect(search);
    const cardBefore = rect(root.querySelector('.card')!);
    search.focus();
    await sendKeys({ type: 'sensory' });
    await list.updateComplete;
    expect(rect(search), 'search box on the first keystrokes').to.deep.equal(searchBefore);
    const announcement = () => [...root.querySelectorAll('[role="status"]')].find((region) => /found/.test(region.textContent!));
    await waitUntil(announcement, 'result count announced', PATIENCE);
    const status = announcement()!;
    expect(visible(status), `"${status.textContent!.trim()}" is not on screen`).to.equal(false);
    expect(rect(search), 'search box after the announcement').to.deep.equal(searchBefore);
    const cardAfter = rect(root.querySelector('.card')!);
    expect({ x: cardAfter.x, y: cardAfter.y }, 'first card stays in place').to.deep.equal({ x: cardBefore.x, y: cardBefore.y });

    // Opening a training announces its title; that text is not shown above "Back" either.
    firstTitle(root).click();
    const detailAnnouncement = () =>
      [...archive.shadowRoot!.querySelectorAll('[role="status"]')].find((region) => /training details/.test(region.textContent!));
    await waitUntil(detailAnnouncement, 'view change announced', PATIENCE);
    const announced = detailAnnouncement()!;
    expect(visible(announced), `"${announced.textContent!.trim()}" is not on screen`).to.equal(false);
  });

  it('opens a training from anywhere on its card, which stays one link', async () => {
    const { archive, root } = await demoArchive();
    const card = root.querySelectorAll<HTMLElement>('.card')[1];
    expect(card.querySelectorAll('a, button, [tabindex]')).to.have.length(1); // one tab stop per card
    const wanted = card.querySelector('.title')!.textContent!.trim();
    card.scrollIntoView({ block: 'center' });
    const box = card.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.right - 6), Math.round(box.bottom - 6)] });
    await waitUntil(() => detailHeading(archive), 'a click near the corner opens the training', PATIENCE);
    expect(detailHeading(archive)!.textContent!.trim()).to.equal(wanted);
  });

  it('cannot tick a filter value that has no results, and still shows its count', async () => {
    const { root } = await demoArchive();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'trauma' });
    await waitUntil(() => [...root.querySelectorAll('.option .count')].some((count) => count.textContent === '(0)'), 'a zero count', PATIENCE);
    const zero = [...root.querySelectorAll('.option')].find((option) => option.querySelector('.count')!.textContent === '(0)')!;
    const box = zero.querySelector('input')!;
    expect(box.disabled, `${zero.textContent!.trim()} is disabled`).to.equal(true);
    zero.scrollIntoView({ block: 'center' });
    const at = zero.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(at.left + 8), Math.round(at.top + at.height / 2)] });
    expect(box.checked).to.equal(false);
    expect(zero.querySelector('.count')!.textContent).to.equal('(0)');
  });
});
