/** "Did you mean …?": a query that finds something, for one that finds nothing, from the catalog's own words. */
import { editDistance } from './edits.js';
import type { Catalog } from './normalize.js';
import { FUZZY_LENGTH, parse, search, wordMatch } from './search.js';
import { DIGIT, searchIndex } from './search-index.js';

/**
 * A query to offer as "Did you mean …?" when `query` finds nothing: each word that matches nowhere replaced by the
 * catalog's nearest word (at most two edits, one for words under five letters; the most frequent of the nearest),
 * if the new query finds something. Undefined when `query` finds something, or no such query does.
 *
 * @example
 * suggest(catalog, 'deesclaton') // 'deescalation'
 */
export function suggest(catalog: Catalog, query: string): string | undefined {
  const { list, typing } = parse(query);
  if (search(catalog, query)?.length !== 0) return undefined;
  const index = searchIndex(catalog);
  const suggested = list.map((word, at) => {
    if (wordMatch(index, list, at, typing, catalog.trainings.length).positions.length) return word;
    const limit = word.length < 3 || DIGIT.test(word) ? 0 : word.length < FUZZY_LENGTH ? 1 : 2;
    let nearest = word;
    let nearestDistance = limit + 1;
    let nearestCount = 0;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const token of index.byLength[length] ?? []) {
        const distance = editDistance(word, token, limit);
        const count = index.postings.get(token)!.positions.length;
        if (distance <= limit && (distance < nearestDistance || (distance === nearestDistance && count > nearestCount))) {
          [nearest, nearestDistance, nearestCount] = [token, distance, count];
        }
      }
    }
    return nearest;
  });
  const text = suggested.join(' ');
  return text !== list.join(' ') && search(catalog, text)!.length ? text : undefined;
}
