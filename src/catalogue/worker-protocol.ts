/**
 * What the page and the catalogue worker (worker.ts) say to each other. The page sends the bytes
 * it fetched; the worker answers with the catalogue's small parts, the search index, the layout
 * (layout.ts), then the records as JSON text in parts, which the page reads one record at a time,
 * only when asked (lazy.ts).
 */
import { CatalogueError, type CatalogueErrorCode } from './errors.js';
import type { LayoutParts } from './layout.js';
import type { CatalogueHead } from './lazy.js';
import type { IndexParts, IndexWords } from './search.js';

/** A CatalogueError as it crosses: its cause stays behind. */
export interface SentError {
  code: CatalogueErrorCode;
  message: string;
  url?: string;
  status?: number;
}

export const sendError = (error: CatalogueError): SentError => ({
  code: error.code,
  message: error.message,
  url: error.details.url,
  status: error.details.status,
});

export const rebuildError = ({ code, message, url, status }: SentError) =>
  new CatalogueError(code, message, { url, status });

/** The page asks the worker to read one catalogue it has fetched: its bytes (transferred), or why there are none. */
export interface WorkerRequest {
  /** Absolute. */
  url: string;
  fetched: { bytes: Uint8Array[]; error?: undefined } | { error: SentError; bytes?: undefined };
  /** Whether to read the last good copy (IndexedDB) when the source failed, and say whether to keep this file as it (`head.keep`). */
  cache: boolean;
}

/** The page asks for the index's words (once): a widget searches text, or the catalogue is shown. */
export interface WorkerWordsRequest {
  type: 'words';
}

/**
 * What the page and the worker say to each other, numbered: a `pomoc-worker.js` cached from
 * another version than the page's script is not used (the page reads the catalogue itself).
 */
export const PROTOCOL = 4;

/** The lists that cross in parts; every other part of the catalogue crosses in `head`. */
export const LISTS = ['organizations', 'locations', 'services'] as const;
export type ListKey = (typeof LISTS)[number];

/** The index's lists with an entry per service: too large to cross in one message. */
export const INDEX_LISTS = ['names', 'schedules'] as const;
export type IndexListKey = (typeof INDEX_LISTS)[number];

export type { CatalogueHead } from './lazy.js';

export type WorkerMessage =
  /** The worker runs (its modules are loaded): it may be given the bytes, if it speaks this protocol. */
  | { type: 'started'; protocol?: number }
  | {
      type: 'head';
      head: CatalogueHead;
      fetchedAt: string;
      /**
       * Whether the file is to be kept as the last good copy (read, and no whole part lost): the
       * page keeps its bytes once the widgets have shown it (worker-client.ts).
       */
      keep: boolean;
      stale?: SentError;
    }
  /** The index's lists with an entry per service, in parts. */
  | { type: 'index-list'; key: IndexListKey; list: unknown[] }
  /** The rest of the index's first parts (no words yet), typed arrays transferred. */
  | { type: 'index'; parts: IndexParts }
  /** The index's words, after `done` (their names came as an index-list before), typed arrays transferred. */
  | { type: 'words'; words: IndexWords }
  /** Where the services are (layout.ts), typed arrays transferred. */
  | { type: 'layout'; layout: LayoutParts }
  /** The file's bytes, given back once decoded (transferred): the page finds its records in them (lazy.ts). */
  | { type: 'file'; bytes: Uint8Array }
  /**
   * A list's records: their ids; for each, the number of the file's element it is unchanged, or
   * -1 (then its JSON is in `own`, one after another in UTF-8); how many elements the file's list
   * has (the page's scan must find as many). Buffers transferred.
   */
  | {
      type: 'records';
      key: ListKey;
      ids: string[];
      raw: Int32Array;
      elements: number;
      own: { bytes: Uint8Array; ends: Uint32Array };
    }
  /** The catalogue is complete but for its index's words (`words` follows). */
  | { type: 'done' }
  | { type: 'error'; error: SentError }
  /** Anything but a CatalogueError: a fault of the worker itself. */
  | { type: 'failed'; message: string };
