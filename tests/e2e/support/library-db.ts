/**
 * Reads of the library database (`hzd-library`) straight from an extension page, which shares
 * the extension's origin: what the background stored, as stored. A store the database does not
 * have reads as empty (0 rows, no value).
 */
import type { Page } from 'playwright-core';

type Read = { op: 'count' } | { op: 'getAll' } | { op: 'get'; key: string };

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
          const request = r.op === 'count' ? s.count() : r.op === 'getAll' ? s.getAll() : s.get(r.key);
          request.onsuccess = () => (db.close(), ok(request.result));
          request.onerror = () => fail(new Error(String(request.error)));
        };
      }),
    [store, read] as const,
  );
}

/** Rows of a store (0 without it). */
export const storedCount = (page: Page, store = 'records') =>
  readLibrary(page, store, { op: 'count' }) as Promise<number>;

/** Every value of a store, in key order. */
export const storedValues = <T>(page: Page, store: string) =>
  readLibrary(page, store, { op: 'getAll' }) as Promise<T[]>;

/** One value of a store. */
export const storedValue = <T>(page: Page, store: string, key: string) =>
  readLibrary(page, store, { op: 'get', key }) as Promise<T | undefined>;
