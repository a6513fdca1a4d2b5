/**
 * Search and filters over a catalogue's services, without the DOM.
 *
 * Words are matched exactly, as a prefix (the word being typed) or, for a word with no exact or
 * prefix match, approximately: fuse.js finds the nearest words of the catalogue's vocabulary, so a
 * typo costs a few milliseconds over thousands of words instead of a fuzzy scan of every record.
 * Every word of the query must match (case and diacritics ignored). Results rank by: the service
 * name starting with the query, then all words matched exactly or as prefixes, then approximate
 * matches; within each, by score, then by Czech alphabetical order of the name, then id. So the
 * same query always gives the same order.
 *
 * fuse.js loads on its own, the first time a query needs approximate matching: most pages never
 * need it. That search finds what exact and prefix matching find, and `fuzzyPending()` tells the
 * widget to search again once it has loaded (a few milliseconds later on a town's server).
 */
import type Fuse from 'fuse.js';
import {
  AGE_GROUPS,
  FORMS,
  SERVICE_TYPES,
  TARGET_GROUPS,
  serviceType as serviceTypeEntry,
  targetGroup as targetGroupEntry,
} from './codelists.js';
import {
  compileSchedule,
  isCzechPublicHoliday,
  isOpenAtMinute,
  pragueTime,
  weekMinute,
  type CompiledSchedule,
} from './hours.js';
import { Lexicon, normalize, tokenize } from './normalize.js';
import type { LocalizedText, Schedule, Service } from './schema.js';
import { allTexts, nameSortKey } from './text.js';
import type { Catalogue } from './validate.js';
import type { SynonymEntry } from './synonyms.js';
import { atOnce, inSlices, type Steps } from './yield.js';

export interface SearchFilters {
  /** Service type codes; any of them. */
  serviceTypes?: readonly string[];
  kinds?: readonly ('social' | 'related')[];
  forms?: readonly string[];
  targetGroups?: readonly string[];
  ageGroups?: readonly string[];
  /** Town names: where the service is, or whom it serves. Any of them. A city ("Praha") includes its districts. */
  towns?: readonly string[];
  /** Regions and districts where the service is: "kraj:<name>" or "okres:<name>" (SearchIndex.areas). Any of them. */
  areas?: readonly string[];
  freeOfCharge?: boolean;
  openNow?: boolean;
  /** Inactive services are left out unless asked for. */
  includeInactive?: boolean;
}

export interface SearchQuery {
  text?: string;
  filters?: SearchFilters;
  /**
   * Kinds of service a query names (find.ts): a service must be of each, by its type or by one of
   * its target groups. Kept out of the hits here, not from a list of thousands afterwards.
   */
  kinds?: readonly ServiceKind[];
  /** The moment for "open now"; the current time by default. */
  now?: Date;
}

/** A kind of service: any of these types, or for any of these groups of people. */
export interface ServiceKind {
  serviceTypes: readonly string[];
  targetGroups: readonly string[];
}

export type MatchQuality = 'name' | 'exact' | 'fuzzy' | 'all';

export interface SearchHit {
  service: Service;
  /** The service's id, read without the service (a catalogue the worker read keeps its records as text until one is read). */
  readonly id: string;
  score: number;
  /** name: the name starts with the query; exact: every word matched exactly or as a prefix. */
  quality: MatchQuality;
}

/**
 * A hit of the index: its service is read only when asked for (see lazy.ts: a worker's catalogue).
 * The index is a private field: neither a spread copy nor JSON carries it.
 */
class Hit implements SearchHit {
  readonly #index: SearchIndex;
  constructor(
    index: SearchIndex,
    readonly doc: number,
    public score: number,
    public quality: MatchQuality,
  ) {
    this.#index = index;
  }
  get service(): Service {
    return this.#index.services[this.doc];
  }
  get id(): string {
    return this.#index.ids[this.doc];
  }
  toJSON() {
    return { service: this.service, id: this.id, score: this.score, quality: this.quality };
  }
}

// How much a word counts by the field it is found in (in the order the index adds them).
const WEIGHTS = { name: 10, type: 6, provider: 5, tags: 4, targetGroup: 3, town: 3, description: 1 };
const EXACT = 1;
const PREFIX = 0.75;
const STEM = 0.6;
const STEM_MIN_LENGTH = 5;
const FUZZY = 0.45;
const FUZZY_MIN_LENGTH = 4;
const FUZZY_MAX_TERMS = 12;
const NEAR_WORDS_KEPT = 500;
const FUZZY_MATCH = 2;
// A search's steps (searchSteps): postings gone through, hits ranked, between two.
const STEP_POSTINGS = 16_384;
const STEP_HITS = 4096;

// Words too common in descriptions to tell services apart; names and tags keep them.
// prettier-ignore
const STOP_WORDS = new Set([
  'a', 'i', 'k', 'o', 's', 'u', 'v', 'z', 'do', 'je', 'ke', 'ku', 'na', 'od', 'po', 'se', 'si', 'ta', 'to', 've',
  'za', 'ze', 'aby', 'ale', 'ani', 'byl', 'jak', 'jeho', 'jej', 'jen', 'jsme', 'jsou', 'jsem', 'kde', 'kdy',
  'ktera', 'ktere', 'kteri', 'ktery', 'mezi', 'nebo', 'pak', 'pod', 'pri', 'pro', 'pred', 'take', 'tak',
  'tim', 'tu', 'vam', 'vas', 'vsak', 'by', 'bez', 'uz', 'jako', 'nez', 'the', 'and', 'of', 'to', 'in', 'for',
]);

/** A small word ("pro", "v") that tells services apart only when nothing else is asked. */
export const isStopWord = (word: string) => STOP_WORDS.has(word);

const QUALITIES: MatchQuality[] = ['name', 'exact', 'fuzzy'];
// Sort keys: quality × score × position by name, within a double's 53 exact bits.
const SCORE_RANGE = 2 ** 20;
const NAME_RANGE = 2 ** 24;

