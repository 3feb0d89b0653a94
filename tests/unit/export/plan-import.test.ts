import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/export/import';
import { planImport } from '@/utils/export/plan-import';
import { toW3CJson } from '@/utils/export/w3c';
import type { Highlight } from '@/utils/highlights/record';
import { IMPORT_CLOCK, NOW, highlightArb, idMaker, makeHighlight } from './fixtures';

/** What the store would hold after writing the plan. */
function apply(existing: Highlight[], toWrite: Highlight[]): Highlight[] {
  const byId = new Map(existing.map((r) => [r.id, r]));
  for (const r of toWrite) byId.set(r.id, r);
  return [...byId.values()];
}

describe('planImport', () => {
  it('adds new records and reports them', () => {
    const a = makeHighlight();
    const plan = planImport([], [a]);
    expect(plan).toEqual({ toWrite: [a], added: 1, updated: 0, unchanged: 0, olderIgnored: 0 });
  });

  it('is idempotent: importing the same file twice adds nothing the second time', () => {
    const local = [makeHighlight({ note: 'x' })];
    const others = [
      makeHighlight({ tags: ['t'], position: { start: 100, end: 108 } }),
      makeHighlight({
        note: 'n',
        quote: { exact: '另一段', prefix: '', suffix: '' },
        position: { start: 200, end: 203 },
      }),
    ];
    const file = toW3CJson([...others, ...local]);
    const first = planImport(local, parseImport(file, { clock: IMPORT_CLOCK, now: NOW }).records);
    expect(first).toMatchObject({ added: 2, updated: 0, unchanged: 1, olderIgnored: 0 });
    const store = apply(local, first.toWrite);
    const second = planImport(store, parseImport(file, { clock: IMPORT_CLOCK, now: NOW }).records);
    expect(second).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 3, olderIgnored: 0 });
  });

  it('re-importing a foreign file twice (fresh ids and a later clock each time) duplicates nothing', () => {
    const foreign = JSON.stringify([
      {
        type: 'Annotation',
        target: { source: 'https://example.com/a', selector: { type: 'TextQuoteSelector', exact: 'one' } },
      },
      {
        type: 'Annotation',
        target: { source: 'https://example.com/a', selector: { type: 'TextQuoteSelector', exact: 'two' } },
      },
    ]);
    const first = parseImport(foreign, { clock: 'c1', now: NOW, makeId: idMaker('11111111-0000-4000-8000-') }).records;
    const store = apply([], planImport([], first).toWrite);
    const again = parseImport(foreign, {
      clock: 'c2',
      now: NOW + 1000,
      makeId: idMaker('22222222-0000-4000-8000-'),
    }).records;
    const plan = planImport(store, again);
    expect(plan).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 2, olderIgnored: 0 });
  });

  it('never overwrites a newer local edit', () => {
    const local = makeHighlight({ note: 'edited later', clock: 'c5' });
    const older = { ...local, note: 'old note', clock: 'c3' };
    expect(planImport([local], [older])).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 0, olderIgnored: 1 });
  });

  it('takes a newer incoming edit', () => {
    const local = makeHighlight({ note: 'old', clock: 'c3' });
    const newer = { ...local, note: 'new', clock: 'c5' };
    expect(planImport([local], [newer])).toEqual({
      toWrite: [newer],
      added: 0,
      updated: 1,
      unchanged: 0,
      olderIgnored: 0,
    });
  });

  it('keeps the local record on an equal clock with different content', () => {
    const local = makeHighlight({ note: 'mine', clock: 'c3' });
    expect(planImport([local], [{ ...local, note: 'theirs' }]).olderIgnored).toBe(1);
  });

  it('treats a different id with the same url, quote and position as the same highlight', () => {
    const local = makeHighlight({ clock: 'c1' });
    const twin = { ...local, id: 'ffffffff-0000-4000-8000-000000000000', clock: 'c2', color: 'pink' as const };
    const plan = planImport([local], [twin]);
    expect(plan.updated).toBe(1);
    expect(plan.toWrite).toEqual([{ ...twin, id: local.id }]);
    expect(planImport([local], [{ ...twin, clock: 'c0' }]).olderIgnored).toBe(1);
    expect(planImport([local], [{ ...local, id: twin.id, clock: 'c9' }]).unchanged).toBe(1);
  });

  it('matches a position-less import (sentinel position) to the local highlight of that quote and keeps the local place', () => {
    const local = makeHighlight({ clock: 'c1', position: { start: 500, end: 508 } });
    const sentinel: Highlight = {
      ...local,
      id: 'eeeeeeee-0000-4000-8000-000000000000',
      quote: { exact: local.quote.exact, prefix: '', suffix: '' },
      position: { start: 0, end: local.quote.exact.length },
      note: 'from elsewhere',
      clock: 'c2',
    };
    const plan = planImport([local], [sentinel]);
    expect(plan.added).toBe(0);
    expect(plan.toWrite).toEqual([{ ...sentinel, id: local.id, position: local.position, quote: local.quote }]);
  });

  it('does not confuse two highlights of the same quote at different positions', () => {
    const local = makeHighlight({ position: { start: 10, end: 18 } });
    const other = makeHighlight({ position: { start: 90, end: 98 } });
    expect(planImport([local], [other]).added).toBe(1);
  });

  it('applies newer tombstones, ignores tombstones for records it does not have', () => {
    const local = makeHighlight({ clock: 'c1' });
    const tombstone = { ...local, deleted: true, clock: 'c2' };
    expect(planImport([local], [tombstone])).toMatchObject({ toWrite: [tombstone], updated: 1 });
    expect(planImport([], [tombstone])).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 1, olderIgnored: 0 });
    // A local delete newer than the file keeps the record deleted.
    expect(planImport([{ ...local, deleted: true, clock: 'c3' }], [local]).olderIgnored).toBe(1);
  });

  it('collapses duplicates inside one import', () => {
    const a = makeHighlight({ clock: 'c1' });
    const later = { ...a, note: 'later', clock: 'c2' };
    const plan = planImport([], [a, later, a]);
    expect(plan).toEqual({ toWrite: [later], added: 1, updated: 0, unchanged: 0, olderIgnored: 1 });
  });

  it('property: a second identical import writes nothing, and no local record is lost or made older', () => {
    fc.assert(
      fc.property(
        fc.array(highlightArb, { maxLength: 6 }),
        fc.array(highlightArb, { maxLength: 6 }),
        (local, incoming) => {
          const uniqueLocal = [...new Map(local.map((r) => [r.id, r])).values()];
          const first = planImport(uniqueLocal, incoming);
          const store = apply(uniqueLocal, first.toWrite);
          expect(planImport(store, incoming).toWrite).toEqual([]);
          for (const before of uniqueLocal) {
            const after = store.find((r) => r.id === before.id);
            expect(after).toBeDefined();
            expect(after!.clock >= before.clock).toBe(true);
          }
          expect(first.added + first.updated).toBe(first.toWrite.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
