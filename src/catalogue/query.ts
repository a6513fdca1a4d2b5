/**
 * What a resident's query names before its words are searched: the catalogue's towns, kinds of
 * service and groups of people (by the code lists' labels in every interface language and by the
 * synonyms residents use), and phrases in quotes. "domov důchodců Mirošov" is a home for older
 * people in Mirošov, not three words to find anywhere; "Рокицани" is Rokycany.
 *
 * Recognition is by whole words after folding (case, diacritics; Cyrillic transliterated for town
 * names), longest phrase first. Czech inflects endings, so a word of four letters or more also
 * matches a word that differs from it only in its last two letters ("domov"/"domovy",
 * "Rokycanech"/"Rokycany"); an abbreviation written in capitals in the table ("DPS") matches only
 * itself.
 */
import { SERVICE_TYPES, TARGET_GROUPS, codeLabel } from './codelists.js';
import type { Point } from './geo.js';
import { normalize, tokenize } from './normalize.js';
import type { SynonymEntry } from './synonyms.js';

type QueryData = typeof import('./query-data.js');
let data: QueryData | undefined;
let loading: Promise<void> | undefined;
let settled = false;

/**
 * Load the library's synonyms and Czech towns (query-data.ts). Never rejects: where the file
 * cannot be loaded, queries are understood without them (the catalogue's own towns, the code
 * lists' labels and the catalogue's own synonyms still are), and the console says why.
 */
export function loadQueryData(): Promise<void> {
  // The code lists' English and Ukrainian labels come with them: query understanding knows a kind
  // of service by its label in three languages; the index knows the Czech one.
  loading ??= Promise.all([import('./query-data.js'), import('./codelist-translations.js')]).then(
    ([module]) => {
      data = module;
      settled = true;
    },
    (error: unknown) => {
      settled = true;
      console.warn('pomoc: the synonyms and Czech towns of search could not be loaded', error);
    },
  );
  return loading;
}

/** Whether `loadQueryData` has finished, whether it loaded the data or not. */
export const queryDataSettled = (): boolean => settled;

/** Whether the library's synonyms and Czech towns are loaded (an understanding made before lacks them). */
export const queryDataLoaded = (): boolean => data !== undefined;

/** A kind of service or group of people that part of the query names. */
export interface Concept {
  /** The words of the query that name it, as typed (folded). */
  readonly words: string;
  readonly serviceTypes: readonly string[];
  readonly targetGroups: readonly string[];
  /** A topic: the services whose texts speak of it are found too (see SynonymEntry.topic). */
  readonly topic: boolean;
  /**
   * For a topic, the other one-word terms of its synonym entries, folded ("exekuce": dluhy,
   * oddluzeni, insolvence…): a text that speaks of the topic in other words speaks of it too.
   */
  readonly related: readonly string[];
}

/** A Czech town the catalogue does not cover. */
export interface OutsideTown extends Point {
  readonly name: string;
}

export interface UnderstoodQuery {
  /** The catalogue towns named, as the catalogue writes them. */
  readonly towns: readonly string[];
  /** The words of the query that named each town (of `towns`, then of `outsideTowns`), folded. */
  readonly townWords: readonly string[];
  /** Czech towns named that the catalogue does not cover ("Plzeň" in a Rokycany catalogue). */
  readonly outsideTowns: readonly OutsideTown[];
  readonly concepts: readonly Concept[];
  /** Phrases in quotes, folded, each to be found as consecutive words. */
  readonly phrases: readonly string[];
  /** The other words, folded, in order. */
  readonly words: readonly string[];
}

interface Pattern {
  /** Folded words. */
  readonly words: readonly string[];
  /** Only the same words, not other endings (abbreviations). */
  readonly exact: boolean;
}

interface Entry<T> {
  readonly pattern: Pattern;
  readonly value: T;
}

const MIN_STEM = 4;

/** Whether a query word stands for a word of a name or label: the same, or another ending of it. */
function sameWord(typed: string, known: string, exact: boolean): boolean {
  if (typed === known) return true;
  if (exact || typed.length < MIN_STEM || known.length < MIN_STEM) return false;
  const longest = Math.max(typed.length, known.length);
  if (longest - Math.min(typed.length, known.length) > 3) return false;
  let common = 0;
  while (common < typed.length && typed[common] === known[common]) common++;
  return common >= MIN_STEM && common >= longest - 3 && common >= known.length - 2;
}

