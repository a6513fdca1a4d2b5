/**
 * The page's side of the catalogue worker (worker.ts): starting it from the script's own folder,
 * sending it the bytes the page fetched, and putting together what it answers. Where a worker cannot start
 * (a Content-Security-Policy without workers, a script from another origin, an old browser), the
 * loader reads the catalogue on the page, in slices of the main thread: startWorker says which.
 */
import type { CatalogueSource } from './loader.js';
import type { IndexParts, IndexWords } from './search.js';
import type { Catalogue } from './validate-core.js';
import type { Fetched } from './ingest.js';
import { fileSpans, lazyCatalogue, type RecordTexts, type Spans } from './lazy.js';
import { afterShown, inSlices } from './yield.js';
import type { LayoutParts } from './layout.js';
import {
  rebuildError,
  sendError,
  LISTS,
  PROTOCOL,
  type IndexListKey,
  type ListKey,
  type WorkerMessage,
  type WorkerRequest,
  type WorkerWordsRequest,
} from './worker-protocol.js';

// Beside this module: in dist/, every file is in one folder (the ES entries, the chunks that
// pomoc.iife.js loads, pomoc-worker.js). A variable, so that the bundler leaves the URL as it is.
const WORKER_FILE = './pomoc-worker.js';
const BASE = import.meta.url;

// A worker that has not started by then (its modules fetched and run) is given up.
const START_TIMEOUT = 4000;

// Set on the global object once a worker could not start: the page does not try again (a CSP
// would report each attempt), and two copies of the script know it alike.
const UNAVAILABLE = Symbol.for('pomoc.workerUnavailable.v1');
const shared = globalThis as { [UNAVAILABLE]?: true };

/**
 * Whether a <meta> Content-Security-Policy of the page forbids every worker (`worker-src 'none'`,
 * or the directives it falls back to): then the page does not even try, which the policy would
 * report as a violation. A policy sent as a header cannot be read: that attempt fails, and is the
 * only one.
 */
function cspForbidsWorkers(): boolean {
  if (typeof document === 'undefined') return false;
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="content-security-policy" i]')) {
    const directives = new Map<string, string>();
    for (const directive of meta.content.split(';')) {
      const [name, ...sources] = directive.trim().toLowerCase().split(/\s+/);
      if (name && !directives.has(name)) directives.set(name, sources.join(' '));
    }
    const sources =
      directives.get('worker-src') ??
      directives.get('child-src') ??
      directives.get('script-src') ??
      directives.get('default-src');
    if (sources === "'none'") return true;
  }
  return false;
}

export interface ReadInWorker {
  catalogue: Catalogue;
  source: CatalogueSource;
  /** The index's first parts: it lists and filters. */
  parts: IndexParts;
  /** Its words, which the worker builds when first asked for them; rejects if the worker fails. */
  words: () => Promise<IndexWords>;
}

/** A worker started for one catalogue, and whether it has started (its modules loaded and run). */
export interface StartedWorker {
  worker: Worker;
  /** True once the worker says it runs; false when it cannot (the page reads the catalogue then). */
  alive: Promise<boolean>;
}

/** Whether a worker may start here: false without workers, under a <meta> CSP that forbids them, or once one failed. */
export const workerPossible = () => typeof Worker !== 'undefined' && !shared[UNAVAILABLE] && !cspForbidsWorkers();

/**
 * A worker for one catalogue, started early (while the catalogue's body arrives, so that its
 * modules load meanwhile), or undefined when none can start here.
 */
export function startWorker(): StartedWorker | undefined {
  if (!workerPossible()) return undefined;
  let worker: Worker;
  try {
    // Throws for a script from another origin: a worker must be same-origin.
    worker = new Worker(new URL(WORKER_FILE, BASE), { type: 'module' });
  } catch {
    shared[UNAVAILABLE] = true;
    return undefined;
  }
  const alive = new Promise<boolean>((resolve) => {
    // A CSP header that forbids workers, the file missing, a module that fails to load, or a
    // worker that has not started in time: the page does not try a worker again.
    const failed = (event?: Event) => {
      event?.preventDefault();
      clearTimeout(timer);
      worker.onmessage = worker.onerror = null;
      worker.terminate();
      shared[UNAVAILABLE] = true;
      resolve(false);
    };
    const timer = setTimeout(failed, START_TIMEOUT);
    worker.onerror = failed;
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (data.type !== 'started') return;
      if (data.protocol !== PROTOCOL) return failed();
      clearTimeout(timer);
      worker.onmessage = worker.onerror = null;
      resolve(true);
    };
  });
  return { worker, alive };
}

/** A started worker that is not needed after all (the file is small). */
export function dropWorker(started: StartedWorker | undefined): void {
  started?.worker.terminate();
}

/**
 * The catalogue at `url` (absolute) as a worker reads the bytes the page fetched; undefined when
 * the worker could not start (the bytes are still the page's to read), 'lost' when it stopped
 * midway (the bytes went with it). Rejects with the same CatalogueError as the page would
 * (rebuilt: its `cause` stays in the worker).
 */