const bits = (list: readonly { code: string }[]) => new Map(list.map((entry, index) => [entry.code, 1 << index]));
const FORM_BITS = bits(FORMS);
const TARGET_BITS = bits(TARGET_GROUPS);
const AGE_BITS = bits(AGE_GROUPS);
const TYPE_INDEX = new Map<string, number>(SERVICE_TYPES.map((entry, index) => [entry.code, index]));

function maskOf(codes: readonly string[] | undefined, table: Map<string, number>): number {
  let mask = 0;
  if (codes) for (let i = 0; i < codes.length; i++) mask |= table.get(codes[i]) ?? 0;
  return mask;
}

/** Scratch space of a search, one entry per service, left as it was found. */
type Scratch = [
  tokenBest: Float32Array,
  total: Float32Array,
  matched: Uint8Array,
  tokenQuality: Uint8Array,
  worst: Uint8Array,
  /** The services reached by the word being matched, and by the first word: filled, not pushed to. */
  seen: Int32Array,
  touched: Int32Array,
];

const scratchFor = (count: number): Scratch => [
  new Float32Array(count),
  new Float32Array(count),
  new Uint8Array(count),
  new Uint8Array(count),
  new Uint8Array(count),
  new Int32Array(count),
  new Int32Array(count),
];

/** Lists of (value, weight) by key, in typed arrays: key k owns the entries offsets[k] up to offsets[k + 1]. */
interface Postings {
  offsets: Int32Array;
  values: Int32Array;
  weights: Uint8Array;
}

/**
 * Entries (key, value, weight) added in any order, then grouped by key in two passes (count, then
 * fill), so that a catalogue's hundreds of thousands of postings are three arrays, not an array each.
 * Within a key, entries keep the order they were added in.
 */
class PostingsBuilder {
  private keys: Int32Array;
  private values: Int32Array;
  private weights: Uint8Array;
  private length = 0;

  /** Room for `expected` entries at first, so that a large catalogue's arrays are rarely copied. */
  constructor(expected: number) {
    const size = Math.max(1 << 12, expected);
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.weights = new Uint8Array(size);
  }

  add(key: number, value: number, weight: number) {
    if (this.length === this.keys.length) {
      const size = this.length * 2;
      this.keys = resized(this.keys, new Int32Array(size));
      this.values = resized(this.values, new Int32Array(size));
      this.weights = resized(this.weights, new Uint8Array(size));
    }
    this.keys[this.length] = key;
    this.values[this.length] = value;
    this.weights[this.length++] = weight;
  }

  build(keyCount: number): Postings {
    const { keys, length } = this;
    const offsets = new Int32Array(keyCount + 1);
    for (let i = 0; i < length; i++) offsets[keys[i] + 1]++;
    for (let k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k];
    const next = offsets.slice(0, keyCount);
    const values = new Int32Array(length);
    const weights = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const at = next[keys[i]]++;
      values[at] = this.values[i];
      weights[at] = this.weights[i];
    }
    return { offsets, values, weights };
  }
}

function resized<T extends Int32Array | Uint8Array>(array: T, copy: T): T {
  copy.set(array);
  return copy;
}

/** A -1 for each word number or group seen so far, grown as more are added. */
class Marks {
  values = new Int32Array(1 << 12).fill(-1);

  /** Makes room for numbers below `count`. */
  fit(count: number) {
    if (count <= this.values.length) return;
    const values = new Int32Array(Math.max(count, this.values.length * 2)).fill(-1);
    values.set(this.values);
    this.values = values;
  }
}

export class SearchIndex {
  readonly services: readonly Service[];
  /** For the words of an index whose first parts came ahead, should a text search come first. */
  private readonly catalogue: Catalogue;
  /** Each service's id, in the order of `services`. */
  readonly ids: readonly string[];
  /**
   * Every town named by a location or an area served, and every city district ("Praha 6"), in Czech
   * alphabetical order with numbers as numbers ("Praha 6" before "Praha 14").
   */
  readonly towns: readonly string[];
  /** For a city district among `towns` ("Praha 6", "Brno-střed" when given as such): its city. */
  readonly cityOf: ReadonlyMap<string, string>;
  /** The regions of the catalogue's places, each with its districts, sorted; empty when the data do not say. */
  readonly areas: readonly { region: string; districts: readonly string[] }[];

  /** For each word number: the services whose own texts have it, with the weight of the field. */
  private postings: Postings;
  /** For each word number: the groups of services whose shared text has it, with its weight. */
  private groupPostings: Postings;
  /** For each group: its services (a shared text: a type label, a provider, a target group, a town). */
  private readonly groupDocs: Postings;
  /** The words with postings, sorted, and the number of each. */
  private vocabulary: string[];
  private vocabularyIds: Int32Array;
  private fuse?: Fuse<string>;
  /**
   * What fuse.js found for each word lately: a topic's other words ("zapomínání" for "demence")
   * are searched again at every keystroke, and a fuse.js search costs ≈ 10 ms at 20,000 services.
   */
  private readonly nearWords = new Map<string, ReturnType<Fuse<string>['search']>>();
  private pending?: Promise<void>;
  private names: string[];
  private readonly nameOrder: Int32Array;
  private readonly alphabetical: Int32Array;
  private readonly typeIndex: Uint8Array;
  private readonly social: Uint8Array;
  private readonly formMask: Uint8Array;
  private readonly targetMask: Uint32Array;
  private readonly ageMask: Uint16Array;
  private readonly free: Uint8Array;
  private readonly inactive: Uint8Array;
  private readonly closed: Uint8Array;
  private readonly schedules: (CompiledSchedule | undefined)[];
  /** For each town (normalized): its group. */
  private readonly townGroups: Map<string, number>;
  /** The numbers of the words of town names: an approximate match to one is never a match. */
  private townWords: Set<number>;
  /** Words of the last search that matched only a town name approximately: (typed, town word). */
  private townSuggestions: [string, string][] = [];
  /** Words of the last search found only approximately: (typed, the nearest word of the catalogue). */
  private corrections: [string, string][] = [];
  /** For each area key ("kraj:…", "okres:…"): its group. */
  private readonly areaGroups: Map<string, number>;

