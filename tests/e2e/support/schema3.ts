/**
 * A library database as schema 3 laid it out (IndexedDB version 2: a row per record in
 * `records` with the `ord` and `by` indexes, the change log in `changes`), for the test of
 * migration 4 with the real worker stop (store.e2e.ts).
 *
 * `writeSchema3Database` is passed to Playwright's `evaluate` as it is (its source runs in the
 * worker): it may use nothing but its argument and the globals of a worker, and its argument
 * must be plain data. Keep it so.
 */
import type { SchemaThreeRow, StoreMeta } from '@/utils/store/db';
import type { PageRow } from '@/utils/store/rows';

export interface Schema3Library {
  records: SchemaThreeRow[];
  pages: PageRow[];
  /** Rows of the other stores (changes, postings, kv, secrets, quarantine) as `[store, key, value]`. */
  entries: [string, IDBValidKey, unknown][];
  /** Written as kv 'meta' with `schemaVersion: 3`. */
  meta: StoreMeta;
}

/** Deletes the library database and writes `library` into it as schema 3 had it. */
export async function writeSchema3Database(library: Schema3Library): Promise<void> {
  const done = (r: IDBRequest | IDBTransaction) =>
    new Promise<void>((ok, fail) => {
      if (r instanceof IDBTransaction) r.oncomplete = () => ok();
      else r.onsuccess = () => ok();
      r.onerror = () => fail(new Error(String(r.error)));
    });
  await done(indexedDB.deleteDatabase('hzd-library'));
  const open = indexedDB.open('hzd-library', 2);
  open.onupgradeneeded = () => {
    const d = open.result;
    const records = d.createObjectStore('records', { keyPath: 'id' });
    records.createIndex('ord', 'ord', { unique: true });
    records.createIndex('by', 'by', { multiEntry: true });
    d.createObjectStore('pages', { keyPath: 'url' }).createIndex('recent', 'recent');
    for (const name of ['changes', 'postings', 'kv', 'secrets', 'quarantine']) d.createObjectStore(name);
  };
  await done(open);
  const db = open.result;
  const stores = ['records', 'changes', 'pages', 'postings', 'kv', 'secrets', 'quarantine'];
  const tx = db.transaction(stores, 'readwrite');
  for (const row of library.records) tx.objectStore('records').put(row);
  for (const page of library.pages) tx.objectStore('pages').put(page);
  for (const [store, key, value] of library.entries) tx.objectStore(store).put(value, key);
  tx.objectStore('kv').put({ ...library.meta, schemaVersion: 3 }, 'meta');
  await done(tx);
  db.close();
}
