// `rsp-archive validate <URL>` on a published catalog: a compiled one (what `rsp-archive build` uploads) is read as
// the elements read it, with every training file and shard of its spoken-word index; a file missing or damaged in the
// upload is an error naming it. A single file is read as before.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { compileCatalog } from '../../src/cli/compile.js';
import { serveSite } from '../../src/cli/serve.js';
import { validateUrl } from '../../src/cli/validate-url.js';

const demo = JSON.parse(readFileSync(new URL('../../demo/catalog.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'rsp-validate-'));
let server: Server;
let origin: string;
const names: string[] = [];

before(async () => {
  const said = demo.trainings.map((_: unknown, t: number) => ({ training: t, session: 0, cues: [{ start: 3, text: `Training ${t} says comfort.` }] }));
  const { entry, files } = compileCatalog(demo, said, { shardSize: 200 });
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  for (const [name, text] of files) write(name, text), names.push(name);
  write('catalog.json', JSON.stringify(entry));
  write('single.json', JSON.stringify(demo));
  server = await serveSite(dir, 0);
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function validate(path: string) {
  const lines: string[] = [];
  const code = await validateUrl(`${origin}/${path}`, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

test('a whole compiled upload: every training file and shard read, exit 0', async () => {
  const { code, out } = await validate('catalog.json');
  assert.equal(code, 0, out);
  assert.match(out, new RegExp(`compiled catalog \\(${demo.trainings.length} training file\\(s\\) read, spoken-word index: \\d+ shard\\(s\\)\\): ${demo.trainings.length} training\\(s\\) read, 0 error\\(s\\)`));
});

test('a single file is read as a single file', async () => {
  const { code, out } = await validate('single.json');
  assert.equal(code, 0, out);
  assert.match(out, /single-file catalog: \d+ training\(s\) read, 0 error\(s\)/);
});

test('a training file missing and a shard damaged are errors naming them; exit 1', async () => {
  const training = names.find((name) => name.startsWith('trainings/tist.'))!;
  const shard = names.find((name) => /^spoken-[0-9a-f]+\/1\.json$/.test(name))!;
  const text = readFileSync(join(dir, shard), 'utf8');
  rmSync(join(dir, training));
  writeFileSync(join(dir, shard), text.slice(0, 20));
  const { code, out } = await validate('catalog.json');
  assert.equal(code, 1, out);
  assert.match(out, /error: training "tist": HTTP 404 for \S+\/trainings\/tist\.[0-9a-f]{10}\.json/);
  assert.match(out, /error: spoken-word index, shard 1: 1\.json is not valid JSON/);
  assert.match(out, /2 error\(s\)/);
});
