/**
 * Loading a catalogue: one fetch per URL per page, shared by every widget (even by two copies of
 * the script), a timeout, typed errors with readable messages, record-by-record validation, and
 * the last good copy used when the source fails.
 */
import type { CatalogueCache } from './cache.js';
import { CatalogueError } from './errors.js';
import { fetchBytes, lengthOf } from './fetch.js';
import type { Fetched } from './ingest.js';
import type { SearchIndex } from './search.js';
import type { Catalogue } from './validate.js';
import type { StartedWorker } from './worker-client.js';
import { afterShown, inSlices, nextTask } from './yield.js';

// Reading a catalogue (JSON parsing with readable errors, the validator's fast path, the code lists'
// translations) is the largest part of the data layer: it loads with the first catalogue, while the
// catalogue itself is being fetched, not with the page. zod and the schema come later still, only
// for a catalogue with a record the fast path does not take (see ingest.ts).
type Reader = typeof import('./ingest.js');
let reader: Promise<Reader> | undefined;
const loadReader = () => (reader ??= import('./ingest.js'));

// Where a loaded catalogue was read, 'worker' or 'page': for tests and benchmarks, not an API.
const LOADED_IN = Symbol.for('pomoc.loadedIn.v1');

// The page's side of the worker, loaded only for a file that goes to one (most towns' catalogues
// are under WORKER_FROM and never do).
type Client = typeof import('./worker-client.js');
let client: Promise<Client> | undefined;
const loadClient = () => (client ??= import('./worker-client.js'));

// The search code, and the index of each catalogue, come when a widget first searches, not with
// the catalogue: the navigator's first results (its life situations) need neither, the finder's
// and the map's wait for them (whenSearchable). A catalogue the worker read brings its index.
type Search = typeof import('./search.js');
let search: Promise<Search> | undefined;
const loadSearch = () =>
  (search ??= import('./search.js').catch((error: unknown) => {
    search = undefined;
    throw error;
  }));

// A loaded catalogue carries how to search it: a second copy of the script on the page gets the
// catalogue the first one loaded, and then uses the first copy's search code and the one index
// it builds (or is building) for every widget.
const SEARCH = Symbol.for('pomoc.search.v2');
interface Searchable {
  /** The index, built in slices of the main thread the first time it is asked for. */
  whenBuilt(): Promise<SearchIndex>;
  /** The search code, once loaded. */
  module(): Search | undefined;
}
type Carries = { [SEARCH]?: Searchable };

function searchable(catalogue: LoadedCatalogue, loadedModule?: Search, words?: () => Promise<void>): Searchable {
  let module = loadedModule;
  let building: Promise<SearchIndex> | undefined;
  const build = async () => {
    module = await loadSearch();
    // A worker's catalogue comes with its index's first parts; its words when asked for.
    await words?.();
    const index = await module.searchIndexInSteps(catalogue);
    // The first render that searches in a task of its own, not in the index's last slice.
    await nextTask();
    return index;
  };
  return {
    module: () => module,
    whenBuilt: () =>
      (building ??= build().catch((error: unknown) => {
        // The search code did not load (a network hiccup): the next widget to ask tries again.
        building = undefined;
        throw error;
      })),
  };
}

function searchableOf(catalogue: LoadedCatalogue): Searchable {
  const carried = (catalogue as Carries)[SEARCH];
  if (!carried) throw new Error('pomoc: the catalogue must come from loadCatalogue()');
  return carried;
}

/**
 * The search index of a catalogue that loadCatalogue gave, once built: in slices of the main
 * thread, the first time a widget (or a host page) asks, and then shared by every widget.
 */
export function whenSearchable(catalogue: LoadedCatalogue): Promise<SearchIndex> {
  return searchableOf(catalogue).whenBuilt();
}

/**
 * Whether a catalogue came with its search index (the worker read it and built the index there):
 * the index lists and filters at once (searchIndexOf), and searches text once whenSearchable has
 * resolved, when the worker has sent its words, without indexing anything on the page.
 */
export function comesIndexed(catalogue: LoadedCatalogue): boolean {
  return (catalogue as { [LOADED_IN]?: string })[LOADED_IN] === 'worker';
}

