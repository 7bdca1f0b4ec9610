// The house's import rules (.dependency-cruiser.cjs), run as `npm run check:house` runs them: the code keeps them, and
// a fixture that breaks four of them is reported rule by rule.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../..', import.meta.url).pathname;
const depcruise = `${root}node_modules/.bin/depcruise`;
const cruise = (cwd) =>
  spawnSync(depcruise, ['src', '--config', `${root}.dependency-cruiser.cjs`], { cwd, encoding: 'utf8' });

test('src/ keeps every rule of the house', () => {
  const result = cruise(root);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /no dependency violations found/);
});

test('a broken rule fails with the rule name and the import that broke it', () => {
  const result = cruise(`${root}tests/fixtures/house`);
  assert.notEqual(result.status, 0);
  assert.match(result.stdout, /error catalog-is-pure-data: src\/catalog\/uses-lit\.ts → \S*node_modules\/lit\//);
  assert.match(result.stdout, /error player-never-imports-the-list: src\/player\/uses-list\.ts → src\/components\/training-list\.ts/);
  assert.match(result.stdout, /error only-index-imports-components: src\/player\/uses-list\.ts/);
  assert.match(result.stdout, /error no-cycles: src\/player\/cycle-a\.ts/);
});

test('no file in src/ is over 250 lines: one concept a file', () => {
  const long = readdirSync(`${root}src`, { recursive: true })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => [path, readFileSync(`${root}src/${path}`, 'utf8').split('\n').length - 1])
    .filter(([, lines]) => lines > 250)
    .map(([path, lines]) => `src/${path}: ${lines} lines`);
  assert.deepEqual(long, []);
});
