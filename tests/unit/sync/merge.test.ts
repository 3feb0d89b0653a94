import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import { canonicalJson, mergeLibraries, mergeRecord } from '@/utils/sync/merge';
import { formatClock } from '@/utils/sync/hlc';
import { makeHighlight, recordArb, recordSetArb } from './fixtures';

const clockAt = (wallMs: number, deviceId = 'a', counter = 0) => formatClock({ wallMs, counter, deviceId });
const asObject = (m: Map<string, Highlight>) => Object.fromEntries([...m].map(([k, v]) => [k, canonicalJson(v)]));
const merge = (a: readonly Highlight[], b: readonly Highlight[]) => [...mergeLibraries(a, b).merged.values()];

describe('mergeRecord', () => {
  it('the newer clock wins the whole record', () => {
    const old = makeHighlight({ note: 'old', color: 'green', clock: clockAt(1000) });
    const neu = makeHighlight({ note: 'new', clock: clockAt(2000, 'b') });
    expect(mergeRecord(old, neu)).toBe(neu);
    expect(mergeRecord(neu, old)).toBe(neu);
  });

  it('a tombstone beats an older edit and loses to a newer one', () => {
    const edit = makeHighlight({ note: 'edited', clock: clockAt(1000) });
    const tomb = makeHighlight({ deleted: true, clock: clockAt(2000, 'b') });
    const later = makeHighlight({ note: 'again', clock: clockAt(3000) });
    expect(mergeRecord(edit, tomb).deleted).toBe(true);
    expect(mergeRecord(tomb, later)).toBe(later);
  });

  it('equal clocks with different content resolve the same way from both sides', () => {
    const a = makeHighlight({ note: 'a' });
    const b = makeHighlight({ note: 'b' });
    expect(mergeRecord(a, b)).toBe(mergeRecord(b, a) === a ? a : b);
    expect(canonicalJson(mergeRecord(a, b))).toBe(canonicalJson(mergeRecord(b, a)));
  });

  it('refuses to merge different ids', () => {
    expect(() => mergeRecord(makeHighlight({ id: 'a' }), makeHighlight({ id: 'b' }))).toThrow(/different records/);
  });

  it('canonicalJson ignores key order and undefined members', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 2 }] })).toBe(canonicalJson({ a: [1, { c: 2 }], b: 1 }));
  });
});

describe('mergeLibraries', () => {
  it('reports what each side must write', () => {
    const shared = makeHighlight({ id: 's' });
    const onlyA = makeHighlight({ id: 'a' });
    const onlyB = makeHighlight({ id: 'b' });
    const newerInB = makeHighlight({ id: 'e', note: 'b', clock: clockAt(2000, 'b') });
    const olderInA = makeHighlight({ id: 'e', note: 'a', clock: clockAt(1000) });
    const r = mergeLibraries(
      new Map([
        ['s', shared],
        ['a', onlyA],
        ['e', olderInA],
      ]),
      { s: shared, b: onlyB, e: newerInB },
    );
    expect([...r.merged.keys()].sort()).toEqual(['a', 'b', 'e', 's']);
    expect(r.merged.get('e')).toBe(newerInB);
    expect(r.changedIds.sort()).toEqual(['b', 'e']);
    expect(r.changedForB.sort()).toEqual(['a']);
  });

  it('keys records by their own id and merges duplicates within one side', () => {
    const v1 = makeHighlight({ id: 'x', clock: clockAt(1) });
    const v2 = makeHighlight({ id: 'x', clock: clockAt(2) });
    const r = mergeLibraries({ wrongKey: v1, other: v2 }, []);
    expect([...r.merged.keys()]).toEqual(['x']);
    expect(r.merged.get('x')).toBe(v2);
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(recordSetArb, recordSetArb, (a, b) => {
        expect(asObject(mergeLibraries(a, b).merged)).toEqual(asObject(mergeLibraries(b, a).merged));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(recordSetArb, recordSetArb, recordSetArb, (a, b, c) => {
        const left = mergeLibraries(merge(a, b), c).merged;
        const right = mergeLibraries(a, merge(b, c)).merged;
        expect(asObject(left)).toEqual(asObject(right));
      }),
    );
  });

  it('is idempotent and reports nothing to write for equal states', () => {
    fc.assert(
      fc.property(recordSetArb, (a) => {
        const once = merge(a, []);
        const r = mergeLibraries(once, once);
        expect(asObject(r.merged)).toEqual(asObject(mergeLibraries(a, []).merged));
        expect(r.changedIds).toEqual([]);
        expect(r.changedForB).toEqual([]);
      }),
    );
  });

  it('the result holds, for every id, the greatest version of either side', () => {
    fc.assert(
      fc.property(recordSetArb, recordSetArb, (a, b) => {
        const merged = mergeLibraries(a, b).merged;
        for (const r of [...a, ...b]) {
          const m = merged.get(r.id)!;
          expect(mergeRecord(m, r)).toBe(m);
        }
      }),
    );
  });

  it('mergeRecord never invents content: the winner is one of the inputs', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        fc.pre(a.id === b.id);
        const w = mergeRecord(a, b);
        expect(w === a || w === b).toBe(true);
      }),
    );
  });
});
