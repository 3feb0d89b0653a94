/**
 * A write job's reads by id and by page (read-rows.ts) answer exactly as a plain scan and a
 * request per page did, whatever the store holds: the id map and the probe over the batch's page
 * keys only save requests. And an import of new records into an empty library makes no request per id or page.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import type { RecordRow } from '@/utils/store/rows';
import { makeBlock, rawTx, recordBlock } from '@/utils/store/blocks';
import { readPageRows, readPagesRows, readRows, readRowsEach } from '@/utils/store/read-rows';
import { mapPart, partRows } from '@/utils/store/id-map';
import { draft, freshDb, testStore } from './helpers';

const record = (id: string, url: string, start: number): Highlight => ({
  ...draft(id, { url, position: { start, end: start + 5 } }),
  created: 1,
  updated: 1,
  clock: '000000000000001:000000:test',
});

const row = (h: Highlight, ord: number): RecordRow => ({ id: h.id, ord, seq: ord, h });

/** Ids that sort close together and apart, some sharing prefixes, some non-ASCII. */
const id = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((n) => `id-${String(n).padStart(3, '0')}`),
  fc.constantFrom('a', 'z', 'id-', 'id-0', '统战', 'Z', '~'),
  fc.string({ minLength: 1, maxLength: 3 }),
);
const url = fc.integer({ min: 0, max: 12 }).map((n) => `https://example.org/p${n}`);

/**
 * Reads of the id map (schema 6, id-map.ts): a look-up by id reads its bucket's rows (a range),
 * a walk of every id reads them all (no range).
 */
function spyIdMap() {
  const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  const reads = (ranged: boolean) =>
    (getAll.mock.contexts as IDBObjectStore[]).filter(
      (store, i) => store.name === 'idmap' && (getAll.mock.calls[i]![0] != null) === ranged,
    ).length;
  return { lookups: () => reads(true), walks: () => reads(false), restore: () => getAll.mockRestore() };
}

