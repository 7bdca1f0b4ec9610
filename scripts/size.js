#!/usr/bin/env node
// Prints gzip and brotli sizes of every built JavaScript file and fails when the CDN bundle is over budget.
// Bytes do not flake, so this runs inside `npm test`. Run `npm run build` first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The initial CDN bundle, Lit included, may not exceed this (gzip): less than plyr's 33 KB for the whole archive. */
const BUDGET_GZIP = 30 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.js')) yield path;
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [...files(dist)].sort().map((path) => {
  const data = readFileSync(path);
  return {
    file: relative(process.cwd(), path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
if (!rows.some((row) => row.file.endsWith('dist/rsp-archive.js'))) {
  console.error('size: dist/rsp-archive.js is missing; run `npm run build` first.');
  process.exit(1);
}
const width = Math.max(...rows.map((row) => row.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
for (const row of rows) {
  console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${kb(row.brotli).padStart(9)}`);
}
// What a page loads before anything is asked for: the entry and every chunk it imports statically (not the lazy
// chunks behind import(), such as the player and hls.js).
function initialFiles(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    initialFiles(join(path, '..', spec), seen);
  }
  return seen;
}
const gzipOf = (files) => files.reduce((sum, path) => sum + rows.find((row) => row.file === relative(process.cwd(), path)).gzip, 0);
const brotliOf = (files) => files.reduce((sum, path) => sum + rows.find((row) => row.file === relative(process.cwd(), path)).brotli, 0);

// Each npm entry with the shared chunks it imports (not Lit, @lit/context, valibot or hls.js: the app has those).
const npmEntries = rows.filter((row) => /dist\/npm\/[^/]+\.js$/.test(row.file));
if (npmEntries.length) {
  console.log('\nnpm entry points (unminified: the app\'s bundler minifies), with the shared chunks each imports, dependencies excluded:');
  for (const row of npmEntries) {
    const files = [...initialFiles(join(process.cwd(), row.file))];
    console.log(`  ${row.file.replace(/^.*dist\/npm\//, 'rsp-archive/').padEnd(34)} ${kb(gzipOf(files)).padStart(9)} gzip ${kb(brotliOf(files)).padStart(9)} brotli`);
  }
}

const initial = [...initialFiles(join(dist, 'rsp-archive.js'))];
const initialGzip = gzipOf(initial);
// The list is the first view: the detail view, the handouts and the player load when a training is opened. The
// source maps name the modules each chunk carries, whatever the minifier made of their code.
const LAZY_SOURCES = ['components/training-detail.ts', 'styles/detail.ts', 'components/handouts.ts', 'components/material-info.ts', 'components/training-player.ts'];
const eager = initial.flatMap((path) => {
  const { sources } = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
  return sources.filter((source) => LAZY_SOURCES.some((lazy) => source.endsWith(`src/${lazy}`)));
});
const verdict = initialGzip <= BUDGET_GZIP ? 'within' : 'OVER';
console.log(
  `\nInitial CDN load (${initial.map((path) => relative(dist, path)).join(' + ')}): ${kb(initialGzip)} gzip, ` +
    `${verdict} the ${kb(BUDGET_GZIP)} budget. Lazy chunks load on demand.`,
);
if (eager.length) console.error(`size: the initial CDN load carries code that should be lazy: ${eager.join(', ')}`);
process.exit(initialGzip <= BUDGET_GZIP && !eager.length ? 0 : 1);
