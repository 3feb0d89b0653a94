// @vitest-environment happy-dom
/**
 * What a search keystroke draws. Its own render (the search box's new text, before the query's
 * records arrive) leaves the list as it is: the rows, and the marks of the query they answer,
 * are drawn again only with the new records. A new list first has the rows in view only; the
 * rows around them follow once that frame is painted. And a row that was not drawn again still
 * calls the latest handlers.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act as preactAct } from 'preact/test-utils';
import * as tokens from '@/utils/store/search-tokens';
import type { Highlight } from '@/utils/highlights/record';
import { LibraryBrowser, type LibraryBrowserProps } from '@/components/library/LibraryBrowser';
import type { LibraryView } from '@/components/library/useLibraryView';
import { VirtualList } from '@/components/library/VirtualList';
import { Filters, INITIAL_FILTER_STATE } from '@/components/library/Filters';
import { record, testRoot } from './support';

vi.mock('@/utils/store/search-tokens', async (original) => {
  const real = await original<typeof import('@/utils/store/search-tokens')>();
  return { ...real, matchRanges: vi.fn(real.matchRanges) };
});

// The UI strings by name (the test browser has no message files).
const asked: string[] = [];
vi.mock('@/platform/i18n', () => ({ t: (name: string) => (asked.push(name), name), uiLanguage: () => 'zh-CN' }));

const act = (fn: () => void): void => void preactAct(fn);
const painted = () => preactAct(() => new Promise<void>((ok) => setTimeout(ok, 60)));

let root: HTMLElement;
const mounted = testRoot();
beforeEach(() => (root = mounted()));

// As useLibraryView's: state setters and state, the same from one render to the next.
const setFilterState = () => undefined;
const facets = { tags: [], sites: [] };

/** The view as useLibraryView gives it: `text` typed, `shown` the records drawn and the text they answer. */
function view(text: string, records: Highlight[] | null, shown: { records: Highlight[]; text: string }): LibraryView {
  return {
    text,
    setText: () => undefined,
    filterState: INITIAL_FILTER_STATE,
    setFilterState,
    query: text ? { text } : {},
    records,
    previous: shown.records,
    shownText: shown.text,
    more: false,
    loadMore: () => undefined,
    total: null,
    facets,
    error: null,
    setError: () => undefined,
    apply: () => undefined,
    reload: () => undefined,
  };
}

const props = (v: LibraryView, over: Partial<LibraryBrowserProps> = {}): LibraryBrowserProps => ({
  view: v,
  settings: null,
  onOpen: () => undefined,
  onEdit: () => undefined,
  onDelete: () => undefined,
  ...over,
});
const marks = () => [...root.querySelectorAll('[data-testid="highlight-quote"] mark')].map((m) => m.textContent);

test("a keystroke's own render leaves the list, its marks and the filters as they are until its records arrive", () => {
  const first = [1, 2, 3].map((n) => record(n, `推进城市更新行动第${n}条`));
  act(() => render(<LibraryBrowser {...props(view('城', first, { records: first, text: '城' }))} />, root));
  expect(marks()).toEqual(['城', '城', '城']);
  const drawn = vi.mocked(tokens.matchRanges).mock.calls.length;
  expect(drawn).toBeGreaterThan(0);
  const filtersDrawn = () => asked.filter((name) => name === 'filtersLabel').length;
  expect(filtersDrawn()).toBe(1);

  // "城市" typed: the box shows it, the list still shows the records of "城", not drawn again.
  act(() => render(<LibraryBrowser {...props(view('城市', null, { records: first, text: '城' }))} />, root));
  expect(root.querySelector<HTMLInputElement>('[data-testid="search"]')!.value).toBe('城市');
  expect(vi.mocked(tokens.matchRanges).mock.calls.length).toBe(drawn);
  expect(marks()).toEqual(['城', '城', '城']);
  // Nor the filters (the count stays "…" while typing).
  expect(filtersDrawn()).toBe(1);

  // Its records arrive: drawn with its marks.
  const next = [first[0]!, first[2]!];
  act(() => render(<LibraryBrowser {...props(view('城市', next, { records: next, text: '城市' }))} />, root));
  expect(marks()).toEqual(['城市', '城市']);
});

