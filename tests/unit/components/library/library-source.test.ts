/**
 * The popup's and library page's source reads the database itself when it can, and asks the
 * background otherwise: no reader (a library not migrated yet), facets not made yet, or a
 * database that failed under it (closed for an upgrade) — from then on it asks. A search it
 * was told to stop is not asked again of the background.
 */
import { expect, test, vi } from 'vitest';
import { createLibrarySource, WARM_RECORDS } from '@/components/library/library-source';
import { LibraryReader } from '@/utils/store/reader';
import type { LibraryChange } from '@/platform/library-changes';
import { NO_FILTERS } from '@/utils/library/search';
import { draft, PAGE, testStore } from '../../store/helpers';

async function seeded() {
  const store = await testStore();
  const lib = await store.open();
  for (let i = 0; i < 3; i++) await lib.save(draft(`r${i}`));
  return { store, lib };
}

test('reads the database, and asks the background only for what it cannot read', async () => {
  const { store, lib } = await seeded();
  const ask = vi.fn(async (req: { type: string }) =>
    req.type === 'highlights/facets' ? { tags: [], sites: [] } : null,
  );
  const source = createLibrarySource(() => LibraryReader.open(async () => store.db), ask as never);
  expect(await source.ready()).toBe(true);
  expect(await source.query({ text: '统战' }, 10, null)).toEqual(await lib.query({ text: '统战' }, 10, null));
  expect(await source.totals()).toEqual({ highlights: 3, pages: 1 });
  expect(ask).not.toHaveBeenCalled();
  // The facet counts are made by the background on first use.
  expect(await source.facets()).toEqual({ tags: [], sites: [] });
  expect(ask).toHaveBeenCalledWith({ type: 'highlights/facets' });
});

test('without a reader, everything is asked of the background', async () => {
  const ask = vi.fn(async () => ({ records: [], cursor: null }));
  const source = createLibrarySource(async () => null, ask as never);
  await source.query({ text: 'x' }, 5, null);
  expect(ask).toHaveBeenCalledWith({ type: 'highlights/query', query: { text: 'x' }, limit: 5, cursor: null });
});

test('a database closed under the reader: the background answers, now and after', async () => {
  const { store } = await seeded();
  const ask = vi.fn(async (_req: { type: string }) => ({ records: [], cursor: null }));
  const source = createLibrarySource(() => LibraryReader.open(async () => store.db), ask as never);
  expect(await source.ready()).toBe(true);
  await source.query({ text: '统战' }, 10, null);
  expect(ask).not.toHaveBeenCalled();
  store.db.close();
  await source.query({ text: '统战' }, 10, null);
  await source.pages(5, null);
  expect(ask.mock.calls.map(([req]) => req.type)).toEqual(['highlights/query', 'highlights/pages']);
});

test('a stopped search rejects and is not asked of the background', async () => {
  const { store } = await seeded();
  const ask = vi.fn();
  const source = createLibrarySource(() => LibraryReader.open(async () => store.db), ask as never);
  expect(await source.ready()).toBe(true);
  const stop = new AbortController();
  stop.abort();
  await expect(source.query({ text: '统战' }, 10, null, stop.signal)).rejects.toMatchObject({ name: 'AbortError' });
  expect(ask).not.toHaveBeenCalled();
});

test('warming reads through the reader only: without one, the background is not woken', async () => {
  const ask = vi.fn();
  await createLibrarySource(async () => null, ask as never).warm('城');
  expect(ask).not.toHaveBeenCalled();
  const { store } = await seeded();
  const reader = (await LibraryReader.open(async () => store.db))!;
  const query = vi.spyOn(reader, 'query');
  const newest = vi.spyOn(reader, 'readNewest');
  await createLibrarySource(async () => reader, ask as never).warm('统');
  expect(newest).toHaveBeenCalledWith(WARM_RECORDS);
  expect(query).toHaveBeenCalledWith({ text: '统' }, 30, null);
  expect(ask).not.toHaveBeenCalled();
});

