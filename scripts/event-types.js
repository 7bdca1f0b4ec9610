// The events' detail types as src/events.ts writes them, once: its `RspEventDetails` table (event name → detail
// type), read with the TypeScript parser. Used by scripts/editor-types.js, which types dist/jsx.d.ts's event props
// from it, and by scripts/check-generated.js, which fails when custom-elements.json's `@fires` types say otherwise.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);

/** Event name → the name of its detail type (`'rsp-complete'` → `'CompleteDetail'`), from `source` (events.ts). */
export function eventDetailTypes(source = readFileSync(new URL('src/events.ts', root), 'utf8')) {
  const file = ts.createSourceFile('events.ts', source, ts.ScriptTarget.Latest, true);
  const exported = (node) => node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  const detailTypes = new Set(
    file.statements
      .filter((node) => (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && exported(node))
      .map((node) => node.name.text)
      .filter((name) => name.endsWith('Detail')),
  );
  const table = file.statements.find((node) => ts.isInterfaceDeclaration(node) && node.name.text === 'RspEventDetails');
  if (!table) throw new Error('src/events.ts has no interface RspEventDetails');
  const details = new Map();
  for (const member of table.members) {
    const type = member.type?.getText(file);
    if (!detailTypes.has(type)) {
      throw new Error(`src/events.ts: RspEventDetails['${member.name.text}'] is ${type}, not an exported *Detail type`);
    }
    details.set(member.name.text, type);
  }
  return details;
}

/**
 * What is wrong with the `@fires` types of `manifest` (custom-elements.json), as sentences: each event of each element
 * must be `CustomEvent<X>`, X the detail type events.ts gives that event.
 */
export function firesProblems(manifest, details = eventDetailTypes()) {
  const problems = [];
  for (const module of manifest.modules) {
    for (const event of (module.declarations ?? []).flatMap((element) => element.events ?? [])) {
      const where = `${module.path}: @fires ${event.name}`;
      const wanted = details.get(event.name);
      const given = event.type?.text;
      if (!wanted) problems.push(`${where}: src/events.ts has no such event in RspEventDetails`);
      else if (given !== `CustomEvent<${wanted}>`) {
        problems.push(`${where}: the type is ${given ?? 'missing'}; src/events.ts gives \`@fires {CustomEvent<${wanted}>} ${event.name}\``);
      }
    }
  }
  return problems;
}
