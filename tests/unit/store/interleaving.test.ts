/**
 * Issue 12, point 5: a sync round or an import never overwrites an edit the reader was told
 * was saved. The storage is slow and every write job, every request's arrival and every
 * browser-sync read waits on fast-check's scheduler, which tries many interleavings (each one
 * replayable from its seed). Edits come as patches from three places (library page: notes,
 * tab: colours, popup: tags); sync rounds and imports bring versions made elsewhere earlier.
 * After everything settles, every field holds the last confirmed local patch to it.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import type { HighlightPatch } from '@/utils/highlights/changes';
import { MemoryArea } from '@/utils/store/area';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { draft, testStore } from './helpers';

const IDS = ['a', 'b', 'c'];
const REMOTE_WALL = 1_600_000_000_000;

/** A version of `id` made on another device before any local edit here. */
const older = (id: string, n: number): Highlight => ({
  ...draft(id),
  note: `remote note ${n}`,
  color: 'pink',
  tags: ['remote'],
  created: REMOTE_WALL,
  updated: REMOTE_WALL + n,
  clock: `${String(REMOTE_WALL + n).padStart(15, '0')}:000000:remote-device`,
});

type Op =
  | { kind: 'note' | 'color' | 'tags'; id: string; n: number }
  | { kind: 'merge' | 'import' | 'browser-sync'; id: string; n: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('note', 'color', 'tags', 'merge', 'import', 'browser-sync'),
  id: fc.constantFrom(...IDS),
  n: fc.nat(99),
});

const COLORS = ['green', 'blue', 'purple'] as const;
const patchFor = (o: Op): HighlightPatch =>
  o.kind === 'note'
    ? { note: `note ${o.n}` }
    : o.kind === 'color'
      ? { color: COLORS[o.n % 3]! }
      : { tags: [`t${o.n}`] };
const FIELD = { note: 'note', color: 'color', tags: 'tags' } as const;

describe('interleavings with a slow storage', () => {
  test('no confirmed edit is ever lost to a sync round, an import or another edit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(op, { minLength: 1, maxLength: 12 }), async (s, ops) => {
        const store = await testStore();
        let slow = false;
        const lib = await store.open({
          beforeWrite: (label) => (slow ? s.schedule(Promise.resolve(), `write: ${label}`) : Promise.resolve()),
        });
        for (const id of IDS) await lib.save(draft(id));
        const syncArea = new MemoryArea();
        const slowSync = {
          get: (k?: string | string[] | null) => s.schedule(syncArea.get(k), 'sync read'),
          set: (i: Record<string, unknown>) => syncArea.set(i),
          remove: (k: string | string[]) => syncArea.remove(k),
        };
        const browserSync = new BrowserSync({
          sync: slowSync,
          local: new MemoryArea(),
          library: lib,
          ready: Promise.resolve(),
        });
        slow = true;

        /** Confirmed patches in the order the writer received them. */
        const confirmed: { order: number; id: string; patch: HighlightPatch }[] = [];
        let calls = 0;
        const run = async (o: Op) => {
          if (o.kind === 'merge') return void (await lib.merge([older(o.id, o.n)]));
          if (o.kind === 'import') return void (await lib.importRecords([older(o.id, o.n)]));
          if (o.kind === 'browser-sync') {
            await syncArea.set(encodeForSync([older(o.id, o.n)]).items);
            return browserSync.round();
          }
          const patch = patchFor(o);
          const order = calls++; // the writer's queue order is the order of calls
          await lib.update(o.id, patch);
          confirmed.push({ order, id: o.id, patch });
        };
        const done = ops.map((o, i) =>
          s.schedule(Promise.resolve(), `arrives ${i}: ${o.kind} ${o.id}`).then(() => run(o)),
        );
        await s.waitFor(Promise.allSettled(done));
        const outcomes = await Promise.allSettled(done);
        expect(outcomes.filter((r) => r.status === 'rejected')).toEqual([]);

        for (const id of IDS) {
          const stored = (await lib.get(id))!;
          for (const field of Object.values(FIELD)) {
            const last = confirmed.filter((c) => c.id === id && field in c.patch).sort((x, y) => y.order - x.order)[0];
            const expected = last ? last.patch[field] : draft(id)[field];
            expect({ id, field, value: stored[field] }).toEqual({ id, field, value: expected });
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
