// The generated tables of README.md and docs/ (scripts/docs-tables.js): filled from custom-elements.json, and reported
// by name, file and line when a table no longer says what the manifest says. The size tables need a build, so these
// tests use only the manifest's tables; `npm run check:generated` checks the real files, sizes included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillBlocks, staleBlocks, sourcesOf } from '../../scripts/docs-tables.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/docs-tables.js');
const sources = sourcesOf(root);
const elementsDoc = fillBlocks(readFileSync(join(root, 'docs/elements.md'), 'utf8'), sources);

/** A small manifest with one element, in the shape the analyzer writes. */
const manifest = (pageSizeDefault) => ({
  modules: [
    {
      path: 'src/components/example.ts',
      declarations: [
        {
          kind: 'class',
          name: 'Example',
          tagName: 'rsp-example',
          customElement: true,
          attributes: [{ name: 'page-size', fieldName: 'pageSize', type: { text: 'number' }, default: pageSizeDefault, description: 'Trainings per page.' }],
          members: [{ kind: 'field', name: 'pageSize', attribute: 'page-size', type: { text: 'number' } }],
          events: [{ name: 'rsp-example-select', type: { text: "CustomEvent<{id: string, scope: 'a' | 'b'}>" }, description: 'Chosen.' }],
          cssParts: [{ name: 'card', description: 'A card.' }],
        },
      ],
    },
  ],
});

test('a block is filled from the manifest, pipes escaped, blank lines around the table', () => {
  const filled = fillBlocks(
    '# Example\n\n<!-- generated:attributes rsp-example --><!-- /generated -->\n\n<!-- generated:events rsp-example -->old<!-- /generated -->\n',
    { manifest: manifest('12') },
  );
  assert.match(filled, /<!-- generated:attributes rsp-example -->\n\n\| attribute \| property \| type \| default \| description \|\n/);
  assert.match(filled, /\| `page-size` \| `pageSize` \| `number` \| `12` \| Trainings per page\. \|\n\n<!-- \/generated -->/);
  assert.match(filled, /\| `rsp-example-select` \| `\{id: string, scope: 'a' \\\| 'b'\}` \| Chosen\. \|/);
  assert.doesNotMatch(filled, /old/);
  assert.deepEqual(staleBlocks(filled, { manifest: manifest('12') }), []);
});

test('a table the manifest has moved on from is stale, named with its line and both versions', () => {
  const doc = fillBlocks('# Example\n\nIntro.\n\n<!-- generated:attributes rsp-example --><!-- /generated -->\n', { manifest: manifest('12') });
  const [stale, ...more] = staleBlocks(doc, { manifest: manifest('24') });
  assert.equal(more.length, 0);
  assert.equal(stale.block, 'generated:attributes rsp-example');
  assert.equal(doc.split('\n')[stale.line - 1], stale.committed);
  assert.match(stale.committed, /`12`/);
  assert.match(stale.fresh, /`24`/);
});

test("docs/elements.md's tables, once filled, are current; one row changed by hand is reported", () => {
  assert.deepEqual(staleBlocks(elementsDoc, sources), []);
  const changed = elementsDoc.replace('| `complete-at` | `completeAt` | `number` | `0.9` |', '| `complete-at` | `completeAt` | `number` | `0.8` |');
  assert.notEqual(changed, elementsDoc, 'the row to change is in docs/elements.md');
  const stale = staleBlocks(changed, sources);
  assert.deepEqual(stale.map((block) => block.block), ['generated:attributes rsp-training-player']);
  assert.match(stale[0].fresh, /`0\.9`/);
});

test('a block for an element the manifest does not have fails loudly', () => {
  assert.throws(() => fillBlocks('<!-- generated:parts rsp-gone --><!-- /generated -->', sources), /no element <rsp-gone>/);
  assert.throws(() => fillBlocks('<!-- generated:nonsense --><!-- /generated -->', sources), /unknown generated block "nonsense"/);
});

