/**
 * Journey: a person looks for a training on the demo archive by typing what they remember, as they remember it: a
 * word written without its hyphen, a slip of one letter, where a presenter works, a word that is nowhere, a Spanish
 * word with or without its accent. They see the matching titles; a screen reader is told how many were found.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearCatalogStores } from '../../src/catalog/store.js';
import { loadLanguage } from '../../src/i18n/index.js';
import '../../src/components/archive.js';
import type { RspArchive } from '../../src/components/archive.js';
import type { RspTrainingList } from '../../src/components/training-list.js';
import { clickOn } from '../player-helpers.js';
import { PATIENCE } from './harness.js';

const DE_ESCALATION = 'Person-Centered De-escalation on Inpatient Units';
const DEBRIEFING = 'Debriefing After Restraint: Learning and Repair';
const SPANISH = 'Especialistas de pares: voz y elección en la prevención';
const CRISIS_PLANS = 'Writing Crisis Prevention Plans Together';

async function openArchive(lang = 'en') {
  const container = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  // A URL of its own, so no other test's catalog store is reused.
  const url = `/demo/catalog.json?journey=find-${Math.random().toString(36).slice(2)}`;
  container.innerHTML = `<rsp-archive src="${url}" routing="none"></rsp-archive>`;
  const archive = container.querySelector('rsp-archive')!;
  await oneEvent(archive, 'rsp-catalog-load');
  await archive.updateComplete;
  await waitUntil(() => list(archive)?.shadowRoot?.querySelector('.card'), 'the list shows trainings', PATIENCE);
  return archive;
}

const list = (archive: RspArchive) => archive.shadowRoot!.querySelector<RspTrainingList>('rsp-training-list')!;
const inList = <T extends Element = HTMLElement>(archive: RspArchive, selector: string) =>
  list(archive).shadowRoot!.querySelector<T>(selector);
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const searchBox = (archive: RspArchive) => inList<HTMLInputElement>(archive, 'input[type="search"]')!;
/** The titles a sighted person reads, in order. */
const titles = (archive: RspArchive) =>
  [...list(archive).shadowRoot!.querySelectorAll('.card .title')].map((title) => text(title));
/** The words marked in the first card's title. */
const markedInFirst = (archive: RspArchive) =>
  [...list(archive).shadowRoot!.querySelectorAll('.card .title')][0]?.querySelectorAll('mark') ?? [];
const suggestion = (archive: RspArchive) =>
  [...list(archive).shadowRoot!.querySelectorAll('button')].find((button) => text(button).startsWith('Did you mean'));

/** Clears the search box and types `query` one key at a time, then waits for the polite announcement. */
async function type(archive: RspArchive, query: string): Promise<string> {
  const input = searchBox(archive);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
  return announcement(archive);
}

/** What the list's status regions say once typing (or a change) pauses. */
async function announcement(archive: RspArchive): Promise<string> {
  await list(archive).updateComplete;
  const live = () =>
    [...list(archive).shadowRoot!.querySelectorAll('.live[role="status"]')].map(text).filter(Boolean).join(' ');
  await waitUntil(() => live() !== '', 'the result count is announced', { timeout: 5000 });
  return live();
}

const found = (count: number) => `${count} ${count === 1 ? 'training' : 'trainings'} found`;

