/**
 * What the page and the catalogue worker (worker.ts) say to each other. The page sends the bytes
 * it fetched; the worker answers with the catalogue in parts small enough that reading each one
 * is a short task of the page's main thread, then the search index's parts.
 */
import { CatalogueError, type CatalogueErrorCode } from './errors.js';
import type { IndexParts } from './search.js';
import type { Catalogue } from './validate-core.js';

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
  /** Whether to read and write the last good copy (IndexedDB). */
  cache: boolean;
}

/** The lists that cross in parts; every other part of the catalogue crosses in `head`. */
export const LISTS = ['organizations', 'locations', 'services'] as const;
export type ListKey = (typeof LISTS)[number];

/** The index's lists with an entry per service: too large to cross in one message. */
export const INDEX_LISTS = ['names', 'schedules'] as const;
export type IndexListKey = (typeof INDEX_LISTS)[number];

export type CatalogueHead = Omit<Catalogue, ListKey | 'organizationById' | 'locationById' | 'serviceById'>;

export type WorkerMessage =
  /** The worker runs (its modules are loaded): it may be given the bytes. */
  | { type: 'started' }
  | {
      type: 'head';
      head: CatalogueHead;
      fetchedAt: string;
      stale?: SentError;
    }
  | { type: 'records'; key: ListKey; list: unknown[] }
  /** The index's lists with an entry per service, in parts like the services. */
  | { type: 'index-list'; key: IndexListKey; list: unknown[] }
  /** The last message of a catalogue: the rest of the index's parts, typed arrays transferred. */
  | { type: 'index'; parts: IndexParts }
  | { type: 'error'; error: SentError }
  /** Anything but a CatalogueError: a fault of the worker itself. */
  | { type: 'failed'; message: string };
