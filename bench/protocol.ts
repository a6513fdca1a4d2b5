/** What bench/run.ts (Node) and bench/page.ts (the browser) say to each other. */

export interface SizeConfig {
  /** Absolute URL of the catalogue file. */
  url: string;
  services: number;
  /** Timed runs of JSON.parse, of ready, of validate and of index (each after one warm-up). */
  runs: number;
  /** Passes over every typed prefix of every query, after one warm-up pass. */
  searchRounds: number;
  /** Random filter combinations; each is timed with an empty text and with a text. */
  filterCombinations: number;
  /** Timed repetitions of each filter change. */
  filterRepetitions: number;
  seed: number;
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export interface LoadResult {
  /** Characters of the fetched text. */
  chars: number;
  loadedServices: number;
  organizations: number;
  locations: number;
  issues: number;
  /** Up to five issues, when there are any: the data should have none. */
  firstIssues: string[];
  towns: number;
  /** JSON.parse of the fetched text, alone. */
  parse: Stats;
  /** loadCatalogue(url, { cache: false }) + whenSearchable(catalogue): what a finder waits for. */
  ready: Stats;
  /** The parts of ready, measured step by step in one run after another: fetch() + response.text()… */
  fetch: Stats;
  /** …JSON.parse… */
  pipelineParse: Stats;
  /** …validateCatalogue(json)… */
  validate: Stats;
  /** …and new SearchIndex(catalogue). */
  index: Stats;
}

export interface SearchResult {
  /** Every keystroke of every query, no filter. */
  typed: Stats;
  /** The same keystrokes with one filter active. */
  typedFiltered: Stats;
  /** p50/p95 by the length of the word being typed (1, 2, 3, 4–5, 6+ characters). */
  byWordLength: { length: string; n: number; p50: number; p95: number }[];
  /** The keystrokes with the highest median time. */
  slowest: { text: string; ms: number; hits: number }[];
  /** Median number of hits per keystroke. */
  medianHits: number;
  /** The first typo that needs fuzzy matching ("azilovy") on a fresh index, building the Fuse index… */
  firstFuzzyMs: number;
  /** …and the same query again (median of 7). */
  secondFuzzyMs: number;
  queries: number;
  keystrokes: number;
}

export interface FilterResult {
  all: Stats;
  emptyText: Stats;
  withText: Stats;
  single: Stats;
  combined: Stats;
  slowest: { filters: string; text: string; ms: number; hits: number }[];
}

export interface FinderResult {
  /** From adding <pomoc-finder src> to the page to its first results on screen (load included). */
  firstResults: Stats;
  /** One keystroke in the finder's search field: the input event to the new results laid out. */
  typed: Stats;
  /** The keystrokes with the highest median time. */
  slowest: { text: string; ms: number }[];
  keystrokes: number;
}

export interface BenchApi {
  load(config: SizeConfig): Promise<LoadResult>;
  finder(config: SizeConfig): Promise<FinderResult>;
  search(config: SizeConfig): SearchResult;
  filters(config: SizeConfig): FilterResult;
  environment(): { crossOriginIsolated: boolean; userAgent: string; timerResolutionMs: number };
}

declare global {
  interface Window {
    pomocBench?: BenchApi;
  }
}
