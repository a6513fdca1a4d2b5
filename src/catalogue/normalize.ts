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

// What one UTF-16 unit of a text, in any case, adds to its words: the code of the one folded letter
// it stands for, or one of these. Worked out once per unit.
const UNKNOWN = 0;
const SEPARATOR = 1;
const NOTHING = 2;
// Its lower case takes several units, or depends on the units around it (Σ is σ or ς).
const ELSEWHERE = 3;
const steps = new Uint16Array(0x10000);
for (let code = 0; code < 128; code++) {
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  steps[code] = isAsciiWordChar(lower) ? lower : SEPARATOR;
}

function stepOf(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  let step = ELSEWHERE;
  if (lower.length === 1 && code !== 0x3a3) {
    const fold = foldCode(lower.charCodeAt(0));
    step = fold === '' ? NOTHING : fold === ' ' ? SEPARATOR : fold.length === 1 ? fold.charCodeAt(0) : ELSEWHERE;
  }
  return (steps[code] = step);
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The distinct words of many texts, each kept once and numbered. A catalogue repeats a few thousand
 * words hundreds of thousands of times, so each character is folded through a table and hashed as
 * it is read, and a word already known is found without making a string for it: the same words as
 * tokenize, for a fraction of its cost.
 */
export class Lexicon {
  /** Each word, by its number. */
  readonly words: string[] = [];
  /** The numbers of the words of the text last read, in order. */
  ids = new Int32Array(256);
  // Open addressing: word number + 1 in each slot, 0 for an empty one.
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 11);
  // The characters of word n are chars[starts[n]] up to chars[starts[n + 1]].
  private starts = new Int32Array((1 << 11) + 1);
  private chars = new Uint16Array(1 << 14);
  // The word being read.
  private word = new Uint16Array(256);

  /** Reads the words of `text` into `ids` and returns how many there are. */
  read(text: string): number {
    const table = steps;
    const end = text.length;
    // A unit adds at most one character here, so a word is never longer than the text.
    if (this.word.length < end) this.word = new Uint16Array(end);
    const word = this.word;
    let count = 0;
    let i = 0;
    while (i < end) {
      let length = 0;
      let hash = FNV_OFFSET;
      for (; i < end; i++) {
        const code = text.charCodeAt(i);
        let step = table[code];
        if (step === UNKNOWN) step = stepOf(code);
        if (step > ELSEWHERE) {
          word[length++] = step;
          hash = Math.imul(hash ^ step, FNV_PRIME);
        } else if (step === SEPARATOR) break;
        else if (step === ELSEWHERE) return this.readSlowly(text);
      }
      i++;
      if (length > 0) {
        if (count === this.ids.length) this.ids = grown(this.ids, count * 2);
        this.ids[count++] = this.intern(length, hash);
      }
    }
    return count;
  }

  /** The rare text with a letter whose lower case depends on more than itself: through tokenize. */
  private readSlowly(text: string): number {
    const found = tokenize(text);
    if (found.length > this.ids.length) this.ids = grown(this.ids, found.length);
    found.forEach((word, index) => {
      const id = this.find(word);
      this.ids[index] = id >= 0 ? id : this.add(word.length, this.hashOf(word));
    });
    return found.length;
  }

  /** The number of a word as read (folded, one word), or -1 when it has not been read. */
  find(word: string): number {
    return this.lookup(word.length, this.hashOf(word));
  }

  /** Puts `word` in place of the word being read, and gives its hash. */
  private hashOf(word: string): number {
    const length = word.length;
    if (length > this.word.length) this.word = grown(this.word, length);
    let hash = FNV_OFFSET;
    for (let k = 0; k < length; k++) {
      const char = word.charCodeAt(k);
      this.word[k] = char;
      hash = Math.imul(hash ^ char, FNV_PRIME);
    }
    return hash;
  }

  /** The number of the first `length` characters of the word being read, a new one if unseen. */
  private intern(length: number, hash: number): number {
    const id = this.lookup(length, hash);
    return id >= 0 ? id : this.add(length, hash);
  }

  private lookup(length: number, hash: number): number {
    const { slots, hashes, starts, chars, word } = this;
    const mask = slots.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (entry === 0) break;
      const id = entry - 1;
      if (hashes[id] !== hash) continue;
      const start = starts[id];
      if (starts[id + 1] - start !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = chars[start + k] === word[k];
      if (same) return id;
    }
    return -1;
  }

  private add(length: number, hash: number): number {
    const id = this.words.length;
    if (id + 1 === this.hashes.length) {
      this.hashes = grown(this.hashes, id * 2);
      this.starts = grown(this.starts, id * 2 + 1);
    }
    const start = this.starts[id];
    if (start + length > this.chars.length) this.chars = grown(this.chars, (start + length) * 2);
    this.chars.set(this.word.subarray(0, length), start);
    this.starts[id + 1] = start + length;
    this.hashes[id] = hash;
    this.words.push(stringOf(this.word, length));
    // Kept at most half full, so that a probe ends soon.
    if ((id + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number) {
    const mask = this.slots.length - 1;
    let slot = mix(this.hashes[id]) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(size: number) {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

// Spreads FNV's bits to the low ones that pick a slot.
const mix = (hash: number) => {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b);
  return hash ^ (hash >>> 16);
};

function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(array: T, size: number): T {
  const copy = new (array.constructor as new (size: number) => T)(size);
  copy.set(array);
  return copy;
}

/** "Pečovatelská služba – Žižkov" → "pecovatelska sluzba zizkov". */
export const normalize = (text: string): string => tokenize(text).join(' ');

// Names that repeat across a catalogue (a town is the city of hundreds of places and in the areas
// of thousands of services): each folded once. Bounded, so that a page open all day keeps no more.
const NAMES_KEPT = 20_000;
const foldedNames = new Map<string, string>();

/** `normalize` for a town's or an area's name, remembered: at 20,000 services, 15,000 places' towns. */
export function normalizeName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size >= NAMES_KEPT) foldedNames.clear();
    foldedNames.set(name, (folded = normalize(name)));
  }
  return folded;
}

// Czech alphabetical order at the level of letters: č, ř, š, ž and ch are letters of their own
// (after c, r, s, z and h); other accents do not change the order.
const CZECH_LETTERS = new Map([
  ['č', 'c~'],
  ['ř', 'r~'],
  ['š', 's~'],
  ['ž', 'z~'],
]);
const SORT_UNITS = /ch|[^\0-\x7f]/g;
const sortUnits = (unit: string) => (unit === 'ch' ? 'h~' : (CZECH_LETTERS.get(unit) ?? foldCode(unit.charCodeAt(0))));

/**
 * A key whose plain string order is Czech alphabetical order, for sorting thousands of names
 * without a collator call per comparison. Lower case, ch and č ř š ž marked to sort after h, r, s,
 * z, other letters without their accents.
 */
export const czechSortKey = (text: string): string => text.toLowerCase().replace(SORT_UNITS, sortUnits);

/** The first `length` units of `units` as a string. */
function stringOf(units: Uint16Array, length: number): string {
  let text = '';
  // In pieces: a very long text would pass too many arguments at once.
  for (let k = 0; k < length; k += 4096) {
    text += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 4096)) as unknown as number[]);
  }
  return text;
}