// Ukrainian (and Russian) letters as Czech writes their sounds, so that "Рокицани" is "rokycany"
// and "Мірошов" is "mirosov" once folded.
// prettier-ignore
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'je', ж: 'z', з: 'z', и: 'y', і: 'i', ї: 'ji',
  й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch',
  ц: 'c', ч: 'c', ш: 's', щ: 'sc', ь: '', ю: 'ju', я: 'ja', ы: 'y', э: 'e', ё: 'jo', ъ: '',
};
const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/** A word written in Cyrillic, in Latin letters as Czech would write it (folded). */
export function transliterate(word: string): string {
  if (!HAS_CYRILLIC.test(word)) return word;
  let out = '';
  for (const char of word.toLowerCase().normalize('NFC')) out += CYRILLIC[char] ?? char;
  return normalize(out);
}

const isAbbreviation = (term: string) => term.length <= 6 && /^[\p{Lu}\d/-]+$/u.test(term) && /\p{Lu}/u.test(term);

const pattern = (text: string, exact = false): Pattern => ({ words: tokenize(text), exact });

/** Phrases by their first word's first letters, so that a query looks at a few of them only. */
class PhraseTable<T> {
  private readonly byStart = new Map<string, Entry<T>[]>();

  add(pattern: Pattern, value: T) {
    if (pattern.words.length === 0) return;
    const key = pattern.words[0].slice(0, 3);
    let list = this.byStart.get(key);
    if (!list) this.byStart.set(key, (list = []));
    list.push({ pattern, value });
  }

  /**
   * The longest phrase starting at `start` of `words`, with its length in words; of two as long,
   * the one with more words typed exactly as it has them ("pracák" is "pracák", not "práce").
   */
  longest(words: readonly string[], start: number): { value: T; length: number } | undefined {
    let best: { value: T; length: number; same: number } | undefined;
    const list = this.byStart.get(words[start].slice(0, 3));
    if (!list) return undefined;
    for (const { pattern, value } of list) {
      const length = pattern.words.length;
      if (start + length > words.length || (best && best.length > length)) continue;
      let all = true;
      let same = 0;
      for (let k = 0; k < length && all; k++) {
        all = sameWord(words[start + k], pattern.words[k], pattern.exact);
        if (words[start + k] === pattern.words[k]) same++;
      }
      if (all && (!best || length > best.length || same > best.same)) best = { value, length, same };
    }
    return best && { value: best.value, length: best.length };
  }
}

/**
 * The towns, kinds and groups a catalogue's search recognises. Built once per catalogue (the
 * towns are the catalogue's own), after the code lists' translations have loaded.
 */
export class QueryUnderstanding {
  private readonly towns = new PhraseTable<string>();
  private readonly concepts = new PhraseTable<{
    serviceTypes: string[];
    targetGroups: string[];
    topic: boolean;
    related: string[];
  }>();
  private readonly outside = new PhraseTable<OutsideTown>();

  /**
   * @param towns the catalogue's towns
   * @param isWord whether a folded word is in the catalogue's texts: a Czech town's name that is
   *   ("Most" in "Poradna pro cizince Most") is searched as a word, not taken for the town
   */
  constructor(
    towns: Iterable<string>,
    private readonly isWord: (word: string) => boolean = () => false,
    synonyms: readonly SynonymEntry[] = [],
  ) {
    const own = new Set<string>();
    for (const town of towns) {
      this.towns.add(pattern(town), town);
      own.add(normalize(town));
    }
    for (const [name, latitude, longitude] of data?.CZECH_TOWNS ?? []) {
      if (!own.has(normalize(name))) this.outside.add(pattern(name), { name, latitude, longitude });
    }
    // Several entries may share a phrase ("stacionář" is two types): one concept with all of them.
    const byPhrase = new Map<
      string,
      { exact: boolean; topic: boolean; serviceTypes: Set<string>; targetGroups: Set<string>; related: Set<string> }
    >();
    const add = (
      term: string,
      serviceTypes: readonly string[] = [],
      targetGroups: readonly string[] = [],
      topic = false,
      related: readonly string[] = [],
    ) => {
      const key = normalize(term);
      if (!key) return;
      let entry = byPhrase.get(key);
      if (!entry) {
        entry = {
          exact: isAbbreviation(term),
          topic,
          serviceTypes: new Set(),
          targetGroups: new Set(),
          related: new Set(),
        };
        byPhrase.set(key, entry);
      }
      entry.topic ||= topic;
      for (const code of serviceTypes) entry.serviceTypes.add(code);
      for (const code of targetGroups) entry.targetGroups.add(code);
      for (const word of related) if (word !== key) entry.related.add(word);
    };
    for (const entry of SERVICE_TYPES) {
      for (const lang of ['cs', 'en', 'uk']) add(codeLabel(entry, lang), [entry.code]);
    }
    for (const entry of TARGET_GROUPS) {
      for (const lang of ['cs', 'en', 'uk']) add(codeLabel(entry, lang), [], [entry.code]);
    }
    for (const entry of [...(data?.SYNONYMS ?? []), ...synonyms]) {
      // Abbreviations are left out of a topic's other words: "PnP" in a text is too rare to need it,
      // and a short capital word would match too much as a prefix.
      const related = entry.topic
        ? entry.terms.filter((term) => !/\s/.test(term.trim()) && !isAbbreviation(term)).map(normalize)
        : [];
      for (const term of entry.terms) add(term, entry.serviceTypes, entry.targetGroups, entry.topic === true, related);
    }
    for (const [key, entry] of byPhrase) {
      this.concepts.add(
        { words: key.split(' '), exact: entry.exact },
        {
          serviceTypes: [...entry.serviceTypes],
          targetGroups: [...entry.targetGroups],
          topic: entry.topic,
          related: entry.topic ? [...entry.related] : [],
        },
      );
    }
  }

