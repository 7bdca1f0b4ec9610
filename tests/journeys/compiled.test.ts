/**
 * Journey: the demo archive as `rsp-archive build` publishes it — a compiled catalog (entry, list index, a file per
 * training, spoken-word shards; tests/build-sites.ts builds it into tests/sites/). A person searches for words a
 * trainer said and lands in the recording where they were said; the list is the same as the single file's; nothing
 * of the spoken-word index loads before they search; a damaged file says so and loses nothing else.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearCatalogStores } from '../../src/catalog/store.js';
import '../../src/components/archive.js';
import type { RspArchive } from '../../src/components/archive.js';
import type { RspTrainingList } from '../../src/components/training-list.js';
import type { RspTrainingPlayer } from '../../src/components/training-player.js';
import type { CatalogErrorDetail } from '../../src/events.js';
import { clickOn } from '../player-helpers.js';
import { PATIENCE } from './harness.js';

const COMPILED = '/tests/sites/compiled/catalog.json';
const SINGLE = '/tests/sites/single/catalog.json';
const DE_ESCALATION = 'Person-Centered De-escalation on Inpatient Units';
const SPANISH = 'Especialistas de pares: voz y elección en la prevención';

/** A fresh address each time (its own store, and requests the browser has not cached). */
const fresh = (src: string) => `${src}${src.includes('?') ? '&' : '?'}journey=${Math.random().toString(36).slice(2)}`;

async function openArchive(src: string, { wait = true } = {}) {
  const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  container.innerHTML = `<rsp-archive src="${fresh(src)}" routing="none"></rsp-archive>`;
  const archive = container.querySelector<RspArchive>('rsp-archive')!;
  if (!wait) return archive;
  await oneEvent(archive, 'rsp-catalog-load');
  await archive.updateComplete;
  await waitUntil(() => list(archive)?.shadowRoot?.querySelector('.card'), 'the list shows trainings', PATIENCE);
  return archive;
}

const list = (archive: RspArchive) => archive.shadowRoot!.querySelector<RspTrainingList>('rsp-training-list')!;
const inList = (archive: RspArchive, selector: string) => [...list(archive).shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (archive: RspArchive) => inList(archive, '.card .title').map(text);
const moments = (archive: RspArchive) => inList(archive, '.moment');
const player = (archive: RspArchive) => archive.shadowRoot!.querySelector<RspTrainingPlayer>('rsp-training-player');
/** Every file of the catalog this page has requested so far, by path (the query string left off). */
const requested = (part: RegExp) =>
  performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => part.test(path));

async function type(archive: RspArchive, query: string) {
  const input = inList(archive, 'input[type="search"]')[0] as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
}

/** The list's polite announcement once typing pauses. */
async function announced(archive: RspArchive, like: RegExp) {
  const live = () => inList(archive, '.live[role="status"]').map(text).filter(Boolean).join(' ');
  await waitUntil(() => like.test(live()), `the list announces ${like}`, PATIENCE);
  return live();
}

/** Every card title, page after page ("Next" until there is none). */
async function allTitles(archive: RspArchive) {
  const seen = [...titles(archive)];
  for (let next; (next = inList(archive, 'button').find((b) => /^Next/.test(text(b)) && !(b as HTMLButtonElement).disabled)); ) {
    const before = titles(archive).join('|');
    (next as HTMLButtonElement).click();
    await waitUntil(() => titles(archive).join('|') !== before, 'the next page shows');
    seen.push(...titles(archive));
  }
  return seen;
}

/** Searches for `query` and opens the training titled `title` by a click on its title, as a person would. */
async function openTraining(archive: RspArchive, query: string, title: string) {
  await type(archive, query);
  await waitUntil(() => titles(archive)[0] === title, `${title} is listed first`, PATIENCE);
  await clickOn(inList(archive, '.card .title a, .card .title button')[0]);
  await waitUntil(() => player(archive)?.shadowRoot?.querySelector('video'), 'the player shows', PATIENCE);
}

