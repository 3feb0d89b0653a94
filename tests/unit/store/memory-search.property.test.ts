/**
 * A search answered from memory (memory-search.ts, reader.ts `searchNow` after `prepare`) is the
 * index's answer: on random libraries spread over three blocks of the index (a real library of
 * a test fits in one), whenever what was read can tell, its page equals `searchPage`'s for that
 * many records, cursor included, and it never gives fewer than asked; once a query was read
 * whole, memory answers it. `prepare` reads ahead so that the typed term's next character is
 * answered from memory, and that answer is the index's too.
 */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import 'fake-indexeddb/auto';
import type { Highlight } from '@/utils/highlights/record';
import { NO_FILTERS, normalizeForSearch } from '@/utils/library/search';
import type { LibraryDb, StoreMeta } from '@/utils/store/db';
import { BLOCK_SIZE, blockOf, encodeOrds, type PostingRow } from '@/utils/store/postings';
import { makeBlock, recordBlock, type BlockRow } from '@/utils/store/blocks';
import { searchText, type RecordRow } from '@/utils/store/rows';
import { charClass, queryTerms, shardOf, tokensOf } from '@/utils/store/search-tokens';
import { queryRecords, type LibraryQuery } from '@/utils/store/queries';
import { ReadCache } from '@/utils/store/read-cache';
import { searchInMemory } from '@/utils/store/memory-search';
import { LibraryReader } from '@/utils/store/reader';
import { SCHEMA_VERSION } from '@/utils/store/schema';
import { draft } from './helpers';

const CJK = [...'城市更新行动推进第一二'];
const WORDS = ['policy', 'police', 'water', 'waterway', '12', '123', '1234', '13', 'x1'];
const piece = fc.oneof(
  fc.constantFrom(...CJK),
  fc.constantFrom(...WORDS).map((w) => ` ${w} `),
  fc.constantFrom('，', ' ', '第12'),
);
const text = (min: number, max: number) => fc.array(piece, { minLength: min, maxLength: max }).map((p) => p.join(''));
const entry = fc.record({
  block: fc.integer({ min: 0, max: 2 }),
  quote: text(1, 8),
  note: text(0, 3),
  tag: fc.constantFrom('', '重点'),
  color: fc.constantFrom('yellow', 'green'),
  deleted: fc.boolean(),
});
const query: fc.Arbitrary<LibraryQuery> = fc
  .record(
    {
      text: fc.oneof(
        fc.constantFrom(...CJK),
        fc.constantFrom('城市', '第1', '第12', '第123', 'wat', 'po', '1', '12', 'must 城', '推进 12'),
        text(1, 2),
      ),
      filters: fc.constantFrom(undefined, { ...NO_FILTERS, colors: ['yellow' as const] }),
    },
    { requiredKeys: ['text'] },
  )
  .filter((q) => queryTerms(q.text ?? '').length > 0);

