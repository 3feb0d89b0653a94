/**
 * A search walks the index newest block first; a block where one of its tokens has no postings
 * cannot match, so the other tokens' lists there (a frequent token's: thousands of ords) are
 * not decoded at all. And decoding gives back exactly what was encoded.
 */
import { expect, test, vi } from 'vitest';
import fc from 'fast-check';
import type { LibraryDb } from '@/utils/store/db';
import * as postings from '@/utils/store/postings';
import { BLOCK_SIZE, encodeOrds, type PostingRow } from '@/utils/store/postings';
import { eachBlock } from '@/utils/store/search-query';
import 'fake-indexeddb/auto';
import { ReadCache } from '@/utils/store/read-cache';

vi.mock('@/utils/store/postings', async (original) => {
  const real = await original<typeof import('@/utils/store/postings')>();
  return { ...real, decodeOrds: vi.fn(real.decodeOrds) };
});

/** A library of three blocks, read from plain maps (only what eachBlock asks for). */
function fakeDb(rows: Map<string, PostingRow>): LibraryDb {
  const stores = {
    kv: { get: async () => ({ schemaVersion: 2, nextOrd: 3 * BLOCK_SIZE, seq: 1, live: 1, pages: 1 }) },
    postings: { get: async ([shard, block]: [string, number]) => rows.get(`${shard}/${block}`) },
  };
  return { transaction: () => ({ objectStore: (name: 'kv' | 'postings') => stores[name] }) } as unknown as LibraryDb;
}

test('a block where a token has no postings is passed over without decoding the others', async () => {
  const everywhere = (block: number) => Array.from({ length: 1000 }, (_, i) => block * BLOCK_SIZE + i);
  const rows = new Map<string, PostingRow>();
  for (const block of [0, 1, 2]) rows.set(`第/${block}`, new Map([['第', encodeOrds(everywhere(block))]]));
  // "1" (a word token, its own shard) only in the oldest block.
  rows.set('1/0', new Map([['1', encodeOrds([5, 7])]]));
  const decode = vi.mocked(postings.decodeOrds);
  decode.mockClear();
  const visited: [number, number[]][] = [];
  await eachBlock(fakeDb(rows), ['第', '1'], null, async (ords, block) => void visited.push([block, ords]));
  expect(visited).toEqual([[0, [5, 7]]]);
  // Blocks 2 and 1 decode nothing; block 0 decodes its two lists.
  expect(decode).toHaveBeenCalledTimes(2);
});

test('decodeOrds gives back the sorted ords encodeOrds packed', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 }), { maxLength: 300 }), (xs) => {
      const ords = [...xs].sort((a, b) => a - b);
      expect([...postings.decodeOrds(encodeOrds(ords))]).toEqual(ords);
    }),
  );
  expect([...postings.decodeOrds(undefined)]).toEqual([]);
});

test("a reader's search asks for the shards it has not read, all their blocks, together with meta", async () => {
  const rows = new Map<string, PostingRow>();
  for (const block of [0, 1, 2]) rows.set(`第/${block}`, new Map([['第', encodeOrds([block * BLOCK_SIZE + 3])]]));
  rows.set('1/0', new Map([['1', encodeOrds([3])]]));
  const meta = { schemaVersion: 2, deviceId: 'd', clockHigh: '', nextOrd: 3 * BLOCK_SIZE, seq: 1, live: 1, pages: 1 };
  // Requests in the order asked, each with the number of round trips (meta reads answered) before it.
  const log: string[] = [];
  let trips = 0;
  const inRange = (range: IDBKeyRange) =>
    [...rows.keys()]
      .map((k) => k.split('/'))
      .filter(([s, b]) => range.includes([s!, Number(b)]))
      .sort((a, b) => Number(a[1]) - Number(b[1]));
  const stores = {
    kv: { get: async () => (log.push(`${trips} meta`), await Promise.resolve(), trips++, meta) },
    postings: {
      get: async ([s, b]: [string, number]) => (log.push(`${trips} get ${s},${b}`), rows.get(`${s}/${b}`)),
      getAllKeys: async (range: IDBKeyRange) => (
        log.push(`${trips} keys`),
        inRange(range).map(([s, b]) => [s, Number(b)])
      ),
      getAll: async (range: IDBKeyRange) => (
        log.push(`${trips} rows`),
        inRange(range).map(([s, b]) => rows.get(`${s}/${b}`))
      ),
    },
  };
  const db = {
    transaction: () => ({ objectStore: (name: 'kv' | 'postings') => stores[name] }),
  } as unknown as LibraryDb;
  const cache = new ReadCache();
  cache.at(meta);
  const visited: number[] = [];
  await eachBlock(db, ['第', '1'], null, async (_ords, block) => void visited.push(block), { cache });
  expect(visited).toEqual([0]);
  // One round trip: meta and both shards whole; no index read after it.
  expect(log).toEqual(['0 meta', '0 keys', '0 rows', '0 keys', '0 rows']);
});
