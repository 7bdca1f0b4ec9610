#!/usr/bin/env node
// `npm start`: serves the repository on http://localhost:8000 (PORT to change): `/` is the demo archive that
// `rsp-archive build demo/source --out demo/site` made; /demo/ and /demo/provider.html are the demo pages.
// The server is the publisher's own (`rsp-archive preview`, src/cli/serve.ts: byte ranges, types) with the
// repository's rules: nothing cached, node_modules never served. Run `npm run build` first (npm start does).
const root = new URL('../', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 8000);

/** Serves the repository on `listenPort` (0: a free one), on every interface. The CLI's build is imported here, not
 * at the top, so that the bench (which builds first) can import this file before dist/ exists. */
export async function serve(listenPort = port) {
  const { serveSite } = await import(new URL('../dist/node/cli.js', import.meta.url).href);
  return serveSite(root, listenPort, undefined, {
    home: '/demo/site/',
    hidden: /(^|\/)node_modules(\/|$)/,
    cacheControl: () => 'no-cache',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve().then(
    () =>
      console.log(
        `rsp-archive demo: http://localhost:${port}/ — the archive \`rsp-archive build\` made of demo/source/\n` +
          `  also: http://localhost:${port}/demo/ (the demo page) and http://localhost:${port}/demo/provider.html  (Ctrl+C to stop)`,
      ),
    (error) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use; try PORT=8001 npm start` : error.message);
      process.exit(1);
    },
  );
}
