// `rsp-archive validate`, run as a person would run it.
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const cli = new URL('../../bin/rsp-archive.js', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('the demo catalog validates with no errors or warnings', () => {
  const result = run('validate', 'demo/catalog.json');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /demo\/catalog\.json: \d+ trainings read, 0 error\(s\), 0 warning\(s\)/);
});

test('a skipped training is an error, printed with its path', () => {
  const result = run('validate', 'tests/fixtures/catalog-bad-training.json');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /error: trainings\[1\] \(id "six-core-intro"\) was skipped: trainings\[1\]\.sessions\[0\]\.video: needs sources or embed/);
});

test('invalid JSON is an error with line and column', () => {
  const result = run('validate', 'tests/fixtures/catalog-bad-json.json');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /error \(parse\): catalog-bad-json\.json line 5, column 3: expected a comma or \}/);
});

test('a newer format version is an error that says so', () => {
  const result = run('validate', 'tests/fixtures/catalog-version-2.json');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /error \(version\):.*version 2/);
});

test('unsafe URLs and missing files are warnings with paths, and do not fail', () => {
  const result = run('validate', 'tests/fixtures/catalog-bad-url.json');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /warning: trainings\[0\]\.materials\[0\]\.href: "data:application\/pdf;base64,AAAA" was dropped/);
  assert.match(result.stdout, /warning: trainings\[2\]\.sessions\[0\]\.materials\[0\]\.href: tests\/fixtures\/files\/sensory\.pdf does not exist/);
});

test('usage is printed for a wrong command', () => {
  const result = run('check');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /Usage: rsp-archive validate/);
});