describe('reading rows by id and by page', () => {
  it('gives what a request per id and per page gives, in the order asked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(id, url), { selector: ([i]) => i, maxLength: 60 }),
        fc.array(id, { maxLength: 60 }),
        // Past 32 pages (read-rows.ts DIRECT_MAX) by their block keys, then each block once.
        fc.array(url, { maxLength: 60, size: 'max' }),
        fc.constantFrom(0, 1, 4),
        fc.constantFrom(1, 5, 32, 300),
        async (stored, asked, urls, probeMin, spread) => {
          const db = await freshDb();
          // Schema 4: the rows packed in blocks by ord (blocks.ts); ords `spread` apart; schema 6:
          // the id map's rows of each part (id-map.ts).
          const w = db.transaction(['blocks', 'idmap'], 'readwrite');
          const blocks = new Map<number, RecordRow[]>();
          const parts = new Map<number, RecordRow[]>();
          stored.forEach(([i, u], n) => {
            const r = row(record(i, u, n), n * spread);
            blocks.set(recordBlock(r.ord), [...(blocks.get(recordBlock(r.ord)) ?? []), r]);
            parts.set(mapPart(r.ord), [...(parts.get(mapPart(r.ord)) ?? []), r]);
          });
          for (const [n, rows] of blocks) void w.objectStore('blocks').put(makeBlock(rows), n);
          for (const [part, rows] of parts)
            for (const [bucket, mapRow] of partRows(rows)) void w.objectStore('idmap').put(mapRow, [bucket, part]);
          await w.done;
          const tx = () => db.transaction(['blocks', 'idmap'], 'readonly') as unknown as Parameters<typeof readRows>[0];
          // A plain scan of every stored row, in the order asked.
          const scan = new Map<string, RecordRow>();
          const all = [...blocks.values()].flat();
          for (const i of asked) {
            const found = all.find((r) => r.id === i);
            if (found) scan.set(i, found);
          }
          const each = await readRowsEach(rawTx(tx()), [...new Set(asked)]);
          const probed = await readRows(tx(), asked);
          expect([...each.entries()]).toEqual([...scan.entries()]);
          expect([...probed.entries()]).toEqual([...each.entries()]);
          const pages = await readPagesRows(tx(), urls, { probeMin, byKeys: true });
          const one = await Promise.all(urls.map((u) => readPageRows(tx(), u)));
          expect(pages).toEqual(one);
          expect(one.map((rows) => rows.map((r) => r.h.url))).toEqual(urls.map((u, i) => one[i]!.map(() => u)));
          db.close();
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('an import of new records into an empty library asks for no id and no page one by one', async () => {
    const store = await testStore();
    const library = await store.open();
    const incoming = Array.from({ length: 500 }, (_, n) =>
      record(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, `https://example.org/p${n % 50}`, n),
    );
    // Schema 6: a record by id is a read of its bucket's id map rows, then its block (schema 4
    // and 5: a key look-up in the blocks' `ids` index); a page's records the block keys of its
    // `by` entry, then the blocks.
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const getKey = vi.spyOn(IDBIndex.prototype, 'getKey');
    const indexGet = vi.spyOn(IDBIndex.prototype, 'get');
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const idMap = spyIdMap();
    let gets: { records: number; pages: number };
    try {
      await library.importRecords(incoming);
      gets = {
        records:
          (get.mock.contexts as IDBObjectStore[]).filter((store) => ['blocks', 'idmap'].includes(store.name)).length +
          getKey.mock.calls.filter(([key]) => !(key instanceof IDBKeyRange)).length +
          indexGet.mock.calls.length +
          idMap.lookups(),
        pages: getAll.mock.calls.length + getAllKeys.mock.calls.length,
      };
    } finally {
      idMap.restore();
      get.mockRestore();
      getKey.mockRestore();
      indexGet.mockRestore();
      getAll.mockRestore();
      getAllKeys.mockRestore();
    }
    // Before: a request for each of the 500 ids and each of the 50 pages.
    expect(gets).toEqual({ records: 0, pages: 0 });
    expect(await library.count({})).toBe(500);
  });

  it('into a library that never held a record, a later batch reads only the ids and pages stored before it', async () => {
    const store = await testStore();
    const library = await store.open();
    // Random ids, as a real export has them: the second batch's ids sort between the first's,
    // and so do its pages (odd pages after even ones), but for five pages the first has too.
    const make = (n: number, page: number) =>
      record(`id-${String(n).padStart(6, '0')}`, `https://example.org/p${String(page).padStart(3, '0')}`, n);
    const firstBatch = Array.from({ length: 400 }, (_, n) => make(2 * n, 2 * (n % 40)));
    await library.importRecords(firstBatch);
    const secondBatch = Array.from({ length: 400 }, (_, n) =>
      make(2 * n + 1, n % 40 < 5 ? 2 * (n % 40) : 2 * (n % 40) + 1),
    );
    // One record of the first batch again, changed.
    const again = { ...firstBatch[0]!, note: 'again', clock: '000000000000002:000000:test' };
    const getKey = vi.spyOn(IDBIndex.prototype, 'getKey');
    const indexGet = vi.spyOn(IDBIndex.prototype, 'get');
    const idMap = spyIdMap();
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    let asked: { ids: number; pages: string[] };
    try {
      const counts = await library.importRecords([...secondBatch, again]);
      expect(counts).toMatchObject({ added: 400, updated: 1 });
      asked = {
        ids:
          getKey.mock.calls.filter(([key]) => !(key instanceof IDBKeyRange)).length +
          indexGet.mock.calls.length +
          idMap.lookups(),
        pages: getAll.mock.calls.flatMap(([key]) => (key instanceof IDBKeyRange ? [] : [String((key as string[])[1])])),
      };
    } finally {
      getKey.mockRestore();
      indexGet.mockRestore();
      idMap.restore();
      getAll.mockRestore();
    }
    // Before: a look-up of each of the 401 ids, and of each of the 40 pages; the one stored id
    // (\`again\`) is on a page the batch reads (p000), so not looked up by id either.
    expect(asked.ids).toBe(0);
    expect(new Set(asked.pages)).toEqual(
      new Set([0, 2, 4, 6, 8].map((p) => `https://example.org/p${String(p).padStart(3, '0')}`)),
    );
    expect(await library.count({})).toBe(800);
    expect((await library.get(again.id))?.note).toBe('again');
    expect((await library.pageRecords('https://example.org/p000')).length).toBe(20);
    expect((await library.pageRecords('https://example.org/p001')).length).toBe(0);
    expect((await library.pageRecords('https://example.org/p011')).length).toBe(10);
    expect((await library.stats()).pages).toBe(75);
  });

  it('a batch whose ids fall among the stored ones (random ids) is probed by its first key, not counted', async () => {
    const store = await testStore();
    const library = await store.open();
    // Random UUIDs, as a real export has them: the new ids and pages sort between the stored ones.
    const make = (n: number) =>
      record(`id-${String(n).padStart(6, '0')}`, `https://example.org/p${String(n % 97).padStart(3, '0')}`, n);
    await library.importRecords(Array.from({ length: 400 }, (_, n) => make(2 * n)));
    // Chromium counts a range by walking every key in it: a count per batch walked the library.
    const count = vi.spyOn(IDBIndex.prototype, 'count');
    let counts: number;
    try {
      await library.importRecords(Array.from({ length: 400 }, (_, n) => make(2 * n + 1)));
      counts = count.mock.calls.length;
    } finally {
      count.mockRestore();
    }
    // Before: one count of the batch's ids and one of its pages.
    expect(counts).toBe(0);
    expect(await library.count({})).toBe(800);
  });

  it('a batch into a library that holds its pages reads each block once, for its ids and its pages alike', async () => {
    const store = await testStore();
    const library = await store.open();
    // 320 records on 32 pages of 10, in order: a block of 32 records holds parts of 4–5 pages.
    const records = Array.from({ length: 320 }, (_, n) =>
      record(
        `id-${String(n).padStart(6, '0')}`,
        `https://example.org/p${String(Math.floor(n / 10)).padStart(3, '0')}`,
        n,
      ),
    );
    await library.importRecords(records);
    const again = { ...records[0]!, note: 'again', clock: '000000000000002:000000:test' };
    // Block rows the reads deliver: each `get` of a block, and each block a page's `getAll` brings.
    let delivered = 0;
    const count = <T extends IDBRequest>(request: T, rows: (result: unknown) => number): T => {
      request.addEventListener('success', () => (delivered += rows(request.result)));
      return request;
    };
    const { get } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    const { getAll } = Object.getOwnPropertyDescriptors(IDBIndex.prototype);
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      return count((get.value as IDBObjectStore['get']).call(this, key), (r) => (this.name === 'blocks' && r ? 1 : 0));
    });
    const getAlls = vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, key, n) {
      return count((getAll.value as IDBIndex['getAll']).call(this, key, n), (r) =>
        this.name === 'by' ? (r as unknown[]).length : 0,
      );
    });
    try {
      expect(await library.importRecords([...records.slice(1), again])).toMatchObject({ updated: 1, unchanged: 319 });
    } finally {
      gets.mockRestore();
      getAlls.mockRestore();
    }
    // Before: each page's blocks by page (~45, a block once for each of its pages), and again by id.
    expect(delivered).toBe(10);
    expect((await library.get(again.id))?.note).toBe('again');
    expect((await library.pageRecords('https://example.org/p000')).map((h) => h.id)).toEqual(
      records.slice(0, 10).map((h) => h.id),
    );
  });

  it('an id on a page the batch reads is not looked up again by id', async () => {
    const store = await testStore();
    const library = await store.open();
    const records = Array.from({ length: 200 }, (_, n) =>
      record(`id-${String(n).padStart(6, '0')}`, `https://example.org/p${String(n % 20).padStart(3, '0')}`, n),
    );
    await library.importRecords(records);
    // One moved to a page the batch does not name: found by id.
    const moved = { ...records[7]!, url: 'https://example.org/elsewhere', clock: '000000000000002:000000:test' };
    const getKey = vi.spyOn(IDBIndex.prototype, 'getKey');
    const indexGet = vi.spyOn(IDBIndex.prototype, 'get');
    const idMap = spyIdMap();
    let lookups: number;
    try {
      // Every record again but those of the moved one's page (p007), and it under a new page.
      const batch = records.flatMap((h) =>
        h.id === moved.id ? [{ ...h, url: 'https://example.org/p999' }] : h.url === records[7]!.url ? [] : [h],
      );
      expect(await library.importRecords(batch)).toMatchObject({ unchanged: 190 });
      lookups =
        getKey.mock.calls.filter(([key]) => !(key instanceof IDBKeyRange)).length +
        indexGet.mock.calls.length +
        idMap.lookups();
      await library.importRecords([moved]);
    } finally {
      getKey.mockRestore();
      indexGet.mockRestore();
      idMap.restore();
    }
    // Before: a look-up of each of the 191 ids; now only the one not on the batch's pages.
    expect(lookups).toBe(1);
    expect((await library.get(moved.id))?.url).toBe(moved.url);
    expect(await library.count({})).toBe(200);
  });

  it('into a small library a writer just started on, the first batch walks the stored ids once, and no batch looks them up', async () => {
    const store = await testStore();
    const make = (n: number) =>
      record(`id-${String(n).padStart(6, '0')}`, `https://example.org/p${String(n % 30).padStart(3, '0')}`, n);
    await (await store.open()).importRecords(Array.from({ length: 100 }, (_, n) => make(2 * n)));
    // The worker restarted: a new writer, which knows nothing of what is stored.
    const library = await store.open();
    const getKey = vi.spyOn(IDBIndex.prototype, 'getKey');
    const indexGet = vi.spyOn(IDBIndex.prototype, 'get');
    const idMap = spyIdMap();
    const walks = vi.spyOn(IDBIndex.prototype, 'openKeyCursor');
    let asked: { ids: number; walks: number };
    try {
      // Random ids, as a real export has them: the new ones sort between the stored ones.
      const first = Array.from({ length: 100 }, (_, n) => make(2 * n + 1));
      const second = Array.from({ length: 100 }, (_, n) => make(200 + 2 * n + 1));
      expect(await library.importRecords(first)).toMatchObject({ added: 100 });
      expect(
        await library.importRecords([...second, { ...make(0), note: 'again', clock: '000000000000002:000000:test' }]),
      ).toMatchObject({ added: 100, updated: 1 });
      asked = {
        ids:
          getKey.mock.calls.filter(([key]) => !(key instanceof IDBKeyRange)).length +
          indexGet.mock.calls.length +
          idMap.lookups(),
        walks: walks.mock.calls.length + idMap.walks(),
      };
    } finally {
      getKey.mockRestore();
      indexGet.mockRestore();
      idMap.restore();
      walks.mockRestore();
    }
    // Before: a look-up of each of the first batch's 100 ids (the range's first key found stored
    // ones; the second batch's new ids sort past them all). The walks: the id map's rows (one
    // read), the pages' keys.
    expect(asked).toEqual({ ids: 0, walks: 2 });
    expect(await library.count({})).toBe(300);
    expect((await library.get(make(0).id))?.note).toBe('again');
    expect((await library.pageRecords('https://example.org/p001')).length).toBe(14);
  });
});
