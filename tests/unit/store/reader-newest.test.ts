/**
 * The newest records read ahead (a page idle after its first list): a search whose first
 * screen lies among them then reads the search index only, no record, and gives what a reader
 * without them gives.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { LibraryReader } from '@/utils/store/reader';
import { draft, testStore } from './helpers';

afterEach(() => vi.restoreAllMocks());

test('after readNewest, a search among the newest records reads no record; its answer is the same', async () => {
  const store = await testStore();
  const lib = await store.open();
  for (let i = 0; i < 100; i++)
    await lib.save(
      draft(`r${i}`, {
        quote: { exact: i % 2 ? `推进城市更新行动${i}` : `完善社会保障体系${i}`, prefix: '', suffix: '' },
      }),
    );
  const plain = (await LibraryReader.open(async () => store.db))!;
  const expected = await plain.query({ text: '城市' }, 10, null);
  expect(expected.records).toHaveLength(10);

  const reader = (await LibraryReader.open(async () => store.db))!;
  await reader.readNewest(32);
  // Records are read from their blocks (schema 4, blocks.ts); the search index is a store of its own.
  const get = vi.spyOn(IDBObjectStore.prototype, 'get');
  const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  const recordReads = () =>
    [...get.mock.contexts, ...getAll.mock.contexts].filter((s) => (s as IDBObjectStore).name === 'blocks').length;
  expect(await reader.query({ text: '城市' }, 10, null)).toEqual(expected);
  expect(recordReads()).toBe(0);
  // Older matches than those read ahead (whole blocks: ords 64–99) are read as before.
  expect(await reader.query({ text: '城市' }, 20, null)).toEqual(await plain.query({ text: '城市' }, 20, null));
  expect(recordReads()).toBeGreaterThan(0);
});
