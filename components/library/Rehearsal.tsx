/**
 * The reader's first search keystroke, rehearsed out of sight while the page is idle after its
 * first list: a screen of rows is drawn as the list draws it, then drawn again with the records
 * and marks of the idle search (useLibraryView's warm-up), laid out, and removed. The first real
 * keystroke then finds the code that draws a list of results compiled, and the browser's styles
 * and layout of marked rows ready, instead of paying for them in its frame (at 100,000
 * highlights the first keystroke was the slowest by 4–8 ms of CPU).
 *
 * Nothing of it can be seen, reached or read: hidden, inert and out of the accessibility tree,
 * and gone after two idle moments. It costs the idle page ~10 ms of CPU once.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import { queryTerms } from '@/utils/store/search-tokens';
import { flattenPages, groupPages } from '@/utils/library/group';
import { HighlightRow, PageHeaderRow, PAGE_ROW_HEIGHT, highlightRowHeight } from './HighlightRow';

/** About a screen of rows (the popup's list shows 6–8). */
const SCREEN_PX = 600;

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
};

const noop = () => undefined;

export function Rehearsal(p: {
  /** The records the list shows now, and those of the idle search with its text. */
  shown: readonly Highlight[];
  search: { text: string; records: readonly Highlight[] };
  settings: Settings | null;
  onDone: () => void;
}) {
  // 0: the list as it is; 1: the search's records with their marks (a keystroke's new list).
  const [step, setStep] = useState(0);
  const host = useRef<HTMLDivElement>(null);
  const records = step === 0 ? p.shown : p.search.records;
  const terms = useMemo(() => (step === 0 ? [] : queryTerms(p.search.text)), [step, p.search.text]);
  const rows = useMemo(() => {
    const all = flattenPages(groupPages(records));
    const out = [];
    for (let i = 0, top = 0; i < all.length && top < SCREEN_PX; i++) {
      const row = all[i]!;
      const height = row.kind === 'page' ? PAGE_ROW_HEIGHT : highlightRowHeight(row.record);
      out.push({ row, top, height });
      top += height;
    }
    return out;
  }, [records]);

  // Laid out now, as a keystroke's list is, then the next step when the page is idle again.
  // The rows carry the test ids of the list's rows: taken off before anything can see them
  // (a test counting the list's rows counts the list's only).
  useLayoutEffect(() => {
    for (const el of host.current?.querySelectorAll('[data-testid]') ?? []) el.removeAttribute('data-testid');
  });
  useLayoutEffect(() => void host.current?.offsetHeight, [step]);
  useEffect(() => whenIdle(() => (step === 0 ? setStep(1) : p.onDone())), [step]);

  return (
    <div class="rehearsal" ref={host} aria-hidden="true" inert>
      {rows.map(({ row, top, height }, i) => (
        <div key={i} class="vrow" style={{ top: `${top}px`, height: `${height}px` }}>
          {row.kind === 'page' ? (
            <PageHeaderRow page={row.page} count={row.page.highlights.length} onCopy={noop} />
          ) : (
            <HighlightRow
              record={row.record}
              settings={p.settings}
              terms={terms}
              active={false}
              tabbable={false}
              orphan={false}
              onOpen={noop}
              onEdit={noop}
              onDelete={noop}
              onFocusRow={noop}
              rowId={`rehearsal-${i}`}
              roving
            />
          )}
        </div>
      ))}
    </div>
  );
}
