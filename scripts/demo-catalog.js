#!/usr/bin/env node
// demo/catalog.json is made from the demo's spreadsheet, demo/source/trainings.csv, by the publisher's own reading and
// probing (durations, page counts, tagged PDFs, caption languages): the demo and the tests read what a publisher's
// build would write, with file names kept as they are (source/media/…) instead of content-hashed copies.
// `npm run demo:catalog` writes it; `npm run check:generated` fails when it is stale. Run `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const target = new URL('demo/catalog.json', root);

export async function demoCatalogText() {
  const { checkSource, fileRefs, readSource } = await import(new URL('dist/node/cli.js', root).href);
  const cwd = process.cwd();
  process.chdir(new URL('.', root).pathname); // problems name files from the repository's root
  try {
    const checked = await checkSource(await readSource('demo/source/trainings.csv'));
    const { problems } = checked;
    if (problems.length) throw new Error(`demo/source has problems:\n  ${problems.map((p) => JSON.stringify(p)).join('\n  ')}`);
    for (const ref of fileRefs(checked.catalog)) {
      if (!/^https?:/.test(ref.ref)) ref.owner[ref.field] = `source/${ref.ref}`;
    }
    return `${JSON.stringify({ $schema: '../catalog.schema.json', ...checked.catalog }, null, 2)}\n`;
  } finally {
    process.chdir(cwd);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await demoCatalogText();
  if (process.argv.includes('--write')) writeFileSync(target, text);
  else if (readFileSync(target, 'utf8') !== text) {
    console.error('demo/catalog.json is not what demo/source gives: run `npm run demo:catalog`');
    process.exit(1);
  }
}
