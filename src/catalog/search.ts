/**
 * Search over a catalog's trainings, forgiving what people type:
 * - case and diacritics are ignored ("debrief" finds "Débriefing"), every word must match, the word being typed
 *   matches as a prefix;
 * - hyphens and joined words match both ways: "deescalation" finds "De-escalation" (a hyphenated word is also
 *   indexed joined), "well being" and "well-being" find "wellbeing" (neighbouring query words are also tried joined);
 * - a query word of five letters or more also matches words one edit away (a letter added, left out, changed, or
 *   two swapped), and the word being typed matches words that start within one edit of it; such matches rank below
 *   exact ones;
 * - results rank by where the words match (title > presenters > topics > summary > description).
 *
 * A small inverted index of our own rather than a search library: the rules above are all we need, and the index
 * costs a few kilobytes where MiniSearch costs 5.9 KB gzip (figures in README "Performance").
 */
import { editDistance, prefixWithinOneEdit, withinOneEdit } from './edits.js';
import { foldText, type Catalog, type SearchText, type Training } from './normalize.js';

/** Field weights: a word in the title counts most. */
const WEIGHTS: Record<keyof SearchText, number> = { title: 16, presenters: 8, topics: 4, summary: 2, description: 1 };
/**
 * Added per query word matched exactly rather than within one edit. Larger than any sum of field weights, so a
 * training with more exact words always ranks first, and field weights order those with as many.
 */
const EXACT = 1000;
/** Words shorter than this are matched exactly: one edit away from "calm" is "palm", "clam", "call"… */
const FUZZY_LENGTH = 5;
/** Most words joined when a query's neighbouring words are tried as one ("end of life" → "endoflife"). */
const JOINED_WORDS = 3;

const WORD = /[\p{L}\p{N}]+/gu;
/** Hyphens and apostrophes: the words they join ("De-escalation", "children's") are indexed apart and joined. */
const JOINER = /[-\u2010\u2011'\u2019]/;
const JOINERS = new RegExp(JOINER.source, 'g');
const COMPOUND = /[\p{L}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{N}]+)+/gu;
/** A compound or a lone word, for highlighting. */
const WORD_OR_COMPOUND = /[\p{L}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;

/** Folded words of `text`, in order. */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** The tokens a folded text is indexed under: each word, and each hyphenated or apostrophised compound joined. */
function tokensOf(folded: string): string[] {
  const tokens: string[] = folded.match(WORD) ?? [];
  // Most text has no hyphen: one test spares building 10,000 trainings' index a second pass.
  if (JOINER.test(folded)) {
    for (const compound of folded.match(COMPOUND) ?? []) tokens.push(compound.replace(JOINERS, ''));
  }
  return tokens;
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
  /** Tokens without digits by length, for one-edit lookups (a number one digit off is another number). */
  byLength: string[][];
  /** One-edit lookups already made: the same words come back at every keystroke. */
  near: Map<string, Posting[]>;
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
      // Already folded when the catalog was normalised: only split into tokens here.
      for (const token of tokensOf(training.searchText[field])) {
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
  return { postings, tokens, byLength, near: new Map() };
}

/** The query's words; the last one is a prefix unless the query ends with a space. */
export function parseQuery(query: string): { whole: string[]; prefix?: string } {
  const { list, typing } = queryWords(query);
  return typing ? { whole: list.slice(0, -1), prefix: list[list.length - 1] } : { whole: list };
}

function queryWords(query: string): { list: string[]; typing: boolean } {
  const list = words(query);
  return { list, typing: list.length > 0 && !/\s$/.test(query) };
}

/** A form a query word may take in the text: itself, or joined with its neighbours. */
interface Term {
  token: string;
  /** Matches the start of a word (it ends with the word being typed). */
  prefix: boolean;
  /** Also matches within one edit. */
  fuzzy: boolean;
}

/** The forms word `at` of the query may take: the word itself, and every run of neighbours it is joined into. */
function termsFor(list: string[], at: number, typing: boolean): Term[] {
  const last = list.length - 1;
  const word = list[at];
  const terms: Term[] = [
    { token: word, prefix: typing && at === last, fuzzy: word.length >= FUZZY_LENGTH && !DIGIT.test(word) },
  ];
  for (let size = 2; size <= JOINED_WORDS; size++) {
    for (let start = Math.max(0, at - size + 1); start <= at && start + size - 1 <= last; start++) {
      const end = start + size - 1;
      terms.push({ token: list.slice(start, end + 1).join(''), prefix: typing && end === last, fuzzy: false });
    }
  }
  return terms;
}

/** Postings of the tokens a term matches exactly (the token, or every token it starts, for a prefix). */
function exactPostings(index: SearchIndex, term: Term, into: Posting[]) {
  if (!term.prefix) {
    const posting = index.postings.get(term.token);
    if (posting) into.push(posting);
    return;
  }
  const { tokens } = index;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle] < term.token) low = middle + 1;
    else high = middle;
  }
  for (let at = low; at < tokens.length && tokens[at].startsWith(term.token); at++) {
    into.push(index.postings.get(tokens[at])!);
  }
}

