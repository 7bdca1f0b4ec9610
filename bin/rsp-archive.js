#!/usr/bin/env node
// rsp-archive validate <file-or-url>: checks a catalog with the same schema and normaliser the elements use.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const usage = `Usage: rsp-archive validate <catalog.json | https://…/catalog.json>

Checks a training catalog the way the rsp-* elements read it and prints every problem with its path.
For a local file it also checks that the media and handouts it names exist next to it.
Exits 1 when the catalog has errors (including trainings that would be skipped), 0 otherwise.`;

const here = dirname(fileURLToPath(import.meta.url));
const built = join(here, '../dist/node/catalog.js');
if (!existsSync(built)) {
  console.error('rsp-archive: dist/node/catalog.js is missing; run `npm run build` first.');
  process.exit(2);
}
const { CatalogError, fetchCatalog, readCatalog } = await import(built);

const [command, target] = process.argv.slice(2);
if (command !== 'validate' || !target) {
  console.error(usage);
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}

// Skipped trainings are tolerated in the browser, but for the person editing the file they are mistakes.
const ERROR_CODES = new Set(['invalid-training', 'duplicate-id']);
const isUrl = /^https?:\/\//i.test(target);
// A local file's relative links are resolved against a stand-in http address, then mapped back to files.
const STAND_IN = 'http://catalog.invalid';
const base = isUrl ? target : STAND_IN + pathToFileURL(resolve(target)).pathname;

let loaded;
try {
  loaded = isUrl ? await fetchCatalog(target) : readCatalog(readFileSync(target, 'utf8'), base);
} catch (error) {
  if (error instanceof CatalogError) {
    console.error(`${target}: error (${error.kind}): ${error.message}`);
  } else {
    console.error(`${target}: error: ${error.message}`);
  }
  process.exit(1);
}

const { catalog, warnings } = loaded;
const problems = warnings.map((warning) => ({ error: ERROR_CODES.has(warning.code), text: warning.message }));
if (!isUrl) {
  const checked = new Set();
  for (const [path, url] of links(catalog)) {
    const { origin, pathname } = new URL(url);
    if (origin !== STAND_IN || checked.has(pathname)) continue;
    checked.add(pathname); // the transcript defaults to the captions file: report a missing file once
    const file = fileURLToPath(`file://${pathname}`);
    if (!existsSync(file)) problems.push({ error: false, text: `${path}: ${relative(process.cwd(), file)} does not exist` });
  }
}
for (const problem of problems) {
  console.log(`${target}: ${problem.error ? 'error' : 'warning'}: ${problem.text}`);
}
const errors = problems.filter((problem) => problem.error).length;
console.log(
  `${target}: ${catalog.trainings.length} trainings read, ${errors} error(s), ${problems.length - errors} warning(s)`,
);
process.exit(errors ? 1 : 0);

/** Every URL in the normalised catalog, with its path. */
function* links(value, path = '') {
  if (typeof value === 'string') {
    if (/^https?:\/\//.test(value) && path !== '.url') yield [path.replace(/^\./, ''), value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* links(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* links(item, `${path}.${key}`);
  }
}
