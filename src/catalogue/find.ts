/**
 * Search as a resident means it: the query understood first (query.ts), then searched.
 *
 * - A kind of service or group of people named in the query ("domov důchodců", "DPS", "care
 *   home", "бездомні") is a strong signal: the services of that kind come first, services of the
 *   named type before those only for the named group; then what the words find as plain text.
 * - A town named in the query is where the resident wants help: results there (located there or
 *   serving it) are the matches; the same kind elsewhere is offered apart, nearest first, with its
 *   distance. A town with nothing of the kind gets no matches, and the nearest.
 * - A word that matches nothing but, approximately, a town's name is a town the catalogue does
 *   not know: never presented as the other town; suggested instead ("did you mean Rokycany?").
 * - A phrase in quotes must appear as it is.
 * - An empty result says what emptied it: for each named town, kind, word and filter, how many
 *   results there would be without it.
 */
import { normalize } from './normalize.js';
import { QueryUnderstanding, queryDataLoaded, type UnderstoodQuery } from './query.js';
import type { Service } from './schema.js';
import { isStopWord, type SearchFilters, type SearchHit, type SearchIndex, type SearchQuery } from './search.js';
import { atOnce, type Steps } from './yield.js';
import { allTexts } from './text.js';
import { serviceDistanceById, townCentres } from './geo.js';
import type { Catalogue } from './validate.js';

/** How many services of the kind asked for are offered from elsewhere when a town is named. */
export const NEARBY_LIMIT = 5;

export interface NearbyHit extends SearchHit {
  /** Kilometres from the town asked for (its centre in the catalogue's places); absent when unknown. */
  km?: number;
}

/** What would be found without one part of the query or one filter. */
export interface Relaxation {
  kind: 'town' | 'concept' | 'word' | 'filter';
  /** The town, the words of the kind, the word, or the filter's key. */
  value: string;
  count: number;
}

export interface FindResult {
  /** The results presented as matches: in the town asked for, when one was named. */
  hits: SearchHit[];
  /** The town named in the query, as the catalogue writes it (or a Czech town it does not cover). */
  town?: string;
  /** The town named is not in the catalogue: nothing can be there. */
  outsideTown?: boolean;
  /** Results of the same query outside the town asked for, nearest first. */
  nearby: NearbyHit[];
  understood: UnderstoodQuery;
  /** Typed words that are not in the catalogue but are near a town's name: [typed, the town's word]. */
  unknownTowns: readonly (readonly [string, string])[];
  /** Typed words found only as a near word of the catalogue: [typed, the word searched instead], folded. */
  corrections: readonly (readonly [string, string])[];
  /** When nothing is found: what each part of the query and each filter leaves out. */
  relaxations: Relaxation[];
}

const understandings = new WeakMap<SearchIndex, QueryUnderstanding>();

/**
 * The query understanding of an index. Before `loadQueryData()` has loaded the library's synonyms
 * and Czech towns, one without them, made again for each query and not kept.
 */
function understanding(index: SearchIndex): QueryUnderstanding {
  let result = understandings.get(index);
  if (!result) {
    result = new QueryUnderstanding(index.towns, (word) => index.hasWord(word), index.synonyms);
    if (queryDataLoaded()) understandings.set(index, result);
  }
  return result;
}

/**
 * Whether an index's query understanding is built (its towns, the kinds and synonyms, ≈ 10–15 ms
 * at 20,000 services, cold): the first query after the synonyms and Czech towns have loaded builds
 * it, and it is kept. Before they have loaded, each query builds one without them (not kept).
 */
export const understands = (index: SearchIndex): boolean => understandings.has(index) || !queryDataLoaded();

/** The folded texts a quoted phrase is looked for in: names, provider, description. */
function phraseTexts(catalogue: Catalogue, service: Service): string {
  return [
    ...allTexts(service.name),
    ...allTexts(service.alternateName),
    ...allTexts(service.description),
    ...allTexts(catalogue.organizationById.get(service.organizationId)?.name),
  ]
    .map(normalize)
    .join(' | ');
}