  understand(text: string): UnderstoodQuery {
    const phrases: string[] = [];
    // "…" „…" and "…" all quote.
    const unquoted = text.replace(/["„“”«»]([^"„“”«»]+)["„“”«»]?/g, (_, phrase: string) => {
      const folded = normalize(phrase);
      if (folded) phrases.push(folded);
      return ' ';
    });
    const typed = tokenize(unquoted);
    const latin = typed.map(transliterate);
    const towns: string[] = [];
    const townWords: string[] = [];
    const outsideWords: string[] = [];
    const outsideTowns: OutsideTown[] = [];
    const concepts: Concept[] = [];
    const words: string[] = [];
    for (let i = 0; i < typed.length;) {
      const concept = this.concepts.longest(typed, i);
      const town = this.towns.longest(latin, i);
      // A kind named at more words wins ("Domov pro seniory" is not the town Domov).
      if (concept && (!town || concept.length >= town.length)) {
        concepts.push({ words: typed.slice(i, i + concept.length).join(' '), ...concept.value });
        i += concept.length;
        continue;
      }
      if (town) {
        if (!towns.includes(town.value)) {
          towns.push(town.value);
          townWords.push(typed.slice(i, i + town.length).join(' '));
        }
        i += town.length;
        continue;
      }
      const other = this.outside.longest(latin, i);
      if (other && !latin.slice(i, i + other.length).every(this.isWord)) {
        if (!outsideTowns.includes(other.value)) {
          outsideTowns.push(other.value);
          outsideWords.push(typed.slice(i, i + other.length).join(' '));
        }
        i += other.length;
        continue;
      }
      words.push(typed[i++]);
    }
    return { towns, townWords: [...townWords, ...outsideWords], outsideTowns, concepts, phrases, words };
  }
}

// Prepositions that go with a town ("v Hrádku", "у Рокицанах") and go when it goes.
const TOWN_PREPOSITIONS = new Set(['v', 've', 'u', 'z', 'ze', 'do', 'na', 'in', 'near', 'в', 'у', 'біля']);

/** Where the folded words `folded` are in `text`, as typed: [start, end), or undefined. */
export function spanOf(text: string, folded: string): [number, number] | undefined {
  const find = folded.split(' ').filter(Boolean);
  if (find.length === 0) return undefined;
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  for (let i = 0; i + find.length <= tokens.length; i++) {
    let all = true;
    for (let k = 0; k < find.length && all; k++) {
      const word = normalize(tokens[i + k][0]);
      all = word === find[k] || transliterate(word) === find[k];
    }
    if (!all) continue;
    const last = tokens[i + find.length - 1];
    return [tokens[i].index, last.index + last[0].length];
  }
  return undefined;
}

/**
 * The query without some of its words (folded, as `understand` gives them): "domov pro seniory
 * v Hrádku" without "hradku" is "domov pro seniory". The rest keeps what the resident typed.
 */
export function withoutWords(text: string, folded: string): string {
  const span = spanOf(text, folded);
  if (!span) return text;
  let [start] = span;
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(0, start));
  if (before && TOWN_PREPOSITIONS.has(before[1].toLowerCase())) start = before.index;
  return (text.slice(0, start) + text.slice(span[1])).replace(/\s{2,}/g, ' ').trim();
}
