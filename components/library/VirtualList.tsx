import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { layoutRows, recycleKeys, scrollToReveal, visibleWindow, type RowLayout } from '@/utils/library/virtual';

/** Rows from the end at which more are asked for. */
const NEAR_END_ROWS = 20;

/**
 * A windowed list: rows of known heights, absolutely placed inside a spacer of the total
 * height; only the rows near the viewport exist in the DOM. Each row is a list item that
 * tells its place in the whole list (aria-setsize/posinset), since most rows are absent.
 */
export function VirtualList(p: {
  heights: ArrayLike<number>;
  renderRow: (index: number) => ComponentChildren;
  /** The row's identity (its record's): the row keeps its element while it is drawn. */
  rowKey: (index: number) => string;
  /** Row to keep in view (keyboard navigation). */
  revealIndex?: number;
  label: string;
  testId?: string;
  overscan?: number;
  /** Called when the rows near the end are shown (to load more). */
  onNearEnd?: () => void;
}) {
  const layout = useMemo(() => layoutRows(p.heights), [p.heights]);
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const frame = useRef(0);
  const drawn = useRef<ReadonlyMap<string, number>>(new Map());
  // A new list (a keystroke's results) is drawn with the rows in view only; the rows above and
  // below it come once that frame is painted, so they do not delay it.
  const [settled, setSettled] = useState<RowLayout | null>(null);
  useEffect(() => {
    if (settled === layout) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const painted = requestAnimationFrame(() => (timer = setTimeout(() => setSettled(layout))));
    return () => {
      cancelAnimationFrame(painted);
      clearTimeout(timer);
    };
  }, [layout]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setViewport(el.clientHeight || 600);
    const ro = new ResizeObserver(() => setViewport(el.clientHeight || 600));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || p.revealIndex === undefined || p.revealIndex < 0) return;
    const next = scrollToReveal(layout, p.revealIndex, el.scrollTop, el.clientHeight);
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setScrollTop(next);
    }
  }, [p.revealIndex, layout]);

  // A shorter list (new search) may leave the old scroll position past its end, where the browser
  // clamps it (and tells with a scroll event). The window is taken from the clamped position at
  // once, from what is known (the last scroll, the viewport's height), without reading the DOM:
  // reading scrollTop after a commit would force the new rows' layout before the frame does it.
  const top = Math.min(scrollTop, Math.max(0, layout.total - viewport));
  const win = visibleWindow(layout, top, viewport, settled === layout ? (p.overscan ?? 4) : 0);
  const nearEnd = win.end >= p.heights.length - NEAR_END_ROWS;
  useEffect(() => {
    if (nearEnd) p.onNearEnd?.();
  }, [nearEnd, p.onNearEnd, p.heights.length]);
  // Elements are keyed by recycled keys: a row drawn before keeps its element, a new row (a
  // keystroke's results, a scroll) takes the element of a row that is gone and Preact changes
  // its text and attributes, instead of removing it and creating ~20 elements again.
  const ids: string[] = [];
  for (let i = win.start; i < win.end; i++) ids.push(p.rowKey(i));
  const keys = (drawn.current = recycleKeys(drawn.current, ids));
  const rows = [];
  for (let i = win.start; i < win.end; i++) {
    rows.push(
      <div
        key={keys.get(ids[i - win.start]!)}
        class="vrow"
        role="listitem"
        aria-setsize={p.heights.length}
        aria-posinset={i + 1}
        style={{ top: `${layout.offsets[i]}px`, height: `${layout.offsets[i + 1]! - layout.offsets[i]!}px` }}
      >
        {p.renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      ref={box}
      class="vlist"
      data-testid={p.testId}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => setScrollTop(top));
      }}
    >
      <div class="vlist-inner" role="list" aria-label={p.label} style={{ height: `${layout.total}px` }}>
        {rows}
      </div>
    </div>
  );
}