export async function readInWorker(
  started: StartedWorker,
  url: string,
  fetched: Fetched,
  cache: boolean,
): Promise<ReadInWorker | 'lost' | undefined> {
  const { worker } = started;
  if (!(await started.alive)) return undefined;
  return new Promise((resolve, reject) => {
    const texts: Partial<Record<ListKey, RecordTexts & { elements: number }>> = {};
    // The file's bytes come back once the worker has decoded them: the page finds where each
    // record is in them, in slices, while the worker parses, validates and indexes.
    let spans: Promise<{ bytes: Uint8Array; spans: Partial<Record<ListKey, Spans>> | undefined }> | undefined;
    const indexLists: Record<IndexListKey, unknown[]> = { names: [], schedules: [] };
    let head: Extract<WorkerMessage, { type: 'head' }> | undefined;
    let parts: IndexParts | undefined;
    let layout: LayoutParts | undefined;
    let wordsCame!: (words: IndexWords) => void;
    let wordsFailed!: (error: Error) => void;
    const words = new Promise<IndexWords>((resolve, reject) => {
      wordsCame = resolve;
      wordsFailed = reject;
    });
    // Unless a widget searches text before the words come, nobody awaits them.
    words.catch(() => undefined);
    // The worker is done: it is ended once the widgets have shown what it read (ending it frees its
    // heap, a hundred MB and more for a national catalogue, which was a long task of the page's
    // while the first results were rendered).
    const stop = () => {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      void afterShown().then(() => worker.terminate());
    };
    // A worker that stops midway (it crashed, or a message could not be read).
    const stopped = (event?: Event) => {
      event?.preventDefault();
      stop();
      worker.terminate();
      shared[UNAVAILABLE] = true;
      resolve('lost');
      wordsFailed(new Error('pomoc: the catalogue worker stopped before its search index was complete'));
    };
    // Each message is a task of its own, and a short one: no record crosses as an object.
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      switch (data.type) {
        case 'head':
          head = data;
          break;
        case 'index-list': {
          const list = indexLists[data.key];
          for (const entry of data.list) list.push(entry);
          break;
        }
        case 'index':
          // The services' ids are the index's (the same order): they came with the records, before.
          parts = { ...data.parts, ...(indexLists as Pick<IndexParts, IndexListKey>), ids: texts.services!.ids };
          break;
        case 'layout':
          layout = data.layout;
          break;
        case 'file': {
          const { bytes } = data;
          // A file that is not JSON may not scan either: the worker says why it does not read.
          spans = inSlices(fileSpans(bytes)).then(
            (found) => ({ bytes, spans: found }),
            () => ({ bytes, spans: undefined }),
          );
          break;
        }
        case 'records': {
          const numbers = new Map<string, number>();
          data.ids.forEach((id, number) => numbers.set(id, number));
          texts[data.key] = { ids: data.ids, numbers, raw: data.raw, own: data.own, elements: data.elements };
          break;
        }
        case 'done':
          // The words come after.
          void finish();
          break;
        case 'words':
          stop();
          wordsCame({ ...data.words, names: indexLists.names as string[] });
          break;
        case 'error':
          stop();
          reject(rebuildError(data.error));
          wordsFailed(rebuildError(data.error));
          break;
        case 'failed': {
          stop();
          const error = new Error(`pomoc: the catalogue worker failed: ${data.message}`);
          reject(error);
          wordsFailed(error);
        }
      }
    };
    const finish = async () => {
      const file = await spans;
      for (const key of LISTS) {
        const list = texts[key]!;
        const found = file?.spans?.[key];
        if (found && found.starts.length === list.elements) list.file = { bytes: file!.bytes, spans: found };
        else if (list.raw.some((element) => element >= 0)) {
          // The page's scan does not agree with the worker's JSON.parse (it never should): the
          // page reads the file itself.
          console.warn(`pomoc: the records of ${url} could not be found in the file; reading it on the page`);
          shared[UNAVAILABLE] = true;
          stop();
          resolve('lost');
          return;
        }
      }
      const catalogue = lazyCatalogue(head!.head, texts as Record<ListKey, RecordTexts>, layout!);
      const source: CatalogueSource = { url, fetchedAt: head!.fetchedAt };
      if (head!.stale) source.stale = { error: rebuildError(head!.stale) };
      let asked = false;
      const askedWords = () => {
        if (!asked) worker.postMessage({ type: 'words' } satisfies WorkerWordsRequest);
        asked = true;
        return words;
      };
      resolve({ catalogue, source, parts: parts!, words: askedWords });
      // The file's bytes kept as the last good copy, once the widgets have shown the catalogue.
      const bytes = file?.bytes;
      if (cache && head!.keep && bytes) {
        void afterShown()
          .then(() => import('./cache.js'))
          .then(({ browserCache }) => browserCache.saveBytes(url, bytes, head!.fetchedAt));
      }
    };
    worker.onerror = stopped;
    worker.onmessageerror = stopped;
    const request: WorkerRequest = fetched.error
      ? { url, cache, fetched: { error: sendError(fetched.error) } }
      : { url, cache, fetched: { bytes: fetched.bytes } };
    // Transferred, not copied (a copy of 30 MB is a long task): the worker runs, and has them all.
    worker.postMessage(request, [...new Set(fetched.bytes?.map((chunk) => chunk.buffer as ArrayBuffer))]);
  });
}
