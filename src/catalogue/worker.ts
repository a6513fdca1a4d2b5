/**
 * The catalogue worker (`pomoc-worker.js` beside the other files of dist/): decodes, parses,
 * validates and indexes a catalogue the page has fetched (or its last good copy, when the source
 * failed), off the town's page's main thread. The steps are the loader's own (ingest.ts,
 * search.ts), run at once here instead of in slices; zod and the schema still load only for a file
 * that needs them.
 *
 * One worker reads one catalogue; the page ends it, and keeps the file's bytes as the last good
 * copy. The file's bytes go back to the page once decoded (transferred); the records never cross
 * as objects: for each, the number of the file's element it is (the page reads it from the bytes
 * only when asked, lazy.ts), or its JSON when validation changed it. Then the layout (layout.ts)
 * and the search index's first parts, their typed arrays transferred, not copied; the index's
 * words when the page asks for them. Search stays on the page, synchronous, on the index.
 */
import { CatalogueError } from './errors.js';
import type { Fetched, Run } from './ingest.js';
import type { IndexParts, IndexWords } from './search.js';
import {
  LISTS,
  PROTOCOL,
  rebuildError,
  sendError,
  type CatalogueHead,
  type WorkerMessage,
  type WorkerRequest,
  type WorkerWordsRequest,
} from './worker-protocol.js';
import type { CatalogueCache } from './cache.js';
import { atOnce } from './yield.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest | WorkerWordsRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

// Entries of the index's lists per message: reading one part on the page is a few milliseconds.
const PART = 200;

const run: Run = (steps) => Promise.resolve().then(() => atOnce(steps));
run.whole = true;

// Reading and indexing load as soon as this small module runs: the page starts the worker while
// the catalogue's body is still arriving.
const modules = Promise.all([
  import('./ingest.js'),
  import('./search.js'),
  import('./cache.js'),
  import('./layout-steps.js'),
  import('./lazy.js'),
]);
modules.catch(() => undefined);

// The last good copy is read here (a source that failed), but written by the page, which has the
// file's bytes (worker-client.ts): as text, written here, 30 MB took ≈ 0.5 s of this worker and as
// long of the browser. Reading says only whether the file is to be kept.
let keep = false;
const lastGoodCopy: CatalogueCache = {
  load: (url) => modules.then(([, , { browserCache }]) => browserCache.load(url)),
  save: () => {
    keep = true;
    return Promise.resolve();
  },
};

// The page asks for the index's words once (WorkerWordsRequest), and ends this worker once it has
// them and has shown the catalogue (worker-client.ts).
let askForWords!: () => void;
const wordsAsked = new Promise<void>((resolve) => (askForWords = resolve));
scope.onmessage = ({ data }) => {
  if ('type' in data) askForWords();
  else void read(data);
};
scope.postMessage({ type: 'started', protocol: PROTOCOL });

async function read({ url, fetched: sent, cache }: WorkerRequest): Promise<void> {
  try {
    // The file in one piece (the page reads a large file so: fetch.ts), given back to the page
    // once decoded (transferred, not copied), which finds where each record is in it while this
    // worker parses and validates.
    const file = sent.bytes && joined(sent.bytes);
    const fetched: Fetched = file ? { bytes: [file] } : { error: rebuildError(sent.error!) };
    const [{ settle }, { indexParts }, , { layoutSteps }, { encodeRecords }] = await modules;
    const giveBack = () => file && scope.postMessage({ type: 'file', bytes: file }, [file.buffer as ArrayBuffer]);
    const { catalogue, source, json } = await settle(url, fetched, cache ? lastGoodCopy : undefined, run, giveBack);
    const { meta, organizations, locations, services, situations, crisisLines, ownCrisisLines, synonyms, issues } =
      catalogue;
    // The maps by id are made again on the page, from the lists.
    const head: CatalogueHead = { meta, situations, crisisLines, ownCrisisLines, synonyms, issues };
    scope.postMessage({
      type: 'head',
      head,
      fetchedAt: source.fetchedAt,
      keep,
      stale: source.stale && sendError(source.stale.error),
    });
    // The records first, never as objects (as objects, 20,000 services took the page ≈ 850 ms to
    // read and filled its heap): each as the number of the file's element it is, unchanged (the
    // page reads it from the file's bytes when asked, lazy.ts); the few that validation changed (a
    // repaired address, …) as JSON of their own. A catalogue from the last good copy is not the
    // file's: all of its records are sent so. First, so that the page numbers them by id while
    // this worker indexes.
    const lists = { organizations, locations, services };
    const fromFile = file && json && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
    for (const key of LISTS) {
      const list = lists[key] as { id: string }[];
      const elements = fromFile && Array.isArray(fromFile[key]) ? (fromFile[key] as unknown[]) : [];
      const numberOf = new Map<unknown, number>(elements.map((element, number) => [element, number]));
      const raw = new Int32Array(list.length);
      const changed: unknown[] = [];
      list.forEach((record, i) => {
        raw[i] = numberOf.get(record) ?? -1;
        if (raw[i] < 0) changed.push(record);
      });
      const own = encodeRecords(changed);
      scope.postMessage(
        { type: 'records', key, ids: list.map((record) => record.id), raw, elements: elements.length, own },
        [raw.buffer, own.bytes.buffer, own.ends.buffer] as ArrayBuffer[],
      );
    }
    // Then the layout and the index, their typed arrays transferred.
    const layout = atOnce(layoutSteps(catalogue));
    scope.postMessage({ type: 'layout', layout }, [
      layout.placeRank.buffer,
      layout.latitude.buffer,
      layout.longitude.buffer,
      layout.serviceLocations.offsets.buffer,
      layout.serviceLocations.values.buffer,
      layout.serviceTowns.offsets.buffer,
      layout.serviceTowns.values.buffer,
    ] as ArrayBuffer[]);
    // The index's first parts (what the first results need), and the page has the catalogue; then
    // the words of the services' own texts (≈ 30 % of the index), when the page asks for them.
    let ahead = false;
    const steps = indexParts(catalogue, (first) => {
      for (const list of inParts<unknown>(first.schedules)) {
        scope.postMessage({ type: 'index-list', key: 'schedules', list });
      }
      const rest: IndexParts = { ...first, names: [], ids: [], schedules: [] };
      scope.postMessage({ type: 'index', parts: rest }, buffersOf(rest));
      scope.postMessage({ type: 'done' });
      ahead = true;
    });
    let step = steps.next();
    while (!step.done && !ahead) step = steps.next();
    // The words when the page asks (a search, or the widgets have shown the catalogue): built
    // at once, they took the cores the page's first results needed.
    await wordsAsked;
    while (!step.done) step = steps.next();
    const { names, townWords, postings, groupPostings, vocabulary, vocabularyIds } = step.value;
    for (const list of inParts<unknown>(names)) scope.postMessage({ type: 'index-list', key: 'names', list });
    const words: IndexWords = { names: [], townWords, postings, groupPostings, vocabulary, vocabularyIds };
    scope.postMessage({ type: 'words', words }, buffersOf(words as IndexParts));
  } catch (caught) {
    scope.postMessage(
      caught instanceof CatalogueError
        ? { type: 'error', error: sendError(caught) }
        : { type: 'failed', message: String(caught) },
    );
  }
}

function* inParts<T>(list: readonly T[], part = PART): Generator<T[]> {
  for (let at = 0; at < list.length; at += part) yield list.slice(at, at + part);
}

/** Chunks of bytes as one array (the one chunk as it is). */
function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
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
