/**
 * The extension pages' read-only reader (utils/store/reader.ts) answers exactly as the
 * background's library does: on random libraries, between random writes, the same reader
 * (with its cache) gives the same pages, cursors and counts for searches and filters, and the
 * same newest pages. A write between two queries must never leave the reader on its cache.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { COLORS } from '@/utils/highlights/record';
import { NO_FILTERS, type LibraryFilters } from '@/utils/library/search';
import type { LibraryQuery } from '@/utils/store/queries';
import { LibraryReader } from '@/utils/store/reader';
import type { Library } from '@/utils/store/library';
import { draft, testStore } from './helpers';

const CJK = [...'城市更新行动推进高质量发展严禁要求第一二'];
const WORDS = ['water', 'waterway', 'policy', 'police', 'must', 'report', '123', '12'];
const piece = fc.oneof(
  fc.constantFrom(...CJK),
  fc.constantFrom(...WORDS).map((w) => ` ${w} `),
);
const text = (min: number, max: number) => fc.array(piece, { minLength: min, maxLength: max }).map((p) => p.join(''));
const URLS = ['https://www.gov.cn/a.html', 'https://www.news.cn/b.html', 'https://www.gov.uk/c'];

const save = fc.record({
  kind: fc.constant('save' as const),
  id: fc.integer({ min: 0, max: 30 }),
  quote: text(1, 12),
  note: text(0, 3),
  tag: fc.constantFrom('', '重点', 'policy'),
  color: fc.constantFrom(...COLORS),
  url: fc.constantFrom(...URLS),
});
const remove = fc.record({
  kind: fc.constant('delete' as const),
  id: fc.integer({ min: 0, max: 30 }),
  deleted: fc.boolean(),
});
const search = fc.record({
  kind: fc.constant('query' as const),
  text: fc.oneof(fc.constantFrom(...CJK), text(1, 2), fc.constantFrom('w', 'wa', 'pol', '1', '第一', '城市 must')),
  color: fc.option(fc.constantFrom(...COLORS), { nil: undefined }),
  pageSize: fc.integer({ min: 1, max: 6 }),
});
const filter = fc.record({
  kind: fc.constant('filter' as const),
  color: fc.constantFrom(...COLORS),
  tag: fc.option(fc.constantFrom('重点', 'policy'), { nil: undefined }),
  pageSize: fc.integer({ min: 1, max: 6 }),
});
const pages = fc.record({ kind: fc.constant('pages' as const), minRecords: fc.integer({ min: 1, max: 8 }) });
const op = fc.oneof(save, save, remove, search, search, filter, pages);

/** Every page of `query` as [ids, cursor] pairs. */
async function allPages(
  read: (cursor: string | null) => Promise<{ records: { id: string }[]; cursor: string | null }>,
) {
  const out: [string[], string | null][] = [];
  let cursor: string | null = null;
  do {
    const page = await read(cursor);
    out.push([page.records.map((r) => r.id), page.cursor]);
    cursor = page.cursor;
  } while (cursor && out.length < 100);
  return out;
}

async function sameAnswers(lib: Library, reader: LibraryReader, query: LibraryQuery, pageSize: number) {
  const worker = await allPages((c) => lib.query(query, pageSize, c));
  const page = await allPages((c) => reader.query(query, pageSize, c));
  expect({ query, page }).toEqual({ query, page: worker });
  expect(await reader.count(query)).toBe(await lib.count(query));
}

describe('the pages reader', () => {
  test('answers as the background does, across writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
        const store = await testStore();
        // The library's clock is the test's; the reader reads Date.now(): no date filter here.
        const lib = await store.open();
        const reader = (await LibraryReader.open(async () => store.db))!;
        expect(reader).not.toBeNull();
        for (const o of ops) {
          if (o.kind === 'save')
            await lib.save(
              draft(`r${o.id}`, {
                quote: { exact: o.quote, prefix: '', suffix: '' },
                note: o.note,
                tags: o.tag ? [o.tag] : [],
                color: o.color,
                url: o.url,
              }),
            );
          else if (o.kind === 'delete') await lib.setDeleted([`r${o.id}`], o.deleted).catch(() => undefined);
          else if (o.kind === 'query') {
            const filters: LibraryFilters | undefined = o.color ? { ...NO_FILTERS, colors: [o.color] } : undefined;
            await sameAnswers(lib, reader, { text: o.text, ...(filters && { filters }) }, o.pageSize);
          } else if (o.kind === 'filter') {
            const filters = { ...NO_FILTERS, colors: [o.color], tags: o.tag ? [o.tag] : [] };
            await sameAnswers(lib, reader, { filters }, o.pageSize);
          } else {
            expect(await reader.recentPages(o.minRecords, null)).toEqual(await lib.recentPages(o.minRecords, null));
            const { live, pages } = await reader.counts();
            expect({ highlights: live, pages }).toMatchObject(
              await lib.stats().then((s) => ({ highlights: s.highlights, pages: s.pages })),
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  test('is null for a library the background has not migrated yet (it asks the background then)', async () => {
    const store = await testStore();
    // No library opened: no meta yet.
    expect(await LibraryReader.open(async () => store.db)).toBeNull();
  });

  test('a search stopped by its signal rejects with AbortError and reads no further', async () => {
    const store = await testStore();
    const lib = await store.open();
    for (let i = 0; i < 5; i++) await lib.save(draft(`r${i}`));
    const reader = (await LibraryReader.open(async () => store.db))!;
    const stop = new AbortController();
    stop.abort();
    await expect(reader.query({ text: '统战' }, 10, null, stop.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect((await reader.query({ text: '统战' }, 10, null)).records).toHaveLength(5);
  });

  test('a search stopped while its reads are under way aborts its transaction: they are not answered', async () => {
    const store = await testStore();
    const lib = await store.open();
    for (let i = 0; i < 5; i++) await lib.save(draft(`r${i}`));
    const reader = (await LibraryReader.open(async () => store.db))!;
    const ended: string[] = [];
    const real = Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction')!;
    const open = real.value as (this: IDBDatabase, ...args: unknown[]) => IDBTransaction;
    Object.defineProperty(IDBDatabase.prototype, 'transaction', {
      ...real,
      value(this: IDBDatabase, ...args: unknown[]) {
        const tx = open.apply(this, args);
        tx.addEventListener('complete', () => ended.push('complete'));
        tx.addEventListener('abort', () => ended.push('abort'));
        return tx;
      },
    });
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      const stop = new AbortController();
      const search = reader.query({ text: '统战' }, 10, null, stop.signal);
      // The query's transaction and its first reads are asked for synchronously.
      stop.abort();
      await expect(search).rejects.toMatchObject({ name: 'AbortError' });
      await new Promise((ok) => setTimeout(ok, 20));
      expect(ended).toEqual(['abort']);
    } finally {
      Object.defineProperty(IDBDatabase.prototype, 'transaction', real);
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
    // The reader is not spoilt: the next search reads as before.
    expect((await reader.query({ text: '统战' }, 10, null)).records).toHaveLength(5);
  });
});
