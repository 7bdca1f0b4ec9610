#!/usr/bin/env node
// Writes catalog.schema.json from the valibot schema (via the Node build in dist/node). Run `npm run build` first.
import { writeFileSync } from 'node:fs';
import { catalogJsonSchema } from '../dist/node/schema-json.js';

export const schemaText = () => `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../catalog.schema.json', import.meta.url), schemaText());
  console.log('wrote catalog.schema.json');
}
