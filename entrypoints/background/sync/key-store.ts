/**
 * Keeps the end-to-end encryption key across service-worker restarts: the non-extractable
 * AES-GCM `CryptoKey` itself is stored in the extension's IndexedDB (CryptoKey objects are
 * structured-cloneable, and a non-extractable one stays non-extractable there).
 *
 * Trade-off: anyone who can run code in this extension profile can use the key (as they can
 * read the library itself), but no one can read the key's bytes, and the passphrase is never
 * stored. The alternative — asking for the passphrase after every worker restart (every few
 * minutes in Chrome) — would make encrypted sync unusable.
 */
const DB_NAME = 'hzd-sync-keys';
const STORE = 'keys';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('could not open the key store'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error ?? new Error('key store error'));
      tx.onabort = () => reject(tx.error ?? new Error('key store aborted'));
    });
  } finally {
    db.close();
  }
}

export const keyStore = {
  get: (id: string) => run<CryptoKey | undefined>('readonly', (s) => s.get(id)),
  set: (id: string, key: CryptoKey) => run<unknown>('readwrite', (s) => s.put(key, id)),
  delete: (id: string) => run<unknown>('readwrite', (s) => s.delete(id)),
  clear: () => run<unknown>('readwrite', (s) => s.clear()),
};
export type KeyStore = typeof keyStore;

/** A key store that holds no key and keeps none: browser sync wired without one (tests of plain sync). */
export const noKeys: KeyStore = {
  get: async () => undefined,
  set: async () => {
    throw new Error('This sync has no key store: a passphrase cannot be kept.');
  },
  delete: async () => undefined,
  clear: async () => undefined,
};
