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

export interface SearchIndex {
  /** token → (training index → best weight) */
  postings: Map<string, Map<number, number>>;
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
  const postings = new Map<string, Map<number, number>>();
  catalog.trainings.forEach((training, position) => {
    for (const field of Object.keys(WEIGHTS) as (keyof SearchText)[]) {
      // Already folded when the catalog was normalised: only split into words here.
      for (const token of training.searchText[field].match(WORD) ?? []) {
        let entry = postings.get(token);
        if (!entry) postings.set(token, (entry = new Map()));
        if ((entry.get(position) ?? 0) < WEIGHTS[field]) entry.set(position, WEIGHTS[field]);
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

/**
 * Trainings matching every word of `query`, best first (ties keep catalog order). An empty query returns undefined:
 * nothing to rank.
 */
export function search(catalog: Catalog, query: string): Training[] | undefined {
  const { whole, prefix } = parseQuery(query);
  if (!whole.length && !prefix) return undefined;
  const index = searchIndex(catalog);
  let scores: Map<number, number> | undefined;
  const lists = whole.map((word) => index.postings.get(word) ?? new Map<number, number>());
  if (prefix) lists.push(prefixPostings(index, prefix));
  for (const list of lists) {
    const next = new Map<number, number>();
    for (const [position, weight] of list) {
      if (!scores) next.set(position, weight);
      else if (scores.has(position)) next.set(position, scores.get(position)! + weight);
    }
    scores = next;
    if (!scores.size) break;
  }
  return [...scores!]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([position]) => catalog.trainings[position]);
}

/** Union of the postings of every token starting with `prefix`, best weight per training. */
function prefixPostings(index: SearchIndex, prefix: string): Map<number, number> {
  const { tokens } = index;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  const merged = new Map<number, number>();
  for (let at = low; at < tokens.length && tokens[at].startsWith(prefix); at++) {
    for (const [position, weight] of index.postings.get(tokens[at])!) {
      if ((merged.get(position) ?? 0) < weight) merged.set(position, weight);
    }
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
