// @vitest-environment happy-dom
/**
 * useLibraryView while a keystroke's records are on their way: what it says of the records
 * shown (the last query's) stays as it was, so the list drawn from them is not drawn again by
 * the keystroke's own render. And a keystroke waits for its first screen only: a search asks for
 * the records that fit in the window, and the rest of FIRST_RECORDS once the page is idle after
 * that list; a next keystroke stops that rest (its signal aborted, its answer never shown).
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act as preactAct } from 'preact/test-utils';
import type { QueryPage } from '@/utils/store/queries';
import type { AnswerNow } from '@/components/library/library-source';
import type { LibraryChange } from '@/platform/library-changes';
import {
  FIRST_RECORDS,
  FIRST_SCREEN_MIN,
  firstScreen,
  useLibraryView,
  type LibraryView,
} from '@/components/library/useLibraryView';
import { HIGHLIGHT_ROW_HEIGHT } from '@/components/library/HighlightRow';
import { record, testRoot } from './support';

interface Asked {
  text: string | undefined;
  limit: number;
  cursor: string | null;
  signal: AbortSignal | undefined;
  answer: (page: QueryPage) => void;
}
/** Every query asked, with its answer; `answer` answers the last. */
const asked: Asked[] = [];
let answer: (page: QueryPage) => void = () => undefined;
const warmed = [record(9)];
const source = {
  ready: async () => true,
  pages: vi.fn(async () => ({ pages: [], records: [record(1), record(2)], cursor: 'more' })),
  query: vi.fn(
    (q: { text?: string }, limit: number, cursor: string | null, signal?: AbortSignal) =>
      new Promise<QueryPage>((ok) => {
        answer = ok;
        asked.push({ text: q.text, limit, cursor, signal, answer: ok });
      }),
  ),
  count: async () => 2,
  totals: async () => ({ highlights: 2, pages: 1 }),
  facets: async () => ({ tags: [], sites: [] }),
  warm: vi.fn(async () => warmed),
  prepare: vi.fn(async () => undefined),
  /** A search answered without waiting (nothing, unless a test says so). */
  now: vi.fn((): AnswerNow | null => null),
};
vi.mock('@/components/library/library-source', () => ({ librarySource: () => source }));
vi.mock('@/platform/messaging', () => ({ ask: async () => null }));
/** Listeners of "the library changed" (the view's). */
const changeListeners: ((change: LibraryChange) => void)[] = [];
vi.mock('@/platform/library-changes', () => ({
  onLibraryChanged: (listener: (change: LibraryChange) => void) => (changeListeners.push(listener), () => undefined),
}));

const act = (fn: () => void): void => void preactAct(fn);
const flush = (ms = 0) => preactAct(() => new Promise<void>((ok) => setTimeout(ok, ms)));
const records = (from: number, n: number) => Array.from({ length: n }, (_, i) => record(from + i));

let root: HTMLElement;
let view: LibraryView;
/** Renders of the Probe (a keystroke's render diffs the whole list in LibraryBrowser). */
let renders = 0;
function Probe() {
  renders++;
  view = useLibraryView();
  return null;
}
const mounted = testRoot();
beforeEach(() => {
  root = mounted();
  asked.length = 0;
  source.now.mockReset().mockReturnValue(null);
  source.warm.mockClear();
  changeListeners.length = 0;
});

test("while a keystroke's records are on their way, `more` is that of the records shown", async () => {
  act(() => render(<Probe />, root));
  await flush();
  expect(view.records).toHaveLength(2);
  expect(view.more).toBe(true);

  act(() => view.setText('城'));
  expect(view.records).toBeNull();
  expect(view.previous).toHaveLength(2);
  expect(view.more).toBe(true);

  await preactAct(() => answer({ records: [record(1)], cursor: null }));
  await flush();
  expect(view.records).toHaveLength(1);
  expect(view.more).toBe(false);
});

