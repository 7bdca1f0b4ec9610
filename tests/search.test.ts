import { expect } from '@open-wc/testing';
import { editDistance } from '../src/catalog/edits.js';
import { normalizeCatalog } from '../src/catalog/normalize.js';
import { highlight, search } from '../src/catalog/search.js';
import { searchIndex } from '../src/catalog/search-index.js';
import { suggest } from '../src/catalog/suggest.js';
import { validateCatalog } from '../src/catalog/validate.js';
import { generateCatalog } from './generate.js';

const session = [{ id: 'session-1', title: 'Session', duration: 'PT1H' }];

/** Real-shaped trainings whose words are the ones people misspell, hyphenate or join. */
const archive = () => ({
  version: 1,
  title: 'Search archive',
  topics: [{ id: 'de-escalation', label: 'De-escalation' }],
  trainings: [
    { id: 'de-escalation', title: 'Person-Centered De-escalation on Inpatient Units', topics: ['de-escalation'],
      presenters: [{ name: 'Perpetua Nwankwo-Lind', credentials: 'RN, MSN', affiliation: 'Tallis Point Hospital' }],
      sessions: session },
    { id: 'wellbeing', title: 'Staff wellbeing after critical incidents', summary: 'Co-regulation for teams.',
      sessions: session },
    { id: 'debriefing', title: 'Débriefing After Restraint', presenters: [{ name: 'Ezequiel Fairweather',
      credentials: 'CPS', affiliation: 'Alder Peer Network' }], sessions: session },
    { id: 'prevencion', title: 'Especialistas de pares: voz y elección en la prevención', language: 'es',
      sessions: session },
    { id: 'prevention', title: 'Writing Crisis Prevention Plans Together', sessions: session },
    { id: 'calm', title: 'A calm unit', summary: 'Comfort rooms and sensory tools.',
      sessions: session },
    { id: 'numbers', title: 'Practice 12345', sessions: session },
  ],
});

function load(data: unknown = archive()) {
  const url = 'https://example.org/catalog.json';
  const { input, warnings } = validateCatalog(data, 'catalog.json', url);
  return normalizeCatalog(input, url, warnings);
}

const catalog = load();
const found = (query: string) => search(catalog, query)?.map((training) => training.id);
const marked = (text: string, query: string) =>
  highlight(text, query)
    .filter((run) => run.match)
    .map((run) => run.text);