interface Parts {
  towns: readonly string[];
  concepts: UnderstoodQuery['concepts'];
  words: readonly string[];
  phrases: readonly string[];
  filters: SearchFilters;
}

/** The services matching the understood parts, best first (before the town split). */
function* matchParts(index: SearchIndex, catalogue: Catalogue, parts: Parts, now?: Date): Steps<SearchHit[]> {
  const search = (query: SearchQuery) => index.searchSteps({ ...query, filters: parts.filters, now });
  const named = parts.concepts.length > 0 || parts.towns.length > 0;
  const words = named ? parts.words.filter((word) => !isStopWord(word)) : parts.words;
  const text = [...words, ...parts.phrases].join(' ');
  let hits: SearchHit[];
  if (parts.concepts.length > 0) {
    // The kind is kept to inside the search ("p" alone finds most of a national catalogue), and
    // each hit judged once below, not in the sort's comparator ≈ 2 log n times.
    const types = parts.concepts.map((concept) => new Set<string>(concept.serviceTypes));
    const byType = (hit: SearchHit) => {
      const type = index.serviceTypeOf(hit);
      return types.every((set) => set.has(type));
    };
    const found = yield* search({ text, kinds: parts.concepts });
    // What the words that named the kind find as plain text ranks within the kind ("příspěvek na
    // péči" names the Labour Office; its service of that name comes first).
    const plain = [...parts.concepts.map((concept) => concept.words), ...words, ...parts.phrases].join(' ');
    const plainHits = yield* search({ text: plain });
    const plainRank = new Map(plainHits.map((hit, rank) => [hit.id, rank]));
    // Of the kind first, then by the plain text's rank; otherwise the order search gave (score, then name).
    const kind = found
      .map((hit, order) => ({
        hit,
        other: byType(hit) ? 0 : 1,
        rank: plainRank.get(hit.id) ?? plainHits.length,
        order,
      }))
      .sort((a, b) => a.other - b.other || a.rank - b.rank || a.order - b.order)
      .map(({ hit }) => hit);
    hits = kind;
    // A topic ("exekuce") or a group of people ("bezdomovci") also finds the services whose texts
    // speak of it; a type named ("domov důchodců") is the answer, and other words would dilute it.
    if (parts.concepts.some((concept) => concept.topic || concept.serviceTypes.length === 0)) {
      const seen = new Set(kind.map((hit) => hit.id));
      hits = [...kind, ...plainHits.filter((hit) => !seen.has(hit.id))];
      for (const hit of hits) seen.add(hit.id);
      // …and in the topic's other words ("exekuce": the advice centre that writes of debts).
      const rest = [...words, ...parts.phrases];
      for (const concept of parts.concepts) {
        for (const word of concept.related) {
          for (const hit of yield* search({ text: [word, ...rest].join(' ') })) {
            if (!seen.has(hit.id)) {
              seen.add(hit.id);
              hits.push(hit);
            }
          }
        }
      }
    }
  } else {
    hits = yield* search({ text });
  }
  if (parts.phrases.length > 0) {
    hits = hits.filter((hit) => {
      const texts = phraseTexts(catalogue, hit.service);
      return parts.phrases.every((phrase) => texts.includes(phrase));
    });
  }
  return hits;
}

/**
 * Services for a resident's query: see the module comment. Await `loadQueryData()` (query.ts)
 * first: until it has loaded, queries are understood without the library's synonyms and the Czech
 * towns outside the catalogue.
 */
export function find(index: SearchIndex, catalogue: Catalogue, query: SearchQuery = {}): FindResult {
  return atOnce(findSteps(index, catalogue, query));
}

