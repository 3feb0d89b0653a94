import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import { queryTerms } from '@/utils/store/search-tokens';
import { flattenPages, groupPages, nextHighlightRow, type LibraryPage, type LibraryRow } from '@/utils/library/group';
import { t } from '@/platform/i18n';
import { Filters } from './Filters';
import { HighlightRow, PageHeaderRow, PAGE_ROW_HEIGHT, highlightRowHeight } from './HighlightRow';
import { ResultList, type ListCallbacks } from './ResultList';
import { toggledPage, toggledRecord } from './selection';
import { SearchIcon } from './icons';
import type { LibraryView } from './useLibraryView';

export interface LibraryBrowserProps {
  /** What to show: the query and its records, read from the store a page at a time. */
  view: LibraryView;
  settings: Settings | null;
  orphanIds?: ReadonlySet<string>;
  onOpen: (h: Highlight) => void;
  onEdit: (h: Highlight) => void;
  onDelete: (h: Highlight) => void;
  onCopyPage?: (page: LibraryPage) => void;
  /** Bulk selection (library page). */
  selection?: ReadonlySet<string>;
  onSelectionChange?: (ids: Set<string>) => void;
  autoFocusSearch?: boolean;
}

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);

/** Search, filters and the windowed list of the highlights the view has loaded, grouped by page. */
export function LibraryBrowser(p: LibraryBrowserProps) {
  const { view } = p;
  const [active, setActive] = useState(-1);
  const search = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const keystrokeAt = useRef<number | null>(null);
  const anchor = useRef<string | null>(null);
  const latest = useRef<Latest | null>(null);
  // The rows' handlers call the latest props and closures: a row not drawn again still acts on them.
  const [calls] = useState(() => {
    const now = () => latest.current!;
    return {
      open: (h: Highlight) => now().props.onOpen(h),
      edit: (h: Highlight) => now().props.onEdit(h),
      remove: (h: Highlight) => now().props.onDelete(h),
      copyPage: (page: LibraryPage) => now().props.onCopyPage?.(page),
      toggle: (h: Highlight, extend: boolean) => now().toggle(h, extend),
      togglePage: (page: LibraryPage) => now().togglePage(page),
    };
  });

  // While the next query's first screen is on its way, the last list stays (no blink).
  const shown = view.records ?? view.previous ?? [];
  const pages = useMemo(() => groupPages(shown), [shown]);
  // Marks show the terms of the query the shown records answer: while a keystroke's records are
  // on their way, the list (the last query's) is left as it is, not drawn again.
  const terms = useMemo(() => queryTerms(view.shownText), [view.shownText]);
  const rows = useMemo(() => flattenPages(pages), [pages]);
  const heights = useMemo(() => {
    const out = new Float64Array(rows.length);
    rows.forEach((r, i) => (out[i] = r.kind === 'page' ? PAGE_ROW_HEIGHT : highlightRowHeight(r.record)));
    return out;
  }, [rows]);

  useEffect(() => setActive((a) => (a >= rows.length ? -1 : a)), [rows]);

  // Time from navigation start to the first list with its data, for the benchmark.
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (view.records === null || root.dataset.renderMs) return;
    root.dataset.renderMs = performance.now().toFixed(1);
    root.dataset.renderView = 'all';
  }, [view.records]);

  // Measures a keystroke: from the input event to the list of its query committed to the DOM.
  useLayoutEffect(() => {
    if (keystrokeAt.current === null || view.records === null) return;
    // Style and layout of the new list are part of what a keystroke costs.
    void document.body.offsetHeight;
    const ms = performance.now() - keystrokeAt.current;
    keystrokeAt.current = null;
    document.documentElement.dataset.searchMs = ms.toFixed(2);
  }, [view.records]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        search.current?.focus();
        search.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (p.autoFocusSearch) search.current?.focus();
  }, []);

  const rowId = (i: number) => `hl-row-${i}`;
  const firstHighlight = nextHighlightRow(rows, -1, 1);
  const focusRow = (i: number) => requestAnimationFrame(() => document.getElementById(rowId(i))?.focus());

  const onKeyDown = (e: KeyboardEvent) => {
    const inSearch = e.target === search.current;
    const inList = !inSearch && root.current?.querySelector('.vlist')?.contains(e.target as Node);
    if (!inSearch && !inList) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = nextHighlightRow(rows, active, e.key === 'ArrowDown' ? 1 : -1);
      if (e.key === 'ArrowUp' && next === active && inList && active === nextHighlightRow(rows, -1, 1)) {
        search.current?.focus();
        return;
      }
      setActive(next);
      if (inList) focusRow(next);
    } else if (e.key === 'Enter' && inSearch) {
      const i = active >= 0 ? active : nextHighlightRow(rows, -1, 1);
      const row = rows[i];
      if (row?.kind === 'highlight') {
        e.preventDefault();
        p.onOpen(row.record);
      }
    } else if (e.key === 'Escape' && inSearch && view.text) {
      e.preventDefault();
      view.setText('');
    }
  };

  const toggle = (record: Highlight, extend: boolean) => {
    if (!p.onSelectionChange || !p.selection) return;
    const next = toggledRecord(p.selection, record.id, extend ? anchor.current : null, shown);
    anchor.current = record.id;
    p.onSelectionChange(next);
  };
  const togglePage = (page: LibraryPage) => {
    if (!p.onSelectionChange || !p.selection) return;
    p.onSelectionChange(toggledPage(p.selection, page));
  };

  // One focus handler per place, the same from one render to the next: a row left as it was is not drawn again.
  const focusers = useRef(new Map<number, () => void>()).current;
  const focuser = (i: number) => {
    let f = focusers.get(i);
    if (!f) focusers.set(i, (f = () => setActive(i)));
    return f;
  };
  const renderRow = (i: number) => {
    const row = rows[i] as LibraryRow;
    if (row.kind === 'page')
      return (
        <PageHeaderRow
          page={row.page}
          count={row.page.highlights.length}
          onCopy={p.onCopyPage ? calls.copyPage : undefined}
          selectedCount={p.selection ? row.page.highlights.filter((h) => p.selection!.has(h.id)).length : undefined}
          onTogglePage={p.onSelectionChange ? calls.togglePage : undefined}
        />
      );
    return (
      <HighlightRow
        record={row.record}
        settings={p.settings}
        terms={terms}
        active={i === active}
        tabbable={active === -1 && i === firstHighlight}
        orphan={p.orphanIds?.has(row.record.id) ?? false}
        selected={p.selection?.has(row.record.id)}
        onToggleSelect={p.onSelectionChange ? calls.toggle : undefined}
        onOpen={calls.open}
        onEdit={calls.edit}
        onDelete={calls.remove}
        onFocusRow={focuser(i)}
        rowId={rowId(i)}
        roving
      />
    );
  };

  const total = view.total;
  const count = !total
    ? '…'
    : total.pages === null
      ? t('resultsCountOnly', String(total.records))
      : t('resultsCount', [String(total.records), String(total.pages)]);
  const filtered = view.query.text !== undefined || view.query.filters !== undefined;
  // Kept while the count stays: the filters are not drawn again for each keystroke.
  const countLine = useMemo(
    () => (
      <span class="result-count" aria-live="polite" data-testid="result-count">
        {count}
      </span>
    ),
    [count],
  );
  latest.current = { props: p, renderRow, loadMore: view.loadMore, toggle, togglePage };
  // The filters and the list are drawn again only when what they show changes: a keystroke's
  // own render, before its records arrive, leaves both as they are (Preact skips an element
  // it is given again).
  const filters = useMemo(
    () => (
      <Filters state={view.filterState} onChange={view.setFilterState} facets={view.facets} settings={p.settings}>
        {countLine}
      </Filters>
    ),
    [view.filterState, view.setFilterState, view.facets, p.settings, countLine],
  );
  const list = useMemo(
    () => (
      <ResultList
        rows={rows}
        heights={heights}
        terms={terms}
        active={active}
        settings={p.settings}
        orphanIds={p.orphanIds}
        selection={p.selection}
        more={view.more}
        latest={latest}
      />
    ),
    [rows, heights, terms, active, p.settings, p.orphanIds, p.selection, view.more],
  );

  return (
    <div class="browser" ref={root} onKeyDown={onKeyDown}>
      <div class="browser-tools">
        <label class="search">
          <SearchIcon />
          <span class="visually-hidden">{t('searchLabel')}</span>
          <input
            ref={search}
            type="search"
            role="combobox"
            aria-expanded="true"
            aria-controls="library-list"
            aria-activedescendant={active >= 0 ? rowId(active) : undefined}
            placeholder={t('searchPlaceholder')}
            value={view.text}
            data-testid="search"
            onInput={(e) => {
              const text = e.currentTarget.value;
              // Only a keystroke that changes the query waits for a list (a space after a word does not:
              // a list that comes then is the last query's, e.g. the rest of its first screen).
              if (text.trim() !== view.text.trim()) keystrokeAt.current = performance.now();
              view.setText(text);
              setActive(-1);
            }}
          />
          {!view.text && <kbd aria-hidden="true">/</kbd>}
        </label>
        {filters}
      </div>
      {rows.length === 0 ? (
        <p class="empty">{view.records === null ? '…' : filtered ? t('noResults') : t('libraryEmpty')}</p>
      ) : (
        list
      )}
    </div>
  );
}

/** The browser's latest props and closures, read when the list or a row calls back. */
interface Latest extends ListCallbacks {
  props: LibraryBrowserProps;
  toggle: (record: Highlight, extend: boolean) => void;
  togglePage: (page: LibraryPage) => void;
}
