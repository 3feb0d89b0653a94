/**
 * "All highlights" as the popup and the library page show it, read from the store a page at a
 * time (a library of 100,000 highlights is never loaded whole):
 *
 *  - no search and no filter: the newest pages first, whole pages (`highlights/pages`), more as
 *    the reader scrolls (`loadMore`, with the store's cursor);
 *  - a search or a filter: the first matches (`highlights/query`: Chinese substrings, English
 *    word prefixes, utils/store/search-tokens.ts), more on scroll, and the number of matches
 *    (`highlights/count`) on its own once typing pauses, so a keystroke waits for the first
 *    screen only.
 *
 * Read from the database directly where the page can (library-source.ts), else from the
 * background. Kept current: a change in the store (another tab, an import, sync) reloads what is
 * shown; this page's own edits are applied at once (`apply`). A new query stops the one before
 * it, whose answer is never shown (utils/library/latest.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import type { LibraryQuery, QueryPage } from '@/utils/store/queries';
import { hasFilters, type Facets } from '@/utils/library/search';
import { applyChanged } from '@/utils/library/group';
import { PAGE_MAX } from '@/utils/messages';
import { LatestOnly } from '@/utils/library/latest';
import { ask } from '@/platform/messaging';
import { onLibraryChanged } from '@/platform/library-changes';
import { INITIAL_FILTER_STATE, type FilterState } from './Filters';
import { HIGHLIGHT_ROW_HEIGHT } from './HighlightRow';
import { librarySource, type AnswerNow } from './library-source';
import { after, whenIdle } from '@/utils/schedule';

/** Records of a query's first list: its first screen at once, the rest while idle (`firstScreen`). */
export const FIRST_RECORDS = 30;
/** Fewest records a search's keystroke waits for (`firstScreen`). */
export const FIRST_SCREEN_MIN = 8;
/** Records asked for by each "more" while scrolling. */
export const MORE_RECORDS = 200;
/** A search's matches are counted this long after its last keystroke. */
export const COUNT_AFTER_TYPING_MS = 300;

interface Loaded {
  /** The query these records answer (its key), and its search text. */
  key: string;
  text: string;
  records: Highlight[];
  cursor: string | null;
}

/**
 * Records a keystroke waits for: the rows that fit in `height` (px) and one more, at least
 * FIRST_SCREEN_MIN. A rare term's matches lie in as many record blocks (32 records each,
 * utils/store/blocks.ts): `重点 tag1` at 100,000 read 11 blocks (352 records unpacked in the
 * list's task) for its 30; its first 8 were among the newest records the page keeps read.
 * The rest of FIRST_RECORDS comes while idle, and a next keystroke cancels it.
 */
export function firstScreen(height: number): number {
  return Math.min(FIRST_RECORDS, Math.max(FIRST_SCREEN_MIN, Math.ceil(height / HIGHLIGHT_ROW_HEIGHT) + 1));
}

const keyOf = (q: LibraryQuery) => JSON.stringify(q);
function queryOf(text: string, filterState: FilterState): LibraryQuery {
  const trimmed = text.trim();
  return {
    ...(trimmed && { text: trimmed }),
    ...(hasFilters(filterState.filters) && { filters: filterState.filters }),
  };
}
/**
 * Resolves when `schedule` calls back; rejects (AbortError) if `signal` is aborted first, and then
 * leaves no callback behind (a stopped keystroke's would otherwise still wake the page).
 */
const settled = (signal: AbortSignal, schedule: (done: () => void) => void) =>
  new Promise<void>((ok, fail) => {
    const stopped = () => fail(new DOMException('stopped', 'AbortError'));
    if (signal.aborted) return stopped();
    signal.addEventListener('abort', stopped, { once: true });
    schedule(() => {
      signal.removeEventListener('abort', stopped);
      ok();
    });
  });
/** When the page is idle (at the latest after a second). */
const idle = (signal: AbortSignal) => settled(signal, (done) => whenIdle(done, signal, 1000));
/** In a task of its own, after the current one: work started then is not in the keystroke's task. */
const nextTask = (signal: AbortSignal) => settled(signal, (done) => after(0, done, signal));
/** The warm-up is the page's, not a query's: nothing stops it. */
const PAGE_LIFETIME = new AbortController().signal;
const NO_FACETS: Facets = { tags: [], sites: [] };

async function fetchPage(query: LibraryQuery, limit: number, cursor: string | null, signal?: AbortSignal) {
  const source = librarySource();
  if (!query.text && !query.filters) {
    const r = await source.pages(Math.min(limit, PAGE_MAX), cursor);
    return { records: r.records, cursor: r.cursor };
  }
  return source.query(query, Math.min(limit, PAGE_MAX), cursor, signal);
}

/** The library's settings, kept current. */
export function useSettings(): [Settings | null, (s: Settings) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const load = () => void ask({ type: 'settings/get' }).then(setSettings, () => undefined);
    load();
    return onLibraryChanged((change) => change.settings && load());
  }, []);
  return [settings, setSettings];
}

