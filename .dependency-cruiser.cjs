/**
 * The house's rules: which part of `src/` may import which. `npm run check:house` (part of `npm test`) fails with a
 * rule's name when an import breaks one. Each folder's README.md says the same in words.
 *
 *   catalog/   the data layer: format, load, validate, normalise, search, browse, URLs. No Lit, no DOM, no other part.
 *   i18n/      strings and formatting. Lit only for its locale controller.
 *   styles/    Lit `css` only.
 *   progress/  what a viewer watched, in localStorage. Catalog types only.
 *   consumer/  how an element finds and shows a catalog (context, controller). Catalog, i18n, events.
 *   player/    the player's controllers and templates. Catalog, i18n, progress, events, styles; never the list.
 *   components/ the elements. Anything; imported only by src/index.ts (and tests, stories, the build).
 *   cli/       the publisher (`rsp-archive new | build | preview | validate`), Node only. The catalog and its own
 *              npm dependencies; no Lit, no element code. Nothing in the browser builds imports it.
 */
const LIT = '(^|/)node_modules/(lit|@lit|lit-html|lit-element)/';
const part = (name) => `^src/${name}/`;
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Imports run one way: a cycle makes load order and lazy chunks unpredictable.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'catalog-is-pure-data',
      comment: 'catalog/ imports nothing of Lit, the DOM or another part: it runs in Node (the validate CLI).',
      severity: 'error',
      from: { path: part('catalog') },
      to: { path: [LIT, '^src/(?!catalog/)'] },
    },
    {
      name: 'progress-knows-only-the-catalog',
      comment: 'progress/ is read by the list and written by the player: it imports neither, nor Lit.',
      severity: 'error',
      from: { path: part('progress') },
      to: { path: [LIT, '^src/(?!(catalog|progress)/)'] },
    },
    {
      name: 'consumer-below-elements',
      comment: 'consumer/ serves every element: it imports no element, player or progress code.',
      severity: 'error',
      from: { path: part('consumer') },
      to: { path: '^src/(components|player|progress|styles)/' },
    },
    {
      name: 'i18n-and-styles-are-leaves',
      comment: 'i18n/ and styles/ import no other part but the catalog types.',
      severity: 'error',
      from: { path: '^src/(i18n|styles)/' },
      to: { path: '^src/(?!(i18n|styles|catalog)/)' },
    },
    {
      name: 'only-index-imports-components',
      comment: 'Elements are reached through src/index.ts (and the build entries); no part imports components/.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/components/', '^src/index\\.ts$'] },
      to: { path: part('components') },
    },
    {
      name: 'player-never-imports-the-list',
      comment: 'The player is a lazy chunk: it must not pull in the list, its cards or controls.',
      severity: 'error',
      from: { path: ['^src/player/', '^src/components/training-player\\.ts$'] },
      to: { path: ['^src/components/(training-list|training-card|list-controls|list-results|list-url|list-filters|list-announcer|archive|archive-router|archive-detail)\\.ts$', '^src/styles/(list|card)\\.ts$'] },
    },
    {
      name: 'cli-is-node-only',
      comment: 'cli/ is the publisher: it reads the catalog code and Node modules, never Lit or the elements.',
      severity: 'error',
      from: { path: part('cli') },
      to: { path: [LIT, '^src/(?!(catalog|cli)/|version\\.ts$)'] },
    },
    {
      name: 'browser-never-imports-the-cli',
      comment: 'The CLI and its dependencies (spreadsheets, PDFs, media probing) must stay out of the browser bundles.',
      severity: 'error',
      from: { path: '^src/', pathNot: part('cli') },
      to: { path: [part('cli'), '(^|/)node_modules/(csv-parse|csv-stringify|read-excel-file|write-excel-file|mediainfo\\.js|pdfjs-dist|webvtt-parser)/'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    // The rules' own test runs them over a fixture folder that has no tsconfig of its own.
    ...(require('node:fs').existsSync('tsconfig.json') ? { tsConfig: { fileName: 'tsconfig.json' } } : {}),
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'browser', 'default'] },
  },
};
