#!/usr/bin/env node
// What the initial CDN load carries, module by module: each byte of dist/chunks/rsp-archive-*.js is attributed
// through its source map to the source file it came from, then the bytes of each source are gzipped on their own
// (so the gzip column overstates: gzip of the whole file is less than the sum). `npm run size:breakdown` after
// `npm run build`; `--all` lists every module. For the first-paint work (what to load later, what to cut).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const dist = new URL('../dist/chunks/', import.meta.url).pathname;
const name = readdirSync(dist).find((file) => /^rsp-archive-[\w-]+\.js$/.test(file));
if (!name) throw new Error('dist/chunks/rsp-archive-*.js is missing: run `npm run build` first');
const code = readFileSync(join(dist, name), 'utf8');
const map = new TraceMap(JSON.parse(readFileSync(join(dist, `${name}.map`), 'utf8')));

const text = new Map();
code.split('\n').forEach((line, index) => {
  let source = '(no source)';
  let start = 0;
  for (let column = 0; column <= line.length; column += 1) {
    const next = column < line.length ? originalPositionFor(map, { line: index + 1, column }).source ?? source : null;
    if (next !== source || column === line.length) {
      const key = source.replace(/.*node_modules\//, '').replace(/.*?\bsrc\//, 'src/');
      text.set(key, (text.get(key) ?? '') + line.slice(start, column));
      start = column;
      source = next ?? source;
    }
  }
});
const rows = [...text].map(([file, part]) => ({ file, bytes: part.length, gzip: gzipSync(part, { level: 9 }).length }));
rows.sort((a, b) => b.bytes - a.bytes);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const group = (test) => rows.filter((row) => test(row.file)).reduce((sum, row) => sum + row.bytes, 0);
console.log(`${name}: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
console.log(`  Lit ${kb(group((f) => /^(lit|@lit)/.test(f)))} · valibot ${kb(group((f) => f.startsWith('valibot')))} · src/catalog ${kb(group((f) => f.startsWith('src/catalog')))} · src/components ${kb(group((f) => f.startsWith('src/components')))} · src/styles ${kb(group((f) => f.startsWith('src/styles')))} · src/i18n ${kb(group((f) => f.startsWith('src/i18n')))} (minified bytes)`);
for (const row of process.argv.includes('--all') ? rows : rows.slice(0, 20)) {
  console.log(`${String(row.bytes).padStart(8)} B ${String(row.gzip).padStart(7)} B gzip alone  ${row.file}`);
}