export function useLibraryView(options: { enabled?: boolean } = {}) {
  const enabled = options.enabled ?? true;
  const [text, setTextState] = useState('');
  const [filterState, setFilterState] = useState<FilterState>(INITIAL_FILTER_STATE);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  /** Matches of the query (all live highlights without one) and, without a query, their pages. */
  const [total, setTotal] = useState<{ key: string; records: number; pages: number | null } | null>(null);
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  /** The query whose next records are being read (null: none). */
  const loading = useRef<string | null>(null);
  const [first] = useState(() => new LatestOnly());
  const [counting] = useState(() => new LatestOnly());
  const [more] = useState(() => new LatestOnly());
  /** Reading ahead for the next keystroke of a search, once its list is up. */
  const [ahead] = useState(() => new LatestOnly());

  const query = useMemo(() => queryOf(text, filterState), [text, filterState]);
  const key = keyOf(query);
  const latest = useRef(key);
  latest.current = key;
  const shownCount = useRef(FIRST_RECORDS);
  /** The `reloads` the first screen was last read for. */
  const reloaded = useRef(0);
  /** Whether the page's source was warmed (once, after the first list without a query). */
  const warming = useRef(false);
  // The window's height read after the first paint and on resize, not in a keystroke's task:
  // reading it there would lay out the page the keystroke's render just changed.
  const screen = useRef(FIRST_SCREEN_MIN);
  useEffect(() => {
    const measure = () => (screen.current = firstScreen(innerHeight));
    measure();
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, []);
  /** A keystroke's answer from memory, shown by the keystroke itself (`setText`), for its effect to check. */
  const answered = useRef<{ key: string; now: AnswerNow } | null>(null);
  const state = useRef({ text, filterState, enabled, reloads });
  state.current = { text, filterState, enabled, reloads };

  /**
   * A new query the newest records answer (`now`) is shown with its text or filters, in one
   * state update: the keystroke (or filter change) renders once, not its text or menus (the
   * last list left as it is) and then its list, two renders in one task. The first screen's
   * effect below checks it against the library, as it does an answer from memory it found itself.
   */
  const answerEarly = (nextQuery: LibraryQuery) => {
    const { enabled, reloads } = state.current;
    const nextKey = keyOf(nextQuery);
    // Same query (a space typed), a reload on its way, or no search: the effect decides, as before.
    if (!enabled || nextKey === latest.current || reloads !== reloaded.current) return;
    if (nextQuery.text === undefined && nextQuery.filters === undefined) return;
    const now = librarySource().now(nextQuery, FIRST_RECORDS, screen.current);
    if (!now) return;
    answered.current = { key: nextKey, now };
    setLoaded({ key: nextKey, text: nextQuery.text ?? '', records: now.page.records, cursor: now.page.cursor });
    setError(null);
  };
  /** The search text (a keystroke), answered early where it can be (`answerEarly`). */
  const setText = useCallback((next: string) => {
    setTextState(next);
    answerEarly(queryOf(next, state.current.filterState));
  }, []);
  /** The filters, answered early where they can be (`answerEarly`). */
  const setFilters = useCallback((next: FilterState) => {
    setFilterState(next);
    answerEarly(queryOf(state.current.text, next));
  }, []);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  // The first screen of the query (again after a change in the store, as much as was shown).
  // A layout effect: it starts in the keystroke's own task, not after the next paint (a frame later).
  useLayoutEffect(() => {
    if (!enabled) return;
    // The last query's next records are not wanted any more, nor what its next keystroke needed.
    more.cancel();
    ahead.cancel();
    loading.current = null;
    // Run again for a change in the store (not for a new query): read again as much as was shown.
    const reloading = reloads !== reloaded.current;
    reloaded.current = reloads;
    const searched = query.text !== undefined || query.filters !== undefined;
    const want = reloading ? Math.max(FIRST_RECORDS, shownCount.current) : searched ? screen.current : FIRST_RECORDS;
    const show = (page: QueryPage) => {
      setLoaded({ key, text: query.text ?? '', records: page.records, cursor: page.cursor });
      setError(null);
    };
    // Once a search's list is up: what its next keystroke can need, read ahead so that it is
    // answered from memory too (a rare term's would otherwise read the index). In the task
    // after the keystroke's (starting its reads there took 2.5 ms of it), not after idle nor
    // after the next frame: the bench types the next character as soon as a list is up, and
    // under load these came too late for it. Its work on this thread is the replies' and
    // slices of 4 ms (reader.ts `prepare`).
    const readAhead = () =>
      query.text &&
      ahead.run(
        async (signal) => {
          await nextTask(signal);
          await librarySource().prepare(query, FIRST_RECORDS, want, signal);
        },
        () => undefined,
        () => undefined,
      );
    // A search whose first screen lies among the newest records the page keeps is shown in
    // this task (no round trip, no frame before its list), and checked against the library in
    // the next one.
    const early = answered.current?.key === key ? answered.current.now : null;
    answered.current = null;
    const now = searched && !reloading ? (early ?? librarySource().now(query, FIRST_RECORDS, want)) : null;
    if (now) {
      if (now !== early) show(now.page);
      document.documentElement.dataset.readMs = '0';
      // At once, not after the check below (a round trip or two): the page may be idle sooner,
      // and the next keystroke may come 100 ms from now. Read ahead again if the check fails.
      readAhead();
    }
    first.run(
      async (signal) => {
        // The check of an answer from memory in the next task: its `meta` read (an IndexedDB
        // transaction) took about 1 ms of the keystroke's own task.
        if (now) {
          await nextTask(signal);
          if (await now.current()) return null;
        }
        const started = performance.now();
        const page = await fetchPage(query, want, null, signal);
        // For the benchmark: the read's part of a keystroke (LibraryBrowser measures all of it).
        document.documentElement.dataset.readMs = (performance.now() - started).toFixed(2);
        return page;
      },
      (page) => {
        if (!page) return;
        show(page);
        readAhead();
        // Once the first list is up (a reload's too: the library may change before it): warm the
        // search with a character the reader may well type, and keep the newest records.
        const first = page.records[0]?.quote.exact.trim()[0];
        if (!warming.current && !query.text && first) {
          warming.current = true;
          whenIdle(() => void librarySource().warm(first), PAGE_LIFETIME, 1000);
        }
      },
      fail,
    );
    const count = () =>
      counting.run(
        (signal): Promise<readonly [number, number | null]> =>
          query.text || query.filters
            ? librarySource()
                .count(query, signal)
                .then((n) => [n, null] as const)
            : librarySource()
                .totals()
                .then((i) => [i.highlights, i.pages] as const),
        ([records, pages]) => setTotal({ key, records, pages }),
        fail,
      );
    if (!query.text) {
      count();
      return;
    }
    // A search is counted once typing pauses: counting some queries reads a record per
    // candidate (seconds at 100,000), which would slow the next keystrokes' lists.
    counting.cancel();
    const timer = setTimeout(count, COUNT_AFTER_TYPING_MS);
    return () => clearTimeout(timer);
  }, [key, enabled, reloads]);

  // The page closes or the view is switched off: nothing under way is shown any more.
  useEffect(
    () => () => {
      first.cancel();
      counting.cancel();
      more.cancel();
      ahead.cancel();
    },
    [],
  );

  useEffect(() => {
    if (!enabled) return;
    const loadFacets = () =>
      void librarySource()
        .facets()
        .then(setFacets, () => undefined);
    // After the first screen: the menus are not needed to draw it.
    const first = setTimeout(loadFacets, 50);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = onLibraryChanged((change) => {
      if (!change.urls.length) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        setReloads((n) => n + 1);
        loadFacets();
      }, 150);
    });
    return () => {
      clearTimeout(first);
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [enabled]);

  const current = loaded?.key === key ? loaded : null;
  if (current) shownCount.current = current.records.length;

  /**
   * The next records of the query, when the reader nears the end of the list: after a first
   * screen, the rest of FIRST_RECORDS once the page is idle (the list the keystroke waited for
   * is painted by then); later MORE_RECORDS at once. A new query cancels it.
   */
  const loadMore = useCallback(() => {
    if (!current?.cursor || loading.current === key) return;
    loading.current = key;
    const topUp = current.records.length < FIRST_RECORDS;
    const cursor = current.cursor;
    const done = () => {
      if (loading.current === key) loading.current = null;
    };
    more.run(
      async (signal) => {
        if (topUp) await idle(signal);
        return fetchPage(query, topUp ? FIRST_RECORDS - current.records.length : MORE_RECORDS, cursor, signal);
      },
      (page) => {
        done();
        if (latest.current !== key) return;
        setLoaded((l) => {
          if (!l || l.key !== key) return l;
          const seen = new Set(l.records.map((r) => r.id));
          const records = [...l.records, ...page.records.filter((r) => !seen.has(r.id))];
          return { ...l, records, cursor: page.cursor };
        });
      },
      (e) => {
        done();
        fail(e);
      },
    );
  }, [current, key]);

  /** Records returned by the background after this page's own change (saved, deleted, restored). */
  const apply = useCallback((changed: readonly Highlight[]) => {
    setLoaded((l) => (l ? { ...l, records: applyChanged(l.records, changed) } : l));
  }, []);

  return {
    text,
    setText,
    filterState,
    setFilterState: setFilters,
    query,
    /** The loaded records of the current query; null until its first screen arrived. */
    records: current?.records ?? null,
    /** The records shown before the current query's arrived (the list does not blink while typing). */
    previous: loaded?.records ?? null,
    /** The search text the shown records (current or previous) answer: what their marks show. */
    shownText: loaded?.text ?? '',
    /**
     * Whether the shown records have more (the last query's while the next one's are on their
     * way: the list, drawn from them, is left as it is by the keystroke's own render).
     */
    more: loaded?.cursor != null,
    loadMore,
    total: total?.key === key ? total : null,
    facets,
    error,
    setError,
    apply,
    reload: () => setReloads((n) => n + 1),
  };
}

export type LibraryView = ReturnType<typeof useLibraryView>;
