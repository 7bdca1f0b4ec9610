#!/usr/bin/env node
// Fills the generated tables of README.md and docs/*.md from custom-elements.json (attributes, properties, events,
// parts, CSS custom properties, slots, the token list) and from scripts/size.js's measurement of dist/ (the size
// tables), so that the docs say what the code does. A generated block sits between two comments:
//
//   <!-- generated:attributes rsp-training-list -->
//   …
//   <!-- /generated -->
//
// `npm run docs` (node scripts/docs-tables.js --write) rewrites every block; `--check` (what `npm run
// check:generated` calls, through `staleDocs`) fails, naming each block that differs. Size blocks need a build:
// run `npm run build` first. The prose around the blocks is written by hand and explains; it does not restate.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kb, measureSizes } from './size.js';

const BLOCK = /<!-- generated:([\w-]+)(?: ([^\s]+))? -->([\s\S]*?)<!-- \/generated -->/g;

/** What each lazy CDN chunk is and when a page loads it; a new chunk needs a row here before the docs can say so. */
const CDN_CHUNKS = {
  'training-player': ['`<rsp-training-player>`', 'when a player is first shown (or the browser is idle)'],
  'training-detail': ["the archive's detail view and its styles", 'when the archive first shows a training'],
  handouts: ['`<rsp-handouts>`', 'when a training is shown or the tag appears (or the browser is idle)'],
  read: ["the single-file (v1) catalog's reader and its schema checks", 'when a single-file catalog, a `catalog` property or a compiled training file is read'],
  'list-moments': ['"Said in the recordings": how the moments found look', 'with the spoken-word index, on the first search of a catalog that has one'],
  time: ['times written as 12:34, shared by the player and "Said in the recordings"', 'with either of them'],
  spoken: ['search inside what was said (a compiled catalog\'s spoken-word index)', 'on the first search of a catalog that has one'],
  es: ['the Spanish UI text', 'on a Spanish page'],
  'embed-media': ["the YouTube and Vimeo players' message protocols (progress and completions of an embed)", 'when a viewer presses play on a YouTube or Vimeo session'],
  'hls.light': ['hls.js (its light build)', 'only for an HLS stream in a browser without native HLS'],
};
/** The chunks that make up "the whole archive, with its player", beside the initial load. */
const WHOLE_ARCHIVE = ['training-player', 'training-detail', 'handouts'];

/** A table cell: one line, pipes escaped (GitHub reads `\|` inside code spans too). */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => `\`${text}\``;
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
const defaultOf = (value) => (value === undefined || value === 'null' || value === 'undefined' ? '—' : code(value === "''" ? '""' : value));

/** The custom elements declared in a manifest, by tag name. */
function elementsOf(manifest) {
  const elements = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.set(declaration.tagName, declaration);
    }
  }
  return elements;
}

function element(sources, tag) {
  const found = elementsOf(sources.manifest).get(tag);
  if (!found) throw new Error(`custom-elements.json has no element <${tag}>`);
  return found;
}

const publicMembers = (declaration) =>
  (declaration.members ?? []).filter(
    (member) => !member.static && !member.privacy && !member.inheritedFrom && !member.name.startsWith('_') && !member.name.startsWith('#'),
  );

