/**
 * The reader's cache of the search index: a search that goes past a shard's first block gets
 * the shard's older blocks in one range read, and every row it gives is the stored one (absent
 * blocks absent), whatever order the blocks are asked in.
 */
import { expect, test } from 'vitest';
import { ReadCache } from '@/utils/store/read-cache';
import type { StoreMeta } from '@/utils/store/db';
import type { PostingRow } from '@/utils/store/postings';
import { BLOCK, recordBlock, type BlockRow } from '@/utils/store/blocks';
import { freshDb } from './helpers';

const meta = (seq: number): StoreMeta => ({
  schemaVersion: 2,
  deviceId: 'd',
  nextOrd: 100,
  seq,
  clockHigh: '',
  live: 1,
  pages: 1,
});
const row = (shard: string, block: number): PostingRow => new Map([[`${shard}${block}`, Uint8Array.of(block + 1)]]);

test('gives the stored rows: the first block alone, the rest of the shard in one range read', async () => {
  const db = await freshDb();
  const blocks = [0, 1, 3, 5, 6];
  for (const shard of ['a', 'b', 'c']) for (const b of blocks) await db.put('postings', row(shard, b), [shard, b]);
  const reads: string[] = [];
  const store = db.transaction('postings').store;
  const counted = {
    get: (key: [string, number]) => (reads.push(`get ${key.join(',')}`), store.get(key)),
    getAll: (range: IDBKeyRange) => (reads.push('getAll'), store.getAll(range)),
    getAllKeys: (range: IDBKeyRange) => store.getAllKeys(range),
  };
  const cache = new ReadCache().at(meta(1));
  for (let b = 7; b >= 0; b--)
    expect(await cache.posting(counted, 'b', b)).toEqual(blocks.includes(b) ? row('b', b) : undefined);
  expect(reads).toEqual(['get b,7', 'getAll']);
  // Asked again, in any order: no more reads, the same rows.
  for (const b of [3, 0, 7, 2, 5])
    expect(await cache.posting(counted, 'b', b)).toEqual(blocks.includes(b) ? row('b', b) : undefined);
  expect(reads).toHaveLength(2);
});

test('another state of the library is another cache', () => {
  const cache = new ReadCache();
  const first = cache.at(meta(1));
  expect(cache.at(meta(1))).toBe(first);
  expect(cache.at(meta(2))).not.toBe(first);
});

test('records a few apart come in one range read, records far apart one request each', async () => {
  const reads: string[] = [];
  // Schema 4: the records' blocks (blocks.ts), 32 ords each.
  const stored = (block: number) =>
    ({ recs: Array.from({ length: BLOCK }, (_, i) => ({ ord: block * BLOCK + i })) }) as unknown as BlockRow;
  const index = {
    get: async (block: number) => (reads.push('get'), stored(block)),
    getAll: async (range: IDBKeyRange) => {
      reads.push('getAll');
      const out: BlockRow[] = [];
      for (let o = range.lower as number; o <= (range.upper as number); o++) out.push(stored(o));
      return out;
    },
  };
  // A frequent term's newest matches: 30 records, one in five (a match takes 5 ords).
  const near = Array.from({ length: 30 }, (_, i) => 1000 - 5 * i);
  const cache = new ReadCache().at(meta(1));
  expect((await cache.records(index, near)).map((r) => r?.ord)).toEqual(near);
  expect(reads).toEqual(['getAll']);
  // A rare one: far apart, a request each.
  reads.length = 0;
  const far = [50_000, 40_000, 30_000];
  expect((await cache.records(index, far)).map((r) => r?.ord)).toEqual(far);
  expect(reads).toEqual(['get', 'get', 'get']);
});

test('records read ahead are kept as each block comes, and a search reads only the rest', async () => {
  // Blocks answered one at a time, when the test says (a read ahead a keystroke may interrupt).
  const stored = (block: number) =>
    ({ recs: Array.from({ length: BLOCK }, (_, i) => ({ ord: block * BLOCK + i })) }) as unknown as BlockRow;
  const asked: number[] = [];
  const answers: (() => void)[] = [];
  const store = {
    get: (block: number) => {
      asked.push(block);
      return new Promise<BlockRow>((ok) => answers.push(() => ok(stored(block))));
    },
    getAll: () => Promise.reject(new Error('not asked for far-apart blocks')),
  };
  const cache = new ReadCache().at(meta(1));
  const far = [50_000, 40_000, 30_000];
  let confirm!: (same: boolean) => void;
  const ahead = cache.readAhead(store, far, new Promise<boolean>((ok) => (confirm = ok)));
  answers[0]!(); // the first block comes before the state is confirmed…
  await Promise.resolve();
  expect(cache.recordNow(far[2]!)).toBeNull();
  confirm(true); // …and is kept once it is
  await new Promise((ok) => setTimeout(ok));
  expect(cache.recordNow(far[2]!)).toEqual({ ord: far[2] });
  answers[1]!(); // the second one comes; the third never does (the read ahead stopped)
  await new Promise((ok) => setTimeout(ok));
  expect(cache.recordNow(far[1]!)).toEqual({ ord: far[1] });
  expect(cache.recordNow(far[0]!)).toBeNull();
  // A search needs all three: it asks for the one missing only.
  asked.length = 0;
  const rows = cache.records(store, far);
  await new Promise((ok) => setTimeout(ok));
  expect(asked).toEqual([recordBlock(far[0]!)]);
  answers.at(-1)!();
  expect((await rows).map((r) => r?.ord)).toEqual(far);
  void ahead;
});

test('records read ahead in another state of the library are not kept', async () => {
  const store = {
    get: async (block: number) =>
      ({ recs: Array.from({ length: BLOCK }, (_, i) => ({ ord: block * BLOCK + i })) }) as unknown as BlockRow,
    getAll: () => Promise.reject(new Error('not asked')),
  };
  const cache = new ReadCache().at(meta(1));
  await cache.readAhead(store, [50_000, 30_000], Promise.resolve(false));
  expect(cache.recordNow(50_000)).toBeNull();
  await cache.readAhead(store, [50_000, 30_000], Promise.resolve(true));
  expect(cache.recordNow(50_000)).toEqual({ ord: 50_000 });
});

test('a shard read whole is kept though its newest row was read before', async () => {
  const cache = new ReadCache().at(meta(1));
  const store = {
    get: async ([s, b]: [string, number]) => row(s, b),
    getAll: () => Promise.reject(new Error('not asked')),
    getAllKeys: () => Promise.reject(new Error('not asked')),
  };
  // A search that stopped in the newest block read that row alone…
  await cache.posting(store, 'a', 2);
  expect(cache.hasShard('a', 2)).toBe(false);
  // …then the read ahead reads the shard whole: its older rows are kept too.
  cache.seedShard(
    'a',
    2,
    [
      ['a', 0],
      ['a', 1],
      ['a', 2],
    ],
    [row('a', 0), row('a', 1), row('a', 2)],
  );
  expect(cache.hasShard('a', 2)).toBe(true);
  expect(cache.postingNow('a', 0)).toEqual(row('a', 0));
});
