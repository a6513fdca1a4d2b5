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
 */
import Fuse from 'fuse.js';
import {
  AGE_GROUPS,
  FORMS,
  SERVICE_TYPES,
  TARGET_GROUPS,
  serviceType as serviceTypeEntry,
  targetGroup as targetGroupEntry,
} from './codelists.js';
import { compileSchedule, isOpenAt, pragueTime, type CompiledSchedule } from './hours.js';
import { czechSortKey, normalize, tokenize } from './normalize.js';
import type { Service } from './schema.js';
import { allTexts } from './text.js';
import type { Catalogue } from './validate.js';

export interface SearchFilters {
  /** Service type codes; any of them. */
  serviceTypes?: readonly string[];
  kinds?: readonly ('social' | 'related')[];
  forms?: readonly string[];
  targetGroups?: readonly string[];
  ageGroups?: readonly string[];
  /** Town names: where the service is, or whom it serves. Any of them. */
  towns?: readonly string[];
  freeOfCharge?: boolean;
  openNow?: boolean;
  /** Inactive services are left out unless asked for. */
  includeInactive?: boolean;
}

export interface SearchQuery {
  text?: string;
  filters?: SearchFilters;
  /** The moment for "open now"; the current time by default. */
  now?: Date;
}

export type MatchQuality = 'name' | 'exact' | 'fuzzy' | 'all';

export interface SearchHit {
  service: Service;
  score: number;
  /** name: the name starts with the query; exact: every word matched exactly or as a prefix. */
  quality: MatchQuality;
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
const FUZZY_MATCH = 2;

const QUALITY_RANK: Record<MatchQuality, number> = { name: 0, exact: 1, fuzzy: 2, all: 3 };

const bits = (list: readonly { code: string }[]) => new Map(list.map((entry, index) => [entry.code, 1 << index]));
const FORM_BITS = bits(FORMS);
const TARGET_BITS = bits(TARGET_GROUPS);
const AGE_BITS = bits(AGE_GROUPS);
const TYPE_INDEX = new Map<string, number>(SERVICE_TYPES.map((entry, index) => [entry.code, index]));

const maskOf = (codes: readonly string[] | undefined, table: Map<string, number>) =>
  (codes ?? []).reduce((mask, code) => mask | (table.get(code) ?? 0), 0);

export class SearchIndex {
  readonly services: readonly Service[];
  /** Every town named by a location or an area served, in Czech alphabetical order. */
  readonly towns: readonly string[];

  /** For each word: pairs of (service index, weight). */
  private readonly postings = new Map<string, number[]>();
  private readonly terms = new Map<string, { lastDoc: number; postings: number[] }>();
  private readonly vocabulary: string[];
  private fuse?: Fuse<string>;
  private readonly names: string[];
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
  private readonly townDocs = new Map<string, number[]>();

  // Scratch space reused by every query.
  private readonly tokenBest: Float32Array;
  private readonly total: Float32Array;
  private readonly matched: Uint8Array;
  private readonly tokenQuality: Uint8Array;
  private readonly worst: Uint8Array;