/** `find` in steps, for `inSlices`: its searches in steps (searchSteps). */
export function* findSteps(index: SearchIndex, catalogue: Catalogue, query: SearchQuery = {}): Steps<FindResult> {
  const understood = understanding(index).understand(query.text ?? '');
  const filters = query.filters ?? {};
  const parts: Parts = { ...understood, filters };
  let hits = yield* matchParts(index, catalogue, parts, query.now);
  const unknownTowns = [...index.lastTownSuggestions()];
  const corrections = hits.length > 0 ? [...index.lastCorrections()] : [];
  const outside = understood.towns.length === 0 ? understood.outsideTowns[0] : undefined;
  const town = understood.towns[0] ?? outside?.name;
  let nearby: NearbyHit[] = [];
  if (town) {
    const there = outside ? new Set<string>() : index.serviceIdsInTown(town);
    const elsewhere: SearchHit[] = [];
    const inTown: SearchHit[] = [];
    for (const hit of hits) (there.has(hit.id) ? inTown : elsewhere).push(hit);
    hits = inTown;
    // A town of the catalogue alone asks for what is there, not for everything elsewhere.
    if (outside || understood.concepts.length > 0 || understood.words.length > 0 || understood.phrases.length > 0) {
      const centre = outside ?? townCentres(catalogue).get(normalize(town));
      nearby = nearest(elsewhere, (hit) => (centre ? serviceDistanceById(catalogue, hit.id, centre, town) : Infinity));
    }
  }
  const relaxations = hits.length === 0 ? yield* relax(index, catalogue, parts, query.now) : [];
  return {
    hits,
    town,
    ...(outside && { outsideTown: true }),
    nearby,
    understood,
    unknownTowns,
    corrections,
    relaxations,
  };
}

/**
 * The `NEARBY_LIMIT` hits nearest by `km`, in one pass over thousands (a town and one letter):
 * nearest first, in the hits' order among equals, those of unknown distance last.
 */
function nearest(hits: readonly SearchHit[], km: (hit: SearchHit) => number): NearbyHit[] {
  const best: { hit: SearchHit; km: number }[] = [];
  for (const hit of hits) {
    const distance = km(hit);
    const key = Number.isFinite(distance) ? distance : Infinity;
    if (best.length === NEARBY_LIMIT && !(key < best[NEARBY_LIMIT - 1].km)) continue;
    let at = best.length;
    while (at > 0 && key < best[at - 1].km) at--;
    best.splice(at, 0, { hit, km: key });
    if (best.length > NEARBY_LIMIT) best.pop();
  }
  // The hit's fields one by one: an index's hit reads its service only when asked (search.ts).
  return best.map(({ hit: { service, id, score, quality }, km }) =>
    Number.isFinite(km) ? { service, id, score, quality, km } : { service, id, score, quality },
  );
}

/** For an empty result: how many each part of the query and each filter leaves out. */
function* relax(index: SearchIndex, catalogue: Catalogue, parts: Parts, now?: Date): Steps<Relaxation[]> {
  const out: Relaxation[] = [];
  // In steps too: "p xyzzy" finds nothing, and "p" alone reaches nearly every service.
  const count = function* (changed: Partial<Parts>): Steps<number> {
    const next = { ...parts, ...changed };
    const hits = yield* matchParts(index, catalogue, next, now);
    const town = next.towns[0];
    if (!town) return hits.length;
    const there = index.serviceIdsInTown(town);
    return hits.filter((hit) => there.has(hit.id)).length;
  };
  for (const town of parts.towns) {
    out.push({ kind: 'town', value: town, count: yield* count({ towns: parts.towns.filter((t) => t !== town) }) });
  }
  for (const concept of parts.concepts) {
    out.push({
      kind: 'concept',
      value: concept.words,
      count: yield* count({ concepts: parts.concepts.filter((c) => c !== concept) }),
    });
  }
  for (const [at, word] of parts.words.entries()) {
    if (isStopWord(word)) continue;
    out.push({ kind: 'word', value: word, count: yield* count({ words: parts.words.filter((_, i) => i !== at) }) });
  }
  for (const key of Object.keys(parts.filters) as (keyof SearchFilters)[]) {
    const value = parts.filters[key];
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'includeInactive') continue;
    const filters = { ...parts.filters };
    delete filters[key];
    out.push({ kind: 'filter', value: key, count: yield* count({ filters }) });
  }
  return out.filter((relaxation) => relaxation.count > 0);
}
