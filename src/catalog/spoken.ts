/**
 * Search inside what was said: the spoken-word index of a compiled catalog (see `cli/compile.ts`), fetched a shard at
 * a time for the words typed. A lazy chunk, loaded on the first search of a catalog that has one; nothing of it, nor
 * of the index, loads before.
 *
 * A query's words are cut and folded as the list's search cuts them (diacritics ignored, hyphenated words also
 * joined); the word being typed matches as a prefix. Each word's shard names the trainings that say it most and
 * their first moments, with what was said there; a moment ranks by how many of the query's words it says (all of
 * them first, the words in order as typed above that), then by how rare its words are.
 */
import { CatalogError, fileName } from './errors.js';
import { fetchText } from './fetch-text.js';
import type { Catalog, Training } from './normalize.js';
import { foldText } from './search-text.js';
import { JOINERS, WORD_OR_COMPOUND } from './search-index.js';

/** One place where the query's words were said (or written, in a handout). */
export interface Moment {
  training: Training;
  /** The session's id, or undefined for a handout's text. */
  session?: string;
  /** Where in the session, in seconds. */
  seconds: number;
  /** What was said there. */
  text: string;
}

interface Directory {
  shards: string;
  first: string[];
}

interface Shard {
  words: string[];
  trainings: number[];
  hits: number[][];
  text: string[];
}

/** The words of `text` as the index cut them (the same rule as `spokenWords` in cli/compile.ts). */
export function spokenWords(text: string): string[] {
  const found: string[] = [];
  for (const word of foldText(text).match(WORD_OR_COMPOUND) ?? []) {
    if (word.search(JOINERS) < 0) found.push(word);
    else found.push(...word.split(JOINERS).filter(Boolean), word.replace(JOINERS, ''));
  }
  return found;
}

/** Moments shown for one query, at most. */
const LIMIT = 8;
/** A word being typed matches words it starts only from this length ("co" would fetch half the index). */
const PREFIX_LENGTH = 3;

/** The spoken-word index of one catalog: its directory and shards, each fetched once per page. */
export class SpokenIndex {
  private directory?: Promise<Directory>;
  private shards = new Map<number, Promise<Shard>>();

  constructor(private catalog: Catalog, private url: string) {}

  /** The moments that say `query`, best first. Rejects with a {@link CatalogError} when a file cannot be read. */
  async search(query: string, keep: (training: Training) => boolean = () => true): Promise<Moment[]> {
    const typing = !/\s$/.test(query);
    let words = [...new Set(spokenWords(query))];
    // The word being typed is looked up from PREFIX_LENGTH letters on: "c" and "co" would each fetch a shard.
    if (typing && words.length && words[words.length - 1].length < PREFIX_LENGTH && !/\d/.test(words[words.length - 1])) words = words.slice(0, -1);
    if (!words.length) return [];
    const directory = await this.readDirectory();
    const last = words.length - 1;
    // For each query word, the index's words it matches: itself, or (the word being typed) the words it starts.
    const matched = await Promise.all(words.map((word, at) => this.lookUp(directory, word, typing && at === last && word.length >= PREFIX_LENGTH)));
    const moments = new Map<string, { moment: Moment; said: Set<string>; rarity: number }>();
    matched.forEach((entries) => {
      for (const { shard, index } of entries) {
        const hits = shard.hits[index];
        const rarity = 1 / Math.max(1, shard.trainings[index]);
        for (let at = 0; at + 3 < hits.length; at += 4) {
          const training = this.catalog.trainings[hits[at]];
          if (!training || !keep(training)) continue;
          const text = shard.text[hits[at + 3]] ?? '';
          const session = hits[at + 1] >= 0 ? training.sessions[hits[at + 1]]?.id : undefined;
          const key = `${hits[at]}/${hits[at + 1]}/${hits[at + 2]}/${text}`;
          const found = moments.get(key);
          if (found) found.rarity = Math.max(found.rarity, rarity);
          else {
            const said = new Set(spokenWords(text));
            moments.set(key, { moment: { training, session, seconds: hits[at + 2], text }, said, rarity });
          }
        }
      }
    });
    const phrase = words.join(' ');
    const ranked = [...moments.values()].map((entry) => {
      const says = words.filter((word, at) =>
        entry.said.has(word) || (typing && at === last && [...entry.said].some((said) => said.startsWith(word))));
      const inOrder = words.length > 1 && spokenWords(entry.moment.text).join(' ').includes(phrase);
      return { ...entry, score: says.length * 4 + (inOrder ? 2 : 0) + entry.rarity };
    });
    const best = Math.max(0, ...ranked.map((entry) => Math.floor(entry.score / 4)));
    // Every word of the query must be said where one is shown, or all but one when nothing says them all.
    const needed = best >= words.length ? words.length : Math.max(1, words.length - 1);
    return ranked
      .filter((entry) => entry.score >= needed * 4)
      .sort((a, b) => b.score - a.score)
      .slice(0, LIMIT)
      .map((entry) => entry.moment);
  }

  /** The entries of `word` (or, `prefix`, of every word it starts, in its shard and the next). */
  private async lookUp(directory: Directory, word: string, prefix: boolean) {
    const { first } = directory;
    let low = 0;
    let high = first.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (first[middle] <= word) low = middle;
      else high = middle - 1;
    }
    const numbers = [low];
    if (prefix && low + 1 < first.length && first[low + 1].startsWith(word)) numbers.push(low + 1);
    const entries: Array<{ shard: Shard; index: number }> = [];
    for (const shard of await Promise.all(numbers.map((number) => this.readShard(directory, number)))) {
      shard.words.forEach((each, index) => {
        if (each === word || (prefix && each.startsWith(word))) entries.push({ shard, index });
      });
    }
    return entries;
  }

  private readDirectory(): Promise<Directory> {
    return (this.directory ??= readJson(this.url).then((data) => {
      const { shards, first } = (data ?? {}) as Partial<Directory>;
      if (typeof shards !== 'string' || !Array.isArray(first) || !first.every((word) => typeof word === 'string')) {
        throw new CatalogError('schema', `${fileName(this.url)} is not a spoken-word index. Build the catalog again.`, this.url);
      }
      return { shards: new URL(shards, this.url).href, first };
    })).catch((error) => {
      this.directory = undefined; // tried again on the next search
      throw error;
    });
  }

  private readShard(directory: Directory, number: number): Promise<Shard> {
    let shard = this.shards.get(number);
    if (!shard) {
      const url = new URL(`${number}.json`, directory.shards).href;
      shard = readJson(url).then((data) => {
        const read = data as Shard;
        if (!read || !Array.isArray(read.words) || !Array.isArray(read.hits) || !Array.isArray(read.text) || !Array.isArray(read.trainings)) {
          throw new CatalogError('schema', `${fileName(url)} of the spoken-word index is damaged. Build the catalog again.`, url);
        }
        return read;
      });
      shard.catch(() => this.shards.delete(number));
      this.shards.set(number, shard);
    }
    return shard;
  }
}

async function readJson(url: string): Promise<unknown> {
  const text = await fetchText(url);
  try {
    return JSON.parse(text);
  } catch {
    throw new CatalogError('parse', `${fileName(url)} of the spoken-word index is not valid JSON: the upload is damaged or incomplete.`, url);
  }
}

const indexes = new WeakMap<Catalog, SpokenIndex>();

/** The spoken-word index of `catalog`, or undefined when its build made none (a single-file catalog never has one). */
export function spokenIndex(catalog: Catalog): SpokenIndex | undefined {
  if (!catalog.spoken) return undefined;
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = new SpokenIndex(catalog, catalog.spoken)));
  return index;
}
