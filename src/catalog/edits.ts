/**
 * How far apart two words are, in edits (one insertion, deletion, substitution or swap of two adjacent letters):
 * what search needs to forgive a slip and to suggest a word. Bounded checks only, because they run over a whole
 * vocabulary at a keystroke: none of them builds a full distance table.
 */

/**
 * Whether `word` is at most one edit from the first `length` characters of `other` (all of it by default).
 *
 * @example
 * withinOneEdit('debriefng', 'debriefing') // true: one letter left out
 * withinOneEdit('infromed', 'informed') // true: two letters swapped
 */
export function withinOneEdit(word: string, other: string, length = other.length): boolean {
  const size = word.length;
  if (size - length > 1 || length - size > 1) return false;
  let at = 0;
  while (at < size && at < length && word.charCodeAt(at) === other.charCodeAt(at)) at++;
  if (at === size || at === length) return true; // equal, or only one trailing letter more on one side
  // First difference at `at`: the rest must line up after one substitution, insertion, deletion or swap.
  const rest = (skipWord: number, skipOther: number) => {
    let left = at + skipWord;
    let right = at + skipOther;
    if (size - left !== length - right) return false;
    for (; left < size; left++, right++) if (word.charCodeAt(left) !== other.charCodeAt(right)) return false;
    return true;
  };
  if (size === length) {
    if (rest(1, 1)) return true;
    return (
      at + 1 < size &&
      word.charCodeAt(at) === other.charCodeAt(at + 1) &&
      word.charCodeAt(at + 1) === other.charCodeAt(at) &&
      rest(2, 2)
    );
  }
  return size > length ? rest(1, 0) : rest(0, 1);
}

/**
 * Whether `prefix` is at most one edit from the start of `word`: a slip in the word being typed ("debrif" for
 * "debriefing"). A word that simply starts with `prefix` counts too.
 */
export function prefixWithinOneEdit(prefix: string, word: string): boolean {
  const size = prefix.length;
  for (let length = size - 1; length <= size + 1; length++) {
    if (length <= word.length && withinOneEdit(prefix, word, length)) return true;
  }
  return false;
}

/**
 * Edits between `word` and `other` (optimal string alignment: adjacent swaps count one), or `limit + 1` as soon as
 * it is sure to exceed `limit`.
 *
 * @example
 * editDistance('deesclaton', 'deescalation', 2) // 2
 */
export function editDistance(word: string, other: string, limit: number): number {
  if (Math.abs(word.length - other.length) > limit) return limit + 1;
  // Three rows of the table: the one before last (for swaps), the last, and the current.
  let before: number[] = [];
  let last = Array.from({ length: other.length + 1 }, (_, at) => at);
  for (let row = 1; row <= word.length; row++) {
    const current = [row];
    let smallest = row;
    for (let column = 1; column <= other.length; column++) {
      const same = word.charCodeAt(row - 1) === other.charCodeAt(column - 1);
      let cost = Math.min(last[column] + 1, current[column - 1] + 1, last[column - 1] + (same ? 0 : 1));
      if (
        row > 1 &&
        column > 1 &&
        word.charCodeAt(row - 1) === other.charCodeAt(column - 2) &&
        word.charCodeAt(row - 2) === other.charCodeAt(column - 1)
      ) {
        cost = Math.min(cost, before[column - 2] + 1);
      }
      current[column] = cost;
      if (cost < smallest) smallest = cost;
    }
    if (smallest > limit) return limit + 1;
    before = last;
    last = current;
  }
  return Math.min(last[other.length], limit + 1);
}