/** Starts loading the search code, for a widget whose first results are a search, with its catalogue's fetch. */
export function prepareSearch(): void {
  loadSearch().catch(() => undefined);
}

/**
 * The search index of a catalogue that loadCatalogue gave, at once: for a widget that has awaited
 * whenSearchable, or, for a catalogue the worker read (comesIndexed), to list and filter before
 * (a text search before whenSearchable builds the words at once, on the page).
 */
export function searchIndexOf(catalogue: LoadedCatalogue): SearchIndex {
  const module = searchableOf(catalogue).module();
  if (!module) throw new Error('pomoc: searchIndexOf() before whenSearchable()');
  return module.searchIndex(catalogue);
}

function loaded(
  catalogue: Catalogue,
  source: CatalogueSource,
  loadedIn: 'worker' | 'page',
  search?: Search,
  words?: (catalogue: LoadedCatalogue) => Promise<void>,
): LoadedCatalogue {
  const result: LoadedCatalogue = { ...catalogue, source };
  Object.defineProperty(result, SEARCH, { value: searchable(result, search, words && (() => words(result))) });
  Object.defineProperty(result, LOADED_IN, { value: loadedIn });
  return result;
}

// The browser's copy of each catalogue (IndexedDB), loaded the first time it is written or read.
// A copy is written once the widgets have shown the catalogue (afterShown): its code and its work
// are not the first results'. (A source that fails reads the copy at once.) A file the worker read
// is kept as its bytes, at the same moment (worker-client.ts).
const browserCache: CatalogueCache = {
  load: (url) => import('./cache.js').then((module) => module.browserCache.load(url)),
  save: (url, copy) =>
    afterShown()
      .then(() => import('./cache.js'))
      .then((module) => module.browserCache.save(url, copy)),
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

// The catalogue requests pomoc.iife.js sent before this module had arrived (classic.ts), by absolute
// URL: the load of that URL reads the response instead of requesting the file again.
const EARLY_FETCH = Symbol.for('pomoc.earlyFetch.v1');
type EarlyFetches = Map<string, { response: Promise<Response>; abort(): void }>;

/** The page's fetch, but for `url` the request pomoc.iife.js already sent, if it did (once). */
function fetchWithEarly(url: string): typeof fetch | undefined {
  const early = (globalThis as { [EARLY_FETCH]?: EarlyFetches })[EARLY_FETCH]?.get(url);
  if (!early) return undefined;
  (globalThis as { [EARLY_FETCH]?: EarlyFetches })[EARLY_FETCH]!.delete(url);
  let taken = false;
  return (input, init) => {
    if (taken || String(input) !== url) return globalThis.fetch(input, init);
    taken = true;
    // The loader's timeout aborts the request that is under way.
    init?.signal?.addEventListener('abort', () => early.abort(), { once: true });
    return early.response;
  };
}

// A load that pomoc.iife.js started before any widget asked (preloadCatalogue) carries this until
// one does: if it fails meanwhile, the widget gets that failure instead of a second fetch.
const PRELOADED = Symbol.for('pomoc.preloaded.v1');
type Load = Promise<LoadedCatalogue> & { [PRELOADED]?: { failed: boolean } };

/** The catalogue at `url`, fetched once per page whoever asks. */
export function loadCatalogue(url: string, options: LoadOptions = {}): Promise<LoadedCatalogue> {
  return start(url, options, false);
}

/**
 * Starts loading the catalogue at `url` for a widget whose module is still on its way (the
 * autoloader, classic.ts): the fetch begins at once, not once the widget's code has arrived and
 * run. The widget's own loadCatalogue gets this load, failed or not.
 */
export function preloadCatalogue(url: string): void {
  start(url, {}, true).catch(() => undefined);
}

function start(url: string, options: LoadOptions, preload: boolean): Promise<LoadedCatalogue> {
  let key: string;
  try {
    key = absolute(url);
  } catch (cause) {
    return Promise.reject(new CatalogueError('network', `"${url}" is not a valid catalogue address.`, { url, cause }));
  }
  const loads = registry();
  let load: Load | undefined = loads.get(key);
  if (load?.[PRELOADED] && !preload) {
    // The first widget to ask claims the preloaded load; a failure already heard is forgotten now.
    const { failed } = load[PRELOADED];
    delete load[PRELOADED];
    if (failed) loads.delete(key);
  } else if (!load) {
    const started: Load = fetchAndValidate(key, options);
    if (preload) started[PRELOADED] = { failed: false };
    loads.set(key, (load = started));
    // A failed load is forgotten, so that "try again" fetches anew (once a widget has heard it).
    started.catch(() => {
      if (started[PRELOADED]) started[PRELOADED].failed = true;
      else if (loads.get(key) === started) loads.delete(key);
    });
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

// A file this large (bytes) is read in a worker, where one can start; a smaller one on the page,
// in slices, sooner than a worker would have started (the sample, 73 services, is 0.9 MB).
export const WORKER_FROM = 1 << 20;

async function fetchAndValidate(url: string, options: LoadOptions): Promise<LoadedCatalogue> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const cache = options.cache === false ? undefined : (options.cache ?? browserCache);
  // A fetch or a cache given by the caller (tests, host pages) keeps everything on the page.
  const custom = options.fetch !== undefined || (options.cache !== undefined && options.cache !== false);
  // The page fetches (no worker is waited for); a worker for a large file (worker.ts) starts as
  // soon as the response announces its size.
  let started: Promise<StartedWorker | undefined> | undefined;
  const startWorker = () =>
    loadClient().then(
      (module) => module.startWorker(),
      () => undefined,
    );
  // The reader loads with the fetch, not once the size is known: most towns' catalogues are under
  // 1 MB and read on the page, and for them that wait was the first results' (a file read in the
  // worker leaves it unused: ≈ 13 kB gzip more on such a page, never run).
  loadReader().catch(() => undefined);
  const prepare = (bytes: number | undefined) => {
    if (!custom && (bytes === undefined || bytes >= WORKER_FROM)) {
      started ??= startWorker().then((worker) => {
        // What the page needs of a worker's catalogue: the search index.
        if (worker) loadSearch().catch(() => undefined);
        return worker;
      });
    }
  };
  let fetched: Fetched;
  try {
    fetched = { bytes: await fetchBytes(url, timeout, options.fetch ?? fetchWithEarly(url), prepare) };
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    fetched = { error };
  }
  // The file's own size decides (a compressed response announces less); a source that failed
  // leaves the last good copy, of any size, to the worker.
  if (!custom && (fetched.error ? cache !== undefined : lengthOf(fetched.bytes) >= WORKER_FROM)) {
    const worker = await (started ??= startWorker());
    const result = worker && (await (await loadClient()).readInWorker(worker, url, fetched, cache !== undefined));
    if (result === 'lost') {
      // The worker stopped midway with the bytes: the page fetches them again (rare).
      try {
        fetched = { bytes: await fetchBytes(url, timeout, options.fetch) };
      } catch (error) {
        if (!(error instanceof CatalogueError)) throw error;
        fetched = { error };
      }
    } else if (result) {
      const module = await loadSearch();
      // The index lists and filters at once; its words come from the worker when a widget first
      // searches text or the widgets have shown the catalogue (or, should it fail, are built here).
      const catalogue = loaded(result.catalogue, result.source, 'worker', module, (adopted) =>
        result.words().then(
          (words) => module.completeIndex(adopted, words),
          () => module.completeIndex(adopted),
        ),
      );
      module.adoptIndex(catalogue, result.parts);
      // The words asked for anyway once the widgets have shown the catalogue.
      void afterShown()
        .then(() => whenSearchable(catalogue))
        .catch(() => undefined);
      // The widgets' first render in a task of its own, not in the last message's.
      await nextTask();
      return catalogue;
    }
  } else if (started) {
    void started.then((worker) => worker && loadClient().then((module) => module.dropWorker(worker)));
  }
  // Without a worker, the page reads the catalogue, in slices of the main thread: decoding,
  // parsing and validating a large catalogue (and later indexing it, whenSearchable) run in slices
  // of a few dozen ms (yield.ts), not in one long task that freezes the town's page.
  const module = await loadReader();
  const { catalogue, source } = await module.settle(url, fetched, cache, inSlices);
  // The widgets' first render in a task of its own, not in the last slice's.
  await nextTask();
  return loaded(catalogue, source, 'page');
}
