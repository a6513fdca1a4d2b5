/**
 * Text folded for search: lower case, without diacritics, punctuation as spaces. Catalogues are
 * large and mostly ASCII, so words are cut in one pass over character codes and only the other
 * characters are looked up, each folded once and cached.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// For each non-ASCII character seen: its folded letters, '' for a combining mark, ' ' for a separator.
const folded: string[] = [];

function foldCode(code: number): string {
  let result = folded[code];
  if (result === undefined) {
    const base = String.fromCharCode(code).normalize('NFD').replace(COMBINING_MARKS, '');
    result = base === '' ? '' : LETTER_OR_DIGIT.test(base) ? base : ' ';
    folded[code] = result;
  }
  return result;
}

const isAsciiWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** The search words of a text: "Pečovatelská služba – Žižkov" → ["pecovatelska", "sluzba", "zizkov"]. */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let word = '';
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 128) {
      if (isAsciiWordChar(code)) {
        if (start < 0) start = i;
        continue;
      }
    } else {
      const fold = foldCode(code);
      if (fold !== ' ') {
        if (start >= 0) word += lower.slice(start, i);
        start = -1;
        word += fold;
        continue;
      }
    }
    if (start >= 0) word += lower.slice(start, i);
    if (word) words.push(word);
    word = '';
    start = -1;
  }
  if (start >= 0) word += lower.slice(start);
  if (word) words.push(word);
  return words;
}

/** "Pečovatelská služba – Žižkov" → "pecovatelska sluzba zizkov". */
export const normalize = (text: string): string => tokenize(text).join(' ');

// Czech alphabetical order at the level of letters: č, ř, š, ž and ch are letters of their own
// (after c, r, s, z and h); other accents do not change the order.
const CZECH_LETTERS: Record<string, string> = { č: 'c~', ř: 'r~', š: 's~', ž: 'z~' };

/**
 * A key whose plain string order is Czech alphabetical order, for sorting thousands of names
 * without a collator call per comparison.
 */
export function czechSortKey(text: string): string {
  const lower = text.toLowerCase();
  let key = '';
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i];
    if (char === 'c' && lower[i + 1] === 'h') {
      key += 'h~';
      i++;
    } else if (char in CZECH_LETTERS) key += CZECH_LETTERS[char];
    else {
      const code = char.charCodeAt(0);
      key += code < 128 ? char : foldCode(code);
    }
  }
  return key;
}
