#!/usr/bin/env node
// rsp-archive: the publisher's commands (new, build, preview, validate). The code is src/cli/, built to dist/node/cli.js.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const built = join(dirname(fileURLToPath(import.meta.url)), '../dist/node/cli.js');
if (!existsSync(built)) {
  console.error('rsp-archive: dist/node/cli.js is missing; run `npm run build` in the rsp-archive folder first.');
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
