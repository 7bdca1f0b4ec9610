// Three builds:
// - dist/rsp-archive.js: the CDN file, one ES module with Lit inside (lazy chunks land in dist/chunks/).
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
    // Lets lazy chunks import what they share from the entry itself, so the page's one <script> is one file
    // (not a facade in front of a shared chunk).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
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
    input: { catalog: 'src/catalog/index.ts', 'schema-json': 'src/catalog/schema-json.ts' },
    output: { dir: 'dist/node', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts()],
  },
];