describe('search', () => {
  it('matches across hyphens and joined words, both ways', () => {
    for (const query of ['deescalation', 'de escalation', 'de-escalation', 'De-Escalation ', 'deesc']) {
      expect(found(query), query).to.deep.equal(['de-escalation']);
    }
    for (const query of ['wellbeing', 'well-being', 'well being', 'well being ']) {
      expect(found(query), query).to.deep.equal(['wellbeing']);
    }
    for (const query of ['coregulation', 'co regulation', 'co-regulation']) {
      expect(found(query), query).to.deep.equal(['wellbeing']);
    }
  });

  it('tolerates one edit in words of five letters or more: inserted, left out, changed or swapped letters', () => {
    for (const query of ['deescalaton', 'deescalatiion', 'deescalasion', 'deescalatoin', 'debriefng ', 'restrant']) {
      expect(found(query), query).to.have.length(1);
    }
    expect(found('debriefng')).to.deep.equal(['debriefing']);
    expect(found('person-centred deescalaton')).to.deep.equal(['de-escalation']);
    expect(found('person deescalaton nowhere')).to.deep.equal([]); // every word still has to match
    expect(found('deescalaton')).to.deep.equal(['de-escalation']);
    // Two edits is not a slip any more, and short words must match as typed ("calm" is not "clam").
    expect(found('deescalaton ')).to.deep.equal(['de-escalation']);
    expect(found('dscalaton ')).to.deep.equal([]);
    expect(found('calm ')).to.deep.equal(['calm']);
    expect(found('clam ')).to.deep.equal([]);
    expect(found('cmal ')).to.deep.equal([]);
    // A number one digit off is another number.
    expect(found('12346 ')).to.deep.equal([]);
    expect(found('12345 ')).to.deep.equal(['numbers']);
  });

  it('ranks exact matches above one-edit matches, even one-edit matches in a title', () => {
    // "prevencion" is the Spanish title's word; "prevention" is one letter away in an English title.
    expect(found('prevencion ')).to.deep.equal(['prevencion', 'prevention']);
    expect(found('prevention ')).to.deep.equal(['prevention', 'prevencion']);
    const exactInDescription = load({
      ...archive(),
      trainings: [
        { id: 'slip-in-title', title: 'Restraint review', sessions: session },
        { id: 'exact-in-description', title: 'Other', description: 'On restrain and release.', sessions: session },
      ],
    });
    expect(search(exactInDescription, 'restrain ')!.map((training) => training.id)).to.deep.equal([
      'exact-in-description',
      'slip-in-title',
    ]);
  });

  it('matches the word being typed as a prefix, and forgives a slip in a prefix of five letters or more', () => {
    expect(found('debr')).to.deep.equal(['debriefing']);
    expect(found('dbrie')).to.deep.equal(['debriefing']);
    expect(found('debrif')).to.deep.equal(['debriefing']);
    expect(found('dbri')).to.deep.equal([]); // four letters: exact prefixes only
    // While the word being typed still starts a word, it is not taken for a slip: each key narrows as typed.
    const typing = load({
      ...archive(),
      trainings: [
        { id: 'sensory', title: 'Sensory rooms', sessions: session },
        { id: 'sensible', title: 'Sensible plans', sessions: session },
      ],
    });
    expect(search(typing, 'sensi')!.map((training) => training.id)).to.deep.equal(['sensible']);
    expect(search(typing, 'sensoy')!.map((training) => training.id)).to.deep.equal(['sensory']);
  });

  it('matches the word being typed within one edit too, as it would once finished, ranked below prefixes', () => {
    // "restraints" starts a word here, and is one letter from "restraint": both are found, with or without a space
    // after it, and whichever word comes last.
    const plurals = load({
      ...archive(),
      trainings: [
        { id: 'singular', title: 'Restraint review', sessions: session },
        { id: 'plural', title: 'Other', description: 'Fewer restraints.', sessions: session },
        { id: 'debriefing', title: 'Debriefing after restraint', sessions: session },
      ],
    });
    const ids = (query: string) => search(plurals, query)!.map((training) => training.id);
    // The word as typed (a prefix) first, even in a description; the one-edit matches in titles after it.
    for (const query of ['restraints', 'restraints ']) {
      expect(ids(query), query).to.deep.equal(['plural', 'singular', 'debriefing']);
    }
    for (const query of ['debriefing restraints', 'restraints debriefing', 'debriefing restraints ']) {
      expect(ids(query), query).to.deep.equal(['debriefing']);
    }
    // A slip while typing is still forgiven when the word starts no word at all.
    expect(found('restraints')).to.deep.equal(['debriefing']);
  });

  it('folds diacritics and reads Spanish words', () => {
    expect(found('debrief')).to.deep.equal(['debriefing']);
    expect(found('DÉBRIEFING')).to.deep.equal(['debriefing']);
    expect(found('prevención')![0]).to.equal('prevencion');
    expect(found('eleccion')).to.deep.equal(['prevencion']);
    expect(found('elección pares')).to.deep.equal(['prevencion']);
  });

  it("searches presenters' names, affiliations and credentials", () => {
    expect(found('tallis point')).to.deep.equal(['de-escalation']);
    expect(found('alder peer network')).to.deep.equal(['debriefing']);
    expect(found('msn')).to.deep.equal(['de-escalation']);
    expect(found('nwankwo lind')).to.deep.equal(['de-escalation']);
    expect(found('nwankwolind')).to.deep.equal(['de-escalation']);
  });

  it('returns undefined for an empty query', () => {
    expect(search(catalog, '')).to.equal(undefined);
    expect(search(catalog, '  -  ')).to.equal(undefined);
  });
});

describe('suggest', () => {
  it('offers the nearest word of the catalog when nothing matches', () => {
    expect(found('deesclaton')).to.deep.equal([]);
    expect(suggest(catalog, 'deesclaton')).to.equal('deescalation');
    expect(suggest(catalog, 'restrnt ')).to.equal('restraint');
    // Words that match stay as typed; only the one that matches nowhere is replaced.
    expect(suggest(catalog, 'person deesclaton')).to.equal('person deescalation');
  });

  it('prefers the most frequent of the nearest words', () => {
    const data = archive();
    data.trainings.push(
      { id: 'policy-1', title: 'Policy review', sessions: session },
      { id: 'policy-2', title: 'Writing policy together', sessions: session },
      { id: 'police', title: 'Working with police', sessions: session },
    );
    // "polxcs" is two edits from "policy" (two trainings) and from "police" (one, and first in the alphabet).
    expect(search(load(data), 'polxcs')).to.deep.equal([]);
    expect(suggest(load(data), 'polxcs')).to.equal('policy');
  });

  it('offers nothing when something matches, nothing is near, or the suggestion would find nothing', () => {
    expect(suggest(catalog, 'deescalation')).to.equal(undefined);
    expect(suggest(catalog, 'xylophone')).to.equal(undefined);
    expect(suggest(catalog, '')).to.equal(undefined);
    expect(suggest(catalog, 'zz')).to.equal(undefined);
    // Each word matches somewhere, only not together: no word to replace.
    expect(found('wellbeing prevention')).to.deep.equal([]);
    expect(suggest(catalog, 'wellbeing prevention')).to.equal(undefined);
  });
});