test('while the database is still opening here, the background answers (the first list: whichever answers first)', async () => {
  const answer = { pages: [], records: [], cursor: null };
  const ask = vi.fn(async () => answer);
  const source = createLibrarySource(() => new Promise<never>(() => undefined), ask as never);
  expect(await source.pages(5, null)).toBe(answer);
  expect(ask).toHaveBeenCalledTimes(1);
  // So do searches until the page's own connection is open.
  await source.query({ text: '城' }, 30, null);
  expect(ask).toHaveBeenLastCalledWith({ type: 'highlights/query', query: { text: '城' }, limit: 30, cursor: null });
});

test('while writes wait unsaved in the background, the background answers (its answers include them)', async () => {
  const { store, lib } = await seeded();
  let pending = true;
  const answer = { records: [], cursor: null };
  const ask = vi.fn(async () => answer);
  const source = createLibrarySource(
    () => LibraryReader.open(async () => store.db),
    ask as never,
    async () => pending,
  );
  expect(await source.ready()).toBe(true);
  expect(await source.query({ text: '统战' }, 10, null)).toBe(answer);
  expect(ask).toHaveBeenCalledWith({ type: 'highlights/query', query: { text: '统战' }, limit: 10, cursor: null });
  // Saved at last: the page reads the database itself again.
  pending = false;
  ask.mockClear();
  expect(await source.query({ text: '统战' }, 10, null)).toEqual(await lib.query({ text: '统战' }, 10, null));
  expect(ask).not.toHaveBeenCalled();
});

test('answers a search at once only from the newest records read here, and never while writes wait or after a change', async () => {
  const { store, lib } = await seeded();
  let pending = false;
  let changed: (change: LibraryChange) => void = () => undefined;
  const ask = vi.fn();
  const source = createLibrarySource(
    () => LibraryReader.open(async () => store.db),
    ask as never,
    async () => pending,
    (listener) => ((changed = listener), () => undefined),
  );
  const now = () => source.now({ text: '统战' }, 3, 1);
  // Not before the newest records are read.
  expect(now()).toBeNull();
  await source.warm('统');
  const answer = now();
  expect(answer?.page).toEqual(await lib.query({ text: '统战' }, 3, null));
  expect(await answer!.current()).toBe(true);
  // Writes waiting unsaved in the background: the page's reader does not see them.
  pending = true;
  expect(await answer!.current()).toBe(false);
  expect(now()).toBeNull();
  pending = false;
  await source.warm('统');
  expect(now()).not.toBeNull();
  // The library changed (another page, sync): the records kept are stale.
  await lib.setDeleted(['r0'], true);
  changed({ urls: [PAGE], settings: false });
  expect(now()).toBeNull();
  expect(ask).not.toHaveBeenCalled();
});

test('a count that reads records (an inexact term, filters of two values) is asked of the background; one from the index is read here', async () => {
  const { store } = await seeded();
  const ask = vi.fn(async (_req: { type: string }) => 3);
  const source = createLibrarySource(() => LibraryReader.open(async () => store.db), ask as never);
  expect(await source.ready()).toBe(true);
  // Exact terms (one or two characters) and one filter value: counted from index rows and listings.
  expect(await source.count({ text: '统战' })).toBe(3);
  expect(await source.count({ filters: { ...NO_FILTERS, colors: ['yellow'] } })).toBe(3);
  expect(ask).not.toHaveBeenCalled();
  // `统战部门` is checked record by record; so are two colours merged.
  await source.count({ text: '统战部门' });
  const two = { ...NO_FILTERS, colors: ['yellow' as const, 'blue' as const] };
  await source.count({ filters: two });
  await source.count({ text: '统战', filters: two });
  expect(ask.mock.calls.map(([req]) => req)).toEqual([
    { type: 'highlights/count', query: { text: '统战部门' } },
    { type: 'highlights/count', query: { filters: two } },
    { type: 'highlights/count', query: { text: '统战', filters: two } },
  ]);
});
