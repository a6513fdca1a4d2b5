/**
 * Loading a catalogue: one fetch per URL per page, shared by every widget (even by two copies of
 * the script), a timeout, typed errors with readable messages, record-by-record validation, and
 * the last good copy used when the source fails.
 */
import type { CatalogueCache } from './cache.js';
import { CatalogueError } from './errors.js';
import { fetchBytes } from './fetch.js';
import type { Fetched } from './ingest.js';
import type { SearchIndex } from './search.js';
import type { Catalogue } from './validate.js';
import { readInWorker } from './worker-client.js';
import { inSlices, nextTask } from './yield.js';

// Reading a catalogue (JSON parsing with readable errors, the validator's fast path, the code lists'
// translations) is the largest part of the data layer: it loads with the first catalogue, while the
// catalogue itself is being fetched, not with the page. zod and the schema come later still, only
// for a catalogue with a record the fast path does not take (see ingest.ts).
// The search index comes with it: no widget searches before its catalogue is there.
type Reader = typeof import('./ingest.js');
let reader: Promise<Reader> | undefined;
const loadReader = () => (reader ??= import('./ingest.js'));

// A loaded catalogue carries the function that indexes it: a second copy of the script on the page
// gets the catalogue the first one loaded, and then has not loaded that code itself.
const INDEXER = Symbol.for('pomoc.searchIndex.v1');
type Indexed = { [INDEXER]?: Reader['searchIndex'] };

// Where a loaded catalogue was read, 'worker' or 'page': for tests and benchmarks, not an API.
const LOADED_IN = Symbol.for('pomoc.loadedIn.v1');

// What the page needs of a catalogue the worker read: the search index put together from its
// parts, and the code lists' English and Ukrainian labels (which the validator brings otherwise).
type Search = typeof import('./search.js');
let search: Promise<Search> | undefined;
const loadSearch = () =>
  (search ??= Promise.all([import('./search.js'), import('./codelist-translations.js')]).then(([module]) => module));

/** The search index of a catalogue that loadCatalogue gave (built once, shared by every widget). */
export function searchIndexOf(catalogue: LoadedCatalogue): SearchIndex {
  const indexer = (catalogue as Indexed)[INDEXER];
  if (!indexer) throw new Error('pomoc: searchIndexOf() needs a catalogue from loadCatalogue()');
  return indexer(catalogue);
}

/**
 * The catalogue with its search index built, in slices of the main thread: every widget searches
 * it, and otherwise the first widget would build it at once, in the same task as its first render.
 */
async function indexed(module: Reader, catalogue: LoadedCatalogue): Promise<LoadedCatalogue> {
  await module.searchIndexInSteps(catalogue);
  // The widgets' first render in a task of its own, not in the index's last slice.
  await nextTask();
  return catalogue;
}

function loaded(
  indexer: Reader['searchIndex'],
  catalogue: Catalogue,
  source: CatalogueSource,
  loadedIn: 'worker' | 'page',
): LoadedCatalogue {
  const result: LoadedCatalogue & Indexed = { ...catalogue, source };
  Object.defineProperty(result, INDEXER, { value: indexer });
  Object.defineProperty(result, LOADED_IN, { value: loadedIn });
  return result;
}

// The browser's copy of each catalogue (IndexedDB), loaded the first time it is written or read.
const browserCache: CatalogueCache = {
  load: (url) => import('./cache.js').then((module) => module.browserCache.load(url)),
  save: (url, copy) => import('./cache.js').then((module) => module.browserCache.save(url, copy)),
};

export interface LoadOptions {
  /** Give up on the source after this long (ms). Default 20 s. */
  timeout?: number;
  /** Where last good copies are kept; false for none. Default: IndexedDB. */
  cache?: CatalogueCache | false;
  /** For tests. Default: the page's fetch. */
  fetch?: typeof fetch;
}

export interface CatalogueSource {
  url: string;
  /** When this data was fetched from the source, ISO 8601. */
  fetchedAt: string;
  /** Present when the source failed and the last good copy is shown instead. */
  stale?: { error: CatalogueError };
}

export interface LoadedCatalogue extends Catalogue {
  source: CatalogueSource;
}

const DEFAULT_TIMEOUT = 20_000;

// Shared through the global object so that two copies of the script on one page fetch once.
const REGISTRY_KEY = Symbol.for('pomoc.catalogues.v1');
type Registry = Map<string, Promise<LoadedCatalogue>>;
const registry = (): Registry => {
  const global = globalThis as { [REGISTRY_KEY]?: Registry };
  return (global[REGISTRY_KEY] ??= new Map());
};

const absolute = (url: string) =>
  typeof document === 'undefined' ? new URL(url).href : new URL(url, document.baseURI).href;

/** The catalogue at `url`, fetched once per page whoever asks. */
export function loadCatalogue(url: string, options: LoadOptions = {}): Promise<LoadedCatalogue> {
  let key: string;
  try {
    key = absolute(url);
  } catch (cause) {
    return Promise.reject(new CatalogueError('network', `"${url}" is not a valid catalogue address.`, { url, cause }));
  }
  const loads = registry();
  let load = loads.get(key);
  if (!load) {
    load = fetchAndValidate(key, options);
    loads.set(key, load);
    // A failed load is forgotten, so that "try again" fetches anew.
    load.catch(() => loads.get(key) === load && loads.delete(key));
  }
  return load;
}

/** Forget the page's copy of `url`, so that the next loadCatalogue fetches it again. */
export function forgetCatalogue(url: string): void {
  try {
    registry().delete(absolute(url));
  } catch {
    // Not a valid address: nothing was kept for it.
  }
}

async function fetchAndValidate(url: string, options: LoadOptions): Promise<LoadedCatalogue> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  // A worker, where one can start, fetches and reads the catalogue while the page goes on
  // (worker.ts). A fetch or a cache given by the caller (tests, host pages) keeps it on the page.
  const custom = options.fetch !== undefined || (options.cache !== undefined && options.cache !== false);
  if (!custom) {
    // What the page needs of the worker's catalogue, loaded meanwhile; awaited when there is one.
    loadSearch().catch(() => undefined);
    const result = await readInWorker(url, timeout, options.cache !== false);
    if (result) {
      const module = await loadSearch();
      const catalogue = loaded(module.searchIndex, result.catalogue, result.source, 'worker');
      module.adoptIndex(catalogue, result.parts);
      // The widgets' first render in a task of its own, not in the last message's.
      await nextTask();
      return catalogue;
    }
  }
  // Without a worker, the page reads the catalogue, in slices of the main thread.
  const cache = options.cache === false ? undefined : (options.cache ?? browserCache);
  const read = loadReader();
  // Awaited below whenever there is text to read; a failed fetch alone must not leave it unheard.
  read.catch(() => undefined);
  let fetched: Fetched;
  try {
    fetched = { bytes: await fetchBytes(url, timeout, options.fetch) };
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    fetched = { error };
  }
  const module = await read;
  // Decoding, parsing, validating and indexing a large catalogue run in slices of a few dozen ms
  // (yield.ts), not in one long task that freezes the town's page (20,000 services: about half a
  // second in all).
  const { catalogue, source } = await module.settle(url, fetched, cache, inSlices);
  return indexed(module, loaded(module.searchIndex, catalogue, source, 'page'));
}