test('the first screen is what fits in the window, at least FIRST_SCREEN_MIN, at most FIRST_RECORDS', () => {
  expect(firstScreen(580)).toBe(Math.ceil(580 / HIGHLIGHT_ROW_HEIGHT) + 1);
  expect(firstScreen(100)).toBe(FIRST_SCREEN_MIN);
  expect(firstScreen(10_000)).toBe(FIRST_RECORDS);
});

test('a search shows its first screen, then reads the rest of FIRST_RECORDS while idle', async () => {
  act(() => render(<Probe />, root));
  await flush();
  act(() => view.setText('城'));
  const screen = firstScreen(innerHeight);
  expect(screen).toBeLessThan(FIRST_RECORDS);
  expect(asked.map((a) => [a.text, a.limit, a.cursor])).toEqual([['城', screen, null]]);
  await preactAct(() => asked[0]!.answer({ records: records(100, screen), cursor: 'c1' }));
  await flush();
  expect(view.records).toHaveLength(screen);
  expect(view.more).toBe(true);

  // The list nears its end at once (a screen of rows): the rest waits for the page to be idle.
  act(() => view.loadMore());
  act(() => view.loadMore());
  expect(asked).toHaveLength(1);
  await flush(300);
  expect(asked.map((a) => [a.text, a.limit, a.cursor])).toEqual([
    ['城', screen, null],
    ['城', FIRST_RECORDS - screen, 'c1'],
  ]);
  await preactAct(() => asked[1]!.answer({ records: records(200, FIRST_RECORDS - screen), cursor: 'c2' }));
  await flush();
  expect(view.records).toHaveLength(FIRST_RECORDS);

  // Past FIRST_RECORDS, more comes at once.
  act(() => view.loadMore());
  expect(asked.at(-1)).toMatchObject({ limit: 200, cursor: 'c2' });
});

test('a next keystroke stops the rest of the last first screen, and its answer is not shown', async () => {
  act(() => render(<Probe />, root));
  await flush();
  act(() => view.setText('城'));
  const screen = firstScreen(innerHeight);
  await preactAct(() => asked[0]!.answer({ records: records(100, screen), cursor: 'c1' }));
  await flush();
  act(() => view.loadMore());
  await flush(300);
  const rest = asked[1]!;
  expect(rest.cursor).toBe('c1');

  act(() => view.setText('城市'));
  expect(rest.signal?.aborted).toBe(true);
  await preactAct(() => rest.answer({ records: records(200, 5), cursor: null }));
  await preactAct(() => asked[2]!.answer({ records: records(300, 2), cursor: null }));
  await flush();
  expect(view.records?.map((h) => h.id)).toEqual(records(300, 2).map((h) => h.id));

  // Stopped before the page was idle: never asked at all.
  act(() => view.setText('城市更'));
  await preactAct(() => asked.at(-1)!.answer({ records: records(400, screen), cursor: 'c3' }));
  await flush();
  const before = asked.length;
  act(() => view.loadMore());
  act(() => view.setText('城市更新'));
  await flush(300);
  expect(asked.slice(before).map((a) => a.cursor)).toEqual([null]);
});

test("the window's height is read on resize, not in a keystroke's task (reading it there lays out the page)", async () => {
  act(() => render(<Probe />, root));
  await flush();
  const real = Object.getOwnPropertyDescriptor(window, 'innerHeight');
  const start = innerHeight;
  let reads = 0;
  let height = 2000;
  Object.defineProperty(window, 'innerHeight', { configurable: true, get: () => (reads++, height) });
  try {
    act(() => view.setText('城'));
    act(() => view.setText('城市'));
    expect(reads).toBe(0);
    expect(asked.map((a) => a.limit)).toEqual([firstScreen(start), firstScreen(start)]);
    // A taller window: its first screen is more rows.
    height = 1200;
    window.dispatchEvent(new Event('resize'));
    expect(reads).toBe(1);
    act(() => view.setText('城市更'));
    expect(asked.at(-1)!.limit).toBe(firstScreen(1200));
  } finally {
    if (real) Object.defineProperty(window, 'innerHeight', real);
  }
});