describe('Journey: a compiled catalog (the published form)', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 900 });
    performance.clearResourceTimings();
  });
  afterEach(() => clearCatalogStores());

  it('shows the same list, facets and training as the single file', async () => {
    const compiled = await openArchive(COMPILED);
    const single = await openArchive(SINGLE);
    expect(titles(compiled).length).to.be.greaterThan(0);
    expect(inList(compiled, '.card').map(text)).to.deep.equal(inList(single, '.card').map(text));
    expect(inList(compiled, 'fieldset, details').map(text)).to.deep.equal(inList(single, 'fieldset, details').map(text));
    expect(await allTitles(compiled)).to.deep.equal(await allTitles(single));

    // The same training opened from each: the same heading, sessions and materials.
    for (const archive of [compiled, single]) await openTraining(archive, 'de-escalation', DE_ESCALATION);
    const detail = (archive: RspArchive) => text(archive.shadowRoot!.querySelector('.detail'));
    await waitUntil(() => detail(compiled) === detail(single), 'the two details read the same', PATIENCE);
    await expect(compiled).to.be.accessible();
  });

  it('the first cards show from the entry file while the list index loads; search and filters follow it', async function () {
    this.timeout(30000);
    const single = await openArchive(SINGLE);
    const firstPage = inList(single, '.card').map(text);
    const summary = text(inList(single, '.result-summary')[0]);
    const archive = await openArchive('/test-server/site/slow-list/catalog.json', { wait: false });
    await waitUntil(() => list(archive)?.shadowRoot?.querySelector('.card'), 'the first cards show', PATIENCE);
    expect(requested(/\/list\.[0-9a-f]+\.json$/), 'the list index has not arrived').to.satisfy((entries: string[]) => entries.length === 0);
    expect(inList(archive, '.card').map(text)).to.deep.equal(firstPage);
    expect(text(inList(archive, '.result-summary')[0])).to.equal(summary);
    expect(inList(archive, 'fieldset.facet')).to.have.length(0);
    await expect(archive).to.be.accessible();
    // A search typed now keeps the search box (and focus) and is answered once the whole list is in.
    await type(archive, 'debriefing');
    expect((inList(archive, 'input[type="search"]')[0] as HTMLInputElement).value).to.equal('debriefing');
    await waitUntil(() => titles(archive)[0] === 'Debriefing After Restraint: Learning and Repair', 'the search is answered', PATIENCE);
    expect(inList(archive, 'fieldset.facet').length).to.be.greaterThan(0);
  });

  it('every element on a page shares one request per file: the entry, the list index, a training file', async () => {
    const src = fresh(COMPILED);
    const page = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    page.innerHTML = `<rsp-training-player src="${src}" training="tist"></rsp-training-player>
      <rsp-training-player src="${src}" training="tist" session="module-2"></rsp-training-player>
      <rsp-handouts src="${src}" training="tist"></rsp-handouts>
      <rsp-training-list src="${src}"></rsp-training-list>`;
    await import('../../src/components/handouts.js');
    await import('../../src/components/training-player.js');
    const players = [...page.querySelectorAll<RspTrainingPlayer>('rsp-training-player')];
    await waitUntil(() => players.every((each) => each.shadowRoot?.querySelector('video')), 'both players show the training', PATIENCE);
    await waitUntil(() => page.querySelector('rsp-handouts')!.shadowRoot?.querySelector('a[href]'), 'the handouts show', PATIENCE);
    expect(requested(/\/tests\/sites\/compiled\/catalog\.json$/)).to.have.length(1);
    expect(requested(/\/list\.[0-9a-f]+\.json$/)).to.have.length(1);
    expect(requested(/\/trainings\/tist\.[0-9a-f]+\.json$/)).to.have.length(1);
    await expect(page).to.be.accessible();
  });

  it('a phrase the trainer said finds the training and opens the player at that moment', async () => {
    const archive = await openArchive(COMPILED);
    // Nothing of the spoken-word index has been asked for yet.
    expect(requested(/\/spoken/)).to.deep.equal([]);

    await type(archive, 'listen for what the person needs');
    // No title or description says it: the summary and the announcement send the person to what was said.
    const said = await announced(archive, /moments? in the recordings/);
    expect(said).to.equal("No training's title or description matches; what was said in the recordings does: 1 moment in the recordings");
    expect(text(inList(archive, '.result-summary')[0])).to.equal("No training's title or description matches; what was said in the recordings does:");
    const heading = inList(archive, '#said-heading')[0];
    expect(text(heading)).to.match(/^Said in the recordings \(\d+\)$/);
    const first = moments(archive)[0];
    expect(text(first)).to.match(/^0:04 · …Slow down, and listen for what the person needs\.… /);
    expect(text(first)).to.include(DE_ESCALATION);
    expect(requested(/\/spoken\.[0-9a-f]+\.json$/)).to.have.length(1);
    await expect(archive).to.be.accessible();

    await clickOn(first);
    await waitUntil(() => player(archive)?.shadowRoot?.querySelector('video'), 'the player opens', PATIENCE);
    const video = player(archive)!.shadowRoot!.querySelector('video')!;
    video.muted = true;
    await waitUntil(() => video.readyState >= 1 && Math.abs(video.currentTime - 4) < 0.5, 'the recording is at 0:04', PATIENCE);
    expect(video.paused, 'opening a moment does not start playback').to.equal(true);
    // The training's own file, once: prefetched on hover or read on opening, never both.
    expect(requested(/\/trainings\/person-centered-de-escalation\./)).to.have.length(1);
    await expect(archive).to.be.accessible();
  });

  it('Spanish words said in a recording are found with or without their accents', async () => {
    const archive = await openArchive(COMPILED);
    for (const query of ['recuperacion', 'recuperación']) {
      await type(archive, query);
      await announced(archive, /moments? in the recordings/);
      const found = moments(archive).map(text);
      expect(found[0], query).to.include(SPANISH);
      expect(found[0], query).to.match(/^0:00 · …Los especialistas de pares comparten su recuperación\.…/);
      expect(list(archive).shadowRoot!.querySelector('.moment-text')!.getAttribute('lang')).to.equal('es');
    }
    // Each shard was fetched once however often it was needed.
    const shards = requested(/\/spoken-[0-9a-f]+\/\d+\.json$/);
    expect(shards.length).to.be.greaterThan(0);
    expect(new Set(shards).size).to.equal(shards.length);
  });

  it('a damaged shard of the index says so; titles and descriptions still search', async () => {
    const archive = await openArchive('/test-server/site/damaged-shards/catalog.json');
    const errors: CatalogErrorDetail[] = [];
    archive.addEventListener('rsp-catalog-error', (event) => errors.push((event as CustomEvent<CatalogErrorDetail>).detail));
    await type(archive, 'debriefing');
    await waitUntil(() => inList(archive, '.said-error').length === 1, 'the index error shows', PATIENCE);
    expect(text(inList(archive, '.said-error')[0])).to.match(/^What was said in the recordings cannot be searched just now: .*\.json of the spoken-word index is not valid JSON/);
    expect(titles(archive)).to.include('Debriefing After Restraint: Learning and Repair');
    expect(errors.map(({ error }) => error.kind)).to.deep.equal(['parse']);
    // Shown, it is not asked for again and again: only the next change of the query tries again.
    const asked = requested(/\/spoken-[0-9a-f]+\/\d+\.json$/).length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(requested(/\/spoken-[0-9a-f]+\/\d+\.json$/).length).to.equal(asked);
    await expect(archive).to.be.accessible();
  });

  it('a damaged entry file or a list index the server refuses gives the usual error with Try again', async () => {
    for (const [fault, message] of [
      ['damaged-entry', /catalog\.json line \d+, column \d+: /],
      ['failing-list', /HTTP 500 for \S*\/list\.[0-9a-f]+\.json/],
    ] as const) {
      const archive = await openArchive(`/test-server/site/${fault}/catalog.json`, { wait: false });
      const { detail } = (await oneEvent(archive, 'rsp-catalog-error')) as CustomEvent<CatalogErrorDetail>;
      await archive.updateComplete;
      await waitUntil(() => archive.shadowRoot!.querySelector('[role="alert"]'), `${fault}: the error shows`, PATIENCE);
      const alert = archive.shadowRoot!.querySelector('[role="alert"]')!;
      expect(text(alert), fault).to.match(/^The training archive could not be loaded/);
      expect(text(alert), fault).to.match(message);
      expect(detail.error.message).to.match(message);
      expect([...alert.querySelectorAll('button')].map(text)).to.deep.equal(['Try again']);
      await expect(archive).to.be.accessible();
    }
  });

  it("one training's missing file shows its error with Try again; the list and the other trainings are whole", async function () {
    this.timeout(30000);
    const archive = await openArchive('/test-server/site/missing-person-centered-de-escalation/catalog.json');
    const single = await openArchive(SINGLE);
    expect(await allTitles(archive)).to.deep.equal(await allTitles(single));
    const errors: CatalogErrorDetail[] = [];
    archive.addEventListener('rsp-catalog-error', (event) => errors.push((event as CustomEvent<CatalogErrorDetail>).detail));

    await type(archive, 'de-escalation');
    await waitUntil(() => titles(archive)[0] === DE_ESCALATION, 'the training is listed', PATIENCE);
    await clickOn(inList(archive, '.card .title a, .card .title button')[0]);
    await waitUntil(() => deepAlert(archive), 'the training error shows', PATIENCE);
    expect(text(deepAlert(archive))).to.match(/^This training could not be loaded HTTP 404 for \S*\/person-centered-de-escalation\.[0-9a-f]+\.json: the file is not there\./);
    expect([...deepAlert(archive)!.querySelectorAll('button')].map(text)).to.deep.equal(['Try again']);
    await waitUntil(() => errors.length > 0, 'rsp-catalog-error is fired');
    expect(errors.map(({ training, error }) => [training, error.kind])).to.deep.equal([['person-centered-de-escalation', 'http']]);
    await expect(archive).to.be.accessible();

    // Another training of the same catalog opens whole.
    await clickOn(archive.shadowRoot!.querySelector('.back a, .back button')!);
    await openTraining(archive, 'especialistas', SPANISH);
  });
});

/** The first alert inside the archive's shadow root or its elements'. */
function deepAlert(archive: RspArchive): Element | null {
  const roots: Array<ShadowRoot> = [archive.shadowRoot!];
  for (let at = 0; at < roots.length; at++) {
    const alert = roots[at].querySelector('[role="alert"]');
    if (alert) return alert;
    for (const element of roots[at].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return null;
}
