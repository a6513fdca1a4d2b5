/**
 * The benchmark page: bundled for the browser by bench/run.ts and driven through
 * `window.pomocBench`. It measures the catalogue layer, and <pomoc-finder> on top of it.
 */
import {
  AGE_GROUP_CODES,
  FORM_CODES,
  SERVICE_TYPE_CODES,
  SearchIndex,
  loadFuzzyMatching,
  TARGET_GROUP_CODES,
  forgetCatalogue,
  loadCatalogue,
  normalize,
  whenSearchable,
  validateCatalogue,
  type Catalogue,
  type SearchFilters,
} from '../src/catalogue/index.js';
import '../src/widgets/finder/pomoc-finder.js';
import type { PomocFinder } from '../src/widgets/finder/finder.component.js';
import type { BenchApi, FilterResult, FinderResult, LoadResult, SearchResult, SizeConfig, Stats } from './protocol.js';
import { Random } from './random.js';
// <pomoc-map> has its own part of the page.
import './map-page.js';

/** What residents type into a finder, a few with typos or without diacritics. */
export const QUERIES = [
  'pečovatelská služba',
  'pecovatelska sluzba',
  'pecovatelsak',
  'domov pro seniory',
  'domov důchodců',
  'dluhy',
  'exekuce',
  'oddlužení',
  'insolvence',
  'dluhova poradna',
  'azylový dům',
  'azilovy dum',
  'noclehárna',
  'sociální byt',
  'osobní asistence',
  'osobni asistnce',
  'odlehčovací',
  'denní stacionář',
  'stacionar',
  'Rokycany',
  'Ostrava',
  'Hradec Králové',
  'senioři',
  'demence',
  'Alzheimer',
  'psycholog',
  'psychoterapie',
  'krizová pomoc',
  'linka důvěry',
  'domácí násilí',
  'intervenční centrum',
  'raná péče',
  'chráněné bydlení',
  'hospic',
  'hospitz',
  'kontaktní centrum',
  'drogy',
  'alkohol',
  'závislost',
  'příspěvek na péči',
  'dovoz obědů',
  'tísňové tlačítko',
  'znakový jazyk',
  'nízkoprahový klub',
  'terénní program',
  'půjčovna pomůcek',
  'invalidní vozík',
  'pěstounská péče',
  'potravinová pomoc',
  'Brno senioři',
  'Praha poradna',
];

/** The filter kept on while typing in the filtered variant, by query index. */
const TYPING_FILTERS: SearchFilters[] = [
  { targetGroups: ['seniori'] },
  { forms: ['terenni'] },
  { freeOfCharge: true },
  { towns: ['Praha'] },
  { kinds: ['social'] },
  { ageGroups: ['starsi-seniori'] },
];

/** A typo with no exact, prefix or stem match ("azylový"): only fuzzy matching finds it. */
const FUZZY_PROBE = 'azilovy';

/** A fixed moment for "open now" (Wednesday 10:30 in Prague), so that runs compare. */
const NOW = new Date('2026-06-03T08:30:00Z');

const gc = () => (globalThis as { gc?: () => void }).gc?.();

export function stats(samples: number[]): Stats {
  const sorted = Float64Array.from(samples).sort();
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  const sum = samples.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    mean: sorted.length ? sum / sorted.length : NaN,
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

const median = (samples: number[]) => stats(samples).p50;

const utf8 = new TextDecoder();

/** The catalogue's text, fetched and decoded as loadCatalogue does. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return utf8.decode(await response.arrayBuffer());
}

/** Times `run` once untimed, then `runs` times, each after a full garbage collection. */
async function timeRuns(runs: number, run: () => unknown, before?: () => unknown): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    before?.();
    gc();
    const started = performance.now();
    await run();
    if (i > 0) samples.push(performance.now() - started);
  }
  return stats(samples);
}

// Kept between the phases of one size.
let text = '';
let catalogue: Catalogue | undefined;
let index: SearchIndex | undefined;