  constructor(catalogue: Catalogue) {
    const services = catalogue.services;
    const count = services.length;
    this.services = services;
    this.names = new Array<string>(count);
    this.typeIndex = new Uint8Array(count);
    this.social = new Uint8Array(count);
    this.formMask = new Uint8Array(count);
    this.targetMask = new Uint32Array(count);
    this.ageMask = new Uint16Array(count);
    this.free = new Uint8Array(count);
    this.inactive = new Uint8Array(count);
    this.closed = new Uint8Array(count);
    this.schedules = new Array(count);
    this.tokenBest = new Float32Array(count);
    this.total = new Float32Array(count);
    this.matched = new Uint8Array(count);
    this.tokenQuality = new Uint8Array(count);
    this.worst = new Uint8Array(count);

    const townNames = new Map<string, string>();
    const typeWords = new Map<string, string[]>();
    const groupWords = new Map<string, string[]>();
    const providerWords = new Map<string, string[]>();
    const townWords = new Map<string, string[]>();
    const wordsOf = <K>(cache: Map<K, string[]>, key: K, make: () => string[]) => {
      let words = cache.get(key);
      if (!words) cache.set(key, (words = make()));
      return words;
    };

    for (let doc = 0; doc < count; doc++) {
      const service = services[doc];
      this.names[doc] = normalize(allTexts(service.name)[0] ?? '');
      this.typeIndex[doc] = TYPE_INDEX.get(service.serviceType) ?? 0;
      this.social[doc] = service.kind === 'social' ? 1 : 0;
      this.formMask[doc] = maskOf(service.forms, FORM_BITS);
      this.targetMask[doc] = maskOf(service.targetGroups, TARGET_BITS);
      this.ageMask[doc] = maskOf(service.ageGroups, AGE_BITS);
      this.free[doc] = service.freeOfCharge ? 1 : 0;
      this.inactive[doc] = service.status === 'inactive' ? 1 : 0;
      this.closed[doc] = service.status === 'temporarily-closed' ? 1 : 0;
      this.schedules[doc] = compileSchedule(service.schedule);

      const towns = new Set<string>();
      for (const locationId of service.locationIds ?? []) {
        const city = catalogue.locationById.get(locationId)?.address?.city;
        if (city) towns.add(city);
      }
      for (const town of service.areaServed ?? []) towns.add(town);
      for (const town of towns) {
        const key = normalize(town);
        if (!townNames.has(key)) townNames.set(key, town);
        let docs = this.townDocs.get(key);
        if (!docs) this.townDocs.set(key, (docs = []));
        docs.push(doc);
      }

      // Fields go from the heaviest down, so a word's first posting for a service has its weight.
      const add = (words: readonly string[], weight: number) => {
        for (const word of words) {
          let term = this.terms.get(word);
          if (!term) this.terms.set(word, (term = { lastDoc: -1, postings: [] }));
          if (term.lastDoc !== doc) {
            term.lastDoc = doc;
            term.postings.push(doc, weight);
          }
        }
      };
      add(tokenize([...allTexts(service.name), ...allTexts(service.alternateName)].join(' ')), WEIGHTS.name);
      add(
        wordsOf(typeWords, service.serviceType, () => {
          const entry = serviceTypeEntry(service.serviceType);
          return entry ? tokenize(`${entry.cs} ${entry.en} ${entry.paragraph ?? ''}`) : [];
        }),
        WEIGHTS.type,
      );
      add(
        wordsOf(providerWords, service.organizationId, () =>
          tokenize(allTexts(catalogue.organizationById.get(service.organizationId)?.name).join(' ')),
        ),
        WEIGHTS.provider,
      );
      if (service.tags) add(tokenize(service.tags.join(' ')), WEIGHTS.tags);
      for (const group of service.targetGroups ?? []) {
        add(
          wordsOf(groupWords, group, () => {
            const entry = targetGroupEntry(group);
            return entry ? tokenize(`${entry.cs} ${entry.en}`) : [];
          }),
          WEIGHTS.targetGroup,
        );
      }
      for (const town of towns)
        add(
          wordsOf(townWords, town, () => tokenize(town)),
          WEIGHTS.town,
        );
      if (service.description) add(tokenize(allTexts(service.description).join(' ')), WEIGHTS.description);
    }

    for (const [word, term] of this.terms) this.postings.set(word, term.postings);
    this.terms.clear();
    this.vocabulary = [...this.postings.keys()].sort();
    this.towns = [...townNames.values()]
      .map((town) => [czechSortKey(town), town])
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([, town]) => town);
    const keys = services.map((service) => czechSortKey(allTexts(service.name)[0] ?? ''));
    const order = Array.from({ length: count }, (_, doc) => doc).sort(
      (a, b) => compareStrings(keys[a], keys[b]) || compareStrings(services[a].id, services[b].id),
    );
    this.alphabetical = Int32Array.from(order);
    this.nameOrder = new Int32Array(count);
    order.forEach((doc, rank) => (this.nameOrder[doc] = rank));
  }

