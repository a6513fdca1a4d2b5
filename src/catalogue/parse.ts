import type { Steps } from './yield.js';

// About 2 ms of JSON.parse each (the 30 MB benchmark catalogue parses in ≈ 130 ms).
const CHUNK = 1 << 19;

// A text up to this long (characters) goes to JSON.parse at once: ≈ 5–10 ms in Chromium on this
// 2-core machine for the sample's 0.74 M characters. The steps' scanner is JavaScript that runs
// once per page, so cold (interpreted): on the sample it was 60–80 ms in two tasks, in a CPU
// profile of the README finder page, before the first results. Files above it are read in the
// worker, where one starts; the steps are for the page without one (a CSP without worker-src).
const AT_ONCE = 1 << 21;

/** Thrown by the steps at anything they do not take apart: one JSON.parse of the whole text decides. */
const WHOLE = Symbol('whole');

/**
 * The value of a JSON text, as `JSON.parse(text)` gives it, in steps (see yield.ts): each list at
 * the top level of an object (a catalogue's services, locations, organizations…) is parsed a chunk
 * of its items at a time, cut at the commas between items (strings skipped whole, brackets
 * counted), every other top-level value at once. Each piece of the text is checked by JSON.parse
 * or by the steps themselves, so the whole text is valid exactly when every piece is. At the
 * first piece that is not, the whole text goes to JSON.parse, and its error is the one thrown
 * (the same message and position as without steps). A text of up to `atOnce` characters goes to
 * JSON.parse at once. `chunk`, `atOnce`: for tests.
 */
export function* parseJsonSteps(text: string, chunk = CHUNK, atOnce = AT_ONCE): Steps<unknown> {
  if (text.length > Math.max(chunk, atOnce)) {
    try {
      return yield* objectSteps(text, chunk);
    } catch (error) {
      if (error !== WHOLE && !(error instanceof SyntaxError)) throw error;
    }
  }
  return JSON.parse(text);
}

function* objectSteps(text: string, chunk: number): Steps<unknown> {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_OBJECT) throw WHOLE;
  const result = {};
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_OBJECT) i++;
  else {
    for (;;) {
      if (text.charCodeAt(i) !== QUOTE) throw WHOLE;
      const keyEnd = stringEnd(text, i);
      const key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipSpace(text, keyEnd);
      if (text.charCodeAt(i) !== COLON) throw WHOLE;
      i = skipSpace(text, i + 1);
      let value: unknown;
      if (text.charCodeAt(i) === OPEN_ARRAY) {
        const items: unknown[] = [];
        i = yield* arraySteps(text, i, chunk, items);
        value = items;
      } else {
        const end = valueEnd(text, i);
        value = JSON.parse(text.slice(i, end));
        i = end;
        yield;
      }
      // As JSON.parse does: a repeated key keeps its first place and its last value; "__proto__" is a key.
      Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
      i = skipSpace(text, i);
      const next = text.charCodeAt(i++);
      if (next === CLOSE_OBJECT) break;
      if (next !== COMMA) throw WHOLE;
      i = skipSpace(text, i);
    }
  }
  if (skipSpace(text, i) !== text.length) throw WHOLE;
  return result;
}

/** The items of the list opening at `open`, added to `items`; where the list ends, after its "]". */
function* arraySteps(text: string, open: number, chunk: number, items: unknown[]): Steps<number> {
  let start = open + 1;
  let depth = 0;
  for (let i = start; i < text.length;) {
    const char = text.charCodeAt(i);
    if (char === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    if (char === OPEN_ARRAY || char === OPEN_OBJECT) depth++;
    else if (char === CLOSE_ARRAY || char === CLOSE_OBJECT) {
      if (depth === 0) {
        if (char !== CLOSE_ARRAY) throw WHOLE;
        addItems(text, start, i, start === open + 1, items);
        yield;
        return i + 1;
      }
      depth--;
    } else if (char === COMMA && depth === 0 && i - start >= chunk) {
      addItems(text, start, i, false, items);
      start = i + 1;
      yield;
    }
    i++;
  }
  throw WHOLE;
}

/** The items between `start` and `end`; blank only in an empty list, which is the only chunk of its list. */
function addItems(text: string, start: number, end: number, only: boolean, items: unknown[]) {
  const part = text.slice(start, end);
  if (!only && BLANK.test(part)) throw WHOLE;
  const parsed = JSON.parse(`[${part}]`) as unknown[];
  for (let k = 0; k < parsed.length; k++) items.push(parsed[k]);
}

/** Where the string opening at `open` ends, after its closing quote. */
function stringEnd(text: string, open: number): number {
  for (let from = open + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw WHOLE;
    let backslash = quote - 1;
    while (text.charCodeAt(backslash) === BACKSLASH) backslash--;
    if ((quote - 1 - backslash) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Where the value starting at `start` ends: its closing bracket or quote, else the next separator. */
function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  let depth = 0;
  for (let i = start; i < text.length;) {
    const char = text.charCodeAt(i);
    if (char === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    if (char === OPEN_ARRAY || char === OPEN_OBJECT) depth++;
    else if (char === CLOSE_ARRAY || char === CLOSE_OBJECT) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (char === COMMA || isSpace(char))) return i;
    i++;
  }
  return text.length;
}

function skipSpace(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

// JSON's whitespace: space, tab, line feed, carriage return (not a BOM, not a no-break space).
const isSpace = (char: number) => char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09;
const BLANK = /^[ \t\n\r]*$/;
const [QUOTE, COMMA, COLON, BACKSLASH] = [0x22, 0x2c, 0x3a, 0x5c];
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];