test("a search the newest records answer is shown in the keystroke's own task, then checked against the library", async () => {
  act(() => render(<Probe />, root));
  await flush();
  const screen = firstScreen(innerHeight);
  let still: (current: boolean) => void = () => undefined;
  source.now.mockReturnValue({
    page: { records: records(100, FIRST_RECORDS), cursor: 'c1' },
    current: () => new Promise<boolean>((ok) => (still = ok)),
  });
  act(() => view.setText('城'));
  // No read waited for: the list is there when the keystroke's render is done.
  expect(source.now).toHaveBeenCalledWith({ text: '城' }, FIRST_RECORDS, screen);
  expect(view.records?.map((h) => h.id)).toEqual(records(100, FIRST_RECORDS).map((h) => h.id));
  expect(view.more).toBe(true);
  await preactAct(async () => still(true));
  await flush();
  // The library is as the answer was read: nothing is asked.
  expect(asked).toHaveLength(0);

  // The library had changed: the answer shown is read again from the library, and replaced.
  source.now.mockReturnValue({ page: { records: records(200, 8), cursor: 'c2' }, current: async () => false });
  act(() => view.setText('城市'));
  expect(view.records?.map((h) => h.id)).toEqual(records(200, 8).map((h) => h.id));
  await flush();
  expect(asked.map((a) => [a.text, a.limit, a.cursor])).toEqual([['城市', screen, null]]);
  await preactAct(() => asked[0]!.answer({ records: records(300, 3), cursor: null }));
  await flush();
  expect(view.records?.map((h) => h.id)).toEqual(records(300, 3).map((h) => h.id));
  expect(view.more).toBe(false);
});

test('a keystroke answered from memory renders once: its text and its list in one update', async () => {
  act(() => render(<Probe />, root));
  await flush();
  source.now.mockReturnValue({
    page: { records: records(100, FIRST_RECORDS), cursor: 'c1' },
    current: async () => true,
  });
  for (const text of ['城', '城市']) {
    renders = 0;
    act(() => view.setText(text));
    expect(renders).toBe(1);
    expect(view.text).toBe(text);
    expect(view.shownText).toBe(text);
    expect(view.records).toHaveLength(FIRST_RECORDS);
    await flush();
  }
  // Answered from memory by the keystroke, not asked again by its effect, and still checked.
  expect(source.now).toHaveBeenCalledTimes(2);
  expect(asked).toHaveLength(0);
  // A space typed is the same query: the list shown (perhaps longer by now) is left as it is.
  renders = 0;
  act(() => view.setText('城市 '));
  expect(renders).toBe(1);
  expect(source.now).toHaveBeenCalledTimes(2);
});

test('a filter change answered from memory renders once: its menus and its list in one update', async () => {
  act(() => render(<Probe />, root));
  await flush();
  source.now.mockReturnValue({
    page: { records: records(100, FIRST_RECORDS), cursor: 'c1' },
    current: async () => true,
  });
  act(() => view.setText('城'));
  await flush();
  source.now.mockReturnValue({ page: { records: records(200, 8), cursor: null }, current: async () => true });
  renders = 0;
  const yellow = { ...view.filterState, filters: { ...view.filterState.filters, colors: ['yellow' as const] } };
  act(() => view.setFilterState(yellow));
  expect(renders).toBe(1);
  expect(view.filterState).toBe(yellow);
  expect(view.records?.map((h) => h.id)).toEqual(records(200, 8).map((h) => h.id));
  await flush();
  // Answered by the change itself, not asked again by its effect; nothing read.
  expect(source.now).toHaveBeenCalledTimes(2);
  expect(asked).toHaveLength(0);
});

