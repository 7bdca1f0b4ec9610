/**
 * Catalog text must not change how the text next to it reads. A right-to-left override (U+202E) left open in a
 * handout's title mirrors the "(PDF, 1.2 MB)" after it — the old trick that shows "exe.pdf" as "fdp.exe" — and one
 * in a presenter's name reverses the next presenter's. The browser closes such controls only at the end of a
 * paragraph, and our text shares paragraphs with other text. So each text field is closed off here as if it ended a
 * paragraph (UAX #9): every embedding or override it opens (LRE, RLE, LRO, RLO) gets its PDF, every isolate (LRI, RLI,
 * FSI) its PDI. What the field itself shows does not change; text without these controls is left as it is.
 */

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const OPEN_EMBEDDING = '\u202A\u202B\u202D\u202E';
const OPEN_ISOLATE = '\u2066\u2067\u2068';

/** `text` with a closing PDF or PDI appended for every embedding, override or isolate it leaves open. */
export function closeBidi(text: string): string {
  if (!CONTROLS.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  for (const char of text) {
    if (OPEN_EMBEDDING.includes(char)) open.push('embedding');
    else if (OPEN_ISOLATE.includes(char)) open.push('isolate');
    // PDF closes the innermost embedding, but never reaches out of an isolate.
    else if (char === '\u202C' && open[open.length - 1] === 'embedding') open.pop();
    // PDI closes the innermost isolate and every embedding opened inside it.
    else if (char === '\u2069' && open.includes('isolate')) open.length = open.lastIndexOf('isolate');
  }
  return text + open.reverse().map((kind) => (kind === 'embedding' ? '\u202C' : '\u2069')).join('');
}

/** Fields that are addresses or identifiers, not text anyone reads: left exactly as written. */
const NOT_TEXT = new Set(['$schema', 'id', 'src', 'href', 'poster', 'chapters', 'descriptions', 'transcript', 'url']);

/**
 * Closes the bidi controls of every text field in a validated catalog, in place (validation made fresh objects).
 * Returns `value`.
 */
export function closeBidiFields<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      if (typeof item === 'string') value[index] = closeBidi(item);
      else closeBidiFields(item);
    }
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') {
        if (!NOT_TEXT.has(key)) record[key] = closeBidi(item);
      } else closeBidiFields(item);
    }
  }
  return value;
}
