/**
 * Migration 3 (the `seq` index and the ['a', created] keys give way to the change log): a
 * schema 2 database, as the previous version laid it out, answers every read exactly as the
 * same library made in schema 3 does, and a migration stopped anywhere resumes without losing,
 * duplicating or reordering a change.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { openLibraryDb, SCHEMA_2_RECORDS, type SchemaThreeRow, type StoreMeta } from '@/utils/store/db';
import { SCHEMA_VERSION } from '@/utils/store/schema';
import type { Library } from '@/utils/store/library';
import { indexKeys, type PageRow } from '@/utils/store/rows';
import { COLORS } from '@/utils/highlights/record';
import { draft, interceptPuts, openMigrated, storedRows, testStore } from './helpers';
import { writeSchema2Database, type Schema2Library } from '../../e2e/support/schema2';

const STORES = ['pages', 'postings', 'kv', 'secrets', 'quarantine'] as const;
type Dump = Record<(typeof STORES)[number], [IDBValidKey, unknown][]> & { records: SchemaThreeRow[] };

/** A library made by today's code: saves on several pages, edits (stale log entries) and deletions. */
async function madeLibrary(n: number) {
  const store = await testStore();
  const lib = await store.open();
  for (let i = 0; i < n; i++)
    await lib.save(
      draft(`r${i}`, {
        url: `http://www.gov.cn/zhengce/${i % 4}.htm`,
        position: { start: i * 10, end: i * 10 + 5 },
        color: COLORS[i % COLORS.length]!,
        tags: i % 3 ? [] : ['重点'],
        note: `第${i}条`,
      }),
    );
  for (let i = 0; i < n; i += 4) await lib.update(`r${i}`, { note: `改 ${i}` });
  if (n > 2) await lib.setDeleted(['r1', `r${n - 1}`], true);
  // Schema 4 packs the rows in blocks: schema 3's row of each, with its index keys.
  const dump = { records: (await storedRows(store.db)).map((row) => ({ ...row, by: indexKeys(row.h) })) } as Dump;
  for (const name of STORES) {
    const tx = store.db.transaction(name);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    dump[name] = keys.map((k, i) => [k, values[i]]);
  }
  return { lib, dump };
}

/** The same library as schema 2 kept it: IndexedDB version 1, the `seq` index, ['a', created] keys. */
async function schema2Database(dump: Dump): Promise<void> {
  globalThis.indexedDB = new IDBFactory();
  const others = ['postings', 'kv', 'secrets', 'quarantine'] as const;
  await writeSchema2Database({
    records: dump.records,
    pages: dump.pages.map(([, page]) => page as PageRow),
    entries: others.flatMap((name) =>
      dump[name].filter(([key]) => !(name === 'kv' && key === 'meta')).map(([key, value]) => [name, key, value]),
    ) as Schema2Library['entries'],
    meta: dump.kv.find(([key]) => key === 'meta')![1] as StoreMeta,
  });
}

/** Everything a reader can ask that the layout change touches. */
async function answers(lib: Library) {
  const paged = [];
  for (let since = 0, more = true; more;) {
    const page = await lib.changesSince(since, 3);
    paged.push(page);
    ({ seq: since, more } = page);
  }
  const first = await lib.query({}, 4);
  return {
    changes: await lib.changesSince(0, 1000),
    paged,
    latest: await lib.latestChanges(5),
    newest: [first, await lib.query({}, 4, first.cursor)],
    lastWeek: await lib.query(
      { filters: { colors: [], categories: [], tags: [], sites: [], date: { kind: 'last', days: 7 } } },
      100,
    ),
    search: await lib.query({ text: '条' }, 100),
    count: await lib.count({
      filters: { colors: [], categories: [], tags: [], sites: [], date: { kind: 'range', from: 0 } },
    }),
    all: (await lib.all()).sort((a, b) => (a.id < b.id ? -1 : 1)),
    page: await lib.pageRecords('http://www.gov.cn/zhengce/0.htm'),
    stats: await lib.stats(),
  };
}

describe('migration 3: the change log', () => {
  test('a schema 2 library answers every read as before, and later writes follow in the log', async () => {
    const { lib: made, dump } = await madeLibrary(23);
    const expected = await answers(made);
    expect(expected.changes.records).toHaveLength(23);
    await schema2Database(dump);
    const lib = await openMigrated({ batchSize: 5 });
    expect(await answers(lib)).toEqual(expected);
    const db = await openLibraryDb();
    expect(await db.count(SCHEMA_2_RECORDS)).toBe(0);
    // Migration 4 ran after it (schema 4: the rows packed in blocks, records-3 emptied).
    expect(((await db.get('kv', 'meta')) as StoreMeta).schemaVersion).toBe(SCHEMA_VERSION);
    expect(await db.count('records')).toBe(0);
    // No time keys; the log goes on from the migrated seqs.
    expect((await db.getAll('blocks')).flatMap((b) => b.by).some((k) => (k as unknown[])[0] === 'a')).toBe(false);
    const edited = await lib.update('r2', { note: 'after' });
    const since = await lib.changesSince(expected.changes.seq, 10);
    expect(since).toEqual({ records: [edited], seq: expected.changes.seq + 1, more: false });
    expect((await lib.latestChanges(1))[0]).toEqual(edited);
  });

  test('a stop anywhere (between batches or at any write) resumes and loses, duplicates, reorders nothing', async () => {
    const { lib: made, dump } = await madeLibrary(17);
    const expected = await answers(made);
    await fc.assert(
      fc.asyncProperty(fc.nat(30), fc.boolean(), async (stopAt, betweenBatches) => {
        await schema2Database(dump);
        let calls = 0;
        const stopNow = () => {
          if (++calls === stopAt) throw new Error('worker stopped');
        };
        const stop = async () => stopNow();
        const restore = betweenBatches ? () => undefined : interceptPuts(stopNow);
        try {
          await openMigrated({ batchSize: 3, ...(betweenBatches && { afterBatch: stop }) }).catch(() => undefined);
        } finally {
          restore();
        }
        const lib = await openMigrated({ batchSize: 3 });
        expect(await answers(lib)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
