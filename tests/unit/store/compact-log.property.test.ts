/**
 * The change log's compaction (compact-log.ts): a step at any point of any history of writes
 * (saves, edits, deletes, imports and imports taken back) changes no answer of `changesSince`
 * or `latestChanges`, for any seq and limit; a finished pass leaves one entry per record; and a
 * pass goes on where a stopped worker left it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import type { StoreMeta } from '@/utils/store/db';
import { newImportJournal, type Library } from '@/utils/store/library';
import { COMPACTION_KEY } from '@/utils/store/compact-log';
import { draft, storedRowCount, testStore, type TestStore } from './helpers';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
/** No step runs by itself in these tests: each is asked for. */
const MANUAL = { pauseMs: 100_000_000 };

type Op =
  | { kind: 'save' | 'edit' | 'delete' | 'undelete'; id: string }
  | { kind: 'import'; ids: string[]; undo: boolean }
  | { kind: 'compact' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('save', 'edit', 'delete', 'undelete'), id: fc.constantFrom(...IDS) }),
  fc.record({
    kind: fc.constant('import'),
    ids: fc.uniqueArray(fc.constantFrom(...IDS, 'g', 'h'), { minLength: 1, maxLength: 4 }),
    undo: fc.boolean(),
  }),
  fc.constant({ kind: 'compact' }),
);

let fileClock = 1_800_000_000_000;
const imported = (id: string, note: string): Highlight => {
  const at = ++fileClock;
  return { ...draft(id, { note }), created: at, updated: at, clock: `${at}:000000:file` };
};

async function apply(library: Library, o: Op, n: number): Promise<void> {
  const known = (id: string) => library.get(id);
  switch (o.kind) {
    case 'save':
      await library.save(draft(o.id, { note: `n${n}` }));
      return;
    case 'edit':
      if ((await known(o.id))?.deleted === false) await library.update(o.id, { note: `e${n}` });
      return;
    case 'delete':
    case 'undelete':
      await library.setDeleted([o.id], o.kind === 'delete');
      return;
    case 'import': {
      const journal = newImportJournal();
      await library.importRecords(
        o.ids.map((id) => imported(id, `i${n}`)),
        journal,
      );
      if (o.undo) await library.undoImport(journal);
      return;
    }
    case 'compact':
      await library.compactLog();
  }
}

const metaOf = async (store: TestStore) => (await store.db.get('kv', 'meta')) as StoreMeta;

/** Every answer the log gives: changesSince from every seq with several limits, latestChanges. */
async function answers(store: TestStore, library: Library) {
  const { seq } = await metaOf(store);
  const out: unknown[] = [];
  for (let s = 0; s <= seq + 1; s++)
    for (const limit of [1, 2, 3, 100]) out.push([s, limit, await library.changesSince(s, limit)]);
  for (const limit of [1, 2, 5, 100]) out.push(['latest', limit, await library.latestChanges(limit)]);
  return out;
}

async function logEntries(store: TestStore): Promise<number> {
  const rows = await store.db.getAll('changes');
  return rows.reduce((n, row) => n + row.seq.length, 0);
}

describe('change log compaction', () => {
  it('a step at any point changes no answer; a finished pass leaves one entry per record', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        async (ops, step) => {
          const store = await testStore();
          const library = await store.open({ compaction: { ...MANUAL, stepEntries: step, staleMin: 1 } });
          for (const [n, o] of ops.entries()) {
            if (o.kind !== 'compact') await apply(library, o, n);
            else {
              const before = await answers(store, library);
              await library.compactLog();
              expect(await answers(store, library)).toEqual(before);
            }
          }
          const before = await answers(store, library);
          // Finish the running pass (if any), then a whole pass from the start.
          while (await library.compactLog());
          await store.db.put('kv', { ...(await metaOf(store)), logStale: 1_000 }, 'meta');
          while (await library.compactLog());
          expect(await answers(store, library)).toEqual(before);
          expect(await logEntries(store)).toBe(await storedRowCount(store.db));
        },
      ),
      { numRuns: 60 },
    );
    // 60 libraries built and compacted: ~2 s alone, past the default 5 s beside the other test files on 2 cores.
  }, 30_000);

  it('starts a pass by itself once writes left enough stale entries, and a stopped worker goes on with it', async () => {
    const store = await testStore();
    const tuning = { stepEntries: 4, staleMin: 8 };
    let library = await store.open({ compaction: { ...MANUAL, ...tuning } });
    for (const id of IDS) await library.save(draft(id));
    for (let round = 0; round < 2; round++) for (const id of IDS) await library.update(id, { note: `r${round}` });
    const history = await answers(store, library);
    expect(await logEntries(store)).toBe(18);
    expect((await metaOf(store)).logStale).toBe(12);
    // One step, then the worker stops: the pass stands in kv.
    expect(await library.compactLog()).toBe(true);
    expect(await store.db.get('kv', COMPACTION_KEY)).toEqual({ at: expect.any(Number) as number });
    // A new worker goes on by itself (its pause is short now).
    library = await store.open({ compaction: { ...tuning, pauseMs: 1 } });
    await expect.poll(async () => await store.db.get('kv', COMPACTION_KEY), { timeout: 5_000 }).toEqual({ at: null });
    expect(await logEntries(store)).toBe(IDS.length);
    expect(await answers(store, library)).toEqual(history);
  });
});
