// @vitest-environment happy-dom
/**
 * useLibraryView while a keystroke's records are on their way: what it says of the records
 * shown (the last query's) stays as it was, so the list drawn from them is not drawn again by
 * the keystroke's own render.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act as preactAct } from 'preact/test-utils';
import type { QueryPage } from '@/utils/store/queries';
import { useLibraryView, type LibraryView } from '@/components/library/useLibraryView';
import { record, testRoot } from './support';

let answer: (page: QueryPage) => void = () => undefined;
const warmed = [record(9)];
const source = {
  ready: async () => true,
  pages: vi.fn(async () => ({ pages: [], records: [record(1), record(2)], cursor: 'more' })),
  query: vi.fn(() => new Promise<QueryPage>((ok) => (answer = ok))),
  count: async () => 2,
  totals: async () => ({ highlights: 2, pages: 1 }),
  facets: async () => ({ tags: [], sites: [] }),
  warm: vi.fn(async () => warmed),
};
vi.mock('@/components/library/library-source', () => ({ librarySource: () => source }));
vi.mock('@/platform/messaging', () => ({ ask: async () => null }));
vi.mock('@/platform/library-changes', () => ({ onLibraryChanged: () => () => undefined }));

const act = (fn: () => void): void => void preactAct(fn);
const flush = (ms = 0) => preactAct(() => new Promise<void>((ok) => setTimeout(ok, ms)));

let root: HTMLElement;
let view: LibraryView;
function Probe() {
  view = useLibraryView();
  return null;
}
const mounted = testRoot();
beforeEach(() => (root = mounted()));

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
