/**
 * JSON parsing with an error a web editor can use: "catalog.json line 12, column 5: expected a comma or }".
 *
 * `JSON.parse` does the work; only when it fails does {@link locateJsonError} walk the text to find the line, column
 * and what was expected, because each browser words (and positions) its own message differently.
 */
import { CatalogError } from './errors.js';

/** Parses `text`, or throws a `parse` {@link CatalogError} naming `name`, the line and the column. */
export function parseJson(text: string, name: string, url?: string): unknown {
  // Editors on Windows often save a byte-order mark; `fetch`'s text() drops it, Node's readFile does not.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch {
    const { line, column, expected } = locateJsonError(text);
    throw new CatalogError('parse', `${name} line ${line}, column ${column}: ${expected}`, url);
  }
}

export interface JsonErrorLocation {
  /** Character offset of the first error. */
  offset: number;
  /** 1-based line and column of that offset. */
  line: number;
  column: number;
  /** What a reader should fix, e.g. "expected a comma or }". */
  expected: string;
}

/** Finds the first syntax error in `text` (which `JSON.parse` has already refused). */
export function locateJsonError(text: string): JsonErrorLocation {
  let at = 0;
  const fail = (expected: string, offset = at): never => {
    throw { offset, expected };
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const describe = () => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else fail(`unexpected ${describe()}`);
  };
  const string = () => {
    at++; // opening quote
    for (;;) {
      if (at >= text.length) fail('a text value is not closed with "');
      const char = text[at];
      if (char === '"') return void at++;
      if (char === '\n' || char === '\r') fail('a text value is not closed with " before the end of the line');
      if (char < ' ') fail('control characters must be escaped inside text');
      if (char === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('\\u must be followed by four hex digits');
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else fail(`"\\${next ?? ''}" is not a valid escape`);
      } else at++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail(`unexpected ${describe()}`);
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || (char >= '0' && char <= '9')) return number();
    if (char === "'") fail('text must be in double quotes, not single quotes');
    fail(at >= text.length ? 'unexpected end of the file: something is missing' : `unexpected ${describe()}`);
  };
  /** The items of an object or array after its opening bracket, up to and past `close`, each read by `item`. */
  const items = (close: '}' | ']', item: () => void) => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      space();
      if (text[at] === close) fail(`remove the comma before ${close}`, at);
      item();
      space();
      if (text[at] === ',') at++;
      else if (text[at] === close) return void at++;
      else fail(`expected a comma or ${close}`);
    }
  };
  const object = () =>
    items('}', () => {
      if (text[at] !== '"') fail('expected a property name in double quotes');
      string();
      space();
      if (text[at] !== ':') fail('expected a colon after the property name');
      at++;
      value();
    });
  const array = () => items(']', value);

  let offset = 0;
  let expected = 'the file is not valid JSON';
  try {
    value();
    space();
    if (at < text.length) fail(`unexpected ${describe()} after the end of the JSON`);
  } catch (error) {
    // Anything else (a RangeError from absurdly deep nesting) keeps the generic message at the start.
    if (error && typeof (error as JsonErrorLocation).offset === 'number') {
      ({ offset, expected } = error as JsonErrorLocation);
    }
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - before.lastIndexOf('\n'), expected };
}
