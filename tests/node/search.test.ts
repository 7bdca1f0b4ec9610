// search(), suggest() and highlight(): what people type — hyphens, joined words, a slip — still finds the training,
// exact matches first; a query that finds nothing is offered one that does.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { highlight, search } from '../../src/catalog/search.js';
import { suggest } from '../../src/catalog/suggest.js';
import { ids, read, session } from './catalogs.js';

const sessions = [session('1', 60)];
const catalog = read({
  version: 1,
  title: 'Search archive',
  topics: [{ id: 'crisis', label: 'Crisis prevention' }],
  trainings: [
    { id: 'verbal', title: 'Verbal De-escalation in a Crisis', topics: ['crisis'], sessions },
    { id: 'wellbeing', title: 'Staff Wellbeing and Co-regulation', sessions },
    { id: 'seclusion', title: 'Reducing Restraint and Seclusion', summary: 'Data, debriefing and review.', sessions },
    { id: 'restrain', title: 'Holding back', description: 'When not to restrain a person.', sessions },
    { id: 'calm', title: 'A Calm Start to the Shift', sessions },
    { id: 'clam', title: 'Clam Bake for Staff Appreciation', sessions },
    { id: 'review', title: 'Annual Review 2021', presenters: [{ name: 'Marisol Okafor-Baptiste', credentials: 'LICSW' }], sessions },
  ],
});
const found = (query: string) => ids(search(catalog, query));

describe('search', () => {
  test('finds hyphenated words typed joined, apart or hyphenated, and joined words typed apart', () => {
    for (const query of ['deescalation', 'de escalation', 'de-escalation', 'DE-ESCALATION ', 'deesc']) {
      assert.deepEqual(found(query), ['verbal'], query);
    }
    for (const query of ['wellbeing', 'well-being', 'well being ']) assert.deepEqual(found(query), ['wellbeing'], query);
    for (const query of ['coregulation', 'co regulation', 'co-regulation']) assert.deepEqual(found(query), ['wellbeing'], query);
    assert.deepEqual(found('okaforbaptiste'), ['review']);
  });

  test('forgives one edit in a word of five letters or more, not two, and not in a shorter word', () => {
    for (const query of ['seclusoin ', 'seclusion ', 'secluson ', 'secclusion ', 'seclasion ']) {
      assert.deepEqual(found(query), ['seclusion'], query);
    }
    assert.deepEqual(found('secluzhon '), []); // two edits
    assert.deepEqual(found('calm '), ['calm']); // not "clam", one swap away
    assert.deepEqual(found('clam '), ['clam']);
    assert.deepEqual(found('2022 '), []); // a number one digit off is another year
    assert.deepEqual(found('2021 '), ['review']);
  });

  test('ranks an exact match above one a letter away, even when that one is in a title', () => {
    // "restrain" is exact in a description, and one letter from "restraint" in a title.
    assert.deepEqual(found('restrain '), ['restrain', 'seclusion']);
    assert.deepEqual(found('restraint '), ['seclusion', 'restrain']);
  });

  test('matches the word being typed as the start of a word; every word must match', () => {
    assert.deepEqual(found('seclu'), ['seclusion']);
    assert.deepEqual(found('staff appr'), ['clam']);
    assert.deepEqual(found('staff'), ['wellbeing', 'clam']);
    assert.deepEqual(found('verbal seclusion'), []);
  });

  test('ranks a title match above one in the summary', () => {
    const ranked = read({
      version: 1,
      title: 'Ranks',
      trainings: [
        { id: 'in-summary', title: 'Team review', summary: 'Debriefing after an incident.', sessions },
        { id: 'in-title', title: 'Debriefing after an incident', sessions },
      ],
    });
    assert.deepEqual(ids(search(ranked, 'debriefing')), ['in-title', 'in-summary']);
  });

  test('has nothing to rank for an empty query', () => {
    assert.equal(search(catalog, ''), undefined);
    assert.equal(search(catalog, ' - '), undefined);
  });
});

describe('suggest', () => {
  test('replaces the word that matches nowhere by the nearest word of the catalog', () => {
    assert.deepEqual(found('secluzhon'), []);
    assert.equal(suggest(catalog, 'secluzhon'), 'seclusion');
    assert.equal(suggest(catalog, 'reducing secluzhon '), 'reducing seclusion');
  });

  test('offers nothing when the query finds something, nothing is near, or the suggestion would find nothing', () => {
    assert.equal(suggest(catalog, 'seclusion'), undefined);
    assert.equal(suggest(catalog, 'xylophone'), undefined);
    assert.equal(suggest(catalog, ''), undefined);
    assert.equal(suggest(catalog, 'verbal secluzhon'), undefined); // "verbal seclusion" finds nothing either
  });
});

describe('highlight', () => {
  const marked = (text: string, query: string) => highlight(text, query).filter((run) => run.match).map((run) => run.text);

  test('marks what search matched: prefixes, hyphenated words matched joined, slips', () => {
    assert.deepEqual(marked('Verbal De-escalation in a Crisis', 'deescalation'), ['De-escalation']);
    assert.deepEqual(marked('Verbal De-escalation in a Crisis', 'de escalation'), ['De', 'escalation']);
    assert.deepEqual(marked('Reducing Restraint and Seclusion', 'seclusoin '), ['Seclusion']);
    assert.deepEqual(marked('Reducing Restraint and Seclusion', 'redu'), ['Reducing']);
  });

  test('keeps the text whole and as text', () => {
    const runs = highlight('<b>Calm</b> start', 'calm');
    assert.equal(runs.map((run) => run.text).join(''), '<b>Calm</b> start');
    assert.deepEqual(runs, [
      { text: '<b>', match: false },
      { text: 'Calm', match: true },
      { text: '</b> start', match: false },
    ]);
    assert.deepEqual(highlight('Nothing here', ''), [{ text: 'Nothing here', match: false }]);
  });
});
