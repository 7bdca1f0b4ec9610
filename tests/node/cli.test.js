// `rsp-archive validate`, run as a person would run it.
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const cli = new URL('../../bin/rsp-archive.js', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

test('the demo catalog validates with no errors or warnings', () => {
  const result = run('validate', 'demo/catalog.json');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /demo\/catalog\.json: \d+ training\(s\) read, 0 error\(s\), 0 warning\(s\)/);
});

test('a skipped training is an error, printed with its path', () => {
  const result = run('validate', 'tests/fixtures/catalog-bad-training.json');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /error: trainings\[1\] \(id "six-core-intro"\) was skipped: trainings\[1\]\.sessions\[0\]\.video: needs sources or embed/);
});

test('invalid JSON is an error with line and column', () => {
  const result = run('validate', 'tests/fixtures/catalog-bad-json.json');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /catalog-bad-json\.json: error: line 5, column 3: expected a comma or \}/);
});

test('a newer format version is an error that says so', () => {
  const result = run('validate', 'tests/fixtures/catalog-version-9.json');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /catalog-version-9\.json: error: .*is catalog format version 9, but this version of rsp-archive reads versions 1 \(a single file\) and 2 \(compiled\) only/);
  assert.doesNotMatch(result.stdout, /does not exist/, 'an unreadable catalog is not probed file by file');
});

test('unsafe URLs are warnings, missing files errors, each with its path', () => {
  const result = run('validate', 'tests/fixtures/catalog-bad-url.json');
  assert.equal(result.status, 1, 'a file the catalog names and the site would not have');
  assert.match(result.stdout, /warning: trainings\[0\]\.materials\[0\]\.href: "data:application\/pdf;base64,AAAA" was dropped/);
  assert.match(result.stdout, /error: trainings\[2\]\.sessions\[0\]\.materials\[0\]\.href: files\/sensory\.pdf does not exist/);
  assert.doesNotMatch(result.stdout, /javascript:alert\(1\) does not exist/, 'a dropped link is not looked for as a file');
});

test('usage is printed for a wrong command', () => {
  const result = run('check');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command "check"[\s\S]*Usage: rsp-archive <command>/);
});