describe('Journey: find a training by what you remember of it', () => {
  beforeEach(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => clearCatalogStores());

  it('"deescalation", "de escalation" and "de-escalation" all find De-escalation, title first and marked', async () => {
    const archive = await openArchive();
    for (const query of ['deescalation', 'de escalation', 'de-escalation']) {
      const said = await type(archive, query);
      expect(titles(archive)[0], query).to.equal(DE_ESCALATION);
      expect(said, query).to.equal(found(titles(archive).length));
    }
    expect([...markedInFirst(archive)].map(text).join(' ')).to.match(/De.*escalation/);
    await expect(archive).to.be.accessible();
  });

  it('a one-letter slip still finds the training, ranked below exact matches', async () => {
    const archive = await openArchive();
    let said = await type(archive, 'deescalaton');
    expect(titles(archive)[0]).to.equal(DE_ESCALATION);
    expect(said).to.equal(found(titles(archive).length));
    expect([...markedInFirst(archive)].map(text)).to.deep.equal(['De-escalation']);

    said = await type(archive, 'debriefng');
    expect(titles(archive)[0]).to.equal(DEBRIEFING);
    expect(said).to.equal(found(titles(archive).length));

    said = await type(archive, 'trauma-infromed');
    expect(titles(archive).slice(0, 2)).to.have.members([
      'Trauma-Informed Stabilization Treatment (TIST)',
      'Trauma-Informed Care for Nurses',
    ]);
    expect(said).to.equal(found(titles(archive).length));

    // "prevencion" is the Spanish training's own word; "Prevention" is one letter away: it comes after.
    await type(archive, 'prevencion ');
    const shown = titles(archive);
    expect(shown[0]).to.equal(SPANISH);
    expect(shown.indexOf(CRISIS_PLANS)).to.be.greaterThan(0);
  });

  it('a plural as the last word finds the same trainings with or without a space after it, in any word order', async () => {
    const archive = await openArchive();
    // Most people stop typing without a trailing space: "restraints" typed key by key, then paused.
    let said = await type(archive, 'restraints');
    const typed = titles(archive);
    expect(said).to.equal(found(typed.length));
    said = await type(archive, 'restraints ');
    expect(typed).to.have.members(titles(archive));
    expect(typed).to.include(DEBRIEFING); // "Restraint", one letter from "restraints"
    expect(said).to.equal(found(typed.length));

    await type(archive, 'debriefing restraints');
    const debriefingFirst = titles(archive);
    said = await type(archive, 'restraints debriefing');
    expect(debriefingFirst).to.deep.equal(titles(archive));
    expect(debriefingFirst).to.include(DEBRIEFING);
    expect(said).to.equal(found(debriefingFirst.length));
  });

  it("a presenter's affiliation finds their trainings", async () => {
    const archive = await openArchive();
    const said = await type(archive, 'Quayside Training');
    expect(titles(archive)).to.have.members([
      'Leading Toward Fewer Restraints: Leadership Institute',
      'Peer Roles in Restraint Reduction',
      'Six Core Strategies: An Overview',
    ]);
    expect(said).to.equal(found(3));
  });

  it('a word that is nowhere offers "Did you mean …?"; Enter on it shows the results and says how many', async () => {
    const archive = await openArchive();
    const said = await type(archive, 'deesclaton');
    expect(titles(archive)).to.deep.equal([]);
    expect(said).to.equal('No trainings match your search and filters. Did you mean deescalation?');
    const button = suggestion(archive)!;
    expect(text(button)).to.equal('Did you mean deescalation?');
    await expect(archive).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    const after = await announcement(archive);
    expect(searchBox(archive).value).to.equal('deescalation');
    expect(titles(archive)[0]).to.equal(DE_ESCALATION);
    expect(after).to.equal(found(titles(archive).length));
    // Focus is not dropped with the button: it lands on the result summary, which says what is shown.
    expect(text(list(archive).shadowRoot!.activeElement)).to.match(/^Showing 1–\d+ of \d+ trainings$/);
  });

  it('by pointer: a click on the suggestion shows the results', async () => {
    const archive = await openArchive();
    await clickOn(searchBox(archive));
    expect(list(archive).shadowRoot!.activeElement).to.equal(searchBox(archive));
    await sendKeys({ type: 'restrnt' });
    expect(await announcement(archive)).to.equal('No trainings match your search and filters. Did you mean restraint?');
    await clickOn(suggestion(archive)!);
    const said = await announcement(archive);
    expect(searchBox(archive).value).to.equal('restraint');
    expect(titles(archive)).to.include(DEBRIEFING);
    expect(said).to.equal(found(titles(archive).length));
    expect(suggestion(archive)).to.equal(undefined);
  });

  it('a Spanish word finds the Spanish training, with or without its accent, and with a slip', async () => {
    const archive = await openArchive();
    for (const query of ['prevención', 'prevencion', 'prevenicón', 'elección', 'eleccoin']) {
      const said = await type(archive, query);
      expect(titles(archive)[0], query).to.equal(SPANISH);
      expect(said, query).to.equal(found(titles(archive).length));
    }
    expect(titles(archive)).to.deep.equal([SPANISH]); // "elección": no other training has a word near it
  });

  it('a Spanish page offers "¿Quiso decir …?" in Spanish, and says how many were found in Spanish', async () => {
    await loadLanguage('es');
    const archive = await openArchive('es');
    const said = await type(archive, 'prevnciion');
    expect(said).to.equal('Ninguna capacitación coincide con su búsqueda y filtros. ¿Quiso decir prevencion?');
    const button = [...list(archive).shadowRoot!.querySelectorAll('button')].find((item) => text(item).startsWith('¿Quiso'))!;
    expect(text(button)).to.equal('¿Quiso decir prevencion?');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(await announcement(archive)).to.match(/^Se encontr(ó|aron) \d+ capacitaci(ón|ones)$/);
    expect(titles(archive)[0]).to.equal(SPANISH);
    await expect(archive).to.be.accessible();
  });
});
