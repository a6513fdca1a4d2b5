/**
 * The last good copy of each catalogue URL, kept in the browser (IndexedDB: catalogues are often
 * larger than localStorage allows) so that a dead source still shows data, flagged "as of …".
 */
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
  savedAt?: unknown;
}

/** IndexedDB where the browser allows it; private modes and sandboxed frames may refuse. */
export const browserCache: CatalogueCache = {
  async load(url) {
    if (typeof indexedDB === 'undefined') return undefined;
    try {
      const copy = await run<StoredCopy | undefined>('readonly', (store) => store.get(url));
      if (typeof copy?.savedAt !== 'string') return undefined;
      if (typeof copy.text === 'string') return { text: copy.text, savedAt: copy.savedAt };
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
    try {
      await run('readwrite', (store) => {
        const count = Math.ceil(copy.text.length / PART);
        // One transaction: the old copy stays whole until the new one is.
        const request = store.delete(partsOf(url));
        let next = 0;
        const write = () => {
          if (next === count) {
            store.put({ parts: count, savedAt: copy.savedAt }, url);
            return;
          }
          // Each part once the last is written: a task each.
          store.put(copy.text.slice(next * PART, (next + 1) * PART), [url, next++]).onsuccess = write;
        };
        request.onsuccess = write;
        return request;
      });
    } catch {
      // A full or refused store only costs the offline copy.
    }
  },
};
