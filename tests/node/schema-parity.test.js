// An independent validator (ajv, on the generated catalog.schema.json) must agree with the runtime schema on every
// fixture: a file is valid for ajv exactly when the runtime reads it without an error or a skipped training.
// Loader-only rules (unique ids, declared topics, safe URL schemes) are outside JSON Schema and not compared.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { checkCatalog } from '../../dist/node/catalog.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('catalog.schema.json', root), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const files = [
  ...readdirSync(new URL('tests/fixtures/', root)).map((name) => `tests/fixtures/${name}`),
  'demo/catalog.json',
].filter((path) => path.endsWith('.json'));

function runtimeAccepts(data) {
  try {
    const { warnings } = checkCatalog(data, 'https://example.org/catalog.json');
    return !warnings.some((warning) => warning.code === 'invalid-training');
  } catch (error) {
    if (error.kind === 'schema' || error.kind === 'version') return false;
    throw error;
  }
}

for (const path of files) {
  const text = readFileSync(new URL(path, root), 'utf8');
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    continue; // not JSON at all: neither validator sees it
  }
  test(`ajv and the runtime schema agree on ${path}`, () => {
    const ajvValid = validate(data);
    assert.equal(runtimeAccepts(data), ajvValid, JSON.stringify(validate.errors?.slice(0, 3)));
  });
}

test('the fixtures cover both verdicts', () => {
  const verdicts = files.map((path) => {
    try {
      return validate(JSON.parse(readFileSync(new URL(path, root), 'utf8')));
    } catch {
      return 'not json';
    }
  });
  assert.ok(verdicts.includes(true) && verdicts.includes(false));
});

test('every field of the generated schema has a description', () => {
  const missing = [];
  const walk = (node, path) => {
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      if (!property.description) missing.push(`${path}.${key}`);
    }
  };
  walk(schema, 'Catalog');
  for (const [name, definition] of Object.entries(schema.$defs)) walk(definition, name);
  assert.deepEqual(missing, []);
});
