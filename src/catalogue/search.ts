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
import {
  compileSchedule,
  isCzechPublicHoliday,
  isOpenAtMinute,
  pragueTime,
  weekMinute,
  type CompiledSchedule,
} from './hours.js';
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

// Words too common in descriptions to tell services apart; names and tags keep them.
// prettier-ignore
const STOP_WORDS = new Set([
  'a', 'i', 'k', 'o', 's', 'u', 'v', 'z', 'do', 'je', 'ke', 'ku', 'na', 'od', 'po', 'se', 'si', 'ta', 'to', 've',
  'za', 'ze', 'aby', 'ale', 'ani', 'byl', 'jak', 'jeho', 'jej', 'jen', 'jsme', 'jsou', 'jsem', 'kde', 'kdy',
  'ktera', 'ktere', 'kteri', 'ktery', 'mezi', 'nebo', 'pak', 'pod', 'pri', 'pro', 'pred', 'take', 'tak',
  'tim', 'tu', 'vam', 'vas', 'vsak', 'by', 'bez', 'uz', 'jako', 'nez', 'the', 'and', 'of', 'to', 'in', 'for',
]);

const QUALITIES: MatchQuality[] = ['name', 'exact', 'fuzzy'];
// Sort keys: quality × score × position by name, within a double's 53 exact bits.
const SCORE_RANGE = 2 ** 20;
const NAME_RANGE = 2 ** 24;

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

  /** For each word of services' own texts: pairs of (service index, weight). */
  private readonly postings = new Map<string, number[]>();
  /** For each word of shared texts: pairs of (group, weight); a group lists its services. */
  private readonly groupPostings = new Map<string, number[]>();
  private readonly groupDocs: number[][] = [];
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
  private readonly townDocs = new Map<string, readonly number[]>();

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
    const groupIds = new Map<string, number>();
    // A text many services share (a type label, a provider, a target group, a town) is indexed
    // once, with the services that have it: far fewer postings than one per service and word.
    const group = (key: string, weight: number, words: () => string[]) => {
      let id = groupIds.get(key);
      if (id === undefined) {
        id = this.groupDocs.length;
        groupIds.set(key, id);
        this.groupDocs.push([]);
        for (const word of new Set(words())) {
          let list = this.groupPostings.get(word);
          if (!list) this.groupPostings.set(word, (list = []));
          list.push(id, weight);
        }
      }
      return this.groupDocs[id];
    };
    const terms = new Map<string, { lastDoc: number; postings: number[] }>();

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

      const type = service.serviceType;
      group(`type:${type}`, WEIGHTS.type, () => {
        const entry = serviceTypeEntry(type);
        return entry ? tokenize(`${entry.cs} ${entry.en} ${entry.uk ?? ''} ${entry.paragraph ?? ''}`) : [];
      }).push(doc);
      const organizationId = service.organizationId;
      group(`provider:${organizationId}`, WEIGHTS.provider, () =>
        tokenize(allTexts(catalogue.organizationById.get(organizationId)?.name).join(' ')),
      ).push(doc);
      for (const code of service.targetGroups ?? []) {
        group(`group:${code}`, WEIGHTS.targetGroup, () => {
          const entry = targetGroupEntry(code);
          return entry ? tokenize(`${entry.cs} ${entry.en} ${entry.uk ?? ''}`) : [];
        }).push(doc);
      }
      const towns = new Set<string>();
      for (const locationId of service.locationIds ?? []) {
        const city = catalogue.locationById.get(locationId)?.address?.city;
        if (city) towns.add(city);
      }
      for (const town of service.areaServed ?? []) towns.add(town);
      for (const town of towns) {
        const key = normalize(town);
        if (!townNames.has(key)) townNames.set(key, town);
        const docs = group(`town:${key}`, WEIGHTS.town, () => tokenize(town));
        this.townDocs.set(key, docs);
        if (docs[docs.length - 1] !== doc) docs.push(doc);
      }

      // The service's own texts, heaviest first: a word's first posting for a service has its weight.
      const add = (words: readonly string[], weight: number, skip?: ReadonlySet<string>) => {
        for (const word of words) {
          if (skip?.has(word)) continue;
          let term = terms.get(word);
          if (!term) terms.set(word, (term = { lastDoc: -1, postings: [] }));
          if (term.lastDoc !== doc) {
            term.lastDoc = doc;
            term.postings.push(doc, weight);
          }
        }
      };
      add(tokenize([...allTexts(service.name), ...allTexts(service.alternateName)].join(' ')), WEIGHTS.name);
      if (service.tags) add(tokenize(service.tags.join(' ')), WEIGHTS.tags);
      if (service.description) {
        add(tokenize(allTexts(service.description).join(' ')), WEIGHTS.description, STOP_WORDS);
      }
    }

    for (const [word, term] of terms) this.postings.set(word, term.postings);
    const vocabulary = new Set([...this.postings.keys(), ...this.groupPostings.keys()]);
    this.vocabulary = [...vocabulary].sort();
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
    // "pečovatelská služba pro seniory": small words count only when nothing else is asked.
    const typed = tokenize(query.text ?? '');
    const meaningful = typed.filter((word, index) => !STOP_WORDS.has(word) || index === typed.length - 1);
    const words = meaningful.length ? meaningful : typed;
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
      const reach = (doc: number, score: number, quality: number) => {
        if (tokenBest[doc] === 0) {
          seen.push(doc);
          tokenQuality[doc] = quality;
        } else if (quality < tokenQuality[doc]) tokenQuality[doc] = quality;
        if (score > tokenBest[doc]) tokenBest[doc] = score;
      };
      for (const [term, factor, quality] of this.candidates(word)) {
        const list = this.postings.get(term);
        if (list) for (let i = 0; i < list.length; i += 2) reach(list[i], list[i + 1] * factor, quality);
        const groups = this.groupPostings.get(term);
        if (groups) {
          for (let i = 0; i < groups.length; i += 2) {
            const score = groups[i + 1] * factor;
            for (const doc of this.groupDocs[groups[i]]) reach(doc, score, quality);
          }
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

    const phrase = normalize(query.text ?? '');
    // One number per hit orders it: quality, then score (descending), then name. Sorting plain
    // numbers is several times faster than a comparator over objects.
    const keys = new Float64Array(touched.length);
    let found = 0;
    for (const doc of touched) {
      if (matched[doc] === words.length && accept(doc)) {
        const rank = this.names[doc].startsWith(phrase) ? 0 : worst[doc] === FUZZY_MATCH ? 2 : 1;
        const score = Math.min(Math.round(total[doc] * 1024), SCORE_RANGE - 1);
        keys[found++] = rank * SCORE_RANGE * NAME_RANGE + (SCORE_RANGE - 1 - score) * NAME_RANGE + this.nameOrder[doc];
      }
    }
    const order = keys.subarray(0, found).sort();
    const hits: SearchHit[] = new Array(found);
    for (let i = 0; i < found; i++) {
      const key = order[i];
      const doc = this.alphabetical[key % NAME_RANGE];
      const rank = Math.floor(key / (SCORE_RANGE * NAME_RANGE));
      hits[i] = { service: this.services[doc], score: total[doc], quality: QUALITIES[rank] };
    }
    for (const doc of touched) {
      total[doc] = 0;
      matched[doc] = 0;
      worst[doc] = 0;
    }
    return hits;
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
      const holiday = isCzechPublicHoliday(time.year, time.month, time.day);
      const minute = weekMinute(time);
      checks.push((doc) => this.closed[doc] === 0 && isOpenAtMinute(this.schedules[doc], minute, holiday) === true);
    }
    return (doc) => {
      for (const check of checks) if (!check(doc)) return false;
      return true;
    };
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
