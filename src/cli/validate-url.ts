/**
 * `rsp-archive validate <URL>`: reads a published catalog as the elements read it, in either form. For a compiled
 * catalog (what `rsp-archive build` uploads) it also reads every training's own file and the spoken-word index, so
 * that a file missing or damaged in the upload is found before a viewer finds it.
 */
import { CatalogError, fileName, type CatalogWarning } from '../catalog/errors.js';
import { fetchText } from '../catalog/fetch-text.js';
import type { Catalog } from '../catalog/normalize.js';
import { loadReader, parse, readAny } from '../catalog/read-any.js';

interface Found {
  errors: string[];
  warnings: CatalogWarning[];
  notes: string[];
}

/** Prints what is wrong with the catalog at `url`; 1 when a training would be skipped or a file cannot be read. */
export async function validateUrl(url: string, print: (text: string) => void): Promise<number> {
  let catalog: Catalog;
  const found: Found = { errors: [], warnings: [], notes: [] };
  try {
    const loaded = await readAny(url, {}, {});
    catalog = loaded.catalog;
    found.warnings.push(...loaded.warnings);
    if (catalog.version === 2) await checkCompiled(catalog, found);
  } catch (error) {
    print(`${url}: error${error instanceof CatalogError ? ` (${error.kind})` : ''}: ${(error as Error).message}`);
    return 1;
  }
  const skipped = (w: CatalogWarning) => w.code === 'invalid-training' || w.code === 'duplicate-id';
  for (const w of found.warnings) print(`${url}: ${skipped(w) ? 'error' : 'warning'}: ${w.message}`);
  for (const message of found.errors) print(`${url}: error: ${message}`);
  const errors = found.errors.length + found.warnings.filter(skipped).length;
  const form = catalog.version === 2 ? `compiled catalog${found.notes.length ? ` (${found.notes.join(', ')})` : ''}` : 'single-file catalog';
  print(`${url}: ${form}: ${catalog.trainings.length} training(s) read, ${errors} error(s), ${found.warnings.length - found.warnings.filter(skipped).length} warning(s)`);
  return errors ? 1 : 0;
}

/** Reads each training's file (eight at a time) and every file of the spoken-word index. */
async function checkCompiled(catalog: Catalog, found: Found) {
  const read = await loadReader();
  const queue = catalog.trainings.filter((training) => training.detail);
  const work = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      try {
        const { warnings } = read.readTrainingFile(parse(await fetchText(row.detail!), row.detail!), row.id, catalog, fileName(row.detail!), row.detail!);
        found.warnings.push(...warnings);
      } catch (error) {
        found.errors.push(`training "${row.id}": ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, work));
  found.notes.push(`${catalog.trainings.length} training file(s) read`);
  if (!catalog.spoken) return;
  try {
    const directory = parse(await fetchText(catalog.spoken), catalog.spoken) as { shards?: unknown; first?: unknown };
    if (typeof directory.shards !== 'string' || !Array.isArray(directory.first)) throw new Error(`${fileName(catalog.spoken)} is not a spoken-word index`);
    const base = new URL(directory.shards, catalog.spoken).href;
    const numbers = directory.first.map((_, n) => n);
    const shard = async () => {
      for (let n = numbers.shift(); n !== undefined; n = numbers.shift()) {
        const at = new URL(`${n}.json`, base).href;
        try {
          const data = parse(await fetchText(at), at) as { words?: unknown };
          if (!Array.isArray(data.words)) throw new Error(`${fileName(at)} is not a shard of the spoken-word index`);
        } catch (error) {
          found.errors.push(`spoken-word index, shard ${n}: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, shard));
    found.notes.push(`spoken-word index: ${directory.first.length} shard(s)`);
  } catch (error) {
    found.errors.push(`spoken-word index: ${(error as Error).message}`);
  }
}