const renderers = {
  attributes(sources, tag) {
    const declaration = element(sources, tag);
    const fields = new Map(publicMembers(declaration).map((member) => [member.name, member]));
    return table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (declaration.attributes ?? []).map((attribute) => [
        code(attribute.name),
        attribute.fieldName ? code(attribute.fieldName) : '—',
        code(attribute.type?.text ?? 'string'),
        defaultOf(attribute.default),
        `${attribute.description ?? ''}${fields.get(attribute.fieldName)?.reflects ? ' The property reflects to the attribute.' : ''}`,
      ]),
    );
  },
  properties(sources, tag) {
    const declaration = element(sources, tag);
    const rows = publicMembers(declaration)
      .filter((member) => member.kind === 'method' || !member.attribute)
      .map((member) => {
        if (member.kind !== 'method') return [code(member.name), code(member.type?.text ?? 'unknown'), member.description];
        const parameters = (member.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`);
        const names = (member.parameters ?? []).map((parameter) => parameter.name).join(', ');
        return [code(`${member.name}(${names})`), code(`(${parameters.join(', ')}) → ${member.return?.type?.text ?? 'void'}`), member.description];
      });
    return table(['property or method', 'type', 'description'], rows);
  },
  events(sources, tag) {
    const detail = (type = '') => /^CustomEvent<([\s\S]*)>$/.exec(type)?.[1] ?? type;
    return table(
      ['event', 'detail', 'description'],
      (element(sources, tag).events ?? []).map((event) => [code(event.name), code(detail(event.type?.text)), event.description]),
    );
  },
  parts: (sources, tag) =>
    table(['part', 'description'], (element(sources, tag).cssParts ?? []).map((part) => [code(part.name), part.description])),
  'css-properties': (sources, tag) =>
    table(
      ['custom property', 'default', 'description'],
      (element(sources, tag).cssProperties ?? []).map((property) => [code(property.name), defaultOf(property.default), property.description]),
    ),
  slots: (sources, tag) =>
    table(['slot', 'description'], (element(sources, tag).slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description])),
  /** Every `--rsp-*` token any element reads: its default (per element where they differ) and who reads it. */
  tokens(sources) {
    const tokens = new Map();
    for (const [tag, declaration] of elementsOf(sources.manifest)) {
      for (const property of declaration.cssProperties ?? []) {
        if (!tokens.has(property.name)) tokens.set(property.name, []);
        tokens.get(property.name).push({ tag, value: property.default });
      }
    }
    const rows = [...tokens].sort(([a], [b]) => a.localeCompare(b)).map(([name, uses]) => {
      const values = [...new Set(uses.map((use) => use.value))];
      const defaults =
        values.length === 1
          ? defaultOf(values[0])
          : values.map((value) => `${defaultOf(value)} (${uses.filter((use) => use.value === value).map((use) => code(`<${use.tag}>`)).join(', ')})`).join(', ');
      return [code(name), defaults, uses.map((use) => code(`<${use.tag}>`)).join(', ')];
    });
    return table(['token', 'default', 'read by'], rows);
  },
  /** The CDN build: what a page loads first, then each lazy chunk. */
  sizes(sources) {
    const { files, initial } = sources.sizes;
    const initialRow = [
      initial.files.map((file) => code(pattern(file))).join(' + ') + ': the list and the archive, Lit, the catalog loader and validator, search, English',
      initial.files.map((file) => (kb(sizeOf(files, file).gzip)).replace(' KB', '')).join(' + ') + ' KB',
      initial.files.map((file) => (kb(sizeOf(files, file).brotli)).replace(' KB', '')).join(' + ') + ' KB',
      "by the page's one `<script>` (the first is a facade that imports the second at once)",
    ];
    const order = (row) => Object.keys(CDN_CHUNKS).indexOf(chunkName(row.file));
    const lazy = files
      .filter((row) => row.file.startsWith('dist/chunks/') && !initial.files.includes(row.file))
      .sort((a, b) => order(a) - order(b))
      .map((row) => {
        const described = CDN_CHUNKS[chunkName(row.file)];
        if (!described) throw new Error(`${row.file}: a CDN chunk that scripts/docs-tables.js does not describe (add it to CDN_CHUNKS)`);
        return [`${code(pattern(row.file))}: ${described[0]}`, kb(row.gzip), kb(row.brotli), described[1]];
      });
    return table(['file', 'gzip', 'brotli', 'loaded'], [initialRow, ...lazy]);
  },
  'size-npm': (sources) =>
    table(['entry point', 'gzip', 'brotli'], sources.sizes.npmEntries.map((row) => [code(row.entry), kb(row.gzip), kb(row.brotli)])),
  /** Inline: gzip of the initial load plus the detail view, the handouts and the player. */
  'size-whole': (sources) => {
    const { files, initial } = sources.sizes;
    const lazy = files.filter((row) => row.file.startsWith('dist/chunks/') && WHOLE_ARCHIVE.includes(chunkName(row.file)));
    return kb(initial.gzip + lazy.reduce((sum, row) => sum + row.gzip, 0));
  },
  /** The publishing spreadsheet's columns, from src/cli/columns.ts (what `rsp-archive new` explains too). */
  columns: (sources) =>
    table(
      ['sheet (CSV file)', 'column', 'what to write', 'example'],
      sources.sheets.flatMap((sheet) =>
        sheet.columns.map((column) => [`${sheet.name} (${code(sheet.csv)})`, `**${column.heading}**${column.required ? ' (required)' : ''}`, column.help, column.example ? code(column.example) : '']),
      ),
    ),
  /** Inline: gzip of what a page loads first. */
  'size-initial': (sources) => kb(sources.sizes.initial.gzip),
};
const INLINE = new Set(['size-whole', 'size-initial']);

const chunkName = (file) => /([^/]+)-[\w-]{8}\.js$/.exec(file)?.[1];
const pattern = (file) => file.replace(/-[\w-]{8}\.js$/, '-*.js');
const sizeOf = (files, file) => files.find((row) => row.file === file);

/** The fresh content of one block: tables get a blank line either side, so the comments never join the table. */
function render(kind, argument, sources) {
  const renderer = renderers[kind];
  if (!renderer) throw new Error(`unknown generated block "${kind}"`);
  const text = renderer(sources, argument);
  return INLINE.has(kind) ? text : `\n\n${text}\n\n`;
}

/** The markdown with every generated block rewritten from the sources. */
export function fillBlocks(markdown, sources) {
  return markdown.replace(
    BLOCK,
    (_whole, kind, argument) => `<!-- generated:${kind}${argument ? ` ${argument}` : ''} -->${render(kind, argument, sources)}<!-- /generated -->`,
  );
}

/**
 * Each generated block whose content is not what the sources give now, with the first line that differs.
 * @returns {{ block: string, line: number, committed: string, fresh: string }[]}
 */
export function staleBlocks(markdown, sources) {
  const stale = [];
  for (const match of markdown.matchAll(BLOCK)) {
    const [, kind, argument, content] = match;
    const fresh = render(kind, argument, sources);
    if (fresh === content) continue;
    const [a, b] = [content.split('\n'), fresh.split('\n')];
    const at = Math.max(0, b.findIndex((line, index) => line !== a[index]));
    stale.push({
      block: `generated:${kind}${argument ? ` ${argument}` : ''}`,
      line: markdown.slice(0, match.index).split('\n').length + at,
      committed: a[at] ?? '',
      fresh: b[at] ?? '',
    });
  }
  return stale;
}

/** The manifest of `root`, and its sizes measured only when a block asks for them (they need a build). */
export function sourcesOf(root) {
  let sizes;
  let sheets;
  return {
    // The CLI is TypeScript built to dist/node/cli.js: read its column list in a child process (this runs sync).
    get sheets() {
      sheets ??= JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', "const { SHEETS } = await import('./dist/node/cli.js'); console.log(JSON.stringify(SHEETS))"], { cwd: root, encoding: 'utf8' }),
      );
      return sheets;
    },
    manifest: JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')),
    get sizes() {
      sizes ??= measureSizes(join(root, 'dist'));
      return sizes;
    },
  };
}

/** README.md and docs/*.md, those that exist. */
export function docFiles(root) {
  const docs = existsSync(join(root, 'docs')) ? readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).sort() : [];
  return ['README.md', ...docs.map((name) => join('docs', name))].filter((file) => existsSync(join(root, file)));
}

/** One sentence per stale block in the docs of `root`, naming the file, line and block. */
export function staleDocs(root) {
  const sources = sourcesOf(root);
  return docFiles(root).flatMap((file) =>
    staleBlocks(readFileSync(join(root, file), 'utf8'), sources).map(
      (stale) => `${file}:${stale.line} ${stale.block} (run \`npm run docs\`): it says ${JSON.stringify(stale.committed)}, the sources give ${JSON.stringify(stale.fresh)}`,
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? args[rootAt + 1] : fileURLToPath(new URL('../', import.meta.url));
  if (args.includes('--write')) {
    const sources = sourcesOf(root);
    for (const file of docFiles(root)) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = fillBlocks(before, sources);
      if (after !== before) {
        writeFileSync(path, after);
        console.log(`wrote ${relative(root, path)}`);
      }
    }
  } else if (args.includes('--check')) {
    const stale = staleDocs(root);
    if (stale.length) {
      console.error(`Generated docs are out of date:\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log('The generated tables in README.md and docs/ are current.');
  } else {
    console.error('usage: node scripts/docs-tables.js --write | --check [--root <dir>]');
    process.exit(2);
  }
}
