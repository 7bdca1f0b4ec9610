// Three builds:
// - dist/rsp-archive.js: the CDN file, an ES module with Lit inside its shared chunk (chunks land in dist/chunks/).
// - dist/npm/: the npm entry points (one per element, the data layer, everything), Lit and the other dependencies
//   left as imports so apps share one copy, with .d.ts files in dist/npm/types/.
// - dist/node/catalog.js: the data layer for Node (the `rsp-archive validate` CLI and the schema generator).
import { rmSync } from 'node:fs';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Start clean, so stale chunks never reach `npm run size` or the package.
rmSync('dist', { recursive: true, force: true });

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    declaration: false,
    sourceMap: true,
    outDir: undefined,
    rootDir: undefined,
    noEmitOnError: true,
  });

export default [
  {
    input: { 'rsp-archive': 'src/index.ts' },
    // The entry is a small facade that re-exports a shared chunk, chunks/rsp-archive-[hash].js, which the lazy chunks
    // (player, Spanish, hls.js) import too. Were the lazy chunks to import the entry itself, they would name it
    // without the query of the page's <script src>: WordPress's `rsp-archive.js?ver=6.4` and the chunks'
    // `../rsp-archive.js` are two module URLs, so a second copy of the library would evaluate (two Lits, two catalog
    // stores) and, under Trusted Types, the second `lit-html` policy is refused and the player never loads. A chunk
    // URL that only the build writes cannot be given another query. Rewriting the chunks' import of the entry into a
    // dynamic import of the entry's own URL would keep one file, but through top-level await and copies of live
    // bindings, for minified code. The cost of the facade (`npm run size`): about 0.2 KB gzip and one request, which
    // the browser starts as soon as it has parsed the 0.4 KB entry; the shared chunk's hashed URL can be cached for
    // good, and pages that print two `?ver=`s of the entry still get one library.
    preserveEntrySignatures: 'strict',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: (chunk) => (chunk.name === 'index' ? 'chunks/rsp-archive-[hash].js' : 'chunks/[name]-[hash].js'),
    },
    plugins: [
      nodeResolve({ browser: true }),
      ts(),
      // Whitespace and comments inside html`` and css`` templates: terser leaves template strings alone.
      // conservativeCollapse keeps one space where there was some: " · " separators and "(PDF, 1.2 MB)" need it.
      minifyHtmlLiterals({ options: { minifyOptions: { conservativeCollapse: true } }, failOnError: true }),
      terser({ ecma: 2021, module: true, compress: { passes: 3 }, format: { comments: false } }),
    ],
  },
  {
    input: {
      index: 'src/index.ts',
      catalog: 'src/components/catalog.ts',
      'training-list': 'src/components/training-list.ts',
      'training-player': 'src/components/training-player.ts',
      handouts: 'src/components/handouts.ts',
      archive: 'src/components/archive.ts',
      data: 'src/catalog/index.ts',
    },
    external: (id) => /^(lit|@lit\/|valibot|hls\.js)(\/|$)/.test(id),
    // hoistTransitiveImports: false, or every entry gets bare `import 'valibot'` lines that bundlers then warn about.
    output: {
      dir: 'dist/npm',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'shared/[name]-[hash].js',
      hoistTransitiveImports: false,
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/**/*.ts'],
        exclude: ['src/catalog/schema-json.ts'],
        declaration: true,
        declarationDir: 'dist/npm/types',
        outDir: 'dist/npm',
        sourceMap: true,
        noEmitOnError: true,
      }),
    ],
  },
  {
    // The publisher's CLI (bin/rsp-archive.js) and the schema generator. Its npm dependencies stay imports: they are
    // Node-only, installed with the package, and never part of the browser builds above.
    input: { catalog: 'src/catalog/index.ts', 'schema-json': 'src/catalog/schema-json.ts', cli: 'src/cli/main.ts' },
    external: (id) => /^(node:|csv-|read-excel-file|write-excel-file|mediainfo\.js|pdfjs-dist|webvtt-parser|valibot|@valibot)/.test(id),
    output: { dir: 'dist/node', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts()],
  },
];
