/**
 * The last good copy of each catalogue URL, kept in the browser (IndexedDB: catalogues are often
 * larger than localStorage allows) so that a dead source still shows data, flagged "as of …".
 */
import { nextTask } from './yield.js';

export interface CachedCopy {
  /** The catalogue file as it was fetched. */
  text: string;
  /** When it was fetched, ISO 8601. */
  savedAt: string;
}

export interface CatalogueCache {
  load(url: string): Promise<CachedCopy | undefined>;
  save(url: string, copy: CachedCopy): Promise<void>;
}

/** The browser's cache, which also keeps a large file as its bytes (a Blob). */
export interface BrowserCache extends CatalogueCache {
  /**
   * Keeps the file's bytes as the copy of `url` (`load` gives its text back): for a large file the
   * worker read, whose text the page does not have. Made into a Blob a megabyte per task.
   */
  saveBytes(url: string, bytes: Uint8Array, savedAt: string): Promise<void>;
}

const DB_NAME = 'pomoc';
const STORE = 'catalogues';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB is blocked'));
  });
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return openDatabase().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result as T);
        };
        transaction.onerror = transaction.onabort = () => {
          db.close();
          reject(transaction.error);
        };
      }),
  );
}

// A large text is kept in parts (keys [url, 0], [url, 1]…), each written in a task of its own:
// IndexedDB copies a value in the task that puts it, and one 30 MB text (20,000 services) took a
// quarter of a second there. The record under the URL itself says how many parts there are.
const PART = 1 << 20;

const partsOf = (url: string, count = Infinity) => IDBKeyRange.bound([url, 0], [url, count - 1]);

interface StoredCopy {
  text?: unknown;
  parts?: unknown;
  blob?: unknown;
  savedAt?: unknown;
}

/**
 * A file's bytes as a Blob, a part per task. IndexedDB stores a Blob by reference, at once; the
 * text of a 30 MB file (20,000 services) written in parts took ≈ 0.5 s of the writing thread,
 * and as long again of the browser's, in the seconds when a resident starts to type.
 */
async function blobOf(bytes: Uint8Array): Promise<Blob> {
  const parts: Blob[] = [];
  for (let at = 0; at < bytes.length; at += PART) {
    if (at > 0) await nextTask();
    parts.push(new Blob([bytes.subarray(at, at + PART) as Uint8Array<ArrayBuffer>]));
  }
  return new Blob(parts, { type: 'application/json' });
}

/** Writes `value` as the copy of `url` in one transaction: the old copy stays whole until the new one is. */
function replace(url: string, value: StoredCopy, parts: string[] = []) {
  return run('readwrite', (store) => {
    const request = store.delete(partsOf(url));
    let next = 0;
    const write = () => {
      if (next === parts.length) {
        store.put(value, url);
        return;
      }
      // Each part once the last is written: a task each.
      const at = next++;
      store.put(parts[at], [url, at]).onsuccess = write;
    };
    request.onsuccess = write;
    return request;
  });
}

/** IndexedDB where the browser allows it; private modes and sandboxed frames may refuse. */
export const browserCache: BrowserCache = {
  async load(url) {
    if (typeof indexedDB === 'undefined') return undefined;
    try {
      const copy = await run<StoredCopy | undefined>('readonly', (store) => store.get(url));
      if (typeof copy?.savedAt !== 'string') return undefined;
      if (typeof copy.text === 'string') return { text: copy.text, savedAt: copy.savedAt };
      if (copy.blob instanceof Blob) return { text: await copy.blob.text(), savedAt: copy.savedAt };
      if (typeof copy.parts !== 'number') return undefined;
      const parts = await run<unknown[]>('readonly', (store) => store.getAll(partsOf(url, copy.parts as number)));
      if (parts.length !== copy.parts || parts.some((part) => typeof part !== 'string')) return undefined;
      return { text: parts.join(''), savedAt: copy.savedAt };
    } catch {
      return undefined;
    }
  },
  async save(url, copy) {
    if (typeof indexedDB === 'undefined') return;
    const parts: string[] = [];
    for (let at = 0; at < copy.text.length; at += PART) parts.push(copy.text.slice(at, at + PART));
    try {
      await replace(url, { parts: parts.length, savedAt: copy.savedAt }, parts);
    } catch {
      // A full or refused store only costs the offline copy.
    }
  },
  async saveBytes(url, bytes, savedAt) {
    // No bytes (a buffer given away meanwhile) never replace a copy.
    if (typeof indexedDB === 'undefined' || bytes.length === 0) return;
    try {
      await replace(url, { blob: await blobOf(bytes), savedAt });
    } catch {
      // As above.
    }
  },
};
