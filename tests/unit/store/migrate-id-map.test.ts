/**
 * Migration 6 (the blocks' `ids` index replaced by the id map): a schema 5 database, as the
 * previous version laid it out (IndexedDB version 4: an `ids` list in each block and a
 * multi-entry index on it, no `idmap` store), answers every read by id exactly as the same
 * library made in schema 6 does, loses no record, and a migration stopped anywhere (between
 * parts or at any write) resumes to the same answers.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { openLibraryDb, type StoreMeta } from '@/utils/store/db';
import { SCHEMA_VERSION } from '@/utils/store/schema';
import { newImportJournal, type Library } from '@/utils/store/library';
import { PART } from '@/utils/store/listings';
import { BLOCK, type BlockRow } from '@/utils/store/blocks';
import type { Highlight } from '@/utils/highlights/record';
import {
  draft,
  dumpStores,
  interceptPuts,
  openMigrated,
  storedRows,
  testStore,
  writeOlderDatabase,
  type StoreDump,
} from './helpers';

const STORES = ['blocks', 'listings', 'changes', 'pages', 'postings', 'kv', 'secrets', 'quarantine'] as const;
type Dump = StoreDump<(typeof STORES)[number]>;

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * A library made by today's code whose records lie in three parts of 8,192 ords (the next ord
 * moved on between writes, as many records would), with edits, deletions and an import taken
 * back (records removed altogether).
 */
async function madeLibrary() {
  const store = await testStore();
  let lib = await store.open();
  for (const [part, from] of [
    [0, 0],
    [1, 3],
    [3, 40],
  ] as const) {
    if (part) {
      const meta = (await store.db.get('kv', 'meta')) as StoreMeta;
      await store.db.put('kv', { ...meta, nextOrd: part * PART * BLOCK + from }, 'meta');
      lib = await store.open();
    }
    for (let i = 0; i < 5; i++) {
      const n = part * 10 + i;
      await lib.save(
        draft(ID(n), { url: `http://www.gov.cn/zhengce/${n % 4}.htm`, position: { start: n, end: n + 5 } }),
      );
    }
    const saved = (await lib.get(ID(part * 10)))!;
    const journal = newImportJournal();
    const imported: Highlight[] = Array.from({ length: 40 }, (_, i) => ({
      ...saved,
      id: ID(1000 + part * 100 + i),
      position: { start: 100 * (part + 1) + i, end: 100 * (part + 1) + i + 5 },
    }));
    await lib.importRecords(imported, journal);
    // Half of one import taken back: its records removed altogether.
    if (part === 1) {
      for (const h of imported.slice(20)) journal.before.delete(h.id);
      await lib.undoImport(journal);
    }
  }
  await lib.update(ID(1), { note: '改' });
  await lib.setDeleted([ID(12), ID(1305)], true);
  const dump = await dumpStores(store.db, STORES);
  return { lib, dump, ids: (await storedRows(store.db)).map((r) => r.id) };
}

/** The same library as schema 5 kept it: IndexedDB version 4, the blocks' ids in an index. */
function schema5Database(dump: Dump): Promise<void> {
  const stores = ['postings', 'kv', 'secrets', 'quarantine', 'changes', 'listings'];
  return writeOlderDatabase(4, stores, dump, (name, key, value) => {
    if (name === 'blocks') {
      const block = value as BlockRow;
      return { ...block, ids: block.recs.map((r) => r.id) };
    }
    return name === 'kv' && key === 'meta' ? { ...(value as StoreMeta), schemaVersion: 5 } : value;
  });
}

/** What reads by id answer, for every id stored and some that are not. */
async function answers(lib: Library, ids: readonly string[]) {
  const asked = [...ids, ID(1039), ID(999_999), 'nope'];
  return {
    one: await Promise.all(asked.map((i) => lib.get(i))),
    many: await lib.getMany(asked),
    stats: await lib.stats(),
    page: await lib.pageRecords('http://www.gov.cn/zhengce/0.htm'),
  };
}

/** The map's entries and the blocks' records, as `ord:id`. */
async function mapAndBlocks() {
  const db = await openLibraryDb();
  const keys = await db.getAllKeys('idmap');
  const mapped = (await db.getAll('idmap')).flatMap((row, i) =>
    row.ids.map((id, j) => `${row.ords[j]}:${id}:${keys[i]![1]}`),
  );
  const stored = (await storedRows(db)).map((r) => `${r.ord}:${r.id}:${Math.floor(r.ord / (PART * BLOCK))}`);
  const indexes = [...db.transaction('blocks').store.indexNames];
  db.close();
  return { mapped: mapped.sort(), stored: stored.sort(), indexes };
}

describe('migration 6: the id map', () => {
  test('a schema 5 library answers every read by id as before, loses nothing, and has no `ids` index', async () => {
    const { lib: made, dump, ids } = await madeLibrary();
    expect(ids.length).toBe(15 + 40 + 20 + 40);
    const expected = await answers(made, ids);
    const parts = new Set(dump.blocks.map(([n]) => Math.floor((n as number) / PART)));
    expect([...parts]).toEqual([0, 1, 3]);
    await schema5Database(dump);
    let batches = 0;
    const lib = await openMigrated({ afterBatch: async () => void batches++ });
    expect(batches).toBe(3);
    expect(await answers(lib, ids)).toEqual(expected);
    const { mapped, stored, indexes } = await mapAndBlocks();
    expect(mapped).toEqual(stored);
    expect(stored.length).toBe(ids.length);
    expect(indexes).toEqual(['by']);
    const db = await openLibraryDb();
    expect(((await db.get('kv', 'meta')) as StoreMeta).schemaVersion).toBe(SCHEMA_VERSION);
    db.close();
    // Later writes find records through the map: an edit, a file imported again (no copy).
    expect((await lib.update(ID(31), { note: 'after' })).note).toBe('after');
    const again = await lib.importRecords(expected.many.slice(0, 50));
    expect(again).toMatchObject({ added: 0 });
    expect((await storedRows(await openLibraryDb())).length).toBe(ids.length);
  });

  test('a stop anywhere (between parts or at any write) resumes to the same answers', async () => {
    const { lib: made, dump, ids } = await madeLibrary();
    const expected = await answers(made, ids);
    await fc.assert(
      fc.asyncProperty(fc.nat(60), fc.boolean(), async (stopAt, betweenParts) => {
        await schema5Database(dump);
        let calls = 0;
        const stopNow = () => {
          if (++calls === stopAt) throw new Error('worker stopped');
        };
        const restore = betweenParts ? () => undefined : interceptPuts(stopNow);
        try {
          await openMigrated(betweenParts ? { afterBatch: async () => stopNow() } : {}).catch(() => undefined);
        } finally {
          restore();
        }
        const lib = await openMigrated();
        expect(await answers(lib, ids)).toEqual(expected);
        const { mapped, stored } = await mapAndBlocks();
        expect(mapped).toEqual(stored);
        expect(stored.length).toBe(ids.length);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
