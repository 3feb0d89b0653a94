/**
 * Reads of the library database (`hzd-library`) straight from an extension page, which shares
 * the extension's origin: what the background stored, as stored. A store the database does not
 * have reads as empty (0 rows, no value).
 */
import type { Page } from 'playwright-core';

type Read = { op: 'count' } | { op: 'getAll' } | { op: 'get'; key: string } | { op: 'records' };

function readLibrary(page: Page, store: string, read: Read): Promise<unknown> {
  return page.evaluate(
    ([name, r]) =>
      new Promise<unknown>((ok, fail) => {
        const open = indexedDB.open('hzd-library');
        open.onerror = () => fail(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name))
            return (db.close(), ok(r.op === 'count' ? 0 : r.op === 'getAll' ? [] : undefined));
          const s = db.transaction(name).objectStore(name);
          if (r.op === 'records') {
            // Schema 4's blocks hold several records each (utils/store/blocks.ts).
            const blocks = s.getAll() as IDBRequest<{ recs: unknown[] }[]>;
            blocks.onsuccess = () => (db.close(), ok(blocks.result.reduce((n, b) => n + b.recs.length, 0)));
            blocks.onerror = () => fail(new Error(String(blocks.error)));
            return;
          }
          const request = r.op === 'count' ? s.count() : r.op === 'getAll' ? s.getAll() : s.get(r.key);
          request.onsuccess = () => (db.close(), ok(request.result));
          request.onerror = () => fail(new Error(String(request.error)));
        };
      }),
    [store, read] as const,
  );
}

/** Rows of a store (0 without it); by default, the records stored (schema 3's rows and schema 4's blocks). */
export const storedCount = async (page: Page, store?: string): Promise<number> =>
  store
    ? ((await readLibrary(page, store, { op: 'count' })) as number)
    : ((await readLibrary(page, 'records', { op: 'count' })) as number) +
      ((await readLibrary(page, 'blocks', { op: 'records' })) as number);

/** Every value of a store, in key order. */
export const storedValues = <T>(page: Page, store: string) =>
  readLibrary(page, store, { op: 'getAll' }) as Promise<T[]>;

/** One value of a store. */
export const storedValue = <T>(page: Page, store: string, key: string) =>
  readLibrary(page, store, { op: 'get', key }) as Promise<T | undefined>;
