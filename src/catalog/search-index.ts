/**
 * The search index of a catalog: every word of its trainings (folded, hyphenated words also joined) with the
 * trainings it occurs in and the best field it occurs in there, built once per catalog on first search. How words
 * are cut from text is here too, so that the index, the query and highlighting cut them alike.
 */
import type { Catalog } from './normalize.js';
import { foldText, searchTextOf, type SearchText } from './search-text.js';

/** Field weights: a word in the title counts most. */
const WEIGHTS: Record<keyof SearchText, number> = { title: 16, presenters: 8, topics: 4, summary: 2, description: 1 };
/** A word: letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;
/** Hyphens and apostrophes: the words they join ("De-escalation", "children's") are indexed apart and joined. */
export const JOINERS = /[-\u2010\u2011'\u2019]/g;
const COMPOUND = /[\p{L}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{N}]+)+/gu;
export const WORD_OR_COMPOUND = /[\p{L}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{N}]+)*/gu;
/** Numbers match only as typed: one digit off is another year, another module. */
export const DIGIT = /\p{N}/u;

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
  /** Tokens without digits, by length: the vocabulary scanned for words a few edits away. */
  byLength: string[][];
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
    // Folded here, on first search, not when the catalog is read: the first cards of 10,000 need none of it.
    const searchText = searchTextOf(training, training.presenters, [...training.topicLabels, ...training.audienceLabels]);
    for (const field of Object.keys(WEIGHTS) as (keyof SearchText)[]) {
      const weight = WEIGHTS[field];
      const text = searchText[field];
      const tokens: string[] = text.match(WORD) ?? [];
      // Most text has no hyphen: a test spares the second pass over 10,000 trainings.
      if (text.search(JOINERS) >= 0) {
        for (const compound of text.match(COMPOUND) ?? []) tokens.push(compound.replace(JOINERS, ''));
      }
      for (const token of tokens) {
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
  const tokens = [...postings.keys()].sort();
  const byLength: string[][] = [];
  for (const token of tokens) if (!DIGIT.test(token)) (byLength[token.length] ??= []).push(token);
  return { postings, tokens, byLength };
}
