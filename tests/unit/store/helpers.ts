/**
 * A fresh library for each test: fake-indexeddb (a complete IndexedDB in JS) with a new
 * factory per call, so tests share no state; storage.local is a MemoryArea.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { MemoryArea } from '@/utils/store/area';
import type { StoreNames } from 'idb';
import { LIBRARY_DB, openLibraryDb, type LibraryDb, type LibrarySchema } from '@/utils/store/db';
import { openLibrary, type OpenOptions } from '@/utils/store/open';
import { createClock } from '@/utils/sync/hlc';
import type { HighlightDraft } from '@/utils/highlights/changes';
import type { Library } from '@/utils/store/library';
import type { RecordRow } from '@/utils/store/rows';
import { makeBlock, recordBlock } from '@/utils/store/blocks';

export const PAGE = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';

export const draft = (id: string, over: Partial<HighlightDraft> = {}): HighlightDraft => ({
  id,
  url: PAGE,
  title: '提能善为',
  site: 'dangpai.people.com.cn',
  quote: { exact: '各级统战部门要在党委领导下', prefix: '——', suffix: ',充分发挥' },
  position: { start: 100, end: 113 },
  color: 'yellow',
  note: '',
  tags: [],
  ...over,
});

/**
 * Makes every IndexedDB `put` call `behave` (throw, or return undefined to let the real put run)
 * until the returned function is called: a full disk, a quota, a worker stopped mid-write.
 */
export function interceptPuts(behave: (store: IDBObjectStore) => void): () => void {
  const real = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')!;
  const realPut = real.value as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
  Object.defineProperty(IDBObjectStore.prototype, 'put', {
    ...real,
    value(this: IDBObjectStore, ...args: unknown[]) {
      behave(this);
      return realPut.apply(this, args);
    },
  });
  return () => Object.defineProperty(IDBObjectStore.prototype, 'put', real);
}

export function freshDb(): Promise<LibraryDb> {
  globalThis.indexedDB = new IDBFactory();
  return openLibraryDb();
}

export interface TestStore {
  db: LibraryDb;
  legacy: MemoryArea;
  /** Opens the library (again: a worker restart) over the same database and storage.local. */
  open(over?: Partial<OpenOptions>): ReturnType<typeof openLibrary>;
  now(): number;
}

export async function testStore(start = 1_700_000_000_000): Promise<TestStore> {
  const db = await freshDb();
  const legacy = new MemoryArea();
  let t = start;
  const now = () => ++t;
  return {
    db,
    legacy,
    now: () => t,
    open: (over = {}) =>
      openLibrary({
        db,
        legacy,
        now,
        newDeviceId: () => 'device-a',
        makeClock: (d) => createClock(d, () => t),
        ...over,
      }),
  };
}

/** The library with its whole-library reads (`all`, `list`) made to throw: for code that must page. */
export function withoutWholeReads(library: Library): Library {
  return new Proxy(library, {
    get(target, key, receiver) {
      if (key === 'all' || key === 'list') throw new Error(`read the whole library (${String(key)})`);
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Every stored record row, from the record blocks (schema 4, blocks.ts), by ord. */
export async function storedRows(db: LibraryDb): Promise<RecordRow[]> {
  return (await db.getAll('blocks')).flatMap((block) => block.recs);
}

/** How many record rows are stored (schema 4: in the blocks). */
export const storedRowCount = async (db: LibraryDb): Promise<number> => (await storedRows(db)).length;

/** The stored row of an id, as the blocks keep it. */
export async function storedRow(db: LibraryDb, id: string): Promise<RecordRow | undefined> {
  return (await storedRows(db)).find((r) => r.id === id);
}

/** Writes a row over the stored one of its ord, as a damaged disk or a bad write would (the block's keys from its records). */
export async function putStoredRow(db: LibraryDb, row: RecordRow): Promise<void> {
  const n = recordBlock(row.ord);
  const block = await db.get('blocks', n);
  await db.put('blocks', makeBlock([...(block?.recs ?? []).filter((r) => r.ord !== row.ord), row]), n);
}

/**
 * Opens the library in the global fake IndexedDB (where a migration test wrote an older schema),
 * on another device at a fixed time, so that the migration runner moves it to the current schema.
 */
export const openMigrated = (over: Partial<OpenOptions> = {}) =>
  openLibrary({
    db: () => openLibraryDb(),
    legacy: new MemoryArea(),
    now: () => 1_700_000_001_000,
    newDeviceId: () => 'other',
    makeClock: (d) => createClock(d, () => 1_700_000_001_000),
    ...over,
  });

/** Rows of some stores, each as [key, value]: a library as one version wrote it, to lay out again as an older one. */
export type StoreDump<N extends string> = Record<N, [IDBValidKey, unknown][]>;

export async function dumpStores<N extends StoreNames<LibrarySchema>>(
  db: LibraryDb,
  names: readonly N[],
): Promise<StoreDump<N>> {
  const dump = {} as StoreDump<N>;
  for (const name of names) {
    const tx = db.transaction(name);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    dump[name] = keys.map((k, i) => [k, values[i]]);
  }
  return dump;
}

/**
 * A fresh database as an older schema laid it out: IndexedDB `version`, with the stores and indexes
 * that version had (`stores`: the key-value ones besides pages, records and blocks), the blocks'
 * `ids` index among them, and `dump`'s rows written through `row` (the older shape of each row;
 * `pages` keep their key in the row).
 */
export async function writeOlderDatabase<N extends string>(
  version: number,
  stores: readonly string[],
  dump: StoreDump<N>,
  row: (name: N, key: IDBValidKey, value: unknown) => unknown,
): Promise<void> {
  globalThis.indexedDB = new IDBFactory();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(LIBRARY_DB, version);
    req.onupgradeneeded = () => {
      const d = req.result;
      d.createObjectStore('pages', { keyPath: 'url' }).createIndex('recent', 'recent');
      for (const name of stores) d.createObjectStore(name);
      const records = d.createObjectStore('records', { keyPath: 'id' });
      records.createIndex('ord', 'ord', { unique: true });
      records.createIndex('by', 'by', { multiEntry: true });
      const blocks = d.createObjectStore('blocks');
      blocks.createIndex('ids', 'ids', { multiEntry: true });
      blocks.createIndex('by', 'by', { multiEntry: true });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  const names = Object.keys(dump) as N[];
  const tx = db.transaction(names, 'readwrite');
  for (const name of names)
    for (const [key, value] of dump[name]) {
      const stored = row(name, key, value);
      if (name === 'pages') tx.objectStore(name).put(stored);
      else tx.objectStore(name).put(stored, key);
    }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
  db.close();
}