test('a new result count redraws the count alone, not the filter menus', () => {
  const draw = (count: string) =>
    act(() =>
      render(
        <Filters state={INITIAL_FILTER_STATE} onChange={setFilterState} facets={facets} settings={null}>
          <span class="result-count">{count}</span>
        </Filters>,
        root,
      ),
    );
  const menusDrawn = () => asked.filter((name) => name === 'filterLast7').length;
  const before = menusDrawn();
  draw('12 results');
  expect(menusDrawn()).toBe(before + 1);
  draw('…');
  expect(root.querySelector('.result-count')!.textContent).toBe('…');
  expect(menusDrawn()).toBe(before + 1);
});

test('a row not drawn again calls the handlers of the latest render', () => {
  const records = [record(1, '推进城市更新行动')];
  const v = view('', records, { records, text: '' });
  const opened: string[] = [];
  act(() => render(<LibraryBrowser {...props(v, { onOpen: () => opened.push('old') })} />, root));
  act(() => render(<LibraryBrowser {...props(v, { onOpen: () => opened.push('new') })} />, root));
  act(() => root.querySelector<HTMLButtonElement>('.hl-open')!.click());
  expect(opened).toEqual(['new']);
});

test('a new list draws the rows in view first, the rows around them after the frame is painted', async () => {
  // 100 rows of 50 px in a 600 px viewport (happy-dom lays nothing out: the list's default height).
  const heights = new Float64Array(100).fill(50);
  const list = (h: Float64Array) => (
    <VirtualList heights={h} renderRow={(i) => `row ${i}`} rowKey={(i) => `k${i}`} label="list" overscan={4} />
  );
  const rows = () => root.querySelectorAll('.vrow').length;
  act(() => render(list(heights), root));
  expect(rows()).toBe(12);
  await painted();
  expect(rows()).toBe(16);
  // Another list (a keystroke's results): again the rows in view first.
  act(() => render(list(new Float64Array(100).fill(50)), root));
  expect(rows()).toBe(12);
  await painted();
  expect(rows()).toBe(16);
});

test('a new list changes the rows already drawn instead of drawing them again (rows keyed by their place)', () => {
  const first = [1, 2, 3].map((n) => record(n, `推进城市更新行动第${n}条`));
  act(() => render(<LibraryBrowser {...props(view('', first, { records: first, text: '' }))} />, root));
  const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('.hl-open')];
  const before = buttons();
  expect(before).toHaveLength(3);

  // Other records (another query's): the same elements, now showing them.
  const next = [4, 5, 6].map((n) => record(n, `加快构建新发展格局第${n}条`));
  act(() => render(<LibraryBrowser {...props(view('格局', next, { records: next, text: '格局' }))} />, root));
  const after = buttons();
  expect(after).toHaveLength(3);
  after.forEach((button, i) => expect(button).toBe(before[i]));
  const ids = [...root.querySelectorAll('[data-testid="highlight"]')].map((row) => row.getAttribute('data-id'));
  expect(ids.sort()).toEqual(next.map((r) => r.id).sort());
  expect(marks()).toEqual(['格局', '格局', '格局']);
});

test("a row's icons are one element each, drawn by CSS, and its buttons keep their names", () => {
  const records = [record(1, '推进城市更新行动')];
  act(() =>
    render(
      <LibraryBrowser {...props(view('', records, { records, text: '' }), { onCopyPage: () => undefined })} />,
      root,
    ),
  );
  expect(root.querySelectorAll('.vlist svg')).toHaveLength(0);
  const icons = [...root.querySelectorAll('.vlist .icon')];
  expect(icons.map((i) => i.className)).toEqual(['icon icon-copy', 'icon icon-edit', 'icon icon-trash']);
  for (const icon of icons) expect(icon.getAttribute('aria-hidden')).toBe('true');
  const labels = [...root.querySelectorAll('.vlist .icon-btn')].map((b) => b.getAttribute('aria-label'));
  expect(labels).toEqual(['popupCopyMarkdown: 通知 1', 'actionEdit', 'actionDelete']);
});

test('a row drawn again keeps its element wherever it moves; new rows take the elements of rows gone', () => {
  const list = (ids: string[]) => (
    <VirtualList
      heights={new Float64Array(ids.length).fill(50)}
      renderRow={(i) => <span class="cell">{ids[i]}</span>}
      rowKey={(i) => ids[i]!}
      label="list"
    />
  );
  const cells = () => new Map([...root.querySelectorAll('.cell')].map((el) => [el.textContent, el]));
  act(() => render(list(['a', 'b', 'c']), root));
  const before = cells();
  act(() => render(list(['b', 'x', 'y']), root));
  const after = cells();
  expect([...after.keys()]).toEqual(['b', 'x', 'y']);
  expect(after.get('b')).toBe(before.get('b'));
  // "x" and "y" are drawn in the elements "a" and "c" had.
  expect(new Set([after.get('x'), after.get('y')])).toEqual(new Set([before.get('a'), before.get('c')]));
});