  /** Services matching the text and the filters, best first. Without text: all, by name. */
  search(query: SearchQuery = {}): SearchHit[] {
    const accept = this.filter(query.filters ?? {}, query.now ?? new Date());
    const words = tokenize(query.text ?? '');
    if (words.length === 0) {
      const hits: SearchHit[] = [];
      for (const doc of this.alphabetical) {
        if (accept(doc)) hits.push({ service: this.services[doc], score: 0, quality: 'all' });
      }
      return hits;
    }

    const touched: number[] = [];
    const { tokenBest, tokenQuality, total, matched, worst } = this;
    words.forEach((word, index) => {
      const seen: number[] = [];
      for (const [term, factor, quality] of this.candidates(word)) {
        const list = this.postings.get(term)!;
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i];
          const score = list[i + 1] * factor;
          if (tokenBest[doc] === 0) {
            seen.push(doc);
            tokenQuality[doc] = quality;
          } else if (quality < tokenQuality[doc]) tokenQuality[doc] = quality;
          if (score > tokenBest[doc]) tokenBest[doc] = score;
        }
      }
      for (const doc of seen) {
        if (matched[doc] === index) {
          if (index === 0) touched.push(doc);
          matched[doc] = index + 1;
          total[doc] += tokenBest[doc];
          if (tokenQuality[doc] > worst[doc]) worst[doc] = tokenQuality[doc];
        }
        tokenBest[doc] = 0;
      }
    });

    const phrase = normalize(query.text ?? '')
      .trim()
      .replace(/\s+/g, ' ');
    const hits: (SearchHit & { doc: number; rank: number })[] = [];
    for (const doc of touched) {
      if (matched[doc] === words.length && accept(doc)) {
        const quality: MatchQuality = this.names[doc].startsWith(phrase)
          ? 'name'
          : worst[doc] === FUZZY_MATCH
            ? 'fuzzy'
            : 'exact';
        hits.push({ service: this.services[doc], score: total[doc], quality, doc, rank: QUALITY_RANK[quality] });
      }
      total[doc] = 0;
      matched[doc] = 0;
      worst[doc] = 0;
    }
    hits.sort((a, b) => a.rank - b.rank || b.score - a.score || this.nameOrder[a.doc] - this.nameOrder[b.doc]);
    return hits.map(({ service, score, quality }) => ({ service, score, quality }));
  }

  /** Words of the vocabulary that a query word stands for: [term, factor, quality 0 exact | 1 prefix | 2 fuzzy]. */
  private candidates(word: string): [string, number, number][] {
    const out: [string, number, number][] = [];
    const vocabulary = this.vocabulary;
    const low = this.lowerBound(word);
    for (let i = low; i < vocabulary.length && vocabulary[i].startsWith(word); i++) {
      const term = vocabulary[i];
      out.push(term === word ? [term, EXACT, 0] : [term, PREFIX * (0.6 + (0.4 * word.length) / term.length), 1]);
    }
    // Czech inflects the ends of words ("demence", "demencí"; "senioři", "seniorů"): a longer word
    // also matches other endings of its stem.
    if (word.length >= STEM_MIN_LENGTH) {
      const stem = word.slice(0, word.length - (word.length >= 7 ? 2 : 1));
      const seen = new Set(out.map(([term]) => term));
      for (let i = this.lowerBound(stem); i < vocabulary.length && vocabulary[i].startsWith(stem); i++) {
        const term = vocabulary[i];
        if (!seen.has(term) && term.length <= word.length + 2) out.push([term, STEM, 1]);
      }
    }
    if (out.length > 0 || word.length < FUZZY_MIN_LENGTH) return out;
    this.fuse ??= new Fuse(this.vocabulary, { includeScore: true, threshold: 0.3, ignoreLocation: true });
    for (const result of this.fuse.search(word, { limit: FUZZY_MAX_TERMS })) {
      out.push([result.item, FUZZY * (1 - (result.score ?? 0)), FUZZY_MATCH]);
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

  private filter(filters: SearchFilters, now: Date): (doc: number) => boolean {
    const checks: ((doc: number) => boolean)[] = [];
    if (!filters.includeInactive) checks.push((doc) => this.inactive[doc] === 0);
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
      for (const town of filters.towns) for (const doc of this.townDocs.get(normalize(town)) ?? []) inTown[doc] = 1;
      checks.push((doc) => inTown[doc] === 1);
    }
    if (filters.freeOfCharge) checks.push((doc) => this.free[doc] === 1);
    if (filters.openNow) {
      const time = pragueTime(now);
      checks.push((doc) => this.closed[doc] === 0 && isOpenAt(this.schedules[doc], time) === true);
    }
    return (doc) => checks.every((check) => check(doc));
  }
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const indexes = new WeakMap<Catalogue, SearchIndex>();

/** The search index of a catalogue, built once and shared by every widget on the page. */
export function searchIndex(catalogue: Catalogue): SearchIndex {
  let index = indexes.get(catalogue);
  if (!index) indexes.set(catalogue, (index = new SearchIndex(catalogue)));
  return index;
}
