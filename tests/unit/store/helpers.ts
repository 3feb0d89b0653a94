/**
 * A fresh library for each test: fake-indexeddb (a complete IndexedDB in JS) with a new
 * factory per call, so tests share no state; storage.local is a MemoryArea.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { MemoryArea } from '@/utils/store/area';
import { openLibraryDb, type LibraryDb } from '@/utils/store/db';
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
