#!/usr/bin/env node
// Fails when a generated file that is committed (custom-elements.json, catalog.schema.json, demo/catalog.json) is not what the sources
// generate now, when a generated table in README.md or docs/ is not what custom-elements.json and the build give
// (scripts/docs-tables.js), when a `@fires` type in the manifest is not the detail type src/events.ts gives that
// event, or when src/version.ts does not carry package.json's version. Run `npm run build` first; fix with
// `npm run analyze`, `npm run schema` and `npm run docs`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaText } from './build-schema.js';
import { demoCatalogText } from './demo-catalog.js';
import { staleDocs } from './docs-tables.js';
import { firesProblems } from './event-types.js';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const stale = [];

if (read('catalog.schema.json') !== schemaText()) stale.push('catalog.schema.json (run `npm run schema`)');

try {
  if (read('demo/catalog.json') !== (await demoCatalogText())) stale.push('demo/catalog.json (run `npm run demo:catalog`: it is made from demo/source/)');
} catch (error) {
  stale.push(`demo/catalog.json: ${error.message}`);
}

const { version } = JSON.parse(read('package.json'));
if (!read('src/version.ts').includes(`'${version}'`)) stale.push(`src/version.ts (set VERSION to '${version}')`);

// The analyzer takes --outdir relative to the working directory.
const out = 'node_modules/.cache/rsp-manifest-check';
// The analyzer also writes its output path into package.json's "customElements": put package.json back after.
const packageJson = read('package.json');
try {
  execFileSync('npm', ['run', '--silent', 'analyze', '--', '--outdir', out], { cwd: root, stdio: 'inherit' });
  const fresh = readFileSync(new URL(join(out, 'custom-elements.json'), root), 'utf8');
  const committed = read('custom-elements.json');
  stale.push(...firesProblems(JSON.parse(fresh)));
  if (fresh !== committed) {
    // Where they first differ, so that a failure in CI says what changed.
    const [a, b] = [fresh.split('\n'), committed.split('\n')];
    const at = a.findIndex((line, index) => line !== b[index]);
    stale.push(`custom-elements.json (run \`npm run analyze\`): line ${at + 1} is ${JSON.stringify(b[at])}, the sources give ${JSON.stringify(a[at])}`);
  }
} finally {
  writeFileSync(new URL('package.json', root), packageJson);
  rmSync(new URL(out, root), { recursive: true, force: true });
}

// The tables are compared with what the committed custom-elements.json gives, so a stale manifest is reported above.
try {
  stale.push(...staleDocs(fileURLToPath(root)));
} catch (error) {
  stale.push(`the generated tables in README.md and docs/: ${error.message}`);
}

if (stale.length) {
  console.error(`Generated files are out of date, or disagree with their sources:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log('custom-elements.json (its @fires types those of src/events.ts), catalog.schema.json, demo/catalog.json, src/version.ts and the generated tables in README.md and docs/ are current.');