test("the benchmark's keystroke mark: a keystroke that changes the query waits for its list, a space does not", () => {
  const marked = () => document.documentElement.dataset.searchMs;
  const type = (text: string) =>
    act(() => {
      const box = root.querySelector<HTMLInputElement>('[data-testid="search"]')!;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
  delete document.documentElement.dataset.searchMs;
  const first = [1, 2].map((n) => record(n, `重点工作第${n}条`));
  act(() => render(<LibraryBrowser {...props(view('重点', first, { records: first, text: '重点' }))} />, root));
  // A space after the word: the same query. The rest of its first screen arrives: not a keystroke's list.
  type('重点 ');
  const more = [...first, record(3, '重点工作第3条')];
  act(() => render(<LibraryBrowser {...props(view('重点 ', more, { records: more, text: '重点' }))} />, root));
  expect(marked()).toBeUndefined();
  // "重点 t": another query; its list is the keystroke's.
  type('重点 t');
  act(() => render(<LibraryBrowser {...props(view('重点 t', null, { records: more, text: '重点' }))} />, root));
  expect(marked()).toBeUndefined();
  const found = [record(4, '重点 tag 第4条')];
  act(() => render(<LibraryBrowser {...props(view('重点 t', found, { records: found, text: '重点 t' }))} />, root));
  expect(Number(marked())).toBeGreaterThanOrEqual(0);
});

test('a row whose record and place stay is not drawn again: a new list or the active row redraws the rows that changed', () => {
  // Records of one page (n % 3 === 0): one page header, then the highlights in their order.
  const [a, b, c, d] = [3, 6, 9, 12].map((n) => record(n, `推进城市更新行动第${n}条`));
  const draws = () => vi.mocked(tokens.matchRanges).mock.calls.length;
  const first = [a!, b!, c!];
  act(() => render(<LibraryBrowser {...props(view('城', first, { records: first, text: '城' }))} />, root));
  expect(marks()).toEqual(['城', '城', '城']);

  // The next list keeps two of the records (a new array, as the store gives): one row drawn.
  let before = draws();
  const next = [a!, b!, d!];
  act(() => render(<LibraryBrowser {...props(view('城', next, { records: next, text: '城' }))} />, root));
  expect(draws() - before).toBe(1);
  const ids = [...root.querySelectorAll('[data-testid="highlight"]')].map((row) => row.getAttribute('data-id'));
  expect(ids.sort()).toEqual(next.map((r) => r.id).sort());

  // Focusing the second row: it becomes active, the first stops being the tabbable one; the third stays.
  before = draws();
  const second = root.querySelectorAll<HTMLButtonElement>('.hl-open')[1]!;
  act(() => second.focus());
  expect(second.closest('.hl-row')!.classList.contains('active')).toBe(true);
  expect(draws() - before).toBe(2);
});

test('a shorter list after a scroll past its end draws its rows at once, without reading the scroll position', async () => {
  const list = (n: number) => (
    <VirtualList
      heights={new Float64Array(n).fill(50)}
      renderRow={(i) => `row ${i}`}
      rowKey={(i) => `k${n}-${i}`}
      label="list"
    />
  );
  act(() => render(list(1000), root));
  const box = root.querySelector<HTMLElement>('.vlist')!;
  box.scrollTop = 20_000;
  box.dispatchEvent(new Event('scroll'));
  await painted();
  expect(root.querySelector('.vrow')!.getAttribute('aria-posinset')).not.toBe('1');

  // Reading scrollTop (or the box's height) after the new rows are in the DOM would force their
  // layout before the frame does it.
  const reads = vi.fn();
  for (const prop of ['scrollTop', 'clientHeight'] as const) {
    Object.defineProperty(box, prop, { configurable: true, get: () => (reads(prop), 0), set: () => undefined });
  }
  act(() => render(list(5), root));
  expect(reads).not.toHaveBeenCalled();
  const drawn = [...root.querySelectorAll('.vrow')].map((row) => row.textContent);
  expect(drawn).toEqual(['row 0', 'row 1', 'row 2', 'row 3', 'row 4']);
});
