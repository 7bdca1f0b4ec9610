import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { clearCatalogStores } from '../src/catalog/store.js';
import '../src/components/catalog.js';
import '../src/components/training-list.js';
import type { RspTrainingList } from '../src/components/training-list.js';
import { saveSessionProgress } from '../src/progress/record.js';
import { generateCatalog } from './generate.js';
import { catalogShown, served, shadowText } from './helpers.js';

const session = (duration: string) => [{ id: 'session-1', title: 'Session', duration }];

/** Five trainings where "rivera" appears in a different field of each, listed in the opposite order of relevance. */
const catalog = () => ({
  version: 1,
  title: 'Test archive',
  topics: [
    { id: 'rivera-model', label: 'Rivera model' },
    { id: 'sensory', label: 'Sensory modulation' },
  ],
  audiences: [
    { id: 'nurses', label: 'Nurses' },
    { id: 'direct-care', label: 'Direct support staff' },
  ],
  trainings: [
    { id: 'e-description', title: 'Quiet hours on the unit', description: 'Drawing on work by Rivera.', date: '2019-01-10',
      format: 'in-person', topics: ['sensory'], audiences: ['nurses'], language: 'en', sessions: session('PT1H') },
    { id: 'd-summary', title: 'Comfort rooms', summary: 'Builds on the Rivera model.', date: '2020-05-01',
      format: 'prerecorded', topics: ['sensory'], audiences: ['direct-care'], language: 'en', sessions: session('PT45M') },
    { id: 'c-topic', title: 'Team huddles', topics: ['rivera-model'], date: '2018-03-03', format: 'live-online',
      audiences: ['nurses'], language: 'en', sessions: session('PT20M') },
    { id: 'b-presenter', title: 'Débriefing after restraint', presenters: [{ name: 'Ana Rivera Núñez', credentials: 'LICSW' }],
      date: '2022-09-09', format: 'in-person', topics: ['sensory'], audiences: ['direct-care'], language: 'es',
      sessions: session('PT1H30M') },
    { id: 'a-title', title: 'The Rivera method for steady units', date: '2021-11-11', format: 'prerecorded',
      topics: ['sensory'], audiences: ['nurses'], language: 'en', sessions: session('PT2H'),
      credits: [{ type: 'CE', hours: 2 }] },
  ],
});

