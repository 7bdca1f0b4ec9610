// The events' detail types are written once, in src/events.ts; the manifest's `@fires` types must name them
// (scripts/event-types.js), and so must dist/jsx.d.ts, which scripts/editor-types.js generates from them.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDetailTypes, firesProblems } from '../../scripts/event-types.js';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

test('every @fires type in custom-elements.json names the detail type src/events.ts gives that event', () => {
  assert.deepEqual(firesProblems(manifest), []);
  const player = manifest.modules.flatMap((module) => module.declarations ?? []).find((each) => each.tagName === 'rsp-training-player');
  assert.equal(player.events.find((event) => event.name === 'rsp-complete').type.text, 'CustomEvent<CompleteDetail>');
});

test('a @fires type that differs from src/events.ts, or an event it does not list, is reported', () => {
  const element = (events) => ({ modules: [{ path: 'src/components/x.ts', declarations: [{ tagName: 'rsp-x', events }] }] });
  const looser = { name: 'rsp-complete', type: { text: "CustomEvent<{trainingId: string, sessionId?: string, scope: 'session' | 'training'}>" } };
  assert.deepEqual(firesProblems(element([looser])), [
    "src/components/x.ts: @fires rsp-complete: the type is CustomEvent<{trainingId: string, sessionId?: string, scope: 'session' | 'training'}>; src/events.ts gives `@fires {CustomEvent<CompleteDetail>} rsp-complete`",
  ]);
  assert.deepEqual(firesProblems(element([{ name: 'rsp-unheard-of', type: { text: 'CustomEvent<CompleteDetail>' } }])), [
    'src/components/x.ts: @fires rsp-unheard-of: src/events.ts has no such event in RspEventDetails',
  ]);
  assert.deepEqual(firesProblems(element([{ name: 'rsp-play' }])), [
    'src/components/x.ts: @fires rsp-play: the type is missing; src/events.ts gives `@fires {CustomEvent<PlaybackDetail>} rsp-play`',
  ]);
});

test('RspEventDetails maps each event to an exported *Detail type, and a table that does not is refused', () => {
  assert.equal(eventDetailTypes().get('rsp-complete'), 'CompleteDetail');
  assert.throws(
    () => eventDetailTypes(`export interface PlayDetail {}\nexport interface RspEventDetails { 'rsp-play': { at: number }; }`),
    /RspEventDetails\['rsp-play'\] is \{ at: number \}, not an exported \*Detail type/,
  );
});

// After `npm run build`, as npm test runs it.
test('dist/jsx.d.ts types each event prop with the detail type from src/events.ts', () => {
  const jsx = readFileSync(new URL('dist/jsx.d.ts', root), 'utf8');
  assert.match(jsx, /'onrsp-complete'\?: \(event: CustomEvent<CompleteDetail>\) => void;/);
  assert.match(jsx, /^import type \{[^}]*\bCompleteDetail\b[^}]*\} from '\.\/npm\/types\/src\/index\.js';$/m);
});