test("an answer from memory is checked against the library in the next task, not in the keystroke's", async () => {
  act(() => render(<Probe />, root));
  await flush();
  const current = vi.fn(async () => true);
  source.now.mockReturnValue({ page: { records: records(100, FIRST_RECORDS), cursor: 'c1' }, current });
  // The keystroke's task, its microtasks included.
  await preactAct(async () => {
    view.setText('城');
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
  expect(view.records).toHaveLength(FIRST_RECORDS);
  expect(current).not.toHaveBeenCalled();
  await flush();
  expect(current).toHaveBeenCalledTimes(1);
  expect(asked).toHaveLength(0);
});

test('after the library changed, a keystroke is still answered from memory and asks for its first screen only', async () => {
  // A change in the store before the first list: the list is read again, and the source is still warmed.
  source.pages.mockClear().mockImplementationOnce(() => new Promise(() => undefined));
  act(() => render(<Probe />, root));
  await flush(300);
  expect(view.records).toBeNull();
  source.warm.mockClear();
  for (const listener of changeListeners) listener({ urls: ['https://example.com/a'], settings: false });
  await flush(200);
  await flush();
  expect(source.pages).toHaveBeenCalledTimes(2);
  expect(view.records).toHaveLength(2);
  await flush(300);
  expect(source.warm).toHaveBeenCalledTimes(1);

  const screen = firstScreen(innerHeight);
  source.now.mockReturnValue({
    page: { records: records(100, FIRST_RECORDS), cursor: 'c1' },
    current: async () => true,
  });
  act(() => view.setText('城'));
  expect(source.now).toHaveBeenCalledWith({ text: '城' }, FIRST_RECORDS, screen);
  expect(view.records).toHaveLength(FIRST_RECORDS);
  // Not answered from memory: the first screen only, not the whole first list.
  source.now.mockReturnValue(null);
  act(() => view.setText('城市'));
  expect(asked.map((a) => [a.text, a.limit])).toEqual([['城市', screen]]);
});

test('a keystroke that stops the rest of a first screen leaves no idle callback behind', async () => {
  const pending = new Map<number, () => void>();
  let next = 0;
  vi.stubGlobal('requestIdleCallback', (run: () => void) => (pending.set(++next, run), next));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => pending.delete(handle));
  try {
    act(() => render(<Probe />, root));
    await flush();
    act(() => view.setText('城'));
    await preactAct(() => asked[0]!.answer({ records: records(100, firstScreen(innerHeight)), cursor: 'c1' }));
    await flush();
    const before = pending.size;
    act(() => view.loadMore());
    await flush();
    expect(pending.size).toBe(before + 1);
    act(() => view.setText('城市'));
    await flush();
    expect(pending.size).toBe(before);
  } finally {
    vi.unstubAllGlobals();
  }
});

test("once a search's list is up (in the next task), what its next keystroke needs is read ahead; the next keystroke stops it", async () => {
  source.prepare.mockClear();
  act(() => render(<Probe />, root));
  await flush();
  act(() => view.setText('城'));
  await flush();
  // Not before the list.
  expect(source.prepare).not.toHaveBeenCalled();
  await preactAct(() => asked.at(-1)!.answer({ records: records(100, 30), cursor: 'c1' }));
  // Not in the task that shows the list either: in the next one.
  expect(source.prepare).not.toHaveBeenCalled();
  await flush(1);
  await flush(1);
  expect(source.prepare).toHaveBeenCalledTimes(1);
  const [query, limit, atLeast, signal] = source.prepare.mock.calls[0] as unknown as [
    { text: string },
    number,
    number,
    AbortSignal,
  ];
  expect([query.text, limit, atLeast]).toEqual(['城', FIRST_RECORDS, firstScreen(innerHeight)]);
  expect(signal.aborted).toBe(false);
  act(() => view.setText('城市'));
  await flush();
  expect(signal.aborted).toBe(true);
});