/** A library laid out as the store does (records in blocks of 32, postings per shard and block), read from maps. */
function fakeLibrary(entries: (typeof entry extends fc.Arbitrary<infer T> ? T : never)[]) {
  const counts = [0, 0, 0];
  const records: RecordRow[] = entries.map((e, i) => {
    // Each in a record block of its own (32 a block): which records were read is then any subset.
    const ord = e.block * BLOCK_SIZE + 32 * counts[e.block]!++;
    const h: Highlight = {
      ...draft(`r${i}`, {
        quote: { exact: e.quote, prefix: '', suffix: '' },
        note: e.note,
        tags: e.tag ? [e.tag] : [],
        color: e.color as 'yellow',
      }),
      created: 1000 + i,
      updated: 1000 + i,
      clock: `${i}`,
      ...(e.deleted && { deleted: true }),
    };
    return { id: h.id, ord, seq: i + 1, h };
  });
  const postings = new Map<string, Map<string, number[]>>();
  for (const r of records)
    for (const t of tokensOf(normalizeForSearch(searchText(r.h)))) {
      const key = `${shardOf(t)}\u0000${blockOf(r.ord)}`;
      const row = postings.get(key) ?? new Map<string, number[]>();
      postings.set(key, row.set(t, [...(row.get(t) ?? []), r.ord]));
    }
  const rows = new Map<string, PostingRow>(
    [...postings].map(([k, row]) => [
      k,
      new Map([...row].map(([t, ords]) => [t, encodeOrds(ords.sort((a, b) => a - b))])),
    ]),
  );
  const blocks = new Map<number, BlockRow>();
  for (const r of records)
    blocks.set(recordBlock(r.ord), makeBlock([...(blocks.get(recordBlock(r.ord))?.recs ?? []), r]));
  const nextOrd = Math.max(...records.map((r) => r.ord)) + 1;
  const meta = {
    schemaVersion: SCHEMA_VERSION,
    nextOrd,
    seq: records.length,
    live: records.length,
    pages: 1,
  } as unknown as StoreMeta;
  const postingKeys = () =>
    [...rows.keys()]
      .map((k) => k.split('\u0000'))
      .map(([s, b]) => [s!, Number(b)] as [string, number])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const inRange = (range: IDBKeyRange, count?: number) =>
    postingKeys()
      .filter((k) => range.includes(k))
      .slice(0, count);
  const stores = {
    kv: { get: async () => meta },
    postings: {
      get: async ([s, b]: [string, number]) => rows.get(`${s}\u0000${b}`),
      getAllKeys: async (range: IDBKeyRange, count?: number) => inRange(range, count),
      getAll: async (range: IDBKeyRange, count?: number) =>
        inRange(range, count).map(([s, b]) => rows.get(`${s}\u0000${b}`)),
    },
    blocks: {
      get: async (n: number) => blocks.get(n),
      getAll: async (range: IDBKeyRange) =>
        [...blocks.keys()]
          .sort((a, b) => a - b)
          .filter((n) => range.includes(n))
          .map((n) => blocks.get(n)),
    },
  };
  const db = {
    get: async () => meta,
    transaction: () => ({ objectStore: (name: keyof typeof stores) => stores[name] }),
  } as unknown as LibraryDb;
  const shards = [...new Set(postingKeys().map(([s]) => s))];
  return { db, meta, stores, shards, ords: records.map((r) => r.ord) };
}

const pageOf = (q: LibraryQuery, db: LibraryDb, limit: number) => queryRecords(db, q, limit, null, 5000);

test('an answer from memory is the index answer, for as many records as it gives, and never fewer than asked', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(entry, { minLength: 1, maxLength: 40 }),
      fc.array(query, { maxLength: 2 }),
      fc.array(fc.tuple(query, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.nat(),
      async (entries, read, asked, seed) => {
        const { db, meta, stores, shards, ords } = fakeLibrary(entries);
        const cache = new ReadCache();
        const state = cache.at(meta);
        // What some earlier searches read (the reader's cache), a page or all of it…
        for (const [i, q] of read.entries()) await queryRecords(db, q, i % 2 ? 3 : 1000, null, 5000, { cache });
        // …or some shards whole and some records (their blocks of 32), chosen by the seed's bits.
        const some = <T>(xs: T[], shift: number) => xs.filter((_, i) => (seed >> ((i + shift) % 30)) & 1);
        for (const s of some(shards, 0)) {
          const range = IDBKeyRange.bound([s, 0], [s, meta.nextOrd]);
          const keys = await stores.postings.getAllKeys(range);
          state.seedShard(s, blockOf(meta.nextOrd - 1), keys, (await stores.postings.getAll(range)) as PostingRow[]);
        }
        await state.records(stores.blocks as never, some(ords, 7));
        for (const [q, a, b] of asked) {
          const [atLeast, limit] = a <= b ? [a, b] : [b, a];
          const { page } = searchInMemory(cache.latest!, q, limit, atLeast, 5000);
          if (!page) continue;
          const n = page.records.length;
          if (page.cursor !== null) expect(n).toBeGreaterThanOrEqual(atLeast);
          expect(n).toBeLessThanOrEqual(limit);
          expect(page).toEqual(await pageOf(q, db, page.cursor === null ? limit : n));
        }
        // A query read whole is answered from memory, whole.
        const [q] = asked[0]!;
        await queryRecords(db, q, 1000, null, 5000, { cache });
        expect(searchInMemory(cache.latest!, q, 1000, 1, 5000).page).toEqual(await pageOf(q, db, 1000));
      },
    ),
    { numRuns: 150 },
  );
});

