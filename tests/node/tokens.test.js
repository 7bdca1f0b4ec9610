// Each design token has one default: written once in src/styles/ (shared.ts for a token used in several places),
// and every element's documented default (`@cssprop`, so custom-elements.json and docs/look-and-feel.md) is that one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const styles = readdirSync(new URL('src/styles/', root))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, readFileSync(new URL(`src/styles/${name}`, root), 'utf8')]);
const fallbacks = new Map();
for (const [name, text] of styles) {
  for (const [, token, fallback] of text.matchAll(/var\((--rsp-[a-z-]+), ((?:[^()]|\([^()]*\))*)\)/g)) {
    fallbacks.set(token, [...(fallbacks.get(token) ?? []), { name, fallback }]);
  }
}

test("a token's default is written once in src/styles/", () => {
  const twice = [...fallbacks].filter(([, places]) => places.length > 1).map(([token, places]) => `${token} in ${places.map((p) => p.name).join(', ')}`);
  assert.deepEqual(twice, []);
  assert.ok(fallbacks.size >= 20, `only ${fallbacks.size} tokens found: the pattern no longer matches the styles`);
});

test("every element documents a token with the styles' default", () => {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const wrong = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) {
        const written = fallbacks.get(property.name)?.[0].fallback;
        if (written !== property.default) wrong.push(`${declaration.tagName} ${property.name}: documented ${property.default}, styles ${written}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});
