/**
 * Migration 5 (the blocks' listing keys into the `listings` store): a schema 4 database, as the
 * previous version laid it out (listing keys in the blocks' `by` index, no `listings` store),
 * answers every read exactly as the same library made in schema 5 does, and a migration stopped
 * anywhere (between parts or at any write) resumes to the same answers.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { openLibraryDb, type StoreMeta } from '@/utils/store/db';
import { SCHEMA_VERSION } from '@/utils/store/schema';
import type { Library } from '@/utils/store/library';
import { blockListing, PART } from '@/utils/store/listings';
import { BLOCK, type BlockRow } from '@/utils/store/blocks';
import { COLORS } from '@/utils/highlights/record';
import {
  draft,
  dumpStores,
  interceptPuts,
  openMigrated,
  testStore,
  writeOlderDatabase,
  type StoreDump,
} from './helpers';

const STORES = ['blocks', 'changes', 'pages', 'postings', 'kv', 'secrets', 'quarantine'] as const;
type Dump = StoreDump<(typeof STORES)[number]>;

/**
 * A library made by today's code whose records lie in three listing parts (the next ord moved on
 * between saves, as many records would), with edits, tags, deletions.
 */
async function madeLibrary() {
  const store = await testStore();
  const lib = await store.open();
  const jumpTo = async (ord: number) => {
    const meta = (await store.db.get('kv', 'meta')) as StoreMeta;
    await store.db.put('kv', { ...meta, nextOrd: ord }, 'meta');
  };
  const lib2 = () => store.open();
  let current = lib;
  for (const [part, from] of [
    [0, 0],
    [1, 3],
    [3, 40],
  ] as const) {
    if (part) {
      await jumpTo(part * PART * BLOCK + from);
      // A restarted worker reads the moved counter.
      current = await lib2();
    }
    for (let i = 0; i < 6; i++) {
      const n = part * 10 + i;
      await current.save(
        draft(`r${n}`, {
          url: `http://www.gov.cn/zhengce/${n % 4}.htm`,
          position: { start: n * 10, end: n * 10 + 5 },
          color: COLORS[n % COLORS.length]!,
          tags: n % 3 ? [] : ['重点', `t${n % 2}`],
          note: `第${n}条`,
        }),
      );
    }
  }
  await current.update('r1', { tags: ['改'] });
  await current.update('r32', { color: 'blue' });
  await current.setDeleted(['r12', 'r30'], true);
  const dump = await dumpStores(store.db, STORES);
  return { lib: current, dump };
}

/** The same library as schema 4 kept it: IndexedDB version 3, the listing keys in the blocks' `by`. */
function schema4Database(dump: Dump): Promise<void> {
  return writeOlderDatabase(3, ['postings', 'kv', 'secrets', 'quarantine', 'changes'], dump, (name, key, value) => {
    if (name === 'blocks') {
      const block = value as BlockRow;
      // Schema 4 and 5 kept the block's ids in it, for their `ids` index.
      const ids = block.recs.map((r) => r.id);
      return { ...block, ids, by: [...block.by, ...blockListing(block.recs)] };
    }
    return name === 'kv' && key === 'meta' ? { ...(value as StoreMeta), schemaVersion: 4 } : value;
  });
}

const any = { colors: [], categories: [], tags: [], sites: [], date: { kind: 'any' as const } };

/** Everything the listings answer: filters, their counts, the facets, and the rest for good measure. */
async function answers(lib: Library) {
  const first = await lib.query({}, 4);
  return {
    newest: [first, await lib.query({}, 4, first.cursor)],
    tagged: await lib.query({ filters: { ...any, tags: ['重点'] } }, 100),
    blueOrT1: await lib.query({ filters: { ...any, colors: ['blue', 'yellow'], tags: ['t1'] } }, 100),
    window: await lib.query({ filters: { ...any, date: { kind: 'range', from: 0, to: 1_700_000_000_500 } } }, 100),
    countTagged: await lib.count({ filters: { ...any, tags: ['重点'] } }),
    countAll: await lib.count({ filters: { ...any, date: { kind: 'range', from: 0 } } }),
    facets: await lib.facets(),
    search: await lib.query({ text: '条' }, 100),
    page: await lib.pageRecords('http://www.gov.cn/zhengce/0.htm'),
    stats: await lib.stats(),
  };
}

describe('migration 5: listings', () => {
  test('a schema 4 library answers every read as before; no listing key is left in the blocks', async () => {
    const { lib: made, dump } = await madeLibrary();
    const expected = await answers(made);
    expect(expected.tagged.records.length).toBeGreaterThan(2);
    const parts = new Set(dump.blocks.map(([n]) => Math.floor((n as number) / PART)));
    expect([...parts]).toEqual([0, 1, 3]);
    await schema4Database(dump);
    let batches = 0;
    const lib = await openMigrated({ afterBatch: async () => void batches++ });
    // A batch a part, for migration 5 and then migration 6 (the id map, migrate-id-map.test.ts).
    expect(batches).toBe(6);
    expect(await answers(lib)).toEqual(expected);
    const db = await openLibraryDb();
    expect(((await db.get('kv', 'meta')) as StoreMeta).schemaVersion).toBe(SCHEMA_VERSION);
    expect((await db.getAll('blocks')).flatMap((b) => b.by).every((k) => (k as unknown[])[0] === 'u')).toBe(true);
    // Later writes keep the listings.
    await lib.update('r0', { color: 'blue' });
    expect(await lib.count({ filters: { ...any, colors: ['blue'] } })).toBe(
      (await lib.all()).filter((h) => !h.deleted && h.color === 'blue').length,
    );
  });

  test('a stop anywhere (between parts or at any write) resumes to the same answers', async () => {
    const { lib: made, dump } = await madeLibrary();
    const expected = await answers(made);
    await fc.assert(
      fc.asyncProperty(fc.nat(40), fc.boolean(), async (stopAt, betweenParts) => {
        await schema4Database(dump);
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
        expect(await answers(lib)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
