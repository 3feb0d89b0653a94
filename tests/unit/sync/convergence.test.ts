/**
 * Simulated sync: 3–4 replicas with skewed (and sometimes backward-jumping) physical clocks
 * create, edit and delete highlights, and gossip their full state to each other in random
 * order. After everyone has exchanged states, all libraries must be identical, and for every
 * record the version with the greatest clock ever produced must be the one that survived.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import { createClock, isValidClock, type HybridClock } from '@/utils/sync/hlc';
import { canonicalJson, mergeLibraries } from '@/utils/sync/merge';
import { makeHighlight } from './fixtures';

type Op =
  | { kind: 'create'; replica: number; dt: number }
  | { kind: 'edit'; replica: number; pick: number; note: string; dt: number }
  | { kind: 'delete'; replica: number; pick: number; dt: number }
  | { kind: 'gossip'; from: number; to: number; dt: number };

const dt = fc.integer({ min: -50, max: 200 });
const opArb = (replicas: number): fc.Arbitrary<Op> => {
  const r = fc.integer({ min: 0, max: replicas - 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('create' as const), replica: r, dt }),
    fc.record({
      kind: fc.constant('edit' as const),
      replica: r,
      pick: fc.nat(),
      note: fc.constantFrom('x', 'y', '要点'),
      dt,
    }),
    fc.record({ kind: fc.constant('delete' as const), replica: r, pick: fc.nat(), dt }),
    fc.record({ kind: fc.constant('gossip' as const), from: r, to: r, dt }),
  );
};

const scenarioArb = fc.integer({ min: 3, max: 4 }).chain((n) =>
  fc.record({
    skews: fc.array(fc.integer({ min: -10_000, max: 10_000 }), { minLength: n, maxLength: n }),
    ops: fc.array(opArb(n), { minLength: 1, maxLength: 80 }),
    finalOrder: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 20 }),
  }),
);

interface Replica {
  clock: HybridClock;
  library: Map<string, Highlight>;
}

function receiveInto(target: Replica, source: Replica) {
  const { merged, changedIds } = mergeLibraries(target.library, source.library);
  for (const id of changedIds) target.clock.receive(merged.get(id)!.clock);
  target.library = merged;
}

describe('a scripted history, its winner written out', () => {
  it('a later edit on a clock that runs slow loses to the edit it never saw, and wins once it has seen it', () => {
    let t = 1_700_000_000_000;
    const r0: Replica = { clock: createClock('r0', () => t), library: new Map() };
    const r1: Replica = { clock: createClock('r1', () => t), library: new Map() };
    // r2's wall clock is 10 s slow.
    const r2: Replica = { clock: createClock('r2', () => t - 10_000), library: new Map() };
    const edit = (r: Replica, note: string, deleted = false) => {
      const before = r.library.get('h') ?? makeHighlight({ id: 'h', note: '' });
      r.library.set('h', { ...before, note, deleted, clock: r.clock.tick() });
    };
    edit(r0, 'created');
    receiveInto(r1, r0);
    receiveInto(r2, r0);
    t += 1_000;
    edit(r1, 'r1 at +1s');
    t += 2_000;
    edit(r2, 'r2 at +3s, slow clock');
    t += 1_000;
    edit(r0, 'r0 deletes at +4s', true);
    // r0's delete is the newest clock of the three: every replica ends with it.
    for (const [to, from] of [
      [r1, r2],
      [r2, r1],
      [r0, r1],
      [r1, r0],
      [r2, r0],
    ] as const)
      receiveInto(to, from);
    for (const r of [r0, r1, r2])
      expect(r.library.get('h')).toMatchObject({ note: 'r0 deletes at +4s', deleted: true });

    // Before the delete was seen, r1's edit beat r2's later one: r2's slow clock stamped it earlier.
    const a: Replica = { clock: createClock('r1', () => t), library: new Map() };
    const b: Replica = { clock: createClock('r2', () => t - 10_000), library: new Map() };
    edit(a, 'a first');
    t += 3_000;
    edit(b, 'b three seconds later, slow clock');
    receiveInto(a, b);
    receiveInto(b, a);
    expect(a.library.get('h')?.note).toBe('a first');
    expect(b.library.get('h')?.note).toBe('a first');
    // Having seen a's version, b's next edit is stamped after it, whatever its wall clock says.
    edit(b, 'b after seeing a');
    receiveInto(a, b);
    expect(a.library.get('h')?.note).toBe('b after seeing a');
  });
});

describe('convergence under random histories', () => {
  it('all replicas converge and the newest version of every record survives', () => {
    fc.assert(
      fc.property(scenarioArb, ({ skews, ops, finalOrder }) => {
        let globalTime = 1_700_000_000_000;
        const jitter = skews.map(() => 0);
        const replicas: Replica[] = skews.map((skew, i) => ({
          clock: createClock(`r${i}`, () => globalTime + skew + jitter[i]!),
          library: new Map(),
        }));
        const produced: Highlight[] = [];
        let nextId = 0;
        const emit = (replica: Replica, h: Highlight) => {
          replica.library.set(h.id, h);
          produced.push(h);
        };

        for (const op of ops) {
          // Global time moves forward, but each replica's reading may jump back (dt < 0).
          globalTime += Math.max(op.dt, 0);
          const who = op.kind === 'gossip' ? op.to : op.replica;
          jitter[who] = Math.min(jitter[who]!, 0) + Math.min(op.dt, 0);
          const replica = replicas[who]!;
          if (op.kind === 'create') {
            const clock = replica.clock.tick();
            emit(replica, makeHighlight({ id: `h${nextId++}`, clock, note: '' }));
          } else if (op.kind === 'edit' || op.kind === 'delete') {
            const known = [...replica.library.values()];
            if (known.length === 0) continue;
            const target = known[op.pick % known.length]!;
            const clock = replica.clock.tick();
            emit(
              replica,
              op.kind === 'edit'
                ? { ...target, note: op.note, deleted: false, clock }
                : { ...target, deleted: true, clock },
            );
          } else if (op.from !== op.to) {
            receiveInto(replica, replicas[op.from]!);
          }
        }

        // Some more random gossip, then a full exchange: everyone pulls from everyone twice.
        for (const [from, to] of finalOrder) if (from !== to) receiveInto(replicas[to]!, replicas[from]!);
        for (let round = 0; round < 2; round++) {
          for (const to of replicas) for (const from of replicas) if (to !== from) receiveInto(to, from);
        }

        const states = replicas.map((r) => canonicalJson(Object.fromEntries(r.library)));
        for (const s of states) expect(s).toBe(states[0]);

        const final = replicas[0]!.library;
        const newest = new Map<string, Highlight>();
        // The oracle does not use the merge's own order: every clock here comes from a device's
        // HLC, all distinct, and valid clocks order as plain strings (fixed-width fields).
        expect(new Set(produced.map((h) => h.clock)).size).toBe(produced.length);
        for (const h of produced) {
          expect(isValidClock(h.clock)).toBe(true);
          const prev = newest.get(h.id);
          if (!prev || h.clock > prev.clock) newest.set(h.id, h);
        }
        expect(final.size).toBe(newest.size);
        for (const [id, h] of newest) expect(final.get(id)).toBe(h);
      }),
      { numRuns: 200 },
    );
  });

  it('an edit made after seeing a delete wins even when its device clock is far behind', () => {
    let tA = 1_700_000_100_000; // A runs ahead
    const tB = 1_700_000_000_000; // B is 100 s behind
    const a: Replica = { clock: createClock('a', () => tA), library: new Map() };
    const b: Replica = { clock: createClock('b', () => tB), library: new Map() };
    const created = makeHighlight({ id: 'h', clock: a.clock.tick() });
    a.library.set('h', created);
    tA += 10;
    a.library.set('h', { ...created, deleted: true, clock: a.clock.tick() });
    receiveInto(b, a);
    const undeleted = { ...b.library.get('h')!, deleted: false, note: 'restored', clock: b.clock.tick() };
    b.library.set('h', undeleted);
    receiveInto(a, b);
    expect(a.library.get('h')).toBe(undeleted);
  });
});