describe('highlight', () => {
  it('marks words, prefixes and diacritic-folded matches, as text', () => {
    expect(highlight('Débriefing after restraint', 'debrief')).to.deep.equal([
      { text: 'Débriefing', match: true },
      { text: ' after restraint', match: false },
    ]);
    expect(highlight('<b>calm</b>', 'calm')).to.deep.equal([
      { text: '<b>', match: false },
      { text: 'calm', match: true },
      { text: '</b>', match: false },
    ]);
    expect(highlight('Nothing here', '')).to.deep.equal([{ text: 'Nothing here', match: false }]);
  });

  it('marks, when literal, every occurrence of the query as typed, ignoring case (the transcript)', () => {
    expect(highlight('Calm, calmer, recalm', ' CALM', { literal: true })).to.deep.equal([
      { text: 'Calm', match: true },
      { text: ', ', match: false },
      { text: 'calm', match: true },
      { text: 'er, re', match: false },
      { text: 'calm', match: true },
    ]);
    expect(highlight('de-escalation', 'deescalation', { literal: true })).to.deep.equal([{ text: 'de-escalation', match: false }]);
    expect(highlight('Nothing here', ' ', { literal: true })).to.deep.equal([{ text: 'Nothing here', match: false }]);
  });

  it('marks a hyphenated word matched joined, and the parts matched apart', () => {
    expect(marked('Person-Centered De-escalation on Inpatient Units', 'deescalation')).to.deep.equal(['De-escalation']);
    expect(marked('Person-Centered De-escalation on Inpatient Units', 'de escalation')).to.deep.equal(['De', 'escalation']);
    expect(marked('Staff wellbeing after critical incidents', 'well-being')).to.deep.equal(['wellbeing']);
    expect(marked('Staff well-being', 'wellbeing')).to.deep.equal(['well-being']);
  });

  it('marks one-edit matches and slips in the word being typed', () => {
    expect(marked('Person-Centered De-escalation on Inpatient Units', 'deescalaton')).to.deep.equal(['De-escalation']);
    expect(marked('Trauma-Informed Care for Nurses', 'trauma-infromed')).to.deep.equal(['Trauma', 'Informed']);
    expect(marked('Writing Crisis Prevention Plans', 'prevencion ')).to.deep.equal(['Prevention']);
    expect(marked('Debriefing After Restraint', 'debrif')).to.deep.equal(['Debriefing']);
    expect(marked('A calm unit, not a clam', 'clam ')).to.deep.equal(['clam']);
  });
});

describe('editDistance', () => {
  it('counts letters added, left out, changed and swapped, up to a limit', () => {
    expect(editDistance('debriefng', 'debriefing', 1)).to.equal(1); // left out
    expect(editDistance('debrieffing', 'debriefing', 1)).to.equal(1); // added
    expect(editDistance('debriafing', 'debriefing', 1)).to.equal(1); // changed
    expect(editDistance('debreifing', 'debriefing', 1)).to.equal(1); // swapped
    expect(editDistance('debriefing', 'debriefing', 1)).to.equal(0);
    expect(editDistance('dbreifing', 'debriefing', 1)).to.equal(2); // over the limit: limit + 1
    expect(editDistance('deesclaton', 'deescalation', 2)).to.equal(2);
    expect(editDistance('ca', 'ac', 2)).to.equal(1);
    // Edits at the very start, where a shortcut looks only at the first two letters.
    for (const slip of ['xebriefing', 'edbriefing', 'ebriefing', 'ddebriefing', 'xdebriefing']) {
      expect(editDistance(slip, 'debriefing', 1), slip).to.equal(1);
      expect(editDistance(slip.slice(0, 6), 'debriefing', 1, true), slip).to.equal(1);
    }
    expect(editDistance('xxbriefing', 'debriefing', 1)).to.equal(2);
    expect(editDistance('kitten', 'sitting', 2)).to.equal(3);
    expect(editDistance('abc', 'abcdef', 2)).to.equal(3);
  });

  it('measures a word being typed against the start of another', () => {
    expect(editDistance('debrief', 'debriefing', 1, true)).to.equal(0);
    expect(editDistance('debrif', 'debriefing', 1, true)).to.equal(1);
    expect(editDistance('dbrie', 'debriefing', 1, true)).to.equal(1);
    expect(editDistance('debriefinng', 'debriefing', 1, true)).to.equal(1);
    expect(editDistance('dxbrxe', 'debriefing', 1, true)).to.equal(2);
  });
});

describe('search at 10,000 trainings', () => {
  it('finds a one-letter slip and suggests a word', () => {
    const large = load(generateCatalog(10000, 1));
    expect(search(large, 'deescalation')!.length).to.be.greaterThan(1000);
    // Every training with "sensory", and no other: the generated titles have no word one edit from "sensroy" else.
    expect(search(large, 'sensroy ')!.length).to.equal(searchIndex(large).postings.get('sensory')!.positions.length);
    expect(search(large, 'xylophone')).to.deep.equal([]);
    expect(suggest(large, 'dignitty healng')).to.equal(undefined); // each within one edit: it matches
    expect(suggest(large, 'digniiity')).to.equal('dignity');
  });
});
