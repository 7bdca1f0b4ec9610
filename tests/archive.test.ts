import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearCatalogStores } from '../src/catalog/store.js';
import { isArchiveUrl } from '../src/catalog/url.js';
import '../src/components/archive.js';
import type { RspArchive } from '../src/components/archive.js';
import type { RspTrainingList } from '../src/components/training-list.js';
import { shadowText } from './helpers.js';
import { button } from './player-helpers.js';

/** The demo catalog, under a URL of its own per test so request counts do not mix. */
const catalogUrl = () => `/demo/catalog.json?test=${Math.random().toString(36).slice(2)}`;

async function archive(attributes = '', url = catalogUrl()) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<rsp-archive src="${url}" ${attributes}></rsp-archive>`;
  const element = container.querySelector('rsp-archive')!;
  await oneEvent(element, 'rsp-catalog-load');
  await element.updateComplete;
  return element;
}

const root = (element: RspArchive) => element.shadowRoot!;
const list = (element: RspArchive) => root(element).querySelector<RspTrainingList>('rsp-training-list')!;
const listRoot = (element: RspArchive) => list(element).shadowRoot!;
const cardTitles = (element: RspArchive) =>
  [...listRoot(element).querySelectorAll('.card .title')].map((title) => title.textContent!.trim());
const heading = (element: RspArchive) => root(element).querySelector<HTMLElement>('.detail .view-heading, .not-found .view-heading');
const activeHeading = (element: RspArchive) => root(element).activeElement;

async function settle(element: RspArchive) {
  await element.updateComplete;
  // A detail view's code arrives as a lazy chunk: until then its placeholder is aria-busy.
  await waitUntil(() => !root(element).querySelector('[aria-busy="true"]'), 'detail view loaded', { timeout: 5000 });
  await element.updateComplete;
  await list(element).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

function checkbox(element: RspArchive, legend: string, label: string) {
  const fieldset = [...listRoot(element).querySelectorAll('fieldset')].find((set) => set.querySelector('legend')!.textContent === legend)!;
  return [...fieldset.querySelectorAll('label')].find((option) => option.querySelector('span')!.textContent === label)!.querySelector('input')!;
}

describe('<rsp-archive>', () => {
  let original: string;
  beforeEach(async () => {
    original = location.href;
    await setViewport({ width: 1000, height: 600 });
  });
  afterEach(() => {
    history.replaceState(null, '', original);
    clearCatalogStores();
    window.scrollTo(0, 0);
  });

  it('opens a training from the list, moves focus to its heading and announces it; axe clean in both views', async () => {
    const element = await archive();
    expect(cardTitles(element)).to.have.length(12);
    await expect(element).to.be.accessible();
    const tist = [...listRoot(element).querySelectorAll<HTMLAnchorElement>('.card .title a')].find((link) =>
      link.textContent!.includes('Trauma-Informed Stabilization'),
    )!;
    expect(tist.getAttribute('href')).to.equal('#rsp/tist');
    tist.click();
    await settle(element);
    expect(location.hash).to.equal('#rsp/tist');
    expect(heading(element)!.textContent).to.equal('Trauma-Informed Stabilization Treatment (TIST)');
    expect(activeHeading(element) === heading(element), 'focus on the heading').to.equal(true);
    await waitUntil(() => shadowText(element).includes('Trauma-Informed Stabilization Treatment (TIST): training details'), 'announced');
    expect(list(element).closest('[hidden]')).to.exist;
    const player = root(element).querySelector('rsp-training-player')!;
    expect(player.getAttribute('training')).to.equal('tist');
    expect(root(element).querySelector('rsp-handouts')!.getAttribute('training')).to.equal('tist');
    await waitUntil(() => customElements.get('rsp-training-player'), 'player loaded');
    await expect(element).to.be.accessible();
  });

  it('goes back to the list with its filters, page and scroll position', async () => {
    const element = await archive('page-size="2"');
    checkbox(element, 'Format', 'In person').click();
    await settle(element);
    const page2 = [...listRoot(element).querySelectorAll<HTMLButtonElement>('nav button')].find((button) => button.getAttribute('aria-label') === 'Page 2')!;
    page2.click();
    await settle(element);
    expect(listRoot(element).querySelector('.result-summary')!.textContent!.trim()).to.equal('Showing 3–4 of 4 trainings');
    const pageHeight = document.documentElement.scrollHeight;
    expect(pageHeight).to.be.above(700);
    window.scrollTo(0, 100);
    const scrolled = window.scrollY;
    expect(scrolled).to.be.above(0);
    const card = listRoot(element).querySelector<HTMLAnchorElement>('.card .title a')!;
    const chosen = card.textContent!.trim();
    card.click();
    await settle(element);
    expect(heading(element)!.textContent).to.equal(chosen);

    root(element).querySelector<HTMLAnchorElement>('.back a')!.click();
    await waitUntil(() => !list(element).closest('[hidden]'), 'list shown again');
    await settle(element);
    expect(listRoot(element).querySelector('.result-summary')!.textContent!.trim()).to.equal('Showing 3–4 of 4 trainings');
    expect(checkbox(element, 'Format', 'In person').checked).to.equal(true);
    expect(window.scrollY).to.equal(scrolled);
    // Back where the person was: focus on the link of the card they had opened.
    await waitUntil(() => listRoot(element).activeElement?.textContent?.trim() === chosen, 'focus on the card left');
    expect(listRoot(element).activeElement!.localName).to.equal('a');
    await waitUntil(() => shadowText(element).includes('All trainings'), 'announced');
  });

  it('follows the browser\'s back and forward buttons', async () => {
    const element = await archive();
    listRoot(element).querySelector<HTMLAnchorElement>('.card .title a')!.click();
    await settle(element);
    expect(heading(element)).to.exist;
    history.back();
    await waitUntil(() => !list(element).closest('[hidden]'), 'list after back');
    history.forward();
    await waitUntil(() => heading(element), 'detail after forward');
  });

  it('opens a deep link at the right session and time', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist/module-2?t=4`);
    const element = await archive();
    await settle(element);
    expect(heading(element)!.textContent).to.equal('Trauma-Informed Stabilization Treatment (TIST)');
    const player = root(element).querySelector('rsp-training-player')!;
    expect(player.getAttribute('session')).to.equal('module-2');
    expect(player.getAttribute('start')).to.equal('4');
    const current = root(element).querySelector('.sessions [aria-current="true"]')!;
    expect(current.textContent).to.include('Module 2');
    // Another session from the session list updates the URL and the player.
    [...root(element).querySelectorAll<HTMLAnchorElement>('.sessions a')][2].click();
    await settle(element);
    expect(location.hash).to.equal('#rsp/tist/module-3');
    expect(root(element).querySelector('rsp-training-player')!.getAttribute('session')).to.equal('module-3');
  });

  it('says a training is not found, with a way back', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/no-such-training`);
    const element = await archive();
    expect(heading(element)!.textContent).to.equal('Training not found');
    expect(shadowText(element)).to.include('We could not find a training with the id "no-such-training"');
    await expect(element).to.be.accessible();
    root(element).querySelector<HTMLAnchorElement>('.back a')!.click();
    await waitUntil(() => !list(element).closest('[hidden]'), 'back to the list');
  });

  it('filters the list by a topic link of a training', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist`);
    const element = await archive();
    await settle(element); // the topic links come with the detail view's code
    const topic = [...root(element).querySelectorAll<HTMLAnchorElement>('.chips a')].find((link) => link.textContent === 'De-escalation')!;
    expect(topic.getAttribute('href')).to.include('rsp-topic=de-escalation');
    topic.click();
    await waitUntil(() => !list(element).closest('[hidden]'), 'list shown');
    await settle(element);
    expect(new URL(location.href).searchParams.get('rsp-topic')).to.equal('de-escalation');
    expect(checkbox(element, 'Topic', 'De-escalation').checked).to.equal(true);
    expect(listRoot(element).querySelector('.result-summary')!.textContent!.trim()).to.equal('Showing 1–4 of 4 trainings');
  });

  it('gives a training whose sessions are out of date order one date: on its card, in its detail and in the Year filter', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = '<rsp-archive routing="none"></rsp-archive>';
    const element = container.querySelector('rsp-archive')!;
    element.catalog = {
      version: 1,
      title: 'Archive',
      trainings: [
        { id: 'dated', title: 'Dated training', date: '2023-01-10', sessions: [{ id: 'day-1', title: 'Day 1' }] },
        {
          id: 'out-of-order',
          title: 'Sessions out of order',
          sessions: [
            { id: 'session-1', title: 'Session 1', date: '2021-05-01' },
            { id: 'session-2', title: 'Session 2', date: '2019-03-02' },
          ],
        },
      ],
    };
    await waitUntil(() => root(element).querySelector('rsp-training-list')?.shadowRoot?.querySelector('.card'), 'list rendered');
    await settle(element);
    const card = [...listRoot(element).querySelectorAll('.card')].find((each) => each.textContent!.includes('Sessions out of order'))!;
    const cardFacts = card.querySelector('.facts')!.textContent!.replace(/\s+/g, ' ');
    const years = [...listRoot(element).querySelectorAll('fieldset')]
      .find((set) => set.querySelector('legend')!.textContent === 'Year')!
      .querySelectorAll('label span:first-of-type');
    expect([...years].map((year) => year.textContent)).to.deep.equal(['2023', '2019']);
    expect(cardFacts).to.include('Mar 2, 2019');
    checkbox(element, 'Year', '2019').click();
    await settle(element);
    expect(cardTitles(element)).to.deep.equal(['Sessions out of order']);
    listRoot(element).querySelector<HTMLButtonElement>('.card .title button')!.click();
    await settle(element);
    expect(heading(element)!.textContent).to.equal('Sessions out of order');
    expect(root(element).querySelector('.detail .facts')!.textContent!.replace(/\s+/g, ' ')).to.include('March 2, 2019');
  });

  it('follows a topic link in one history entry and announces what it found, as ticking the topic does', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist`);
    const element = await archive();
    await settle(element);
    const pushes: string[] = [];
    const { pushState } = history;
    history.pushState = (...args: Parameters<History['pushState']>) => (pushes.push(String(args[2])), pushState.apply(history, args));
    try {
      [...root(element).querySelectorAll<HTMLAnchorElement>('.chips a')].find((link) => link.textContent === 'De-escalation')!.click();
      await waitUntil(() => !list(element).closest('[hidden]'), 'list shown');
    } finally {
      history.pushState = pushState;
    }
    expect(pushes).to.have.length(1);
    expect(location.hash).to.equal('#rsp');
    const said = () => [...listRoot(element).querySelectorAll('[role="status"]')].map((region) => region.textContent);
    await waitUntil(() => said().includes('4 trainings found'), 'the count announced', { timeout: 3000 });
    history.back();
    await waitUntil(() => heading(element)?.textContent === 'Trauma-Informed Stabilization Treatment (TIST)', 'back at the training');
    await settle(element);
    expect(checkbox(element, 'Topic', 'De-escalation').checked).to.equal(false);
  });

  it('makes one catalog request for the list, the player and the handouts', async () => {
    const url = catalogUrl();
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist`);
    const element = await archive('', url);
    await waitUntil(() => root(element).querySelector('rsp-handouts')?.shadowRoot?.querySelector('a'), 'handouts rendered');
    await waitUntil(() => root(element).querySelector('rsp-training-player')?.shadowRoot?.querySelector('video'), 'player rendered');
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url));
    expect(requests).to.have.length(1);
  });

  it('sets document.title only with set-title', async () => {
    const before = document.title;
    document.title = 'Host page';
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist`);
    const plain = await archive();
    expect(heading(plain)).to.exist;
    expect(document.title).to.equal('Host page');
    plain.remove();
    const titled = await archive('set-title');
    await settle(titled);
    expect(document.title).to.equal('Trauma-Informed Stabilization Treatment (TIST) — Host page');
    titled.remove();
    expect(document.title).to.equal('Host page');
    document.title = before;
  });

  it('keeps the route in the query string with routing="query"', async () => {
    const element = await archive('routing="query"');
    listRoot(element).querySelector<HTMLButtonElement>('.card .title button')!.click();
    await settle(element);
    expect(new URL(location.href).searchParams.get('rsp-training')).to.equal('caring-for-staff-after-critical-incidents');
    expect(location.hash).to.equal('');
  });

  it('leaves the URL alone with routing="none"', async () => {
    const before = location.href;
    const element = await archive('routing="none"');
    listRoot(element).querySelector<HTMLButtonElement>('.card .title button')!.click();
    await settle(element);
    expect(heading(element)).to.exist;
    expect(location.href).to.equal(before);
    root(element).querySelector<HTMLButtonElement>('.back button')!.click();
    await settle(element);
    expect(list(element).closest('[hidden]')).to.equal(null);
  });
  it('routes the player\'s Next session in the query string with routing="query", and ignores the host\'s hash', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}rsp-training=tist`);
    const element = await archive('routing="query"');
    const player = () => root(element).querySelector('rsp-training-player')!;
    await waitUntil(() => player().shadowRoot?.querySelector('.header'), 'player rendered');
    button(player(), 'Next session').click();
    await settle(element);
    expect(new URL(location.href).searchParams.get('rsp-session')).to.equal('module-2');
    expect(player().getAttribute('session')).to.equal('module-2');
    location.hash = '#main-content';
    await oneEvent(window, 'hashchange');
    await settle(element);
    expect(player().getAttribute('session')).to.equal('module-2');
    history.back();
    await waitUntil(() => !location.hash, 'back over the host entry');
    history.back();
    await waitUntil(() => player().getAttribute('session') === null, 'back to the first session');
  });

  it('changes the session itself with routing="none", leaving the URL alone', async () => {
    const before = location.href;
    history.replaceState(null, '', before);
    const element = await archive('routing="none"');
    [...listRoot(element).querySelectorAll<HTMLButtonElement>('.card .title button')].find((each) => each.textContent!.includes('TIST'))!.click();
    await settle(element);
    const player = root(element).querySelector('rsp-training-player')!;
    await waitUntil(() => player.shadowRoot?.querySelector('.header'), 'player rendered');
    button(player, 'Next session').click();
    await settle(element);
    expect(player.getAttribute('session')).to.equal('module-2');
    expect(root(element).querySelector('.sessions [aria-current="true"]')!.textContent).to.include('Module 2');
    await waitUntil(() => shadowText(element).includes('Session 2 of 4: Module 2'), 'announced');
    expect(location.href).to.equal(before);
  });

  it('knows its own addresses from the host page\'s', () => {
    const at = (tail: string) => new URL(tail, 'https://example.org/page');
    for (const ours of ['/page', '/page#rsp', '/page#rsp/tist', '/page#rsp/tist/module-2?t=5', '/page#rsp?x', '/page#rsp/']) {
      expect(isArchiveUrl(at(ours), 'hash'), ours).to.equal(true);
    }
    for (const theirs of ['/page#main-content', '/page#rspx', '/page#/rsp/tist', '/page#top']) {
      expect(isArchiveUrl(at(theirs), 'hash'), theirs).to.equal(false);
    }
    expect(isArchiveUrl(at('/page#main-content'), 'query')).to.equal(true);
    expect(isArchiveUrl(at('/page#rsp/tist'), 'none')).to.equal(false);
  });
});
