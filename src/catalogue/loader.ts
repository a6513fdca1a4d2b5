/**
 * Loading a catalogue: one fetch per URL per page, shared by every widget (even by two copies of
 * the script), a timeout, typed errors with readable messages, record-by-record validation, and
 * the last good copy used when the source fails.
 */
import type { CatalogueCache } from './cache.js';
import { CatalogueError } from './errors.js';
import type { SearchIndex } from './search.js';
import type { Catalogue } from './validate.js';
import { inSlices, nextTask, type Steps } from './yield.js';

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

function loaded(module: Reader, catalogue: Catalogue, source: CatalogueSource): LoadedCatalogue {
  const result: LoadedCatalogue & Indexed = { ...catalogue, source };
  Object.defineProperty(result, INDEXER, { value: module.searchIndex });
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
  const cache = options.cache === false ? undefined : (options.cache ?? browserCache);
  const read = loadReader();
  // Awaited below whenever there is text to read; a failed fetch alone must not leave it unheard.
  read.catch(() => undefined);
  try {
    const text = await fetchText(url, options);
    const module = await read;
    const { readCatalogue, brokenPart } = module;
    // Decoding, parsing, validating and indexing a large catalogue run in slices of a few dozen ms
    // (yield.ts), not in one long task that freezes the town's page (20,000 services: about half a
    // second in all).
    const catalogue = await module.validate(await module.parseCatalogue(url, text));
    const fetchedAt = new Date().toISOString();
    const broken = brokenPart(catalogue);
    if (!broken) {
      void cache?.save(url, { text, savedAt: fetchedAt });
      return indexed(module, loaded(module, catalogue, { url, fetchedAt }));
    }
    // A file that reads but has lost a whole part (a bad export, a half-edited spreadsheet) does not
    // replace the last good copy, and the copy shows while the source is broken.
    const copy = await cache?.load(url).catch(() => undefined);
    if (copy) {
      try {
        const previous = await readCatalogue(url, copy.text);
        if (!brokenPart(previous)) {
          const error = new CatalogueError(
            'not-catalogue',
            `The catalogue at ${url} has no valid ${broken} now; the copy of ${copy.savedAt} is shown.`,
            { url },
          );
          return indexed(module, loaded(module, previous, { url, fetchedAt: copy.savedAt, stale: { error } }));
        }
      } catch {
        // The copy is no better: show what the source has.
      }
    }
    return indexed(module, loaded(module, catalogue, { url, fetchedAt }));
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    const copy = await cache?.load(url);
    if (!copy) throw error;
    try {
      const module = await read;
      return await indexed(
        module,
        loaded(module, await module.readCatalogue(url, copy.text), { url, fetchedAt: copy.savedAt, stale: { error } }),
      );
    } catch {
      throw error;
    }
  }
}

async function fetchText(url: string, options: LoadOptions): Promise<string> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const controller = new AbortController();
  let timedOut = false;
  let bytes: Uint8Array;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetchFn(url, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      });
    } catch (cause) {
      if (timedOut) throw timeoutError(url, timeout, cause);
      if (isCrossOrigin(url) && (await answersOpaquely(fetchFn, url))) {
        throw new CatalogueError(
          'cors',
          `The server of ${url} answers, but does not let other websites read the catalogue (CORS). Its publisher must send the header Access-Control-Allow-Origin.`,
          { url, cause },
        );
      }
      throw new CatalogueError(
        'network',
        `The catalogue at ${url} cannot be reached (no connection, or the server is down).`,
        {
          url,
          cause,
        },
      );
    }
    if (!response.ok) {
      const reason = response.status === 404 ? 'was not found' : `answered with an error`;
      throw new CatalogueError('http', `The catalogue at ${url} ${reason} (HTTP ${response.status}).`, {
        url,
        status: response.status,
      });
    }
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (cause) {
      if (timedOut) throw timeoutError(url, timeout, cause);
      throw new CatalogueError('network', `The catalogue at ${url} stopped downloading midway.`, { url, cause });
    }
  } finally {
    clearTimeout(timer);
  }
  return inSlices(decodeSteps(bytes));
}

// About 6 ms of decoding each in Chromium.
const DECODE_STEP = 2 << 20;

/**
 * The same decoding as response.text() (UTF-8, a BOM dropped, bad bytes replaced), measured about
 * a fifth faster in Chromium on the 30 MB benchmark catalogue, and in steps (see yield.ts).
 */
function* decodeSteps(bytes: Uint8Array): Steps<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (let at = 0; at < bytes.length; at += DECODE_STEP) {
    text += decoder.decode(bytes.subarray(at, at + DECODE_STEP), { stream: true });
    yield;
  }
  return text + decoder.decode();
}

const timeoutError = (url: string, timeout: number, cause: unknown) =>
  new CatalogueError('timeout', `The catalogue at ${url} did not arrive within ${Math.round(timeout / 1000)} s.`, {
    url,
    cause,
  });

function isCrossOrigin(url: string): boolean {
  return typeof location !== 'undefined' && new URL(url).origin !== location.origin;
}

/**
 * A failed cross-origin fetch is a CORS block or a network failure: the browser will not say
 * which. A no-cors request succeeds (opaquely) only when the server answers, so it tells them apart.
 */
async function answersOpaquely(fetchFn: typeof fetch, url: string): Promise<boolean> {
  try {
    await fetchFn(url, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}
