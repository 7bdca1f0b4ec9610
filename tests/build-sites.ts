/**
 * The demo archive as `rsp-archive build demo/source` publishes it, for the browser tests (run by `npm run
 * test:browsers` before the runner; never committed):
 *
 *   tests/sites/compiled/   the compiled catalog (entry, list index, a file per training, spoken-word shards)
 *   tests/sites/single/     the same archive as one file (`--single-file`, format version 1)
 *
 * Neither holds the library: the test pages load the elements from src/. Built again only when the demo's source or
 * the publisher's code has changed since the last time.
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../src/cli/check.js';
import { closeProbes } from '../src/cli/probe.js';
import { writeSite } from '../src/cli/site.js';
import { locateSource, readSource } from '../src/cli/source.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'tests/sites');
const stamp = join(out, '.built');
const inputs = ['demo/source', 'src/cli', 'src/catalog', 'tests/build-sites.ts'].map((path) => join(root, path));

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...inputs.map(newest))) {
  console.log('tests/sites/ is up to date');
} else {
  const located = locateSource(join(root, 'demo/source'));
  if ('error' in located) throw new Error(located.error);
  const checked = await checkSource(await readSource(located.file));
  await closeProbes();
  const errors = checked.problems.filter((problem) => problem.level === 'error');
  if (errors.length) throw new Error(`demo/source has errors:\n${errors.map((problem) => problem.message).join('\n')}`);
  rmSync(out, { recursive: true, force: true });
  await writeSite(checked, join(out, 'compiled'), {}, { library: false });
  await writeSite(checked, join(out, 'single'), {}, { single: true, library: false });
  writeFileSync(stamp, new Date().toISOString());
  console.log('tests/sites/: the demo archive built compiled and as a single file');
}