test('`docs-tables.js --check` exits 1 on a stale copy, naming file, line and block; `--write` mends it', (t) => {
  const copy = mkdtempSync(join(tmpdir(), 'rsp-docs-'));
  t.after(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(join(root, 'custom-elements.json'), join(copy, 'custom-elements.json'));
  mkdirSync(join(copy, 'docs'));
  const stale = elementsDoc.replace('| `retry` | The "Try again" button. |', '| `retry` | A button. |');
  assert.notEqual(stale, elementsDoc, 'the row to change is in docs/elements.md');
  writeFileSync(join(copy, 'docs/elements.md'), stale);

  const check = () => spawnSync(process.execPath, [script, '--check', '--root', copy], { encoding: 'utf8' });
  const failed = check();
  assert.equal(failed.status, 1, failed.stdout + failed.stderr);
  assert.match(failed.stderr, /docs\/elements\.md:\d+ generated:parts rsp-catalog \(run `npm run docs`\): it says "\| `retry` \| A button\. \|"/);

  const write = spawnSync(process.execPath, [script, '--write', '--root', copy], { encoding: 'utf8' });
  assert.equal(write.status, 0, write.stderr);
  assert.equal(readFileSync(join(copy, 'docs/elements.md'), 'utf8'), elementsDoc);
  assert.equal(check().status, 0);
});

/** A measurement in the shape `measureSizes()` returns. */
const sizes = (extraChunk) => ({
  files: [
    { file: 'dist/chunks/handouts-Ds3WPdeS.js', gzip: 2253, brotli: 1946 },
    { file: 'dist/chunks/rsp-archive-BNbmaj-X.js', gzip: 29798, brotli: 26726 },
    { file: 'dist/chunks/training-player-C3qen-wR.js', gzip: 15258, brotli: 13722 },
    ...(extraChunk ? [{ file: `dist/chunks/${extraChunk}-AbCdEfGh.js`, gzip: 100, brotli: 90 }] : []),
    { file: 'dist/npm/data.js', gzip: 300, brotli: 200 },
    { file: 'dist/rsp-archive.js', gzip: 410, brotli: 300 },
  ],
  npmEntries: [{ entry: 'rsp-archive/data.js', gzip: 10957, brotli: 9420 }],
  initial: { files: ['dist/rsp-archive.js', 'dist/chunks/rsp-archive-BNbmaj-X.js'], gzip: 30208, brotli: 27026 },
});

test('the size tables name chunks without their hash, the first load as one row, and the whole archive in a sentence', () => {
  const doc = fillBlocks(
    '<!-- generated:sizes --><!-- /generated -->\n<!-- generated:size-npm --><!-- /generated -->\nIn all <!-- generated:size-whole --><!-- /generated --> gzip.',
    { sizes: sizes() },
  );
  assert.match(doc, /\| `dist\/rsp-archive\.js` \+ `dist\/chunks\/rsp-archive-\*\.js`: [^|]+ \| 0\.4 \+ 29\.1 KB \| 0\.3 \+ 26\.1 KB \|/);
  // The player before the handouts: the order of the chunk descriptions, not of the file names.
  assert.match(doc, /training-player-\*\.js`: `<rsp-training-player>` \| 14\.9 KB \| 13\.4 KB \|[^\n]+\n\| `dist\/chunks\/handouts-\*\.js`/);
  assert.match(doc, /\| `rsp-archive\/data\.js` \| 10\.7 KB \| 9\.2 KB \|/);
  // 30,208 + 15,258 + 2,253 bytes: the first load, the player and the handouts.
  assert.match(doc, /In all <!-- generated:size-whole -->46\.6 KB<!-- \/generated --> gzip\./);
});

test('a new CDN chunk must be described before the size table can list it', () => {
  assert.throws(() => fillBlocks('<!-- generated:sizes --><!-- /generated -->', { sizes: sizes('slides') }), /dist\/chunks\/slides-AbCdEfGh\.js: a CDN chunk .* CDN_CHUNKS/);
});
