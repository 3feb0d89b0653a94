/**
 * Schema 6's id map (id-map.ts): whatever the writes (saves, imports, edits, deletions, an import
 * taken back, records in several parts of 8,192), it holds exactly the stored records' ids and
 * ords, and a look-up by id through it finds what a plain scan of the blocks finds. An edit or a
 * deletion after a restart (a writer that knows nothing) finds its record through the map.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import type { StoreMeta } from '@/utils/store/db';
import { MAP_PART } from '@/utils/store/id-map';
import { newImportJournal, type ImportJournal } from '@/utils/store/library';
import { readRows } from '@/utils/store/read-rows';
import { rowRecord } from '@/utils/store/rows';
import { draft, storedRows, testStore, type TestStore } from './helpers';

let tick = 1;
const record = (id: string, page: number, note: string): Highlight => {
  const n = tick++;
  return {
    ...draft(id, { url: `https://example.org/p${page}`, position: { start: n, end: n + 5 }, note }),
    created: 1_600_000_000_000 + n,
    updated: 1_600_000_000_000 + n,
    clock: `${String(n).padStart(15, '0')}:000000:test`,
  };
};

const id = fc.integer({ min: 0, max: 40 }).map((n) => (n % 7 === 0 ? `统战-${n}` : `id-${n}`));

type Op =
  | { kind: 'save'; id: string; page: number }
  | { kind: 'import'; ids: string[]; page: number; undo: boolean }
  | { kind: 'edit'; id: string }
  | { kind: 'delete'; id: string; deleted: boolean }
  | { kind: 'jump'; parts: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), id, page: fc.nat(5) }),
  fc.record({
    kind: fc.constant('import' as const),
    ids: fc.uniqueArray(id, { minLength: 1, maxLength: 40 }),
    page: fc.nat(5),
    undo: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('edit' as const), id }),
  fc.record({ kind: fc.constant('delete' as const), id, deleted: fc.boolean() }),
  // The next ord moved into a later part (as 8,192 more records would), the worker restarted.
  fc.record({ kind: fc.constant('jump' as const), parts: fc.integer({ min: 1, max: 2 }) }),
);

/** Every [id, ord] the map holds, and every one the blocks hold, sorted alike. */
async function pairs(store: TestStore) {
  const keys = await store.db.getAllKeys('idmap');
  const rows = await store.db.getAll('idmap');
  const mapped = rows.flatMap((row, i) => {
    const [bucket, part] = keys[i]!;
    return row.ids.map((mid, j) => {
      const ord = row.ords[j]!;
      // Each entry in its own row: its bucket's and its part's.
      expect([bucket, Math.floor(ord / MAP_PART)]).toEqual([keys[i]![0], part]);
      return `${ord}:${mid}`;
    });
  });
  const scanned = (await storedRows(store.db)).map((r) => `${r.ord}:${r.id}`);
  return { mapped: mapped.sort(), scanned: scanned.sort() };
}

describe('the id map', () => {
  it('holds exactly the stored ids, and a look-up through it finds what a plain scan finds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 12 }),
        fc.array(id, { maxLength: 30 }),
        async (ops, asked) => {
          const store = await testStore();
          let lib = await store.open();
          for (const o of ops) {
            if (o.kind === 'save')
              await lib.save(draft(o.id, { url: `https://example.org/p${o.page}` })).catch(() => 0);
            else if (o.kind === 'import') {
              const journal: ImportJournal = newImportJournal();
              await lib.importRecords(
                o.ids.map((i) => record(i, o.page, 'imported')),
                journal,
              );
              if (o.undo) await lib.undoImport(journal);
            } else if (o.kind === 'edit') await lib.update(o.id, { note: `edited ${tick++}` }).catch(() => 0);
            else if (o.kind === 'delete') await lib.setDeleted([o.id], o.deleted);
            else {
              const meta = (await store.db.get('kv', 'meta')) as StoreMeta;
              const nextOrd = (Math.floor(meta.nextOrd / MAP_PART) + o.parts) * MAP_PART + 3;
              await store.db.put('kv', { ...meta, nextOrd }, 'meta');
              lib = await store.open();
            }
          }
          const { mapped, scanned } = await pairs(store);
          expect(mapped).toEqual(scanned);
          // A writer that knows nothing (a restarted worker), and the reads by id.
          lib = await store.open();
          const rows = await storedRows(store.db);
          const all = [...new Set([...asked, ...rows.map((r) => r.id)])];
          const tx = store.db.transaction(['blocks', 'idmap'], 'readonly');
          const found = await readRows(tx, all);
          for (const i of all) {
            const scan = rows.find((r) => r.id === i);
            expect(found.get(i)).toEqual(scan);
            expect(await lib.get(i)).toEqual(rowRecord(scan));
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('an edit and a deletion after a restart find their record through the map, and write no copy', async () => {
    const store = await testStore();
    const records = Array.from({ length: 300 }, (_, n) => record(`rec-${n}`, n % 30, ''));
    await (await store.open()).importRecords(records);
    // The worker restarted: its writer knows nothing of what is stored (a job of one id never walks).
    const lib = await store.open();
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    let bucketReads: number;
    try {
      expect((await lib.update('rec-17', { note: 'found' })).note).toBe('found');
      expect((await lib.delete('rec-200')).deleted).toBe(true);
      bucketReads = (getAll.mock.contexts as IDBObjectStore[]).filter((s) => s.name === 'idmap').length;
    } finally {
      getAll.mockRestore();
    }
    // One read of the id's bucket each (schema 5: the `ids` index).
    expect(bucketReads).toBe(2);
    const rows = await storedRows(store.db);
    expect(rows.length).toBe(300);
    expect(rows.filter((r) => r.id === 'rec-17').map((r) => r.h.note)).toEqual(['found']);
    expect(rows.find((r) => r.id === 'rec-200')?.h.deleted).toBe(true);
    expect(await lib.count({})).toBe(299);
    expect((await lib.get('rec-17'))?.note).toBe('found');
    expect((await (await store.open()).get('rec-200'))?.deleted).toBe(true);
  });
});
