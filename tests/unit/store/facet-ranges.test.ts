/**
 * A filter query reads each chosen value's listing rows once (facet-ranges.ts): `choose` reads
 * them to pick the driving kind and hands the entries on to the merge and the count, in one
 * transaction, instead of each reading and sorting them again.
 */
import { afterEach, expect, test } from 'vitest';
import { NO_FILTERS, type LibraryFilters } from '@/utils/library/search';
import { countRecords, queryRecords } from '@/utils/store/queries';
import { draft, testStore } from './helpers';

const real = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'getAll')!;
afterEach(() => Object.defineProperty(IDBObjectStore.prototype, 'getAll', real));

/** Counts `getAll` calls on the listings store until the test ends. */
function countListingReads(): { n: number } {
  const seen = { n: 0 };
  const realGetAll = real.value as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
  Object.defineProperty(IDBObjectStore.prototype, 'getAll', {
    ...real,
    value(this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'listings') seen.n++;
      return realGetAll.apply(this, args);
    },
  });
  return seen;
}

async function library() {
  const store = await testStore();
  const lib = await store.open();
  const colors = ['yellow', 'blue', 'green'] as const;
  for (let i = 0; i < 12; i++)
    await lib.save(
      draft(`00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`, {
        color: colors[i % 3],
        tags: i % 2 ? ['重点'] : ['policy'],
        position: { start: 10 * i, end: 10 * i + 5 },
      }),
    );
  return store;
}

// Two kinds: yellow and blue (two values) against the tag 重点 (one): three rows to read.
const TWO_KINDS: LibraryFilters = { ...NO_FILTERS, colors: ['yellow', 'blue'], tags: ['重点'] };

test('a filter query of two kinds reads each chosen value’s listing rows once', async () => {
  const { db } = await library();
  const reads = countListingReads();
  const page = await queryRecords(db, { filters: TWO_KINDS }, 100, null, Date.now() + 1e12);
  expect(page.records.map((h) => h.color).sort()).toEqual(['blue', 'blue', 'yellow', 'yellow']);
  expect(reads.n).toBe(3);
});

test('a count of two kinds reads each chosen value’s listing rows once', async () => {
  const { db } = await library();
  const reads = countListingReads();
  expect(await countRecords(db, { filters: TWO_KINDS }, Date.now() + 1e12)).toBe(4);
  expect(reads.n).toBe(3);
});

test('a count of one value reads its listing rows once', async () => {
  const { db } = await library();
  const reads = countListingReads();
  expect(await countRecords(db, { filters: { ...NO_FILTERS, tags: ['重点'] } }, Date.now() + 1e12)).toBe(6);
  expect(reads.n).toBe(1);
});