async function load(config: SizeConfig): Promise<LoadResult> {
  // fuse.js loads in the background on a page; here it is there before anything is timed.
  await loadFuzzyMatching();
  text = '';
  catalogue = undefined;
  index = undefined;
  text = await fetchText(config.url);

  // JSON.parse alone, of the text already fetched.
  const parse = await timeRuns(config.runs, () => JSON.parse(text));

  // What a page waits for (the public API, the page-wide cache forgotten first), and in the same
  // iteration the same pipeline step by step, so that both are measured under the same conditions.
  const readyTimes: number[] = [];
  const parts = { fetch: [] as number[], parse: [] as number[], validate: [] as number[], index: [] as number[] };
  let validated: Catalogue | undefined;
  for (let run = 0; run <= config.runs; run++) {
    validated = undefined;
    index = undefined;
    forgetCatalogue(config.url);
    gc();
    let started = performance.now();
    const loaded = await loadCatalogue(config.url, { cache: false });
    await whenSearchable(loaded);
    if (run > 0) readyTimes.push(performance.now() - started);
    forgetCatalogue(config.url);

    gc();
    started = performance.now();
    const fetched = await fetchText(config.url);
    const fetchedAt = performance.now();
    const json: unknown = JSON.parse(fetched);
    const parsedAt = performance.now();
    validated = validateCatalogue(json);
    const validatedAt = performance.now();
    index = new SearchIndex(validated);
    const indexedAt = performance.now();
    if (run === 0) continue;
    parts.fetch.push(fetchedAt - started);
    parts.parse.push(parsedAt - fetchedAt);
    parts.validate.push(validatedAt - parsedAt);
    parts.index.push(indexedAt - validatedAt);
  }
  const ready = stats(readyTimes);
  catalogue = validated!;

  return {
    chars: text.length,
    loadedServices: catalogue.services.length,
    organizations: catalogue.organizations.length,
    locations: catalogue.locations.length,
    issues: catalogue.issues.length,
    firstIssues: catalogue.issues.slice(0, 5).map((issue) => JSON.stringify(issue)),
    towns: index!.towns.length,
    parse,
    ready,
    fetch: stats(parts.fetch),
    pipelineParse: stats(parts.parse),
    validate: stats(parts.validate),
    index: stats(parts.index),
  };
}

const lastWordLength = (prefix: string) => {
  const words = normalize(prefix).trim().split(/\s+/);
  const length = words[words.length - 1].length;
  return length <= 3 ? String(length) : length <= 5 ? '4–5' : '6+';
};