/** Postings of the tokens one edit from a term (not those it already matches exactly); remembered per index. */
function nearPostings(index: SearchIndex, term: Term): Posting[] {
  const key = `${term.prefix ? '^' : '='}${term.token}`;
  let found = index.near.get(key);
  if (found) return found;
  found = [];
  const { token, prefix } = term;
  const { byLength } = index;
  const longest = prefix ? byLength.length - 1 : Math.min(byLength.length - 1, token.length + 1);
  for (let length = token.length - 1; length <= longest; length++) {
    for (const other of byLength[length] ?? []) {
      if (prefix ? other.startsWith(token) || !prefixWithinOneEdit(token, other) : other === token || !withinOneEdit(token, other)) {
        continue;
      }
      found.push(index.postings.get(other)!);
    }
  }
  // A bound, not a cache policy: a long session of typing should not grow memory without end.
  if (index.near.size > 2000) index.near.clear();
  index.near.set(key, found);
  return found;
}

/** Where a query word matches, scored per training: {@link EXACT} + field weight, or the field weight alone. */
interface WordMatch extends Posting {
  /** Added to every weight (a single exact posting used as it is). */
  bonus: number;
}

function wordMatch(index: SearchIndex, list: string[], at: number, typing: boolean, count: number): WordMatch {
  const exact: Posting[] = [];
  const near: Posting[] = [];
  for (const term of termsFor(list, at, typing)) {
    exactPostings(index, term, exact);
    if (term.fuzzy) near.push(...nearPostings(index, term));
  }
  if (!near.length && exact.length <= 1) return { ...(exact[0] ?? { positions: [], weights: [] }), bonus: EXACT };
  // Typed arrays over every training: a one-letter prefix unites thousands of postings, and Maps of that size
  // made each keystroke tens of milliseconds.
  const best = new Int16Array(count);
  let found = 0;
  const add = (postings: Posting[], bonus: number) => {
    for (const { positions, weights } of postings) {
      for (let entry = 0; entry < positions.length; entry++) {
        const position = positions[entry];
        const score = weights[entry] + bonus;
        if (!best[position]) found++;
        if (best[position] < score) best[position] = score;
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
 * Trainings matching every word of `query`, best first: trainings matching more words exactly before those matching
 * some within one edit, then by field weights, ties in catalog order. An empty query returns undefined: nothing to
 * rank.
 */
export function search(catalog: Catalog, query: string): Training[] | undefined {
  const { list, typing } = queryWords(query);
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
 * A query to offer as "Did you mean …?" when `query` finds nothing: each word that matches nowhere replaced by the
 * nearest word of the catalog (at most two edits, one for words under five letters; the most frequent of the
 * nearest), kept only if the new query finds something. Undefined when `query` finds something or nothing is near.
 *
 * @example
 * suggest(catalog, 'deesclaton') // 'deescalation'
 */
export function suggest(catalog: Catalog, query: string): string | undefined {
  const { list, typing } = queryWords(query);
  if (!list.length || search(catalog, query)!.length) return undefined;
  const index = searchIndex(catalog);
  const count = catalog.trainings.length;
  let changed = false;
  const suggested = list.map((word, at) => {
    if (wordMatch(index, list, at, typing, count).positions.length) return word;
    const nearest = nearestWord(index, word);
    if (nearest) changed = true;
    return nearest ?? word;
  });
  const text = suggested.join(' ');
  return changed && search(catalog, text)!.length ? text : undefined;
}

/** The catalog's word closest to `word` by edits, the most frequent among equals; undefined when none is near. */
function nearestWord(index: SearchIndex, word: string): string | undefined {
  const limit = word.length >= FUZZY_LENGTH ? 2 : word.length >= 3 ? 1 : 0;
  if (!limit || DIGIT.test(word)) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let bestFrequency = 0;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const token of index.byLength[length] ?? []) {
      const distance = editDistance(word, token, limit);
      if (distance > limit || distance > bestDistance) continue;
      const frequency = index.postings.get(token)!.positions.length;
      if (distance < bestDistance || frequency > bestFrequency) {
        best = token;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    }
  }
  return best;
}

function matchesTerm(token: string, terms: Term[]): boolean {
  return terms.some(
    (term) =>
      token === term.token ||
      (term.prefix && token.startsWith(term.token)) ||
      (term.fuzzy && (term.prefix ? prefixWithinOneEdit(term.token, token) : withinOneEdit(term.token, token))),
  );
}

/**
 * Splits `text` into runs, marking what matches the query as search matched it (a word, a hyphenated compound
 * matched joined, a word one edit away), for highlighting as text (never HTML).
 *
 * @example
 * highlight('Débriefing after restraint', 'debrief') // [{text: 'Débriefing', match: true}, {text: ' after restraint', match: false}]
 * highlight('Person-Centered De-escalation', 'deescalation') // […, {text: 'De-escalation', match: true}]
 */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const { list, typing } = queryWords(query);
  if (!list.length) return [{ text, match: false }];
  const terms = list.flatMap((_, at) => termsFor(list, at, typing));
  const runs: { text: string; match: boolean }[] = [];
  let last = 0;
  const mark = (start: number, end: number) => {
    if (start > last) runs.push({ text: text.slice(last, start), match: false });
    runs.push({ text: text.slice(start, end), match: true });
    last = end;
  };
  for (const compound of text.matchAll(WORD_OR_COMPOUND)) {
    const parts = [...compound[0].matchAll(WORD)];
    const start = compound.index!;
    const matching = parts.filter((part) => matchesTerm(foldText(part[0]), terms));
    // The parts that match on their own; else the whole compound, if it matches joined ("deescalation").
    if (matching.length) {
      for (const part of matching) mark(start + part.index!, start + part.index! + part[0].length);
    } else if (parts.length > 1 && matchesTerm(foldText(parts.map((part) => part[0]).join('')), terms)) {
      mark(start, start + compound[0].length);
    }
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}
