/**
 * A library database as schema 2 laid it out (IndexedDB version 1: the records with `ord`, `seq`
 * and `by` indexes and ['a', created] keys on live records), for the tests of migration 3: the
 * unit test (fake-indexeddb in Node) and the end-to-end test (in the real worker, with the real
 * stop) build it with this one function. With `schema: 3`, as schema 3 laid it out instead
 * (IndexedDB version 2: no `seq` index, no ['a'] keys, the change log in `entries`), for the
 * test of migration 4.
 *
 * `writeSchema2Database` is passed to Playwright's `evaluate` as it is (its source runs in the
 * worker): it may use nothing but its argument and the globals of a worker, and its argument
 * must be plain data. Keep it so.
 */
import type { SchemaThreeRow, StoreMeta } from '@/utils/store/db';
import type { PageRow } from '@/utils/store/rows';

export interface Schema2Library {
  /** Rows as schema 3 writes them: the builder adds ['a', created] to the `by` keys of live records. */
  records: SchemaThreeRow[];
  pages: PageRow[];
  /** Rows of the other stores (postings, kv, secrets, quarantine) as `[store, key, value]`. */
  entries: [string, IDBValidKey, unknown][];
  /** Written as kv 'meta' with `schemaVersion: 2` (or `schema`). */
  meta: StoreMeta;
  schema?: 2 | 3;
}

/** Deletes the library database and writes `library` into it as schema 2 had it. */
export async function writeSchema2Database(library: Schema2Library): Promise<void> {
  const done = (r: IDBRequest | IDBTransaction) =>
    new Promise<void>((ok, fail) => {
      if (r instanceof IDBTransaction) r.oncomplete = () => ok();
      else r.onsuccess = () => ok();
      r.onerror = () => fail(new Error(String(r.error)));
    });
  await done(indexedDB.deleteDatabase('hzd-library'));
  const three = library.schema === 3;
  const open = indexedDB.open('hzd-library', three ? 2 : 1);
  open.onupgradeneeded = () => {
    const d = open.result;
    const records = d.createObjectStore('records', { keyPath: 'id' });
    records.createIndex('ord', 'ord', { unique: true });
    if (!three) records.createIndex('seq', 'seq', { unique: true });
    records.createIndex('by', 'by', { multiEntry: true });
    d.createObjectStore('pages', { keyPath: 'url' }).createIndex('recent', 'recent');
    for (const name of ['postings', 'kv', 'secrets', 'quarantine', ...(three ? ['changes'] : [])])
      d.createObjectStore(name);
  };
  await done(open);
  const db = open.result;
  const stores = ['records', 'pages', 'postings', 'kv', 'secrets', 'quarantine', ...(three ? ['changes'] : [])];
  const tx = db.transaction(stores, 'readwrite');
  for (const row of library.records) {
    const live = row.h.deleted !== true && !three;
    tx.objectStore('records').put({ ...row, by: [...row.by, ...(live ? [['a', row.h.created]] : [])] });
  }
  for (const page of library.pages) tx.objectStore('pages').put(page);
  for (const [store, key, value] of library.entries) tx.objectStore(store).put(value, key);
  tx.objectStore('kv').put({ ...library.meta, schemaVersion: three ? 3 : 2 }, 'meta');
  await done(tx);
  db.close();
}