async function listOf(data: unknown = catalog(), attributes = '') {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<rsp-training-list ${attributes}></rsp-training-list>`;
  const element = container.querySelector('rsp-training-list')!;
  element.catalog = data;
  await catalogShown(element);
  return element;
}

const $ = <T extends Element = HTMLElement>(element: RspTrainingList, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: RspTrainingList, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
const ids = (element: RspTrainingList) =>
  $$(element, '.card .title').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
/** What a person would call the focused control (compared as text: a failed comparison of two elements crashed the runner). */
const named = (control: Element | null | undefined) =>
  control
    ? `${control.localName} "${(control.closest('label') ?? control).textContent!.replace(/\s+/g, ' ').trim()}"`
    : 'nothing';
const summary = (element: RspTrainingList) => $(element, '.result-summary').textContent!.replace(/\s+/g, ' ').trim();

/** Types into the search box as a person would. */
async function search(element: RspTrainingList, text: string) {
  const input = $<HTMLInputElement>(element, 'input[type="search"]');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await element.updateComplete;
}

function checkbox(element: RspTrainingList, legend: string, label: string) {
  const fieldset = $$(element, 'fieldset').find((set) => set.querySelector('legend')!.textContent === legend)!;
  const option = [...fieldset.querySelectorAll('label')].find((item) => item.querySelector('span')!.textContent === label)!;
  return option.querySelector('input')!;
}

function count(element: RspTrainingList, legend: string, label: string) {
  return checkbox(element, legend, label).closest('label')!.querySelector('.count')!.textContent;
}

async function choose(element: RspTrainingList, sort: string) {
  const select = $<HTMLSelectElement>(element, 'select');
  select.value = sort;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

const A = 'The Rivera method for steady units';
const B = 'Débriefing after restraint';
const C = 'Team huddles';
const D = 'Comfort rooms';
const E = 'Quiet hours on the unit';

describe('<rsp-training-list>', () => {
  afterEach(() => {
    clearCatalogStores();
    localStorage.clear();
  });

  describe('search', () => {
    it('ranks title over presenters over topics over summary over description', async () => {
      const element = await listOf();
      await search(element, 'rivera');
      expect(ids(element)).to.deep.equal([A, B, C, D, E]);
      expect(summary(element)).to.equal('Showing 1–5 of 5 trainings');
      await expect(element).to.be.accessible();
    });

    it('ignores case and diacritics, and highlights matched words as text', async () => {
      const element = await listOf();
      await search(element, 'NUNEZ');
      expect(ids(element)).to.deep.equal([B]);
      await search(element, 'debrief');
      expect(ids(element)).to.deep.equal([B]);
      expect($$(element, '.title mark').map((mark) => mark.textContent)).to.deep.equal(['Débriefing']);
    });

    it('requires every word to match', async () => {
      const element = await listOf();
      await search(element, 'rivera quiet');
      expect(ids(element)).to.deep.equal([E]);
      await search(element, 'rivera huddles comfort');
      expect(ids(element)).to.deep.equal([]);
      expect(shadowText(element)).to.include('No trainings match your search and filters.');
    });

    it('matches the word being typed as a prefix, and finished words whole', async () => {
      const element = await listOf();
      await search(element, 'rive');
      expect(ids(element)).to.have.length(5);
      await search(element, 'rive ');
      expect(ids(element)).to.deep.equal([]);
      await search(element, 'rivera meth');
      expect(ids(element)).to.deep.equal([A]);
    });

    it('announces the number of results politely once typing pauses', async () => {
      const element = await listOf();
      await search(element, 'rivera');
      const regions = () => $$(element, '[role="status"]');
      await waitUntil(() => regions().some((region) => region.textContent === '5 trainings found'), 'announcement');
      await search(element, 'rivera quiet');
      await waitUntil(() => regions().some((region) => region.textContent === '1 training found'), 'singular');
    });

    it('keeps the announcement off screen, so typing never moves the search box or the cards', async () => {
      const element = await listOf();
      const input = $<HTMLInputElement>(element, 'input[type="search"]');
      const place = (target: Element) => {
        const { x, y, width } = target.getBoundingClientRect();
        return { x: Math.round(x), y: Math.round(y), width: Math.round(width) };
      };
      const searchBefore = place(input);
      const cardBefore = place($(element, '.card'));
      await search(element, 'rivera');
      await waitUntil(() => $$(element, '[role="status"]').some((region) => region.textContent === '5 trainings found'), 'announced');
      const region = $$(element, '[role="status"]').find((item) => item.textContent === '5 trainings found')!;
      const box = region.getBoundingClientRect();
      expect(box.width * box.height, 'a 1×1 px region').to.be.at.most(1);
      expect(getComputedStyle(region).clipPath).to.equal('inset(50%)');
      expect(place(input)).to.deep.equal(searchBefore);
      expect(place($(element, '.card'))).to.deep.equal(cardBefore);
    });
  });

  describe('facets', () => {
    it('shows only facets with more than one value, with counts that reflect the other filters', async () => {
      const element = await listOf();
      expect($$(element, 'legend').map((legend) => legend.textContent)).to.deep.equal([
        'Topic', 'Audience', 'Format', 'Year', 'Language',
      ]);
      expect(count(element, 'Format', 'In person')).to.equal('(2)');
      expect(count(element, 'Topic', 'Sensory modulation')).to.equal('(4)');
      checkbox(element, 'Format', 'In person').click();
      await element.updateComplete;
      expect(ids(element).sort()).to.deep.equal([B, E].sort());
      // Topic counts now count only in-person trainings; format counts still ignore the format selection.
      expect(count(element, 'Topic', 'Sensory modulation')).to.equal('(2)');
      expect(count(element, 'Topic', 'Rivera model')).to.equal('(0)');
      expect(count(element, 'Format', 'Prerecorded')).to.equal('(2)');
      await expect(element).to.be.accessible();
    });

    it('cannot tick a value with no results, but can always untick one', async () => {
      const element = await listOf();
      checkbox(element, 'Format', 'In person').click();
      await element.updateComplete;
      const rivera = checkbox(element, 'Topic', 'Rivera model');
      expect(count(element, 'Topic', 'Rivera model')).to.equal('(0)'); // the count stays shown
      expect(rivera.disabled).to.equal(true);
      rivera.closest('label')!.click();
      await element.updateComplete;
      expect(rivera.checked).to.equal(false);
      expect(ids(element)).to.have.members([B, E]);
      expect(checkbox(element, 'Topic', 'Sensory modulation').disabled).to.equal(false);
      await expect(element).to.be.accessible();

      // A shared link may tick values that match nothing together: each stays free to untick.
      const preset = await listOf(catalog(), 'topic="rivera-model" format="in-person"');
      expect(count(preset, 'Topic', 'Rivera model')).to.equal('(0)');
      expect(checkbox(preset, 'Topic', 'Rivera model').disabled).to.equal(false);
      expect(checkbox(preset, 'Format', 'In person').disabled).to.equal(false);
      checkbox(preset, 'Format', 'In person').click();
      await preset.updateComplete;
      expect(ids(preset)).to.deep.equal([C]);
    });

    it('ORs values within a facet, ANDs across facets, and clears all', async () => {
      const element = await listOf();
      checkbox(element, 'Format', 'In person').click();
      await element.updateComplete;
      checkbox(element, 'Format', 'Prerecorded').click();
      await element.updateComplete;
      expect(ids(element)).to.have.members([A, B, D, E]);
      checkbox(element, 'Audience', 'Nurses').click();
      await element.updateComplete;
      expect(ids(element)).to.have.members([A, E]);
      $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.trim() === 'Clear all')!.click();
      await element.updateComplete;
      expect(ids(element)).to.have.length(5);
      expect(checkbox(element, 'Audience', 'Nurses').checked).to.equal(false);
    });

    it('names languages in the page language', async () => {
      const element = await listOf();
      expect(checkbox(element, 'Language', 'Spanish')).to.exist;
      expect(checkbox(element, 'Language', 'English')).to.exist;
    });

    it('shows a language tag the browser cannot name as the tag itself, and the list with it', async () => {
      // `en-US-US` is a tag of the catalog format's loose shape that Intl.DisplayNames refuses (RangeError).
      const data = catalog();
      data.trainings[0].language = 'en-US-US';
      const element = await listOf(data);
      expect(ids(element)).to.have.length(5);
      expect(checkbox(element, 'Language', 'en-US-US')).to.exist;
      expect(checkbox(element, 'Language', 'Spanish')).to.exist;
    });
  });

  describe('sort', () => {
    it('sorts newest, oldest, by title, longest and shortest; relevance only while searching', async () => {
      const element = await listOf();
      const options = () => $$<HTMLOptionElement>(element, 'option').map((option) => option.value);
      expect(options()).not.to.include('relevance');
      expect(ids(element)).to.deep.equal([B, A, D, E, C]); // newest is the default
      await choose(element, 'oldest');
      expect(ids(element)).to.deep.equal([C, E, D, A, B]);
      await choose(element, 'title');
      expect(ids(element)).to.deep.equal([D, B, E, C, A]);
      await choose(element, 'longest');
      expect(ids(element)).to.deep.equal([A, B, E, D, C]);
      await choose(element, 'shortest');
      expect(ids(element)).to.deep.equal([C, D, E, B, A]);
      await choose(element, 'newest');
      expect(ids(element)).to.deep.equal([B, A, D, E, C]);
      await search(element, 'rivera');
      expect(options()).to.include('relevance');
      await choose(element, 'relevance');
      expect(ids(element)).to.deep.equal([A, B, C, D, E]);
    });
  });

  describe('pages', () => {
    it('shows page-size trainings per page, with bounds, and moves focus to the summary', async () => {
      const element = await listOf(generateCatalog(30), 'page-size="12"');
      expect(summary(element)).to.equal('Showing 1–12 of 30 trainings');
      const pageButton = (label: string) =>
        $$<HTMLButtonElement>(element, 'nav button').find(
          (button) => (button.getAttribute('aria-label') ?? button.textContent!.trim()) === label,
        )!;
      expect(pageButton('Previous page').disabled).to.equal(true);
      expect(pageButton('Page 1').getAttribute('aria-current')).to.equal('page');
      pageButton('Page 3').click();
      await element.updateComplete;
      expect(summary(element)).to.equal('Showing 25–30 of 30 trainings');
      expect($$(element, '.card')).to.have.length(6);
      expect(pageButton('Next page').disabled).to.equal(true);
      expect(element.shadowRoot!.activeElement).to.equal($(element, '.result-summary'));
      pageButton('Previous page').click();
      await element.updateComplete;
      expect(summary(element)).to.equal('Showing 13–24 of 30 trainings');
      await expect(element).to.be.accessible();
    });
  });

  describe('presets', () => {
    it('applies query, topic, audience, format, year and language attributes', async () => {
      expect(ids(await listOf(catalog(), 'query="rivera"'))).to.deep.equal([A, B, C, D, E]);
      expect(ids(await listOf(catalog(), 'topic="rivera-model"'))).to.deep.equal([C]);
      expect(ids(await listOf(catalog(), 'audience="nurses"'))).to.have.members([A, C, E]);
      expect(ids(await listOf(catalog(), 'format="live-online,prerecorded"'))).to.have.members([A, C, D]);
      expect(ids(await listOf(catalog(), 'year="2019, 2022"'))).to.have.members([B, E]);
      expect(ids(await listOf(catalog(), 'language="es"'))).to.deep.equal([B]);
    });

    it('shows a curated list in the given order, and only those', async () => {
      const element = await listOf(catalog(), 'trainings="c-topic,a-title,no-such-id,e-description"');
      expect(ids(element)).to.deep.equal([C, A, E]);
      expect($<HTMLSelectElement>(element, 'select').value).to.equal('curated');
    });

    it('limits, hides search and filters, and lays out as a list', async () => {
      const element = await listOf(catalog(), 'limit="2" hide-search hide-filters layout="list"');
      expect(ids(element)).to.deep.equal([B, A]);
      expect(summary(element)).to.equal('Showing 1–2 of 2 trainings');
      expect($(element, 'input[type="search"]')).to.equal(null);
      expect($(element, 'fieldset')).to.equal(null);
      const columns = getComputedStyle($(element, '.cards')).gridTemplateColumns.split(' ');
      expect(columns).to.have.length(1);
    });

    it('shows the whole picture in the list layout, not a crop of it', async () => {
      const data = catalog();
      const src = new URL('/demo/source/media/tist-1.jpg', location.href).href;
      for (const training of data.trainings) Object.assign(training, { thumbnail: { src, alt: '', width: 320, height: 180 } });
      const element = await listOf(data, 'layout="list" hide-filters');
      const images = $$<HTMLImageElement>(element, 'img.thumbnail');
      await waitUntil(() => images.every((image) => image.complete && image.naturalWidth > 0), 'pictures loaded');
      for (const image of images) {
        const { width, height } = image.getBoundingClientRect();
        expect(image.closest('.card')!.getBoundingClientRect().height).to.be.above(height); // a card taller than its picture
        expect(width / height).to.be.closeTo(image.naturalWidth / image.naturalHeight, 0.02);
      }
    });

    it('gives a training without a picture a cover of its format and first topic, hidden from screen readers', async () => {
      const data = catalog();
      Object.assign(data.trainings[1], { topics: [], format: undefined }); // "Comfort rooms": nothing to show
      const element = await listOf(data);
      const card = (title: string) => $$(element, '.card').find((item) => item.querySelector('.title')!.textContent!.trim() === title)!;
      const cover = card(E).querySelector<HTMLElement>('.thumbnail')!;
      expect(cover.getAttribute('aria-hidden')).to.equal('true');
      expect(cover.textContent!.replace(/\s+/g, ' ').trim()).to.equal('In person Sensory modulation');
      expect(cover.getBoundingClientRect().height).to.be.above(40);
      expect(card(D).querySelector('.thumbnail')).to.equal(null); // no empty box
      await expect(element).to.be.accessible();
    });

    it('re-applies presets when an attribute changes', async () => {
      const element = await listOf();
      element.setAttribute('topic', 'rivera-model');
      await element.updateComplete;
      expect(ids(element)).to.deep.equal([C]);
    });
  });

  describe('deep links', () => {
    let original: string;
    beforeEach(() => (original = location.href));
    afterEach(() => history.replaceState(null, '', original));

    it('mirrors the state in the query string, and back/forward restore it', async () => {
      const element = await listOf(catalog(), 'sync-url');
      // Count the calls rather than history.length, which browsers cap (Chromium at 50 entries).
      const calls: string[] = [];
      const { pushState, replaceState } = history;
      history.pushState = (...args: Parameters<History['pushState']>) => (calls.push('push'), pushState.apply(history, args));
      history.replaceState = (...args: Parameters<History['replaceState']>) => (calls.push('replace'), replaceState.apply(history, args));
      try {
        await search(element, 'rivera');
        expect(new URL(location.href).searchParams.get('rsp-q')).to.equal('rivera');
        expect(calls.length).to.be.above(0);
        expect(calls.every((call) => call === 'replace')).to.equal(true); // typing replaces the entry
        calls.length = 0;
        checkbox(element, 'Format', 'In person').click();
        await element.updateComplete;
        expect(calls).to.deep.equal(['push']); // a discrete change adds one
      } finally {
        history.pushState = pushState;
        history.replaceState = replaceState;
      }
      expect(new URL(location.href).searchParams.get('rsp-format')).to.equal('in-person');
      expect(new URL(location.href).searchParams.get('wtr-session-id')).to.exist; // the host's parameters stay
      expect(ids(element)).to.deep.equal([B, E]);

      history.back();
      await waitUntil(() => ids(element).length === 5, 'back restores the unfiltered results');
      expect(checkbox(element, 'Format', 'In person').checked).to.equal(false);
      history.forward();
      await waitUntil(() => ids(element).length === 2, 'forward restores the filter');
      expect(checkbox(element, 'Format', 'In person').checked).to.equal(true);

      // A shared link opens the same view.
      const copy = await listOf(catalog(), 'sync-url');
      expect(ids(copy)).to.deep.equal([B, E]);
      expect($<HTMLInputElement>(copy, 'input[type="search"]').value).to.equal('rivera');
    });

    it('clamps a page number beyond the last page', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}&rsp-page=99`);
      const element = await listOf(generateCatalog(30), 'sync-url');
      expect(summary(element)).to.equal('Showing 25–30 of 30 trainings');
    });
  });

  describe('selecting', () => {
    it('fires rsp-training-select with the id and training', async () => {
      const element = await listOf();
      const selected = oneEvent(element, 'rsp-training-select');
      $<HTMLButtonElement>(element, '.card .title button').click();
      const { detail } = await selected;
      expect(detail.id).to.equal('b-presenter');
      expect(detail.training.title).to.equal(B);
    });

    it('follows href-template unless the event is cancelled', async () => {
      const element = await listOf(catalog(), 'href-template="/trainings/{id}"');
      const link = $<HTMLAnchorElement>(element, '.card .title a');
      expect(link.getAttribute('href')).to.equal('/trainings/b-presenter');
      const seen: boolean[] = [];
      const record = (event: Event) => {
        seen.push(event.defaultPrevented);
        event.preventDefault(); // keep the test page where it is
      };
      document.addEventListener('click', record);
      try {
        link.click();
        const cancel = (event: Event) => event.preventDefault();
        element.addEventListener('rsp-training-select', cancel);
        link.click();
        element.removeEventListener('rsp-training-select', cancel);
      } finally {
        document.removeEventListener('click', record);
      }
      expect(seen).to.deep.equal([false, true]);
    });

    it('opens a training from anywhere on its card, with one link named by the title', async () => {
      const element = await listOf();
      const card = $$(element, '.card')[1];
      const button = card.querySelector<HTMLButtonElement>('.title button')!;
      expect(card.querySelectorAll('a, button, input, select, [tabindex]')).to.have.length(1);
      expect(button.textContent!.trim()).to.equal(A); // the summary and facts are not read as the link's name
      const box = card.getBoundingClientRect();
      for (const [x, y] of [[box.right - 5, box.bottom - 5], [box.left + 5, box.top + 5]]) {
        const selected = oneEvent(element, 'rsp-training-select');
        await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
        expect((await selected).detail.id).to.equal('a-title');
      }
      await expect(element).to.be.accessible();
    });

    it('never links to a javascript: template', async () => {
      const element = await listOf(catalog(), 'href-template="javascript:alert({id})"');
      expect($(element, '.card .title a')).to.equal(null);
      expect($(element, '.card .title button')).to.exist;
    });
  });

  describe('progress badges', () => {
    it('shows "In progress" with the watched share, and "Completed"', async () => {
      saveSessionProgress('a-title', 'session-1', { position: 2880, duration: 7200, watched: [[0, 2880]] });
      saveSessionProgress('c-topic', 'session-1', { duration: 1200, watched: [[0, 1200]], completed: true });
      saveSessionProgress('e-description', 'session-1', { position: 5, duration: 3600, watched: [[0, 5]] });
      const element = await listOf();
      const badges = Object.fromEntries(
        $$(element, '.card').map((card) => [
          card.querySelector('.title')!.textContent!.trim(),
          card.querySelector('.badge')?.textContent!.trim(),
        ]),
      );
      expect(badges[A]).to.equal('In progress 40%');
      expect(badges[C]).to.equal('Completed');
      expect(badges[E]).to.equal('In progress'); // 5 s of an hour: no "0%" 
      expect(badges[B]).to.equal(undefined);
    });
  });

  describe('states and safety', () => {
    it('renders catalog text literally, never as HTML', async () => {
      const data = catalog();
      data.trainings[4].title = '<img src=x onerror=alert(1)>';
      data.trainings[4].summary = '<script>alert(2)</script>';
      const element = await listOf(data);
      expect(ids(element)).to.include('<img src=x onerror=alert(1)>');
      expect($$(element, 'img:not(.thumbnail)')).to.have.length(0);
      expect($$(element, 'script')).to.have.length(0);
    });

    it('shows a skeleton of the final size while loading, and is accessible', async () => {
      const element = await fixture<RspTrainingList>(
        html`<rsp-training-list src="/test-server/slow/500/catalog-good.json?${Math.random()}"></rsp-training-list>`,
      );
      expect($$(element, '.skeleton .card')).to.have.length(12);
      expect($(element, '.skeleton').getAttribute('aria-hidden')).to.equal('true');
      expect(element.getAttribute('aria-busy')).to.equal('');
      await expect(element).to.be.accessible();
      await oneEvent(element, 'rsp-catalog-load');
    });

    it('says so when the catalog has no trainings', async () => {
      const element = await fixture<RspTrainingList>(html`<rsp-training-list src=${served('catalog-empty.json')}></rsp-training-list>`);
      await waitUntil(() => shadowText(element).includes('There are no trainings in this archive yet.'), 'empty state');
      await expect(element).to.be.accessible();
    });

    it('offers to clear search and filters when nothing matches, and is accessible', async () => {
      const element = await listOf();
      await search(element, 'zzzz');
      expect(summary(element)).to.equal('No trainings match your search and filters.');
      await expect(element).to.be.accessible();
      $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.trim() === 'Clear search and filters')!.click();
      await element.updateComplete;
      expect(ids(element)).to.have.length(5);
    });

    it('shows a catalog error with its own src, and is accessible', async () => {
      const element = await fixture<RspTrainingList>(html`<rsp-training-list src="/test-server/status/404"></rsp-training-list>`);
      await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
      expect(shadowText(element)).to.include('HTTP 404');
      await expect(element).to.be.accessible();
    });

    it('uses the catalog of the nearest <rsp-catalog>', async () => {
      const outer = await fixture(html`<rsp-catalog src=${served('catalog-good.json')}><rsp-training-list></rsp-training-list></rsp-catalog>`);
      const element = outer.querySelector('rsp-training-list')!;
      await waitUntil(() => ids(element).length === 3, 'three trainings');
    });
  });

  describe('keyboard and layout', () => {
    it('can be used with the keyboard alone: search, sort, the results, then the filters', async () => {
      await setViewport({ width: 1280, height: 800 });
      const before = document.createElement('button');
      before.textContent = 'before';
      const element = await listOf();
      element.before(before);
      before.focus();
      const active = () => element.shadowRoot!.activeElement;
      try {
        await sendKeys({ press: 'Tab' });
        expect(named(active())).to.equal(named($(element, 'input[type="search"]')));
        await sendKeys({ type: 'rivera' });
        await sendKeys({ press: 'Tab' });
        expect(named(active())).to.equal(named($(element, 'select')));
        await sendKeys({ press: 'Tab' });
        expect(named(active()), 'the first result, two Tabs from the search box').to.equal(named($(element, '.card .title button')));
        for (let card = 1; card < 5; card++) await sendKeys({ press: 'Tab' });
        expect(named(active())).to.equal(named($$(element, '.card .title button')[4]));
        await sendKeys({ press: 'Tab' });
        expect(named(active())).to.equal(named($(element, 'details.filters > summary')));
        expect($<HTMLDetailsElement>(element, 'details.filters').open).to.equal(true); // wide enough to start open
        await sendKeys({ press: 'Tab' });
        expect(named(active())).to.equal(named(checkbox(element, 'Topic', 'Rivera model')));
        await sendKeys({ press: 'Tab' });
        expect(named(active())).to.equal(named(checkbox(element, 'Topic', 'Sensory modulation')));
        await sendKeys({ press: ' ' });
        await element.updateComplete;
        expect(ids(element)).to.deep.equal([A, B, D, E]);
        // Back to the first result, which Enter opens.
        const firstCard = $(element, '.card .title button');
        await sendKeys({ down: 'Shift' });
        for (let presses = 0; presses < 12 && active() !== firstCard; presses++) await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(named(active())).to.equal(named(firstCard));
        const selected = oneEvent(element, 'rsp-training-select');
        await sendKeys({ press: 'Enter' });
        expect((await selected).detail.id).to.equal('a-title');
      } finally {
        before.remove();
      }
    });

    for (const width of [1280, 320]) {
      it(`reaches the first result in at most 5 Tabs from the search box at ${width} px, filters open`, async () => {
        await setViewport({ width, height: 800 });
        try {
          const element = await listOf();
          const filters = $<HTMLDetailsElement>(element, 'details.filters');
          filters.open = true;
          await waitUntil(() => $$(element, 'input[type="checkbox"]').every((box) => box.checkVisibility()), 'filters shown');
          $<HTMLInputElement>(element, 'input[type="search"]').focus();
          const first = $(element, '.card .title button');
          let tabs = 0;
          for (; tabs < 40 && element.shadowRoot!.activeElement !== first; tabs++) await sendKeys({ press: 'Tab' });
          expect(named(element.shadowRoot!.activeElement)).to.equal(named(first));
          expect(tabs).to.be.at.most(5);
          await expect(element).to.be.accessible();
        } finally {
          await setViewport({ width: 1280, height: 800 });
        }
      });
    }

    it('leads to the filters from beside the search box when they follow the results on a narrow element', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const element = await listOf();
        const go = $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.trim() === 'Go to filters')!;
        expect(go.checkVisibility()).to.equal(true);
        go.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => element.shadowRoot!.activeElement === $(element, 'details.filters > summary'), 'focus on the filters');
        expect($<HTMLDetailsElement>(element, 'details.filters').open).to.equal(true);
        await setViewport({ width: 1280, height: 800 });
        await waitUntil(() => !go.checkVisibility(), 'hidden where the filters show beside the results');
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('has no horizontal scroll at 320 px', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const element = await listOf(catalog());
        const filters = $<HTMLDetailsElement>(element, 'details.filters');
        expect(filters.open).to.equal(false); // closed on a phone, so the results come first
        $(element, 'details.filters > summary').click();
        await waitUntil(() => filters.open, 'filters open');
        checkbox(element, 'Format', 'In person').click();
        await element.updateComplete;
        expect($(element, 'details.filters > summary').textContent).to.equal('Filter trainings (1 selected)');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(element.scrollWidth).to.be.at.most(element.clientWidth);
        for (const card of $$(element, '.card')) expect(card.scrollWidth).to.be.at.most(card.clientWidth);
        expect(getComputedStyle($(element, '.cards')).gridTemplateColumns.split(' ')).to.have.length(1);
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('uses up to four columns when wide', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 1600px"></div>`);
      container.innerHTML = '<rsp-training-list hide-filters></rsp-training-list>';
      const element = container.querySelector('rsp-training-list')!;
      element.catalog = generateCatalog(8);
      await catalogShown(element);
      expect(getComputedStyle($(element, '.cards')).gridTemplateColumns.split(' ')).to.have.length(4);
    });
  });

  it('renders, searches and pages a 10,000-training catalog', async () => {
    const element = await listOf(generateCatalog(10_000, 7));
    expect(summary(element)).to.equal('Showing 1–12 of 10,000 trainings');
    await search(element, 'calm');
    const found = Number(/of ([\d,]+)/.exec(summary(element))![1].replace(/,/g, ''));
    expect(found).to.be.above(100).and.below(10_000);
    $$<HTMLButtonElement>(element, 'nav button').find((button) => button.getAttribute('aria-label') === 'Page 2')!.click();
    await element.updateComplete;
    expect(summary(element)).to.match(/^Showing 13–24 of /);
  });
});