  /** Scratch space reused by every search, but one that comes between the steps of another. */
  private readonly scratch: Scratch;
  private scratchHeld = false;

  /** The catalogue's own search words, understood besides the library's (find.ts). */
  readonly synonyms: readonly SynonymEntry[];

  /** `parts`: the index built in steps (searchIndexInSteps); by default, built here at once. */
  constructor(catalogue: Catalogue, parts: IndexParts = atOnce(indexParts(catalogue))) {
    const services = catalogue.services;
    const count = services.length;
    this.services = services;
    this.catalogue = catalogue;
    this.synonyms = (catalogue.synonyms ?? []).map(({ topic, ...entry }) => ({
      ...entry,
      ...(topic ? { topic } : {}),
      lang: entry.lang ?? catalogue.meta.language,
      note: entry.note ?? '',
    }));
    this.scratch = scratchFor(count);
    this.names = parts.names;
    this.ids = parts.ids;
    this.typeIndex = parts.typeIndex;
    this.social = parts.social;
    this.formMask = parts.formMask;
    this.targetMask = parts.targetMask;
    this.ageMask = parts.ageMask;
    this.free = parts.free;
    this.inactive = parts.inactive;
    this.closed = parts.closed;
    this.schedules = parts.schedules;
    this.townGroups = parts.townGroups;
    this.townWords = parts.townWords;
    this.areaGroups = parts.areaGroups;
    this.postings = parts.postings;
    this.groupPostings = parts.groupPostings;
    this.groupDocs = parts.groupDocs;
    this.vocabulary = parts.vocabulary;
    this.vocabularyIds = parts.vocabularyIds;
    this.towns = parts.towns;
    this.cityOf = parts.cityOf;
    this.areas = parts.areas;
    this.alphabetical = parts.alphabetical;
    this.nameOrder = parts.nameOrder;
    this.hasWords = parts.words;
  }

  /**
   * Whether the index has its words: an index whose first parts came ahead (a catalogue the worker
   * read) lists and filters at once; its words come from the worker (addWords), or are built at
   * once by the first text search that comes before them.
   */
  hasWords: boolean;

  /** The words of an index whose first parts came ahead (indexParts' `first`). */
  addWords(words: IndexWords): void {
    this.names = words.names;
    this.townWords = words.townWords;
    this.postings = words.postings;
    this.groupPostings = words.groupPostings;
    this.vocabulary = words.vocabulary;
    this.vocabularyIds = words.vocabularyIds;
    this.hasWords = true;
  }

  /**
   * The kinds of service and the target groups some service of the catalogue has (of the code
   * lists'), read off the index's arrays: at 20,000 services, reading the records took ≈ 25 ms.
   */
  present(): { serviceTypes: Set<string>; targetGroups: Set<string> } {
    if (!this.presentCodes) {
      const types = new Uint8Array(SERVICE_TYPES.length);
      let targets = 0;
      for (let doc = 0; doc < this.typeIndex.length; doc++) {
        types[this.typeIndex[doc]] = 1;
        targets |= this.targetMask[doc];
      }
      this.presentCodes = {
        serviceTypes: new Set(SERVICE_TYPES.filter((_, index) => types[index]).map((entry) => entry.code)),
        targetGroups: new Set(
          TARGET_GROUPS.filter((entry) => targets & TARGET_BITS.get(entry.code)!).map((entry) => entry.code),
        ),
      };
    }
    return this.presentCodes;
  }
  private presentCodes?: { serviceTypes: Set<string>; targetGroups: Set<string> };

  /**
   * After a search whose typo needed approximate matching before fuse.js had loaded: resolves
   * when it has, and the same search would find more. Undefined otherwise.
   */
  fuzzyPending(): Promise<void> | undefined {
    const pending = this.pending;
    this.pending = undefined;
    return pending;
  }

  /** Services matching the text and the filters, best first. Without text: all, by name. */
  search(query: SearchQuery = {}): SearchHit[] {
    return atOnce(this.searchSteps(query));
  }

