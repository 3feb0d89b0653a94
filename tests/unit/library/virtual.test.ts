import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { layoutRows, recycleKeys, rowAt, scrollToReveal, visibleWindow } from '@/utils/library/virtual';

describe('virtual list', () => {
  const layout = layoutRows([40, 80, 80, 40, 80]); // tops 0,40,120,200,240; total 320

  test('offsets are a prefix sum', () => {
    expect([...layout.offsets]).toEqual([0, 40, 120, 200, 240, 320]);
    expect(layout.total).toBe(320);
  });

  test('rowAt finds the row containing a position, clamped at both ends', () => {
    expect(rowAt(layout, -5)).toBe(0);
    expect(rowAt(layout, 39.9)).toBe(0);
    expect(rowAt(layout, 40)).toBe(1);
    expect(rowAt(layout, 199)).toBe(2);
    expect(rowAt(layout, 1000)).toBe(4);
    expect(rowAt(layoutRows([]), 10)).toBe(0);
  });

  test('the window covers the viewport plus overscan', () => {
    expect(visibleWindow(layout, 50, 100, 0)).toEqual({ start: 1, end: 3 });
    expect(visibleWindow(layout, 50, 100, 1)).toEqual({ start: 0, end: 4 });
    expect(visibleWindow(layout, 0, 10_000, 2)).toEqual({ start: 0, end: 5 });
    expect(visibleWindow(layoutRows([]), 0, 100)).toEqual({ start: 0, end: 0 });
  });

  test('scrollToReveal moves the least needed', () => {
    expect(scrollToReveal(layout, 1, 0, 100)).toBe(20); // bottom 120 - 100
    expect(scrollToReveal(layout, 0, 100, 100)).toBe(0);
    expect(scrollToReveal(layout, 2, 100, 100)).toBe(100); // already visible
    expect(scrollToReveal(layout, 9, 33, 100)).toBe(33);
  });

  test('property: every row intersecting the viewport is inside the window, and the window is small', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.integer({ min: 1, max: 900 }),
        (heights, scrollSeed, viewport) => {
          const l = layoutRows(heights);
          const scrollTop = scrollSeed % Math.max(1, l.total);
          const w = visibleWindow(l, scrollTop, viewport, 0);
          for (let i = 0; i < l.count; i++) {
            const top = l.offsets[i]!;
            const bottom = l.offsets[i + 1]!;
            const intersects = bottom > scrollTop && top < scrollTop + viewport;
            if (intersects) expect(i >= w.start && i < w.end).toBe(true);
          }
          // Rows rendered never exceed what fits plus the partially visible ones.
          expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(viewport / Math.min(...heights)) + 1);
        },
      ),
    );
  });
});

describe('recycled row keys', () => {
  const rows = (ids: string[]) => ids.map((id) => ({ id }));
  test('rows drawn before keep their key; new rows take the keys of rows gone, then new ones', () => {
    const first = recycleKeys(new Map(), rows(['a', 'b', 'c']));
    expect([...first.keys]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    // "b" stays (moved up), "a" and "c" left: "x" and "y" take their keys, "z" a new one.
    const next = recycleKeys(first.keys, rows(['b', 'x', 'y', 'z']));
    expect([...next.keys]).toEqual([
      ['b', 1],
      ['x', 0],
      ['y', 2],
      ['z', 3],
    ]);
    expect(next.left).toEqual([]);
  });

  test('a new row takes the key of a gone row of its kind; keys of the other kind are left', () => {
    // Page "p1" with highlights "h1", "h2"; then pages "p2", "p3" with a highlight each.
    const before = new Map([
      ['p1', 0],
      ['h1', 1],
      ['h2', 2],
    ]);
    const kinds = new Map([
      [0, 'page'],
      [1, 'highlight'],
      [2, 'highlight'],
    ]);
    const next = recycleKeys(
      before,
      [
        { id: 'p2', kind: 'page' },
        { id: 'h3', kind: 'highlight' },
        { id: 'p3', kind: 'page' },
        { id: 'h4', kind: 'highlight' },
      ],
      kinds,
    );
    expect([...next.keys]).toEqual([
      ['p2', 0],
      ['h3', 1],
      ['p3', 3],
      ['h4', 2],
    ]);
    expect(next.left).toEqual([]);
    expect(recycleKeys(before, [{ id: 'p2', kind: 'page' }], kinds).left).toEqual([1, 2]);
  });

  test('keys are unique, and every row drawn again keeps its key (any lists)', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 30 }).map(String), { maxLength: 15 });
    fc.assert(
      fc.property(fc.array(ids, { minLength: 1, maxLength: 6 }), (lists) => {
        let keys = new Map<string, number>();
        const kinds = new Map<number, string>();
        const kindOf = (id: string) => (Number(id) % 3 ? 'highlight' : 'page');
        for (const list of lists) {
          const next = recycleKeys(
            keys,
            list.map((id) => ({ id, kind: kindOf(id) })),
            kinds,
          );
          expect([...next.keys.keys()]).toEqual(list);
          expect(new Set(next.keys.values()).size).toBe(list.length);
          for (const id of list) if (keys.has(id)) expect(next.keys.get(id)).toBe(keys.get(id));
          // A new key only for a row of a kind more than there were before (elements are reused, not added).
          const had = (kind: string) => [...keys.values()].filter((key) => kinds.get(key) === kind).length;
          const wanted = (kind: string) => list.filter((id) => kindOf(id) === kind).length;
          const made = [...next.keys.values()].filter((key) => ![...keys.values()].includes(key));
          expect(made).toHaveLength(
            Math.max(0, wanted('page') - had('page')) + Math.max(0, wanted('highlight') - had('highlight')),
          );
          // Every key of before is taken again or left (its element removed); a taken key kept its kind.
          const taken = new Set(next.keys.values());
          expect([...keys.values()].filter((key) => !taken.has(key)).sort((a, b) => a - b)).toEqual(next.left);
          for (const key of next.left) kinds.delete(key);
          for (const id of list) {
            const key = next.keys.get(id)!;
            if (kinds.has(key)) expect(kinds.get(key)).toBe(kindOf(id));
            kinds.set(key, kindOf(id));
          }
          keys = next.keys;
        }
      }),
    );
  });
});
