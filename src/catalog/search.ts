/**
 * Search over a catalog's trainings, forgiving what people type:
 * - case and diacritics are ignored ("debrief" finds "Débriefing"), every word must match, the word being typed
 *   matches as a prefix;
 * - hyphens and joined words match both ways: a hyphenated word is also indexed joined ("deescalation" finds
 *   "De-escalation"), and neighbouring query words are also tried joined ("well being" finds "wellbeing");
 * - a query word of five letters or more also matches words one edit away (a letter added, left out, changed, or
 *   two swapped), ranked below exact matches, the word being typed too (so a trailing space or the order of the
 *   words changes nothing: "restraints" finds "restraint"); the word being typed, once it starts no word, also
 *   matches words that start within one edit of it;
 * - results rank by where the words match (title > presenters > topics > summary > description).
 *
 * Here: what a query's words match, ranked, and highlighting what they matched. The index is `search-index.ts`,
 * "Did you mean …?" is `suggest.ts`. A small inverted index of our own rather than a search library: the rules above
 * are all we need, and the code costs about 1.9 KB gzip where MiniSearch costs 5.9 KB (figures in
 * docs/performance.md).
 */
import { editDistance } from './edits.js';
import type { Catalog, Training } from './normalize.js';
import { foldText } from './search-text.js';
import { DIGIT, JOINERS, searchIndex, WORD, WORD_OR_COMPOUND, words, type Posting, type SearchIndex } from './search-index.js';

/**
 * Added per query word matched exactly rather than within one edit: more than any sum of field weights, so the
 * trainings matching more words exactly come first, and field weights order those matching as many.
 */
const EXACT = 1000;
/** Shorter words match only as typed: one edit from "calm" are "palm", "clam", "call"… */
export const FUZZY_LENGTH = 5;

/** A form a query word may take in the text. */
interface Term {
  token: string;
  /** Matches the start of a word: it ends with the word being typed. */
  prefix: boolean;
  /** Also matches within one edit. */
  fuzzy: boolean;
}

/** The query's words, and whether the last is still being typed (no space after it). */
export function parse(query: string) {
  const list = words(query);
  return { list, typing: !/\s$/.test(query) };
}

/** The forms word `at` of the query may take: itself, or joined with the word before or after it. */
function termsFor(list: string[], at: number, typing: boolean): Term[] {
  const last = list.length - 1;
  const word = list[at];
  const term = (token: string, end: number, fuzzy = false) => ({ token, prefix: typing && end === last, fuzzy });
  const terms = [term(word, at, word.length >= FUZZY_LENGTH && !DIGIT.test(word))];
  if (at > 0) terms.push(term(list[at - 1] + word, at));
  if (at < last) terms.push(term(word + list[at + 1], at + 1));
  return terms;
}

const matches = (token: string, term: Term) =>
  token === term.token ||
  (term.prefix && token.startsWith(term.token)) ||
  (term.fuzzy && editDistance(term.token, token, 1, term.prefix) <= 1);

/** A query word's postings and what each adds to a training's score (exact ones add {@link EXACT}). */
export type WordMatch = Posting & { bonus: number };

/** The trainings word `at` of the query matches, exactly or within one edit (`suggest` asks which match nowhere). */
export function wordMatch(index: SearchIndex, list: string[], at: number, typing: boolean, count: number): WordMatch {
  const { tokens, postings, byLength } = index;
  const exact: Posting[] = [];
  const near: Posting[] = [];
  for (const term of termsFor(list, at, typing)) {
    if (!term.prefix) {
      const posting = postings.get(term.token);
      if (posting) exact.push(posting);
    } else {
      let low = 0;
      let high = tokens.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (tokens[middle] < term.token) low = middle + 1;
        else high = middle;
      }
      for (; low < tokens.length && tokens[low].startsWith(term.token); low++) exact.push(postings.get(tokens[low])!);
    }
    if (!term.fuzzy) continue;
    // The word being typed matches whole words one edit away, as it will once a space follows it ("restraints"
    // finds "restraint" with or without the space, last word or not). Only once it starts no word is it also taken
    // for a slip in a word's start: until then each key narrows the results as typed (a slip's neighbours would be
    // every word starting like the key before, twice the matches).
    const slip = term.prefix && !exact.length;
    // Whole words one edit longer or shorter at most; a slip may be at the start of a word of any length.
    const longest = slip ? byLength.length : term.token.length + 2;
    for (let length = term.token.length - 1; length < longest; length++) {
      for (const token of byLength[length] ?? []) {
        // Exactly one: none would be a token found exactly, above. Words it starts were found as prefixes.
        if (term.prefix && !slip && token.startsWith(term.token)) continue;
        if (editDistance(term.token, token, 1, slip) === 1) near.push(postings.get(token)!);
      }
    }
  }
  if (!near.length && exact.length < 2) return { ...(exact[0] ?? { positions: [], weights: [] }), bonus: EXACT };
  // Typed arrays over every training: a one-letter prefix unites thousands of postings, and Maps of that size made
  // each keystroke tens of milliseconds.
  const best = new Int16Array(count);
  let found = 0;
  const add = (list: Posting[], bonus: number) => {
    for (const { positions, weights } of list) {
      for (let entry = 0; entry < positions.length; entry++) {
        const position = positions[entry];
        if (!best[position]) found++;
        best[position] = Math.max(best[position], weights[entry] + bonus);
      }
    }
  };
  add(exact, EXACT);
  add(near, 0);
  const merged: WordMatch = { positions: new Array(found), weights: new Array(found), bonus: 0 };
  for (let position = 0, entry = 0; entry < found; position++) {
    if (!best[position]) continue;
    merged.positions[entry] = position;
    merged.weights[entry++] = best[position];
  }
  return merged;
}

