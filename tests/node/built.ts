// A built site's catalog, read as one v1 object whichever form the build wrote: the compiled form (the entry, its list
// index and a file per training, `trainings/<id>.<hash>.json`) is put back together in list order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readBuiltCatalog(site: string): any {
  const read = (name: string) => JSON.parse(readFileSync(join(site, name), 'utf8'));
  const entry = read('catalog.json');
  if (entry.version !== 2) return entry;
  const list = read(entry.list);
  const [id, file] = ['id', 'file'].map((field) => list.fields.indexOf(field));
  const { version, list: _list, count, spoken, ...rest } = entry;
  return { version: 1, ...rest, trainings: list.rows.map((row: unknown[]) => read(`trainings/${row[id]}.${row[file]}.json`)) };
}
