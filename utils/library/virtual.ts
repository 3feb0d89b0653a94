/**
 * Windowing for long lists: only the rows in (or near) the viewport are rendered. Rows have
 * a height fixed by their kind, so their offsets are a prefix sum and the first visible row is
 * found by binary search; nothing is measured in the DOM.
 */

export interface RowLayout {
  /** `offsets[i]` is the top of row i; `offsets[count]` is the total height. */
  offsets: Float64Array;
  count: number;
  total: number;
}

export function layoutRows(heights: ArrayLike<number>): RowLayout {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + Math.max(0, heights[i]!);
  return { offsets, count: heights.length, total: offsets[heights.length]! };
}

/** Index of the row that contains vertical position `y` (clamped to the list). */
export function rowAt(layout: RowLayout, y: number): number {
  if (layout.count === 0) return 0;
  if (y <= 0) return 0;
  if (y >= layout.total) return layout.count - 1;
  let lo = 0;
  let hi = layout.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface RowWindow {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

/** Rows to render for a viewport: every row that intersects it, plus `overscan` rows either side. */
export function visibleWindow(layout: RowLayout, scrollTop: number, viewportHeight: number, overscan = 4): RowWindow {
  if (layout.count === 0) return { start: 0, end: 0 };
  const first = rowAt(layout, scrollTop);
  let last = first;
  const bottom = scrollTop + Math.max(0, viewportHeight);
  while (last + 1 < layout.count && layout.offsets[last + 1]! < bottom) last++;
  return { start: Math.max(0, first - overscan), end: Math.min(layout.count, last + 1 + overscan) };
}

/** The scrollTop that brings row `index` fully into view with the least movement. */
export function scrollToReveal(layout: RowLayout, index: number, scrollTop: number, viewportHeight: number): number {
  if (index < 0 || index >= layout.count) return scrollTop;
  const top = layout.offsets[index]!;
  const bottom = layout.offsets[index + 1]!;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/**
 * The element keys of the rows drawn (`ids`, the rows' own keys, in order), given the keys of
 * the rows drawn before: a row drawn before keeps its key (its element stays, wherever it
 * moves); a new row takes the key of a row that is gone, else a new one. So a new list (a
 * keystroke's results) or a scroll changes the elements of the rows that left instead of
 * removing them and creating others. Keys are unique within the result.
 */
export function recycleKeys(before: ReadonlyMap<string, number>, ids: readonly string[]): Map<string, number> {
  const taken = new Set<number>();
  for (const id of ids) {
    const key = before.get(id);
    if (key !== undefined) taken.add(key);
  }
  const free = [...before.values()].filter((key) => !taken.has(key)).sort((a, b) => a - b);
  let next = Math.max(-1, ...before.values()) + 1;
  return new Map(ids.map((id) => [id, before.get(id) ?? free.shift() ?? next++]));
}
