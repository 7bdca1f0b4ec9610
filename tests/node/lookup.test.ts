// Finding a training and a session by what an attribute or address says: an id, or a session's 1-based number.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSession, findSessionIndex, findTraining } from '../../src/catalog/lookup.js';
import { read, session } from './catalogs.js';

const catalog = read({
  version: 1,
  title: 'Lookup archive',
  trainings: [
    { id: 'tist', title: 'TIST', sessions: [session('module-1', 90), session('module-2', 90), session('module-3', 45)] },
    // A session whose id is a number that is also another session's position.
    { id: 'numbered', title: 'Numbered', sessions: [session('2', 30), session('intro', 10), session('3', 20)] },
  ],
});
const tist = findTraining(catalog, 'tist')!;
const numbered = findTraining(catalog, 'numbered')!;

describe('findTraining', () => {
  test('finds a training by its id, and nothing for an unknown, empty or missing id', () => {
    assert.equal(tist.title, 'TIST');
    assert.equal(findTraining(catalog, 'TIST'), undefined); // ids are case-sensitive
    for (const id of ['no-such-training', '', null, undefined]) assert.equal(findTraining(catalog, id), undefined);
  });
});

describe('findSessionIndex and findSession', () => {
  test('find a session by its id', () => {
    assert.equal(findSessionIndex(tist, 'module-2'), 1);
    assert.equal(findSession(tist, 'module-3')!.id, 'module-3');
  });

  test('find a session by its 1-based number', () => {
    assert.equal(findSessionIndex(tist, '1'), 0);
    assert.equal(findSessionIndex(tist, '3'), 2);
    assert.equal(findSession(tist, '2')!.id, 'module-2');
  });

  test("prefer a session's id to a number", () => {
    assert.equal(findSessionIndex(numbered, '2'), 0); // the session with id "2", not the second
    assert.equal(findSessionIndex(numbered, '3'), 2);
    assert.equal(findSessionIndex(numbered, '1'), 0); // no id "1": the first
  });

  test('find nothing for an unknown id or a number out of range', () => {
    for (const wanted of ['module-9', '0', '4', '-1', '1.5', ' 2', '2 ', '', null, undefined]) {
      assert.equal(findSessionIndex(tist, wanted), -1, String(wanted));
      assert.equal(findSession(tist, wanted), undefined, String(wanted));
    }
  });
});
