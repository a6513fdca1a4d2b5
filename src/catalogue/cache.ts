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

/** IndexedDB where the browser allows it; private modes and sandboxed frames may refuse. */
export const browserCache: CatalogueCache = {
  async load(url) {
    if (typeof indexedDB === 'undefined') return undefined;
    try {
      const copy = await run<CachedCopy | undefined>('readonly', (store) => store.get(url));
      return copy && typeof copy.text === 'string' && typeof copy.savedAt === 'string' ? copy : undefined;
    } catch {
      return undefined;
    }
  },
  async save(url, copy) {
    if (typeof indexedDB === 'undefined') return;
    try {
      await run('readwrite', (store) => store.put(copy, url));
    } catch {
      // A full or refused store only costs the offline copy.
    }
  },
};
