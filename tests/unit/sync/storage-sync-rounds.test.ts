/**
 * The storage.sync round described in utils/sync/README.md, simulated: devices share one
 * key-value area, each round reads it, merges, encodes and writes only the diff. Some rounds
 * write from a stale read (another device wrote in between), which leaves a mixed area. After
 * a few plain rounds every device must hold the same library, with no newest edit lost.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { diffSyncItems } from '@/utils/sync/browser-sync-items';
import { createClock, isValidClock, type HybridClock } from '@/utils/sync/hlc';
import { canonicalJson, mergeLibraries } from '@/utils/sync/merge';
import { makeHighlight } from './fixtures';

interface Device {
  clock: HybridClock;
  library: Map<string, Highlight>;
}
type Area = Record<string, unknown>;

function read(area: Area): Area {
  return structuredClone(area);
}

function mergeFrom(device: Device, snapshot: Area) {
  const { records } = decodeFromSync(snapshot);
  const { merged, changedIds } = mergeLibraries(device.library, records);
  for (const id of changedIds) device.clock.receive(merged.get(id)!.clock);
  device.library = merged;
}

function write(device: Device, snapshot: Area, area: Area) {
  const { set, remove } = diffSyncItems(snapshot, encodeForSync([...device.library.values()]).items);
  Object.assign(area, structuredClone(set));
  for (const k of remove) delete area[k];
}

type Op =
  | { kind: 'edit'; device: number; pick: number; note: string }
  | { kind: 'create'; device: number }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'round'; device: number }
  | { kind: 'staleRound'; device: number; other: number };

const opArb = (n: number): fc.Arbitrary<Op> => {
  const d = fc.nat(n - 1);
  return fc.oneof(
    fc.record({ kind: fc.constant('create' as const), device: d }),
    fc.record({
      kind: fc.constant('edit' as const),
      device: d,
      pick: fc.nat(),
      note: fc.constantFrom('甲', '乙', 'x'),
    }),
    fc.record({ kind: fc.constant('delete' as const), device: d, pick: fc.nat() }),
    fc.record({ kind: fc.constant('round' as const), device: d }),
    fc.record({ kind: fc.constant('staleRound' as const), device: d, other: d }),
  );
};

describe('storage.sync rounds, scripted', () => {
  it('a write from a stale read does not undo an edit; the expected winner written out', () => {
    let t = 1_700_000_000_000;
    const d0: Device = { clock: createClock('d0', () => t), library: new Map() };
    // d1's wall clock runs 7 s fast.
    const d1: Device = { clock: createClock('d1', () => t + 7_000), library: new Map() };
    const area: Area = {};
    const round = (dev: Device) => {
      const snap = read(area);
      mergeFrom(dev, snap);
      write(dev, snap, area);
    };
    const edit = (dev: Device, note: string) => {
      const before = dev.library.get('h') ?? makeHighlight({ id: 'h', note: '' });
      dev.library.set('h', { ...before, note, clock: dev.clock.tick() });
    };
    edit(d0, 'created on d0');
    round(d0);
    round(d1);
    t += 1_000;
    edit(d1, 'd1 at +1s, fast clock');
    t += 1_000;
    edit(d0, 'd0 at +2s, true clock');
    // d0 read the area before d1 wrote, and writes after it: a stale read.
    const stale = read(area);
    round(d1);
    mergeFrom(d0, stale);
    write(d0, stale, area);
    round(d1);
    round(d0);
    // d1's edit carries the greater clock (its clock is 7 s ahead): it wins on both devices,
    // although d0 edited a second later by the wall.
    expect(d0.library.get('h')?.note).toBe('d1 at +1s, fast clock');
    expect(d1.library.get('h')?.note).toBe('d1 at +1s, fast clock');
    expect(decodeFromSync(area).records.map((r) => r.note)).toEqual(['d1 at +1s, fast clock']);
  });
});

describe('storage.sync rounds', () => {
  it('devices sharing one sync area converge, even after writes from stale reads', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), fc.array(opArb(n), { maxLength: 40 }))),
        ([n, ops]) => {
          let t = 1_700_000_000_000;
          const devices: Device[] = Array.from({ length: n }, (_, i) => ({
            clock: createClock(`d${i}`, () => t + i * 7_000),
            library: new Map(),
          }));
          const area: Area = { settings: { theme: 'dark' } };
          const produced: Highlight[] = [];
          let next = 0;
          const emit = (dev: Device, h: Highlight) => {
            dev.library.set(h.id, h);
            produced.push(h);
          };
          for (const op of ops) {
            t += 1000;
            const dev = devices[op.device]!;
            if (op.kind === 'create') emit(dev, makeHighlight({ id: `h${next++}`, clock: dev.clock.tick() }));
            else if (op.kind === 'edit' || op.kind === 'delete') {
              const known = [...dev.library.values()];
              if (known.length === 0) continue;
              const target = known[op.pick % known.length]!;
              const clock = dev.clock.tick();
              emit(
                dev,
                op.kind === 'edit'
                  ? { ...target, note: op.note, deleted: false, clock }
                  : { ...target, deleted: true, clock },
              );
            } else if (op.kind === 'round') {
              const snap = read(area);
              mergeFrom(dev, snap);
              write(dev, snap, area);
            } else {
              const snap = read(area);
              mergeFrom(dev, snap);
              const other = devices[op.other]!;
              if (other !== dev) {
                const otherSnap = read(area);
                mergeFrom(other, otherSnap);
                write(other, otherSnap, area);
              }
              write(dev, snap, area); // diff computed against what dev read, not what is there now
            }
          }
          for (let pass = 0; pass < 3; pass++) {
            for (const dev of devices) {
              const snap = read(area);
              mergeFrom(dev, snap);
              write(dev, snap, area);
            }
          }
          const states = devices.map((d) => canonicalJson(Object.fromEntries(d.library)));
          for (const s of states) expect(s).toBe(states[0]);
          const newest = new Map<string, Highlight>();
          // The oracle does not use the merge's own order: every clock here comes from a device's
          // HLC, all distinct, and valid clocks order as plain strings (fixed-width fields).
          expect(new Set(produced.map((h) => h.clock)).size).toBe(produced.length);
          for (const h of produced) {
            expect(isValidClock(h.clock)).toBe(true);
            const prev = newest.get(h.id);
            if (!prev || h.clock > prev.clock) newest.set(h.id, h);
          }
          expect(states[0]).toBe(canonicalJson(Object.fromEntries(newest)));
          expect(decodeFromSync(area).complete).toBe(true);
          expect(area.settings).toEqual({ theme: 'dark' });
        },
      ),
      { numRuns: 60 },
    );
  });
});
