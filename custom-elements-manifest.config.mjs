// Configuration of `cem analyze` (npm run analyze); the globs and --litelement are on the command line in package.json.
// The analyzer reads files in whatever order the file system's parallel walk returns them, so two runs could list the
// modules in different orders and `npm run check:generated` would fail on an unchanged source. Sorting them by path
// makes custom-elements.json a function of the source alone.
export default {
  plugins: [
    {
      name: 'rsp-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
