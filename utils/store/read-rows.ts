/**
 * The stored rows a write job reads before it decides: by id, and every row of some pages.
 *
 * An import batch asks for 5,000 ids and a few hundred pages, most of them not stored yet (a new
 * file). A request per id costs the worker about 25 µs of script and dispatch whether it finds a
 * row or not (2.5–2.8 s per 100,000 in the import profile), so when the store holds few records
 * in the batch's key range, one read of the range's keys tells which ids exist, and only those
 * are read. The answer is the same as a request per id (read-rows.property.test.ts): the same
 * rows, in the order the ids were asked.
 *
 * Raw requests, one promise per read: idb's promise, listeners and proxy per request cost more
 * script time than the reads. Reads only: nothing may write in the transaction while they run.
 */
import { unwrap } from 'idb';
import type { ReadTx } from './commit';
import type { RecordRow } from './rows';

/** Ids (or pages) below which a probe is not worth its request. */
const PROBE_MIN = 32;
/**
 * Stored keys a probe reads per id asked, at most: reading a key costs a small fraction of a
 * request, so a range with up to this many stored keys per id is cheaper read whole. Past it,
 * the ids beyond the keys read are looked up one by one.
 */
const PROBE_KEYS_PER_ID = 8;

export interface ProbeOptions {
  /** Test hook: smallest batch probed. */
  probeMin?: number;
  /** Test hook: stored keys read per id asked, at most. */
  keysPerId?: number;
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('reading the library failed'));
  });
}

/** One request per id; absent ids left out, found ones in the order asked. */
export function readRowsEach(store: IDBObjectStore, ids: readonly string[]): Promise<Map<string, RecordRow>> {
  const out = new Map<string, RecordRow>();
  if (!ids.length) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    let left = ids.length;
    for (const id of ids) {
      const request = store.get(id) as IDBRequest<RecordRow | undefined>;
      // Requests succeed in the order they were made: `out` keeps the order of `ids`.
      request.onsuccess = () => {
        const row = request.result;
        if (row) out.set(row.id, row);
        if (--left === 0) resolve(out);
      };
      request.onerror = () => reject(request.error ?? new Error('reading a record failed'));
    }
  });
}

/** The stored rows of these ids (absent ids left out), in the order of `ids`. */
export async function readRows(
  tx: ReadTx,
  ids: Iterable<string>,
  o: ProbeOptions = {},
): Promise<Map<string, RecordRow>> {
  const store = unwrap(tx.objectStore('records'));
  const unique = [...new Set(ids)];
  if (!unique.length || unique.length < (o.probeMin ?? PROBE_MIN)) return readRowsEach(store, unique);
  // IndexedDB orders string keys by UTF-16 code units, as `sort()` does.
  const sorted = [...unique].sort();
  const lo = sorted[0]!;
  const hi = sorted.at(-1)!;
  const limit = unique.length * (o.keysPerId ?? PROBE_KEYS_PER_ID);
  const keys = (await settle(store.getAllKeys(IDBKeyRange.bound(lo, hi), limit))) as string[];
  // Every stored key from `lo` to `known` is in `keys`; ids past it are looked up one by one.
  const known = keys.length < limit ? hi : keys.at(-1)!;
  const asked = new Set(unique);
  const found = keys.filter((k) => asked.has(k));
  const rest = keys.length < limit ? [] : sorted.filter((id) => id > known);
  const [rows, others] = await Promise.all([
    // Found ids that make up most of the range (a file imported again): one read of the range.
    found.length && found.length * 2 >= keys.length
      ? settle(store.getAll(IDBKeyRange.bound(lo, known)) as IDBRequest<RecordRow[]>)
      : readRowsEach(store, found).then((m) => [...m.values()]),
    readRowsEach(store, rest),
  ]);
  const byId = new Map<string, RecordRow>();
  for (const row of rows) if (asked.has(row.id)) byId.set(row.id, row);
  for (const [id, row] of others) byId.set(id, row);
  const out = new Map<string, RecordRow>();
  for (const id of unique) {
    const row = byId.get(id);
    if (row) out.set(id, row);
  }
  return out;
}

const uRange = (url: string) => IDBKeyRange.bound(['u', url], ['u', url, []]);

/** Every stored row of a page, tombstones included, in page order. */
export function readPageRows(tx: ReadTx, url: string): Promise<RecordRow[]> {
  return settle(unwrap(tx.objectStore('records').index('by')).getAll(uRange(url)) as IDBRequest<RecordRow[]>);
}

/**
 * Every stored row of each of these pages (as `readPageRows`, in the order of `urls`). A batch
 * of new pages (a new file) whose range of page keys holds no record at all reads nothing more.
 */
export async function readPagesRows(
  tx: ReadTx,
  urls: readonly string[],
  o: Pick<ProbeOptions, 'probeMin'> = {},
): Promise<RecordRow[][]> {
  if (urls.length && urls.length >= (o.probeMin ?? PROBE_MIN)) {
    const sorted = [...urls].sort();
    const range = IDBKeyRange.bound(['u', sorted[0]!], ['u', sorted.at(-1)!, []]);
    const any = await settle(unwrap(tx.objectStore('records').index('by')).getAllKeys(range, 1));
    if (!any.length) return urls.map(() => []);
  }
  return Promise.all(urls.map((url) => readPageRows(tx, url)));
}
