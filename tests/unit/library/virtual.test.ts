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
  test('rows drawn before keep their key; new rows take the keys of rows gone, then new ones', () => {
    const first = recycleKeys(new Map(), ['a', 'b', 'c']);
    expect([...first]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    // "b" stays (moved up), "a" and "c" left: "x" and "y" take their keys, "z" a new one.
    const next = recycleKeys(first, ['b', 'x', 'y', 'z']);
    expect([...next]).toEqual([
      ['b', 1],
      ['x', 0],
      ['y', 2],
      ['z', 3],
    ]);
  });

  test('keys are unique, and every row drawn again keeps its key (any lists)', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 30 }).map(String), { maxLength: 15 });
    fc.assert(
      fc.property(fc.array(ids, { minLength: 1, maxLength: 6 }), (lists) => {
        let keys = new Map<string, number>();
        for (const list of lists) {
          const next = recycleKeys(keys, list);
          expect([...next.keys()]).toEqual(list);
          expect(new Set(next.values()).size).toBe(list.length);
          for (const id of list) if (keys.has(id)) expect(next.get(id)).toBe(keys.get(id));
          // A new key only for a row more than there were before (elements are reused, not added).
          const made = [...next.values()].filter((key) => ![...keys.values()].includes(key));
          expect(made).toHaveLength(Math.max(0, list.length - keys.size));
          keys = next;
        }
      }),
    );
  });
});
