/**
 * Edits between `word` and `other`: letters inserted, left out, changed, or two neighbours swapped (optimal string
 * alignment), or `limit + 1` as soon as it must exceed `limit`, so a scan of a whole vocabulary at each keystroke
 * stays cheap. With `prefix`, the edits to the nearest start of `other`: a slip in the word being typed.
 *
 * @example
 * editDistance('debriefng', 'debriefing', 1) // 1
 * editDistance('deesclaton', 'deescalation', 2) // 2
 * editDistance('debrif', 'debriefing', 1, true) // 1: "debrief…" with one letter left out
 */
export function editDistance(word: string, other: string, limit: number, prefix = false): number {
  if (prefix) other = other.slice(0, word.length + limit);
  else if (Math.abs(word.length - other.length) > limit) return limit + 1;
  // One edit leaves one of the first two letters where it was, or swaps them: most words fail this at once.
  const [first, second] = word;
  if (limit < 2 && first !== other[0] && second !== other[1] && first !== other[1] && second !== other[0]) {
    return limit + 1;
  }
  // Three rows of the table: the one before last (for swaps), the last, and the current.
  let before: number[] = [];
  let last = Array.from({ length: other.length + 1 }, (_, at) => at);
  for (let row = 1; row <= word.length; row++) {
    const current = [row];
    for (let column = 1; column <= other.length; column++) {
      const letter = word[row - 1];
      const swapped = row > 1 && column > 1 && letter === other[column - 2] && word[row - 2] === other[column - 1];
      current[column] = Math.min(
        last[column] + 1,
        current[column - 1] + 1,
        last[column - 1] + (letter === other[column - 1] ? 0 : 1),
        swapped ? before[column - 2] + 1 : limit + 1,
      );
    }
    if (Math.min(...current) > limit) return limit + 1;
    before = last;
    last = current;
  }
  return Math.min(prefix ? Math.min(...last) : last[other.length], limit + 1);
}