/**
 * Trainings matching every word of `query`, best first: those matching more words exactly before those matching
 * some within one edit, then by field weights; ties in catalog order. An empty query returns undefined: nothing to
 * rank.
 */
export function search(catalog: Catalog, query: string): Training[] | undefined {
  const { list, typing } = parse(query);
  if (!list.length) return undefined;
  const index = searchIndex(catalog);
  const count = catalog.trainings.length;
  const lists = list.map((_, at) => wordMatch(index, list, at, typing, count));
  const scores = new Float64Array(count);
  const hits = new Uint16Array(count); // how many of the words each training matched so far
  lists.sort((a, b) => a.positions.length - b.positions.length); // smallest first: the rest only narrow it
  for (const [listIndex, { positions, weights, bonus }] of lists.entries()) {
    for (let at = 0; at < positions.length; at++) {
      const position = positions[at];
      if (hits[position] !== listIndex) continue; // missed an earlier word
      hits[position] = listIndex + 1;
      scores[position] += weights[at] + bonus;
    }
  }
  const matched = lists[0].positions.filter((position) => hits[position] === lists.length);
  // Best first; ties in catalog order (positions are ascending, and sort is stable).
  matched.sort((a, b) => scores[b] - scores[a]);
  return matched.map((position) => catalog.trainings[position]);
}

/**
 * Splits `text` into runs, marking what the query matches as search matches it (words, prefixes, hyphenated words
 * matched joined, words one edit away), for highlighting as text (never HTML). With `literal`, what it marks is
 * every occurrence of the query as typed, ignoring case: the transcript's search, which finds cues the same way.
 *
 * @example
 * highlight('Débriefing after restraint', 'debrief') // [{text: 'Débriefing', match: true}, {text: ' after restraint', match: false}]
 * highlight('Inpatient De-escalation', 'deescalaton') // [{text: 'Inpatient ', match: false}, {text: 'De-escalation', match: true}]
 */
export function highlight(text: string, query: string, { literal = false } = {}): { text: string; match: boolean }[] {
  if (literal) return literalRuns(text, query.trim().toLowerCase());
  const { list, typing } = parse(query);
  if (!list.length) return [{ text, match: false }];
  const terms = list.flatMap((_, at) => termsFor(list, at, typing));
  const matching = (piece: string) => terms.some((term) => matches(foldText(piece).replace(JOINERS, ''), term));
  const runs: { text: string; match: boolean }[] = [];
  let last = 0;
  const mark = (start: number, end: number) => {
    if (start > last) runs.push({ text: text.slice(last, start), match: false });
    runs.push({ text: text.slice(start, end), match: true });
    last = end;
  };
  for (const { 0: compound, index: start } of text.matchAll(WORD_OR_COMPOUND)) {
    // The words that match on their own; else the whole compound, if it matches joined.
    const parts = [...compound.matchAll(WORD)];
    const matched = parts.filter((part) => matching(part[0]));
    for (const part of matched) mark(start! + part.index!, start! + part.index! + part[0].length);
    if (!matched.length && parts.length > 1 && matching(compound)) mark(start!, start! + compound.length);
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}

/** `text` split around each case-insensitive occurrence of `needle` (lower case). */
function literalRuns(text: string, needle: string): { text: string; match: boolean }[] {
  if (!needle) return [{ text, match: false }];
  const runs: { text: string; match: boolean }[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
    if (at > from) runs.push({ text: text.slice(from, at), match: false });
    runs.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), match: false });
  return runs;
}