test('after prepare, the next character of the typed term is answered from memory, as the index answers', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(entry, { minLength: 1, maxLength: 40 }),
      fc.constantFrom('第', '第1', '第12', '城', '城市', '1', '12', 'w', 'wat', 'po', '推进 1'),
      fc.integer({ min: 1, max: 8 }),
      fc.boolean(),
      async (entries, typed, atLeast, searched) => {
        const { db } = fakeLibrary(entries);
        const reader = (await LibraryReader.open(async () => db))!;
        // (After a search, prepare asks for the rows with meta; before any, after it.)
        if (searched) await reader.query({ text: typed }, 3, null);
        await reader.prepare({ text: typed }, 10, atLeast);
        for (const next of [...'第123城市更新推进wapolicy x']) {
          const q = { text: typed + next };
          const now = reader.searchNow(q, 10, atLeast);
          const matches = await pageOf(q, db, 10);
          // Every extension of the last run that some record matches is answered (the bounds
          // are not reached here); a character of the other kind starts a run of its own.
          if (matches.records.length && charClass(next) === charClass(typed.at(-1)!)) expect(now).not.toBeNull();
          if (now)
            expect(now.page).toEqual(await pageOf(q, db, now.page.cursor === null ? 10 : now.page.records.length));
        }
      },
    ),
    { numRuns: 100 },
  );
});

/**
 * `db` with every request answered a task later, and transactions that abort: a request not
 * answered yet then fails. Counts the transactions aborted.
 */
function slowDb(db: LibraryDb) {
  const aborted = { count: 0 };
  const slow = {
    get: (store: string, key: unknown) => db.get(store as 'kv', key as string),
    transaction: (names: string[]) => {
      const tx = db.transaction(names as never);
      let stopped = false;
      const wrap = (store: Record<string, (...args: unknown[]) => Promise<unknown>>) =>
        new Proxy(store, {
          get:
            (target, method: string) =>
            (...args: unknown[]) =>
              new Promise((ok, no) =>
                setTimeout(() =>
                  stopped ? no(new DOMException('aborted', 'AbortError')) : target[method]!(...args).then(ok, no),
                ),
              ),
        });
      return {
        objectStore: (name: string) => wrap(tx.objectStore(name as never) as never),
        done: Promise.resolve(),
        abort: () => {
          stopped = true;
          aborted.count++;
        },
      };
    },
  } as unknown as LibraryDb;
  return { slow, aborted };
}

test('a read ahead stopped anywhere by the next keystroke: that keystroke is answered as the index answers', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(entry, { minLength: 1, maxLength: 40 }),
      fc.constantFrom('第', '第1', '第12', '城', '1', '12', 'w', 'po', '推进 1'),
      fc.constantFrom(...'第123城市更新wapolicy'),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 0, max: 14 }),
      async (entries, typed, next, atLeast, tasks) => {
        const { db } = fakeLibrary(entries);
        const { slow } = slowDb(db);
        const reader = (await LibraryReader.open(async () => slow))!;
        await reader.query({ text: typed }, 3, null);
        const stop = new AbortController();
        const prepared = reader.prepare({ text: typed }, 10, atLeast, stop.signal);
        for (let i = 0; i < tasks; i++) await new Promise((ok) => setTimeout(ok));
        const q = { text: typed + next };
        const now = reader.searchNow(q, 10, atLeast);
        stop.abort();
        if (now) expect(now.page).toEqual(await pageOf(q, db, now.page.cursor === null ? 10 : now.page.records.length));
        expect(await reader.query(q, 10, null)).toEqual(await pageOf(q, db, 10));
        await prepared;
      },
    ),
    { numRuns: 150 },
  );
});
