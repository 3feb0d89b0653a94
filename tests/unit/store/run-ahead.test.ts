/**
 * An import batch into a new library begins while the batch before it commits (writer.ts
 * `issue`, `JobReads.ahead`), and a batch that ran ahead of one that failed is taken back and
 * run again after it: nothing of it is stored twice or lost, and the failed batch waits as
 * pending writes do (rule 4).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import { draft, testStore } from './helpers';

const record = (n: number, page: number): Highlight => ({
  ...draft(`id-${String(n).padStart(6, '0')}`, {
    url: `https://example.org/p${String(page).padStart(3, '0')}`,
    position: { start: n, end: n + 5 },
  }),
  created: 1 + n,
  updated: 1 + n,
  clock: '000000000000001:000000:test',
});

/** `count` records from `from`, ten to a page; the first shares its page with the batch before. */
const batch = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => record(from + i, Math.floor((from + i) / 10)));

/** The transactions the library opens, in order, and whether each has completed. */
function watchTransactions() {
  const made: { tx: IDBTransaction; complete: boolean }[] = [];
  const real = Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction')!.value as (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) => IDBTransaction;
  const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = real.apply(this, args);
    if (tx.mode === 'readwrite') {
      const entry = { tx, complete: false };
      tx.addEventListener('complete', () => (entry.complete = true));
      made.push(entry);
    }
    return tx;
  });
  return { made, restore: () => spy.mockRestore() };
}

afterEach(() => vi.restoreAllMocks());

describe('import batches run ahead', () => {
  it('a batch begins before the one before it has committed', async () => {
    const store = await testStore();
    const watch = watchTransactions();
    /** Whether the transaction before had completed when each write job began. */
    const seen: boolean[] = [];
    const ready = await store.open({
      beforeWrite: () => {
        const last = watch.made.at(-1);
        seen.push(last ? last.complete : true);
        return Promise.resolve();
      },
    });
    const results = await Promise.all([ready.importRecords(batch(0, 95)), ready.importRecords(batch(95, 95))]);
    watch.restore();
    expect(results.map((r) => r.added)).toEqual([95, 95]);
    // Before: each job began once the one before it had committed ([true, true]).
    expect(seen).toEqual([true, false]);
    expect(await ready.count({})).toBe(190);
    // The page both batches wrote (p009): its summary counts both.
    expect((await ready.pageRecords('https://example.org/p009')).length).toBe(10);
    expect((await ready.stats()).pages).toBe(19);
    const again = await store.open();
    expect(await again.count({})).toBe(190);
    expect((await again.stats()).pages).toBe(19);
  });

  it('a batch run ahead of one that fails runs again after it, with the failed one pending', async () => {
    const store = await testStore();
    const watch = watchTransactions();
    let jobs = 0;
    const library = await store.open({
      beforeWrite: () => {
        // The second batch, ahead: the first batch's transaction fails before it commits.
        if (++jobs === 2) watch.made.at(-1)!.tx.abort();
        return Promise.resolve();
      },
    });
    watch.made.length = 0;
    const first = library.importRecords(batch(0, 95));
    const second = library.importRecords(batch(95, 95));
    await expect(first).rejects.toThrow(/could not save/);
    expect(await second).toMatchObject({ added: 95 });
    watch.restore();
    // Three transactions: the first batch (aborted), the second ahead (aborted by its check
    // of meta), the second again, which wrote the first batch's records with its own.
    expect(watch.made.map((m) => m.complete)).toEqual([false, false, true]);
    expect(library.pendingCount).toBe(0);
    const again = await store.open();
    expect(await again.count({})).toBe(190);
    expect((await again.pageRecords('https://example.org/p009')).length).toBe(10);
    expect((await again.stats()).pages).toBe(19);
  });
});