function search(config: SizeConfig): SearchResult {
  if (!catalogue) throw new Error('load() first');
  // A fresh index, so that the first typo pays for building the fuzzy (Fuse) index, as in a page.
  const fresh = new SearchIndex(catalogue);
  let started = performance.now();
  fresh.search({ text: FUZZY_PROBE, now: NOW });
  const firstFuzzyMs = performance.now() - started;
  const again: number[] = [];
  for (let i = 0; i < 7; i++) {
    started = performance.now();
    fresh.search({ text: FUZZY_PROBE, now: NOW });
    again.push(performance.now() - started);
  }
  const secondFuzzyMs = median(again);

  const searchIndex = fresh;
  index = fresh;
  const prefixes: { text: string; query: number }[] = [];
  QUERIES.forEach((query, q) => {
    for (let i = 1; i <= query.length; i++) prefixes.push({ text: query.slice(0, i), query: q });
  });

  const run = (filtered: boolean, timed: boolean, perPrefix?: number[][], hits?: number[]) => {
    const samples: number[] = [];
    prefixes.forEach(({ text: typed, query }, p) => {
      const filters = filtered ? TYPING_FILTERS[query % TYPING_FILTERS.length] : undefined;
      const t0 = performance.now();
      const result = searchIndex.search({ text: typed, filters, now: NOW });
      const ms = performance.now() - t0;
      if (!timed) return;
      samples.push(ms);
      perPrefix?.[p].push(ms);
      hits?.push(result.length);
    });
    return samples;
  };

  run(false, false);
  run(true, false);
  gc();
  const perPrefix = prefixes.map(() => [] as number[]);
  const hits: number[] = [];
  const typed: number[] = [];
  for (let round = 0; round < config.searchRounds; round++) typed.push(...run(false, true, perPrefix, hits));
  gc();
  const typedFiltered: number[] = [];
  for (let round = 0; round < config.searchRounds; round++) typedFiltered.push(...run(true, true));

  const buckets = new Map<string, number[]>();
  prefixes.forEach(({ text: typed }, p) => {
    const key = lastWordLength(typed);
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(...perPrefix[p]);
  });
  const byWordLength = ['1', '2', '3', '4–5', '6+']
    .filter((length) => buckets.has(length))
    .map((length) => {
      const s = stats(buckets.get(length)!);
      return { length, n: s.n, p50: s.p50, p95: s.p95 };
    });
  const slowest = prefixes
    .map(({ text: typed }, p) => ({
      text: typed,
      ms: median(perPrefix[p]),
      hits: searchIndex.search({ text: typed, now: NOW }).length,
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8);

  return {
    typed: stats(typed),
    typedFiltered: stats(typedFiltered),
    byWordLength,
    slowest,
    medianHits: median(hits),
    firstFuzzyMs,
    secondFuzzyMs,
    queries: QUERIES.length,
    keystrokes: prefixes.length,
  };
}

/** A random filter combination: one filter (40 %) or two or three together. */
function randomFilters(random: Random, towns: readonly string[]): SearchFilters {
  const kinds = ['serviceTypes', 'kinds', 'forms', 'targetGroups', 'ageGroups', 'towns', 'free', 'openNow'] as const;
  const chosen = random.sample(kinds, random.chance(0.4) ? 1 : random.int(2, 3));
  const filters: SearchFilters = {};
  for (const kind of chosen) {
    switch (kind) {
      case 'serviceTypes':
        filters.serviceTypes = random.sample(SERVICE_TYPE_CODES, random.int(1, 3));
        break;
      case 'kinds':
        filters.kinds = [random.pick(['social', 'related'] as const)];
        break;
      case 'forms':
        filters.forms = random.sample(FORM_CODES, random.int(1, 2));
        break;
      case 'targetGroups':
        filters.targetGroups = random.sample(TARGET_GROUP_CODES, random.int(1, 2));
        break;
      case 'ageGroups':
        filters.ageGroups = random.sample(AGE_GROUP_CODES, random.int(1, 3));
        break;
      case 'towns':
        filters.towns = random.sample(towns, random.int(1, 2));
        break;
      case 'free':
        filters.freeOfCharge = true;
        break;
      case 'openNow':
        filters.openNow = true;
        break;
    }
  }
  return filters;
}

const FILTER_TEXTS = ['poradna', 'senioři', 'pomoc', 'domov', 'dluhy', 'služba', 'péče', 'centrum'];

function filters(config: SizeConfig): FilterResult {
  if (!index) throw new Error('load() first');
  const searchIndex = index;
  const random = new Random(config.seed);
  const cases: { filters: SearchFilters; text: string; single: boolean }[] = [];
  for (let i = 0; i < config.filterCombinations; i++) {
    const chosen = randomFilters(random, searchIndex.towns);
    const single = Object.keys(chosen).length === 1;
    cases.push({ filters: chosen, text: '', single });
    cases.push({ filters: chosen, text: random.pick(FILTER_TEXTS), single });
  }
  const time = (c: (typeof cases)[number]) => {
    const t0 = performance.now();
    const hits = searchIndex.search({ text: c.text, filters: c.filters, now: NOW });
    return { ms: performance.now() - t0, hits: hits.length };
  };
  for (const c of cases) time(c);
  gc();
  const perCase = cases.map(() => [] as number[]);
  const hits = cases.map(() => 0);
  for (let rep = 0; rep < config.filterRepetitions; rep++) {
    cases.forEach((c, i) => {
      const { ms, hits: count } = time(c);
      perCase[i].push(ms);
      hits[i] = count;
    });
  }
  const select = (keep: (c: (typeof cases)[number]) => boolean) =>
    stats(cases.flatMap((c, i) => (keep(c) ? perCase[i] : [])));
  return {
    all: select(() => true),
    emptyText: select((c) => c.text === ''),
    withText: select((c) => c.text !== ''),
    single: select((c) => c.single),
    combined: select((c) => !c.single),
    slowest: cases
      .map((c, i) => ({ filters: JSON.stringify(c.filters), text: c.text, ms: median(perCase[i]), hits: hits[i] }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
  };
}

function environment() {
  // The smallest step of performance.now(): 5 µs when cross-origin isolated, else 100 µs.
  let step = Infinity;
  let last = performance.now();
  for (let i = 0; i < 200_000 && step > 0.001; i++) {
    const now = performance.now();
    if (now !== last) {
      step = Math.min(step, now - last);
      last = now;
    }
  }
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated,
    userAgent: navigator.userAgent,
    timerResolutionMs: step,
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function mountFinder(url: string): Promise<PomocFinder> {
  const finder = document.createElement('pomoc-finder');
  finder.setAttribute('src', url);
  finder.setAttribute('url-state', 'off');
  document.body.append(finder);
  while (!finder.shadowRoot?.querySelector('.results')) await new Promise((resolve) => setTimeout(resolve, 1));
  return finder;
}

/**
 * The finder as a resident uses it: each keystroke is an input event on its search field, timed
 * until the new results are rendered and laid out (a forced layout, so style and layout count).
 */
async function finder(config: SizeConfig): Promise<FinderResult> {
  const firstResults: number[] = [];
  for (let run = 0; run <= config.runs; run++) {
    forgetCatalogue(config.url);
    gc();
    const started = performance.now();
    const mounted = await mountFinder(config.url);
    mounted.shadowRoot!.querySelector('.results')!.getBoundingClientRect();
    if (run > 0) firstResults.push(performance.now() - started);
    mounted.remove();
  }

  const element = await mountFinder(config.url);
  const field = element.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
  const prefixes = QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
  const typed: number[] = [];
  const perPrefix = prefixes.map(() => [] as number[]);
  for (let round = 0; round <= config.searchRounds; round++) {
    for (const [p, prefix] of prefixes.entries()) {
      field.value = prefix;
      const started = performance.now();
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await element.updateComplete;
      element.shadowRoot!.querySelector('.finder')!.getBoundingClientRect();
      if (round > 0) {
        typed.push(performance.now() - started);
        perPrefix[p].push(performance.now() - started);
      }
    }
    // Let the page paint between rounds, as it would between a resident's words.
    await nextFrame();
  }
  element.remove();
  const slowest = prefixes
    .map((text, p) => ({ text, ms: median(perPrefix[p]) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  return { firstResults: stats(firstResults), typed: stats(typed), slowest, keystrokes: prefixes.length };
}

const api: BenchApi = { load, finder, search, filters, environment };
window.pomocBench = api;
