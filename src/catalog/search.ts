/**
 * Search over a catalog's trainings: case- and diacritic-insensitive, every word must match, the word being typed
 * matches as a prefix, results ranked by where the words match (title > presenters > topics > summary > description).
 *
 * A small inverted index of our own rather than a search library: the rules above are all we need, and the index
 * costs well under a kilobyte where MiniSearch costs 5.9 KB gzip (figures in README "Performance").
 */
import { foldText, type Catalog, type SearchText, type Training } from './normalize.js';

/** Field weights: a word in the title counts most. */
const WEIGHTS: Record<keyof SearchText, number> = { title: 16, presenters: 8, topics: 4, summary: 2, description: 1 };

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of `text`, in order. */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** The trainings a token occurs in: positions ascending, each with the best field weight it has there. */
export interface Posting {
  positions: number[];
  weights: number[];
}

export interface SearchIndex {
  /** token → where it occurs */
  postings: Map<string, Posting>;
  /** Every token, sorted, for prefix lookups by binary search. */
  tokens: string[];
}

const indexes = new WeakMap<Catalog, SearchIndex>();

/** The catalog's index, built on first use and kept for as long as the catalog lives. */
export function searchIndex(catalog: Catalog): SearchIndex {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = buildIndex(catalog)));
  return index;
}

function buildIndex(catalog: Catalog): SearchIndex {
  const postings = new Map<string, Posting>();
  catalog.trainings.forEach((training, position) => {
    for (const field of Object.keys(WEIGHTS) as (keyof SearchText)[]) {
      const weight = WEIGHTS[field];
      // Already folded when the catalog was normalised: only split into words here.
      for (const token of training.searchText[field].match(WORD) ?? []) {
        let posting = postings.get(token);
        if (!posting) postings.set(token, (posting = { positions: [], weights: [] }));
        // Trainings are visited in order, so this training, if present, is the last entry: plain arrays, no maps.
        const last = posting.positions.length - 1;
        if (posting.positions[last] !== position) {
          posting.positions.push(position);
          posting.weights.push(weight);
        } else if (posting.weights[last] < weight) posting.weights[last] = weight;
      }
    }
  });
  return { postings, tokens: [...postings.keys()].sort() };
}

/** The query's words; the last one is a prefix unless the query ends with a space. */
export function parseQuery(query: string): { whole: string[]; prefix?: string } {
  const all = words(query);
  const typing = all.length > 0 && !/\s$/.test(query);
  return typing ? { whole: all.slice(0, -1), prefix: all[all.length - 1] } : { whole: all };
}

const NO_POSTING: Posting = { positions: [], weights: [] };

/**
 * Trainings matching every word of `query`, best first (ties keep catalog order). An empty query returns undefined:
 * nothing to rank.
 */
export function search(catalog: Catalog, query: string): Training[] | undefined {
  const { whole, prefix } = parseQuery(query);
  if (!whole.length && !prefix) return undefined;
  const index = searchIndex(catalog);
  const lists = whole.map((word) => index.postings.get(word) ?? NO_POSTING);
  if (prefix) lists.push(prefixPosting(index, prefix, catalog.trainings.length));
  // Scores per training position in typed arrays: a one-letter prefix matches thousands of trainings, and Maps
  // of that size made each keystroke tens of milliseconds.
  const count = catalog.trainings.length;
  const scores = new Float64Array(count);
  const hits = new Uint16Array(count); // how many of the words each training matched so far
  let candidates: number[] | undefined;
  lists.sort((a, b) => a.positions.length - b.positions.length); // smallest first: the rest only narrow it
  for (const [listIndex, { positions, weights }] of lists.entries()) {
    for (let at = 0; at < positions.length; at++) {
      const position = positions[at];
      if (hits[position] !== listIndex) continue; // missed an earlier word
      hits[position] = listIndex + 1;
      scores[position] += weights[at];
    }
    if (listIndex === 0) candidates = positions;
  }
  const matched = candidates!.filter((position) => hits[position] === lists.length);
  // Best first; ties in catalog order (positions are ascending, and sort is stable).
  matched.sort((a, b) => scores[b] - scores[a]);
  return matched.map((position) => catalog.trainings[position]);
}

/** Union of the postings of every token starting with `prefix`, best weight per training, positions ascending. */
function prefixPosting(index: SearchIndex, prefix: string, count: number): Posting {
  const { tokens } = index;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  const best = new Uint8Array(count);
  let found = 0;
  for (let at = low; at < tokens.length && tokens[at].startsWith(prefix); at++) {
    const { positions, weights } = index.postings.get(tokens[at])!;
    for (let entry = 0; entry < positions.length; entry++) {
      const position = positions[entry];
      if (!best[position]) found++;
      if (best[position] < weights[entry]) best[position] = weights[entry];
    }
  }
  const merged: Posting = { positions: new Array(found), weights: new Array(found) };
  for (let position = 0, at = 0; at < found; position++) {
    if (!best[position]) continue;
    merged.positions[at] = position;
    merged.weights[at++] = best[position];
  }
  return merged;
}

/**
 * Splits `text` into runs, marking the words that match the query, for highlighting as text (never HTML).
 *
 * @example
 * highlight('Débriefing after restraint', 'debrief') // [{text: 'Débriefing', match: true}, {text: ' after restraint', match: false}]
 */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const { whole, prefix } = parseQuery(query);
  if (!whole.length && !prefix) return [{ text, match: false }];
  const runs: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const token = foldText(found[0]);
    if (!whole.includes(token) && !(prefix && token.startsWith(prefix))) continue;
    const start = found.index!;
    if (start > last) runs.push({ text: text.slice(last, start), match: false });
    runs.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}