  /**
   * `search` in steps of a few milliseconds, for `inSlices`: a query that reaches most of a large
   * catalogue (one letter reaches ≈ 175,000 postings and 20,000 services of a national one) is
   * otherwise a task of 40–90 ms on the first keystroke, its code cold. Another search may come
   * between its steps: that one works in scratch space of its own.
   */
  *searchSteps(query: SearchQuery = {}): Steps<SearchHit[]> {
    const suggestions: [string, string][] = [];
    const corrections: [string, string][] = [];
    const accept = this.filter(query.filters ?? {}, query.now ?? new Date(), query.kinds);
    // "pečovatelská služba pro seniory": small words count only when nothing else is asked.
    const typed = tokenize(query.text ?? '');
    const meaningful = typed.filter((word, index) => !STOP_WORDS.has(word) || index === typed.length - 1);
    const words = meaningful.length ? meaningful : typed;
    // What the last search found of these: set with its hits, no step between (lastCorrections).
    this.townSuggestions = suggestions;
    this.corrections = corrections;
    if (words.length === 0) {
      const hits: SearchHit[] = [];
      for (const doc of this.alphabetical) {
        if (accept(doc)) hits.push(new Hit(this, doc, 0, 'all'));
      }
      return hits;
    }
    // A text search before the worker's words (a host page that did not await whenSearchable):
    // the words are built here, in this search's steps (at once for search()).
    if (!this.hasWords) this.addWords(yield* indexParts(this.catalogue));

    // The scratch space of searches, unless one left it between two of its steps: this one's own.
    // (One never resumed holds it for good: the searches after it each have their own.)
    const shared = !this.scratchHeld;
    const [tokenBest, total, matched, tokenQuality, worst, seen, touched] = shared
      ? this.scratch
      : scratchFor(this.services.length);
    this.scratchHeld = true;
    const phrase = normalize(query.text ?? '');
    let touchedCount = 0;
    let work = 0;
    const { offsets, values, weights } = this.postings;
    const { offsets: groupOffsets, values: groups, weights: groupWeights } = this.groupPostings;
    const { offsets: docOffsets, values: docs } = this.groupDocs;
    for (let index = 0; index < words.length; index++) {
      let seenCount = 0;
      // A service reached by a posting of a word the query word stands for: its best score for the
      // query word, and its best quality. Written out in both loops, not called per posting (one
      // letter reaches ≈ 175,000 postings of a national catalogue, on the first keystroke, cold).
      // Approximate matching (fuse.js over the vocabulary: 5–30 ms) comes as a step of its own.
      yield;
      const candidates = this.candidates(words[index], suggestions, corrections);
      yield;
      for (const [term, factor, quality] of candidates) {
        for (let i = offsets[term], end = offsets[term + 1]; i < end; i++) {
          const doc = values[i];
          const score = weights[i] * factor;
          if (tokenBest[doc] === 0) {
            seen[seenCount++] = doc;
            tokenQuality[doc] = quality;
          } else if (quality < tokenQuality[doc]) tokenQuality[doc] = quality;
          if (score > tokenBest[doc]) tokenBest[doc] = score;
        }
        for (let i = groupOffsets[term], end = groupOffsets[term + 1]; i < end; i++) {
          const group = groups[i];
          const score = groupWeights[i] * factor;
          work += docOffsets[group + 1] - docOffsets[group];
          for (let j = docOffsets[group], last = docOffsets[group + 1]; j < last; j++) {
            const doc = docs[j];
            if (tokenBest[doc] === 0) {
              seen[seenCount++] = doc;
              tokenQuality[doc] = quality;
            } else if (quality < tokenQuality[doc]) tokenQuality[doc] = quality;
            if (score > tokenBest[doc]) tokenBest[doc] = score;
          }
        }
        work += offsets[term + 1] - offsets[term];
        if (work > STEP_POSTINGS) {
          work = 0;
          yield;
        }
      }
      for (let k = 0; k < seenCount; k++) {
        const doc = seen[k];
        if (matched[doc] === index) {
          if (index === 0) touched[touchedCount++] = doc;
          matched[doc] = index + 1;
          total[doc] += tokenBest[doc];
          if (tokenQuality[doc] > worst[doc]) worst[doc] = tokenQuality[doc];
        }
        tokenBest[doc] = 0;
      }
    }

    // One number per hit orders it: quality, then score (descending), then name. Sorting plain
    // numbers is several times faster than a comparator over objects.
    const keys = new Float64Array(touchedCount);
    let found = 0;
    for (let k = 0; k < touchedCount; k++) {
      if (k % STEP_HITS === STEP_HITS - 1) yield;
      const doc = touched[k];
      if (matched[doc] === words.length && accept(doc)) {
        const rank = this.names[doc].startsWith(phrase) ? 0 : worst[doc] === FUZZY_MATCH ? 2 : 1;
        const score = Math.min(Math.round(total[doc] * 1024), SCORE_RANGE - 1);
        keys[found++] = rank * SCORE_RANGE * NAME_RANGE + (SCORE_RANGE - 1 - score) * NAME_RANGE + this.nameOrder[doc];
      }
    }
    const order = keys.subarray(0, found).sort();
    const hits: SearchHit[] = new Array(found);
    // The hits made in one step (19,714 for one letter at 20,000 services: 4–17 ms, cold).
    for (let i = 0; i < found; i++) {
      const key = order[i];
      const doc = this.alphabetical[key % NAME_RANGE];
      const rank = Math.floor(key / (SCORE_RANGE * NAME_RANGE));
      hits[i] = new Hit(this, doc, total[doc], QUALITIES[rank]);
    }
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k];
      total[doc] = 0;
      matched[doc] = 0;
      worst[doc] = 0;
    }
    if (shared) this.scratchHeld = false;
    this.townSuggestions = suggestions;
    this.corrections = corrections;
    return hits;
  }

  /**
   * Words of the last search that matched nothing but, approximately, the name of a town: the
   * typed word and the town's word (folded), for "nothing in Koryčany; did you mean Rokycany?".
   */
  lastTownSuggestions(): readonly (readonly [typed: string, town: string])[] {
    return this.townSuggestions;
  }

  /** Words of the last search found only approximately: the typed word and the nearest one (folded). */
  lastCorrections(): readonly (readonly [typed: string, known: string])[] {
    return this.corrections;
  }

  /** Whether a folded word is in the catalogue's texts as it is (not only as the start of a longer one). */
  hasWord(word: string): boolean {
    return this.vocabulary[this.lowerBound(word)] === word;
  }

  /** A hit's kind of service, read off the index when the hit is the index's (its service is not read). */
  serviceTypeOf(hit: SearchHit): string {
    return hit instanceof Hit && hit.doc < this.typeIndex.length
      ? SERVICE_TYPES[this.typeIndex[hit.doc]].code
      : hit.service.serviceType;
  }

  /** The services located in a town or serving it (any spelling of its name; none for an unknown town). */
  servicesInTown(town: string): Set<Service> {
    return new Set(this.docsInTown(town).map((doc) => this.services[doc]));
  }

  /** The ids of the services located in a town or serving it: `servicesInTown` without reading a record. */
  serviceIdsInTown(town: string): Set<string> {
    return new Set(this.docsInTown(town).map((doc) => this.ids[doc]));
  }

  private docsInTown(town: string): number[] {
    const group = this.townGroups.get(normalize(town));
    if (group === undefined) return [];
    const { offsets, values } = this.groupDocs;
    return Array.from(values.subarray(offsets[group], offsets[group + 1]));
  }

  /** Words of the vocabulary that a query word stands for: [word number, factor, quality 0 exact | 1 prefix | 2 fuzzy]. */
  private candidates(
    word: string,
    suggestions: [string, string][],
    corrections: [string, string][],
  ): [number, number, number][] {
    const out: [number, number, number][] = [];
    const { vocabulary, vocabularyIds } = this;
    const low = this.lowerBound(word);
    let high = low;
    for (; high < vocabulary.length && vocabulary[high].startsWith(word); high++) {
      const term = vocabulary[high];
      const id = vocabularyIds[high];
      out.push(term === word ? [id, EXACT, 0] : [id, PREFIX * (0.6 + (0.4 * word.length) / term.length), 1]);
    }
    // Czech inflects the ends of words ("demence", "demencí"; "senioři", "seniorů"): a longer word
    // also matches other endings of its stem. Those starting with the word itself are already in.
    if (word.length >= STEM_MIN_LENGTH) {
      const stem = word.slice(0, word.length - (word.length >= 7 ? 2 : 1));
      for (let i = this.lowerBound(stem); i < vocabulary.length && vocabulary[i].startsWith(stem); i++) {
        if ((i < low || i >= high) && vocabulary[i].length <= word.length + 2) out.push([vocabularyIds[i], STEM, 1]);
      }
    }
    if (out.length > 0) return out;
    // Two letters swapped ("hosipc") or, in a short word, one mistyped ("dun"): fuse.js scores
    // these too low, and they are the commonest typos on a phone.
    for (const variant of nearSpellings(word)) {
      const at = this.lowerBound(variant);
      if (vocabulary[at] !== variant) continue;
      const id = vocabularyIds[at];
      if (this.townWords.has(id)) suggestions.push([word, variant]);
      else {
        if (out.length === 0) corrections.push([word, variant]);
        out.push([id, FUZZY, FUZZY_MATCH]);
      }
    }
    if (out.length > 0 || word.length < FUZZY_MIN_LENGTH) return out;
    if (!FuseClass) {
      this.pending = loadFuzzyMatching();
      return out;
    }
    let near = this.nearWords.get(word);
    if (!near) {
      this.fuse ??= new FuseClass(vocabulary, { includeScore: true, threshold: 0.3, ignoreLocation: true });
      near = this.fuse.search(word, { limit: FUZZY_MAX_TERMS });
      if (this.nearWords.size === NEAR_WORDS_KEPT) this.nearWords.clear();
      this.nearWords.set(word, near);
    }
    for (const result of near) {
      const id = vocabularyIds[result.refIndex];
      // "Koryčany" is not "Rokycany": a town the catalogue does not know is not another town.
      if (this.townWords.has(id)) {
        suggestions.push([word, vocabulary[result.refIndex]]);
        continue;
      }
      if (out.length === 0) corrections.push([word, vocabulary[result.refIndex]]);
      out.push([id, FUZZY * (1 - (result.score ?? 0)), FUZZY_MATCH]);
    }
    return out;
  }

  /** The first word of the sorted vocabulary not before `word`. */
  private lowerBound(word: string): number {
    const vocabulary = this.vocabulary;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (vocabulary[middle] < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private filter(filters: SearchFilters, now: Date, kinds: readonly ServiceKind[] = []): (doc: number) => boolean {
    const checks: ((doc: number) => boolean)[] = [];
    if (!filters.includeInactive) checks.push((doc) => this.inactive[doc] === 0);
    for (const kind of kinds) {
      const types = new Set(kind.serviceTypes.map((code) => TYPE_INDEX.get(code)));
      const mask = maskOf(kind.targetGroups, TARGET_BITS);
      checks.push((doc) => types.has(this.typeIndex[doc]) || (this.targetMask[doc] & mask) !== 0);
    }
    if (filters.serviceTypes?.length) {
      const wanted = new Set(filters.serviceTypes.map((code) => TYPE_INDEX.get(code) ?? -1));
      checks.push((doc) => wanted.has(this.typeIndex[doc]));
    }
    if (filters.kinds?.length === 1) {
      const social = filters.kinds[0] === 'social' ? 1 : 0;
      checks.push((doc) => this.social[doc] === social);
    }
    if (filters.forms?.length) {
      const mask = maskOf(filters.forms, FORM_BITS);
      checks.push((doc) => (this.formMask[doc] & mask) !== 0);
    }
    if (filters.targetGroups?.length) {
      const mask = maskOf(filters.targetGroups, TARGET_BITS);
      checks.push((doc) => (this.targetMask[doc] & mask) !== 0);
    }
    if (filters.ageGroups?.length) {
      const mask = maskOf(filters.ageGroups, AGE_BITS);
      checks.push((doc) => (this.ageMask[doc] & mask) !== 0);
    }
    if (filters.towns?.length) {
      const inTown = new Uint8Array(this.services.length);
      const { offsets, values } = this.groupDocs;
      for (const town of filters.towns) {
        const group = this.townGroups.get(normalize(town));
        if (group !== undefined) for (let i = offsets[group]; i < offsets[group + 1]; i++) inTown[values[i]] = 1;
      }
      checks.push((doc) => inTown[doc] === 1);
    }
    if (filters.areas?.length) {
      const inArea = new Uint8Array(this.services.length);
      const { offsets, values } = this.groupDocs;
      for (const area of filters.areas) {
        const group = this.areaGroups.get(area);
        if (group !== undefined) for (let i = offsets[group]; i < offsets[group + 1]; i++) inArea[values[i]] = 1;
      }
      checks.push((doc) => inArea[doc] === 1);
    }
    if (filters.freeOfCharge) checks.push((doc) => this.free[doc] === 1);
    if (filters.openNow) {
      const time = pragueTime(now);
      const holiday = isCzechPublicHoliday(time.year, time.month, time.day);
      const minute = weekMinute(time);
      checks.push((doc) => this.closed[doc] === 0 && isOpenAtMinute(this.schedules[doc], minute, holiday) === true);
    }
    // Called for every service a query reaches (nearly all of them for one letter): the one check
    // of most searches (not inactive) itself.
    return checks.length === 1 ? checks[0] : (doc) => checks.every((check) => check(doc));
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Words one swap of neighbouring letters away, and for a three-letter word one letter away. */
function nearSpellings(word: string): string[] {
  const out: string[] = [];
  if (word.length >= FUZZY_MIN_LENGTH) {
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  } else if (word.length === 3) {
    for (let i = 0; i < 3; i++) {
      for (const letter of LETTERS) if (letter !== word[i]) out.push(word.slice(0, i) + letter + word.slice(i + 1));
    }
  }
  return out;
}

/** What a search index is made of, built in steps of a few hundred services (see yield.ts). */
export interface IndexParts {
  names: string[];
  ids: string[];
  typeIndex: Uint8Array;
  social: Uint8Array;
  formMask: Uint8Array;
  targetMask: Uint32Array;
  ageMask: Uint16Array;
  free: Uint8Array;
  inactive: Uint8Array;
  closed: Uint8Array;
  schedules: (CompiledSchedule | undefined)[];
  townGroups: Map<string, number>;
  townWords: Set<number>;
  areaGroups: Map<string, number>;
  postings: Postings;
  groupPostings: Postings;
  groupDocs: Postings;
  vocabulary: string[];
  vocabularyIds: Int32Array;
  towns: string[];
  cityOf: Map<string, string>;
  areas: { region: string; districts: string[] }[];
  alphabetical: Int32Array;
  nameOrder: Int32Array;
  /** False in the first parts of an index whose words come later (indexParts' `first`): no text can be searched yet. */
  words: boolean;
}

/** What an index's words add to its first parts: the services' own texts, and every word's place. */
export type IndexWords = Pick<
  IndexParts,
  'names' | 'townWords' | 'postings' | 'groupPostings' | 'vocabulary' | 'vocabularyIds'
>;

// Services indexed between two yields: under a millisecond's work once the code is warm; in a
// page's first run, cold, 256 services (the sample's all, with their towns) took 30–70 ms in one step.
const STEP = 32;

/**
 * The index of a catalogue, in steps. With `first`, what the first results need (the order by
 * name, the filters' bits and groups, opening hours) is given to it before the services' own
 * texts are read into words (≈ 30 % of the index at 20,000 services): the worker sends the first
 * parts ahead, and the words once they are built.
 */
export function* indexParts(catalogue: Catalogue, first?: (parts: IndexParts) => void): Steps<IndexParts> {
  const services = catalogue.services;
  const count = services.length;
  const townGroups = new Map<string, number>();
  const townWords = new Set<number>();
  const areaGroups = new Map<string, number>();
  const names = new Array<string>(count).fill('');
  // The services' own texts, read into words after the rest (see `first`).
  const ownNames = new Array<LocalizedText | undefined>(count);
  const ownAlternateNames = new Array<LocalizedText | undefined>(count);
  const ownTags = new Array<readonly string[] | undefined>(count);
  const ownDescriptions = new Array<LocalizedText | undefined>(count);
  const typeIndex = new Uint8Array(count);
  const social = new Uint8Array(count);
  const formMask = new Uint8Array(count);
  const targetMask = new Uint32Array(count);
  const ageMask = new Uint16Array(count);
  const free = new Uint8Array(count);
  const inactive = new Uint8Array(count);
  const closed = new Uint8Array(count);
  const schedules = new Array<CompiledSchedule | undefined>(count);

  const lexicon = new Lexicon();
  // Stop words are numbered first, so that a word is one when its number is below this.
  for (const word of STOP_WORDS) lexicon.read(word);
  const stopWords = lexicon.words.length;

  // A service has about 30 words of its own and is in 8 groups in the benchmark's catalogues;
  // more only costs a copy of the arrays.
  const own = new PostingsBuilder(count * 32);
  const shared = new PostingsBuilder(0);
  const members = new PostingsBuilder(count * 8);
  // The last service (for own texts) or group (for shared texts) that each word was added for.
  const lastDoc = new Marks();
  const lastGroup = new Marks();
  // The last service added to each group.
  const groupLastDoc: number[] = [];

  const typeGroups: number[] = [];
  const providerGroups = new Map<string, number>();
  const targetGroups = new Map<string, number>();
  const townKeys = new Map<string, string>();
  const townNames = new Map<string, string>();

  // A text many services share (a type label, a provider, a target group, a town) is indexed
  // once, with the services that have it: far fewer postings than one per service and word.
  const newGroup = (weight: number, texts: readonly string[]) => {
    const group = groupLastDoc.length;
    groupLastDoc.push(-1);
    for (const text of texts) {
      const found = lexicon.read(text);
      lastGroup.fit(lexicon.words.length);
      for (let k = 0; k < found; k++) {
        const id = lexicon.ids[k];
        if (lastGroup.values[id] === group) continue;
        lastGroup.values[id] = group;
        shared.add(id, group, weight);
      }
    }
    return group;
  };
  const join = (group: number, doc: number) => {
    if (groupLastDoc[group] === doc) return;
    groupLastDoc[group] = doc;
    members.add(group, doc, 0);
  };
  const townGroup = (name: string) => {
    let key = townKeys.get(name);
    if (key === undefined) townKeys.set(name, (key = normalize(name)));
    let group = townGroups.get(key);
    if (group === undefined) {
      townNames.set(key, name);
      group = newGroup(WEIGHTS.town, [name]);
      townGroups.set(key, group);
    }
    return group;
  };
  // The town, city and area groups of each location: services share locations.
  const locationTowns = new Map<string, number[]>();
  const cityOf = new Map<string, string>();
  const regions = new Map<string, Set<string>>();
  const areaGroup = (key: string) => {
    let group = areaGroups.get(key);
    if (group === undefined) areaGroups.set(key, (group = newGroup(0, [])));
    return group;
  };
  const groupsOf = (locationId: string): number[] => {
    const address = catalogue.locationById.get(locationId)?.address;
    if (!address) return [];
    const groups = [townGroup(address.city)];
    // A city district is a town of its own for the filter, inside its city: "Praha" finds "Praha 6".
    const district = address.cityDistrict ?? (PRAGUE_DISTRICT.test(address.city) ? address.city : undefined);
    if (district && district !== address.city) {
      groups.push(townGroup(district));
      cityOf.set(district, address.cityDistrict ? address.city : 'Praha');
      if (!address.cityDistrict) groups.push(townGroup('Praha'));
    }
    const region = address.region?.name;
    const okres = address.district?.name;
    if (region) groups.push(areaGroup(`kraj:${region}`));
    if (okres) groups.push(areaGroup(`okres:${okres}`));
    if (region || okres) {
      const key = region ?? '';
      let districts = regions.get(key);
      if (!districts) regions.set(key, (districts = new Set()));
      if (okres) districts.add(okres);
    }
    return groups;
  };
  // A service's own texts, heaviest first: a word's first posting for a service has its weight.
  const addOwn = (text: string, doc: number, weight: number, skipStopWords: boolean) => {
    const found = lexicon.read(text);
    lastDoc.fit(lexicon.words.length);
    const last = lastDoc.values;
    for (let k = 0; k < found; k++) {
      const id = lexicon.ids[k];
      if ((skipStopWords && id < stopWords) || last[id] === doc) continue;
      last[id] = doc;
      own.add(id, doc, weight);
    }
    return found;
  };

  // Each text of a localized text (a string, or translations by language), without an array.
  const addTexts = (value: LocalizedText | undefined, doc: number, weight: number, skipStopWords: boolean) => {
    if (typeof value === 'string') return addOwn(value, doc, weight, skipStopWords);
    let first = -1;
    for (const lang in value) {
      const found = addOwn(value[lang], doc, weight, skipStopWords);
      if (first < 0) first = found;
    }
    return first;
  };

  for (let doc = 0; doc < count; doc++) {
    if (doc % STEP === STEP - 1) yield;
    const service = services[doc];
    // The service's fields in one pass over its own keys: a catalogue's services come in hundreds
    // of shapes (whichever optional fields each has), and reading fields by name from objects of
    // so many shapes costs many times more.
    let serviceType = '';
    let organizationId = '';
    let isSocial = false;
    let isFree = false;
    let status: string | undefined;
    let forms: readonly string[] | undefined;
    let targets: readonly string[] | undefined;
    let ages: readonly string[] | undefined;
    let locationIds: readonly string[] | undefined;
    let areaServed: readonly string[] | undefined;
    let schedule: Schedule | undefined;
    let name: LocalizedText | undefined;
    let alternateName: LocalizedText | undefined;
    let description: LocalizedText | undefined;
    let tags: readonly string[] | undefined;
    for (const key in service) {
      const value: unknown = service[key as keyof Service];
      switch (key) {
        case 'serviceType':
          serviceType = value as string;
          break;
        case 'organizationId':
          organizationId = value as string;
          break;
        case 'kind':
          isSocial = value === 'social';
          break;
        case 'freeOfCharge':
          isFree = value === true;
          break;
        case 'status':
          status = value as string;
          break;
        case 'forms':
          forms = value as string[];
          break;
        case 'targetGroups':
          targets = value as string[];
          break;
        case 'ageGroups':
          ages = value as string[];
          break;
        case 'locationIds':
          locationIds = value as string[];
          break;
        case 'areaServed':
          areaServed = value as string[];
          break;
        case 'schedule':
          schedule = value as Schedule;
          break;
        case 'name':
          name = value as LocalizedText;
          break;
        case 'alternateName':
          alternateName = value as LocalizedText;
          break;
        case 'description':
          description = value as LocalizedText;
          break;
        case 'tags':
          tags = value as string[];
      }
    }
    const type = TYPE_INDEX.get(serviceType) ?? 0;
    typeIndex[doc] = type;
    social[doc] = isSocial ? 1 : 0;
    formMask[doc] = maskOf(forms, FORM_BITS);
    targetMask[doc] = maskOf(targets, TARGET_BITS);
    ageMask[doc] = maskOf(ages, AGE_BITS);
    free[doc] = isFree ? 1 : 0;
    inactive[doc] = status === 'inactive' ? 1 : 0;
    closed[doc] = status === 'temporarily-closed' ? 1 : 0;
    schedules[doc] = compileSchedule(schedule);

    let group: number | undefined = typeGroups[type];
    if (group === undefined) {
      const entry = serviceTypeEntry(serviceType);
      group = newGroup(WEIGHTS.type, entry ? [entry.cs, entry.paragraph ?? ''] : []);
      typeGroups[type] = group;
    }
    join(group, doc);
    group = providerGroups.get(organizationId);
    if (group === undefined) {
      group = newGroup(WEIGHTS.provider, allTexts(catalogue.organizationById.get(organizationId)?.name));
      providerGroups.set(organizationId, group);
    }
    join(group, doc);
    if (targets) {
      for (const code of targets) {
        group = targetGroups.get(code);
        if (group === undefined) {
          const entry = targetGroupEntry(code);
          group = newGroup(WEIGHTS.targetGroup, entry ? [entry.cs] : []);
          targetGroups.set(code, group);
        }
        join(group, doc);
      }
    }
    if (locationIds) {
      for (const locationId of locationIds) {
        let groups = locationTowns.get(locationId);
        if (groups === undefined) locationTowns.set(locationId, (groups = groupsOf(locationId)));
        for (const group of groups) join(group, doc);
      }
    }
    if (areaServed) for (const town of areaServed) join(townGroup(town), doc);

    ownNames[doc] = name;
    if (alternateName !== undefined) ownAlternateNames[doc] = alternateName;
    if (tags) ownTags[doc] = tags;
    if (description !== undefined) ownDescriptions[doc] = description;
  }

  yield;
  const groupDocs = members.build(groupLastDoc.length);
  // A few hundred names at most: a collator call per comparison is affordable here.
  const collator = new Intl.Collator('cs', { numeric: true });
  const towns = [...townNames.values()].sort(collator.compare);
  const areas = [...regions]
    .map(([region, districts]) => ({ region, districts: [...districts].sort(collator.compare) }))
    .sort((a, b) => collator.compare(a.region, b.region));
  const keys = new Array<string>(count);
  const ids = new Array<string>(count);
  for (let doc = 0; doc < count; doc++) {
    if (doc % STEP === STEP - 1) yield;
    keys[doc] = nameSortKey(services[doc].name);
    ids[doc] = services[doc].id;
  }
  yield;
  const order = Array.from({ length: count }, (_, doc) => doc).sort(
    (a, b) => compareStrings(keys[a], keys[b]) || compareStrings(ids[a], ids[b]),
  );
  yield;
  const alphabetical = Int32Array.from(order);
  const nameOrder = new Int32Array(count);
  order.forEach((doc, rank) => (nameOrder[doc] = rank));
  const parts: IndexParts = {
    names,
    ids,
    typeIndex,
    social,
    formMask,
    targetMask,
    ageMask,
    free,
    inactive,
    closed,
    schedules,
    townGroups,
    townWords,
    areaGroups,
    postings: noPostings(),
    groupPostings: noPostings(),
    groupDocs,
    vocabulary: [],
    vocabularyIds: new Int32Array(0),
    towns,
    cityOf,
    areas,
    alphabetical,
    nameOrder,
    words: false,
  };
  if (first) {
    first(parts);
    yield;
  }

  // The services' own texts, heaviest first.
  for (let doc = 0; doc < count; doc++) {
    if (doc % STEP === STEP - 1) yield;
    const found = addTexts(ownNames[doc], doc, WEIGHTS.name, false);
    names[doc] = found > 0 ? joinWords(lexicon, found) : '';
    if (ownAlternateNames[doc] !== undefined) addTexts(ownAlternateNames[doc], doc, WEIGHTS.name, false);
    const tags = ownTags[doc];
    if (tags) for (const tag of tags) addOwn(tag, doc, WEIGHTS.tags, false);
    if (ownDescriptions[doc] !== undefined) addTexts(ownDescriptions[doc], doc, WEIGHTS.description, true);
  }
  yield;
  const words = lexicon.words;
  const postings = own.build(words.length);
  yield;
  const groupPostings = shared.build(words.length);
  yield;
  const indexed: string[] = [];
  for (let id = 0; id < words.length; id++) {
    if (hasEntries(postings, id) || hasEntries(groupPostings, id)) indexed.push(words[id]);
  }
  const vocabulary = indexed.sort();
  yield;
  const vocabularyIds = Int32Array.from(vocabulary, (word) => lexicon.find(word));
  for (const key of townNames.keys()) {
    for (const word of key.split(' ')) {
      const id = lexicon.find(word);
      if (id >= 0) townWords.add(id);
    }
  }
  // With `first`, the first parts stay as they were given (the worker has sent them).
  return { ...parts, names, townWords, postings, groupPostings, vocabulary, vocabularyIds, words: true };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Prague's districts written as towns in version-1 data ("Praha 6", "Praha-Suchdol").
const PRAGUE_DISTRICT = /^Praha(?:\s+\d+|-(?!západ|východ)\S.*)$/;

// Fresh each time: the worker transfers the index's arrays.
const noPostings = (): Postings => ({
  offsets: new Int32Array(1),
  values: new Int32Array(0),
  weights: new Uint8Array(0),
});

const hasEntries = (postings: Postings, key: number) => postings.offsets[key + 1] > postings.offsets[key];

/** The words last read by `lexicon`, the first `count` of them, as normalize gives them. */
function joinWords(lexicon: Lexicon, count: number): string {
  let text = count > 0 ? lexicon.words[lexicon.ids[0]] : '';
  for (let k = 1; k < count; k++) text += ' ' + lexicon.words[lexicon.ids[k]];
  return text;
}

const indexes = new WeakMap<Catalogue, SearchIndex>();

/** The search index of a catalogue, built once and shared by every widget on the page. */
export function searchIndex(catalogue: Catalogue): SearchIndex {
  let index = indexes.get(catalogue);
  if (!index) indexes.set(catalogue, (index = new SearchIndex(catalogue)));
  return index;
}

/** `searchIndex` built in steps of the main thread (see yield.ts): the browser's loader. */
export async function searchIndexInSteps(catalogue: Catalogue): Promise<SearchIndex> {
  let index = indexes.get(catalogue);
  if (!index) {
    const parts = await inSlices(indexParts(catalogue));
    // Another caller may have built it at once meanwhile: the first one built is the one kept.
    index = indexes.get(catalogue);
    if (!index) indexes.set(catalogue, (index = new SearchIndex(catalogue, parts)));
  }
  return index;
}

/** The search index of a catalogue from parts built elsewhere (the worker): what `searchIndex` gives for it. */
export function adoptIndex(catalogue: Catalogue, parts: IndexParts): SearchIndex {
  let index = indexes.get(catalogue);
  if (!index) indexes.set(catalogue, (index = new SearchIndex(catalogue, parts)));
  return index;
}

/**
 * Completes an index whose first parts came ahead (adoptIndex): with the worker's words, or,
 * when the worker failed to send them, words built here in slices.
 */
export async function completeIndex(catalogue: Catalogue, words?: IndexWords): Promise<void> {
  const index = indexes.get(catalogue);
  if (!index || index.hasWords) return;
  index.addWords(words ?? (await inSlices(indexParts(catalogue))));
}

let FuseClass: typeof Fuse | undefined;
let fuseLoading: Promise<void> | undefined;

/** Load fuse.js for approximate matching (the first query that needs it starts it; tests and tools may await it). */
export function loadFuzzyMatching(): Promise<void> {
  fuseLoading ??= import('fuse.js').then(
    (module) => {
      FuseClass = module.default;
    },
    (error: unknown) => {
      // Without it, typos find nothing more; exact and prefix search still work.
      fuseLoading = undefined;
      console.warn('pomoc: approximate search could not be loaded', error);
    },
  );
  return fuseLoading;
}
