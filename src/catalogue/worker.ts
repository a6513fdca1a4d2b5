/**
 * The catalogue worker (`pomoc-worker.js` beside the other files of dist/): decodes, parses,
 * validates and indexes a catalogue the page has fetched, and keeps its last good copy in IndexedDB, off the town's
 * page's main thread. The steps are the loader's own (ingest.ts, search.ts), run at once here
 * instead of in slices; zod and the schema still load only for a file that needs them.
 *
 * One worker reads one catalogue, then closes once its copy is saved. The catalogue crosses in
 * parts of a few hundred records, so that the page reads each in a short task of its own; the
 * search index's typed arrays are transferred, not copied. Search stays on the page, synchronous.
 */
import { CatalogueError } from './errors.js';
import type { Fetched, Run } from './ingest.js';
import type { IndexParts } from './search.js';
import {
  INDEX_LISTS,
  LISTS,
  rebuildError,
  sendError,
  type CatalogueHead,
  type WorkerMessage,
  type WorkerRequest,
} from './worker-protocol.js';
import { atOnce } from './yield.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  close(): void;
}
const scope = globalThis as unknown as WorkerScope;

// Records per message: reading one part on the page is a few milliseconds.
const PART = 200;

const run: Run = (steps) => Promise.resolve().then(() => atOnce(steps));
run.whole = true;

// Reading and indexing load as soon as this small module runs: the page starts the worker while
// the catalogue's body is still arriving.
const modules = Promise.all([import('./ingest.js'), import('./search.js'), import('./cache.js')]);
modules.catch(() => undefined);

scope.onmessage = ({ data: request }) => {
  void read(request).finally(() => scope.close());
};
scope.postMessage({ type: 'started' });

async function read({ url, fetched: sent, cache }: WorkerRequest): Promise<void> {
  try {
    const fetched: Fetched = sent.error ? { error: rebuildError(sent.error) } : { bytes: sent.bytes! };
    const [{ settle }, { indexParts }, { browserCache }] = await modules;
    const { catalogue, source, saved } = await settle(url, fetched, cache ? browserCache : undefined, run);
    const { meta, organizations, locations, services, situations, crisisLines, ownCrisisLines, synonyms, issues } =
      catalogue;
    // The maps by id are made again on the page, from the lists.
    const head: CatalogueHead = { meta, situations, crisisLines, ownCrisisLines, synonyms, issues };
    scope.postMessage({
      type: 'head',
      head,
      fetchedAt: source.fetchedAt,
      stale: source.stale && sendError(source.stale.error),
    });
    // The records first: the page reads them while the worker indexes.
    const lists = { organizations, locations, services };
    for (const key of LISTS) {
      for (const list of inParts(lists[key])) scope.postMessage({ type: 'records', key, list });
    }
    const parts = atOnce(indexParts(catalogue));
    for (const key of INDEX_LISTS) {
      for (const list of inParts<unknown>(parts[key])) scope.postMessage({ type: 'index-list', key, list });
    }
    const rest: IndexParts = { ...parts, names: [], schedules: [] };
    scope.postMessage({ type: 'index', parts: rest }, buffersOf(rest));
    await saved;
  } catch (caught) {
    scope.postMessage(
      caught instanceof CatalogueError
        ? { type: 'error', error: sendError(caught) }
        : { type: 'failed', message: String(caught) },
    );
  }
}

function* inParts<T>(list: readonly T[]): Generator<T[]> {
  for (let at = 0; at < list.length; at += PART) yield list.slice(at, at + PART);
}

/** The buffers of the index's typed arrays, each once. */
function buffersOf(parts: IndexParts): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (value: unknown) => {
    if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
  };
  for (const value of Object.values(parts)) {
    add(value);
    if (value && typeof value === 'object' && 'offsets' in value) Object.values(value).forEach(add);
  }
  return [...buffers];
}
