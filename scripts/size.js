#!/usr/bin/env node
// Prints gzip and brotli sizes of every built JavaScript file and fails when the CDN bundle is over budget.
// Bytes do not flake, so this runs inside `npm test`. Run `npm run build` first.
// `measureSizes()` is the same measurement as data: scripts/docs-tables.js writes the size tables in docs/ from it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The initial CDN bundle, Lit included, may not exceed this (gzip): less than plyr's 33 KB for the whole archive. */
export const BUDGET_GZIP = 30 * 1024;
const root = fileURLToPath(new URL('../', import.meta.url));

// The list is the first view: the detail view, the handouts and the player load when a training is opened. The
// source maps name the modules each chunk carries, whatever the minifier made of their code.
const LAZY_SOURCES = ['components/training-detail.ts', 'styles/detail.ts', 'components/handouts.ts', 'components/material-info.ts', 'components/training-player.ts'];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.js')) yield path;
  }
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

/**
 * Sizes of the build in `dist/`, in bytes; file names relative to the repository (`dist/chunks/handouts-Ds3W.js`).
 * @returns {{ files: {file: string, raw: number, gzip: number, brotli: number}[],
 *   npmEntries: {entry: string, gzip: number, brotli: number}[],
 *   initial: {files: string[], gzip: number, brotli: number}, eager: string[] }}
 */
export function measureSizes(dist = join(root, 'dist')) {
  if (!existsSync(join(dist, 'rsp-archive.js'))) throw new Error('dist/rsp-archive.js is missing; run `npm run build` first.');
  const rows = [...files(dist)].sort().map((path) => {
    const data = readFileSync(path);
    return {
      file: relative(root, path),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (paths, key) => paths.reduce((sum, path) => sum + rows.find((row) => row.file === relative(root, path))[key], 0);
  // Each npm entry with the shared chunks it imports (not Lit, @lit/context, valibot or hls.js: the app has those).
  const npmEntries = rows
    .filter((row) => /dist\/npm\/[^/]+\.js$/.test(row.file))
    .map((row) => {
      const loaded = [...initialFiles(join(root, row.file))];
      return { entry: row.file.replace(/^.*dist\/npm\//, 'rsp-archive/'), gzip: total(loaded, 'gzip'), brotli: total(loaded, 'brotli') };
    });
  const initial = [...initialFiles(join(dist, 'rsp-archive.js'))];
  const eager = initial.flatMap((path) => {
    const { sources } = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    return sources.filter((source) => LAZY_SOURCES.some((lazy) => source.endsWith(`src/${lazy}`)));
  });
  return {
    files: rows,
    npmEntries,
    initial: { files: initial.map((path) => relative(root, path)), gzip: total(initial, 'gzip'), brotli: total(initial, 'brotli') },
    eager,
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  let sizes;
  try {
    sizes = measureSizes();
  } catch (error) {
    console.error(`size: ${error.message}`);
    process.exit(1);
  }
  const rows = sizes.files;
  const width = Math.max(...rows.map((row) => row.file.length));
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
  for (const row of rows) {
    console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${kb(row.brotli).padStart(9)}`);
  }
  if (sizes.npmEntries.length) {
    console.log('\nnpm entry points (unminified: the app\'s bundler minifies), with the shared chunks each imports, dependencies excluded:');
    for (const row of sizes.npmEntries) {
      console.log(`  ${row.entry.padEnd(34)} ${kb(row.gzip).padStart(9)} gzip ${kb(row.brotli).padStart(9)} brotli`);
    }
  }
  const within = sizes.initial.gzip <= BUDGET_GZIP;
  console.log(
    `\nInitial CDN load (${sizes.initial.files.map((file) => file.replace(/^dist\//, '')).join(' + ')}): ${kb(sizes.initial.gzip)} gzip, ` +
      `${within ? 'within' : 'OVER'} the ${kb(BUDGET_GZIP)} budget. Lazy chunks load on demand.`,
  );
  if (sizes.eager.length) console.error(`size: the initial CDN load carries code that should be lazy: ${sizes.eager.join(', ')}`);
  process.exit(within && !sizes.eager.length ? 0 : 1);
}
