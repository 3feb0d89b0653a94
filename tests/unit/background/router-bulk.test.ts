import { describe, expect, test } from 'vitest';
import { BATCH_MAX, IMPORT_BATCH_MAX, parseRequest } from '@/utils/messages';
import { BLOCK_SIZE } from '@/utils/store/postings';
import { STREAM_DEFAULTS } from '@/utils/export/import-stream';
import type { Highlight } from '@/utils/highlights/record';
import { makeHighlight } from '../export/fixtures';
import { EXTENSION, setupRouter } from './setup';

const setup = setupRouter;

let place = 0;
/** Records at distinct places of the page (the same quote at the same place is one highlight to planImport). */
const makeRecord = (over: Partial<Highlight> = {}) => {
  place += 100;
  return makeHighlight({ position: { start: place, end: place + 8 }, ...over });
};

const draftOf = ({ created: _c, updated: _u, clock: _k, deleted: _d, ...draft }: Highlight) => draft;

describe('import, export-all and bulk requests', () => {
  test('import adds new records, a second import of the same file adds nothing', async () => {
    const { handle, library } = await setup();
    const records = [makeRecord(), makeRecord({ note: 'n', tags: ['t'] })];
    expect(await handle({ type: 'highlights/import', records }, EXTENSION)).toEqual({
      ok: true,
      data: { added: 2, updated: 0, unchanged: 0, olderIgnored: 0, refused: 0, corrected: 0 },
    });
    expect((await library.list()).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(await library.get(records[1]!.id)).toEqual(records[1]);
    expect(await handle({ type: 'highlights/import', records }, EXTENSION)).toMatchObject({
      ok: true,
      data: { added: 0, updated: 0, unchanged: 2 },
    });
  });

  test('an import never overwrites a newer local edit', async () => {
    const { handle, library } = await setup();
    const original = makeRecord({ clock: '000000000000001:000000:old' });
    await handle({ type: 'highlights/import', records: [original] }, EXTENSION);
    await library.save({ ...draftOf(original), note: 'edited here' });
    const r = await handle({ type: 'highlights/import', records: [original] }, EXTENSION);
    expect(r).toMatchObject({ ok: true, data: { olderIgnored: 1, added: 0 } });
    expect((await library.get(original.id))?.note).toBe('edited here');
  });

  test('invalid records or too many are refused as a whole, nothing written', async () => {
    const { handle, library } = await setup();
    const bad = { ...makeRecord(), url: 'javascript:alert(1)' };
    const r = await handle({ type: 'highlights/import', records: [makeRecord(), bad] }, EXTENSION);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request/) });
    const many = Array.from({ length: IMPORT_BATCH_MAX + 1 }, () => makeRecord());
    expect(await handle({ type: 'highlights/import', records: many }, EXTENSION)).toMatchObject({ ok: false });
    expect(await library.all()).toEqual([]);
  });

  test("an import request carries up to the search index's block of ords, and a streamed file is sent so", () => {
    expect(IMPORT_BATCH_MAX).toBe(BLOCK_SIZE);
    expect(IMPORT_BATCH_MAX).toBeGreaterThan(BATCH_MAX);
    expect(STREAM_DEFAULTS.batchSize).toBe(IMPORT_BATCH_MAX);
    const records = Array.from({ length: IMPORT_BATCH_MAX }, () => makeRecord());
    expect(parseRequest({ type: 'highlights/import', records }).ok).toBe(true);
    expect(parseRequest({ type: 'highlights/get-many', ids: records.map((r) => r.id) }).ok).toBe(false);
  });

  test('export-all includes tombstones; delete-many and restore', async () => {
    const { handle, library } = await setup();
    const records = [makeRecord(), makeRecord(), makeRecord()];
    await library.merge(records);
    const ids = records.slice(0, 2).map((r) => r.id);
    const deleted = await handle(
      { type: 'highlights/delete-many', ids: [...ids, 'nope', ids[0]!], deleted: true },
      EXTENSION,
    );
    expect(deleted).toMatchObject({ ok: true });
    expect(await library.list()).toHaveLength(1);
    const all = await handle({ type: 'highlights/export-all' }, EXTENSION);
    expect(all.ok && (all.data as Highlight[]).filter((r) => r.deleted)).toHaveLength(2);
    await handle({ type: 'highlights/delete-many', ids, deleted: false }, EXTENSION);
    expect(await library.list()).toHaveLength(3);
  });

  test('update-many edits in one write and keeps creation times', async () => {
    const { handle, library, writes } = await setup();
    const records = [makeRecord({ created: 5 }), makeRecord({ created: 6 })];
    await library.merge(records);
    writes.length = 0;
    const r = await handle(
      { type: 'highlights/update-many', items: records.map((h) => ({ id: h.id, patch: { tags: ['新'] } })) },
      EXTENSION,
    );
    expect(r).toMatchObject({ ok: true });
    expect(writes).toHaveLength(1);
    expect((await library.list()).map((h) => [h.tags, h.created])).toEqual(
      expect.arrayContaining([
        [['新'], 5],
        [['新'], 6],
      ]),
    );
  });
});

test('highlights/recent returns the newest pages first and the total', async () => {
  const { handle, library } = await setup();
  await library.merge([
    makeRecord({ url: 'https://e.org/old', created: 1 }),
    makeRecord({ url: 'https://e.org/new', created: 5 }),
    makeRecord({ url: 'https://e.org/new', created: 4 }),
  ]);
  const r = await handle({ type: 'highlights/recent', limit: 1 }, EXTENSION);
  expect(r).toMatchObject({ ok: true, data: { total: 3 } });
  expect(r.ok && (r.data as { records: Highlight[] }).records.map((h) => h.url)).toEqual([
    'https://e.org/new',
    'https://e.org/new',
  ]);
  expect(await handle({ type: 'highlights/recent', limit: 0 }, EXTENSION)).toMatchObject({ ok: false });
});

describe('paging requests for the library page', () => {
  test('ids of a query, page by page; get-many; changes since a seq', async () => {
    const { handle, library } = await setup();
    const records = Array.from({ length: 7 }, (_, i) =>
      makeRecord({ created: 100 + i, color: i % 2 ? 'pink' : 'blue' }),
    );
    await library.merge(records);
    const ask = async <T>(m: object) => {
      const r = await handle(m, EXTENSION);
      if (!r.ok) throw new Error(r.error);
      return r.data as T;
    };
    const query = { filters: { colors: ['pink'], categories: [], tags: [], sites: [], date: { kind: 'any' } } };
    const first = await ask<{ ids: string[]; cursor: string | null }>({ type: 'highlights/ids', query, limit: 2 });
    const rest = await ask<{ ids: string[]; cursor: string | null }>({
      type: 'highlights/ids',
      query,
      limit: 10,
      cursor: first.cursor,
    });
    expect(rest.cursor).toBeNull();
    expect([...first.ids, ...rest.ids]).toEqual([records[5]!.id, records[3]!.id, records[1]!.id]);

    const got = await ask<{ records: Highlight[]; taken: number }>({
      type: 'highlights/get-many',
      ids: [records[2]!.id, 'nope', records[2]!.id],
    });
    expect(got).toEqual({ records: [records[2]], taken: 3 });

    const all = await ask<{ records: Highlight[]; seq: number; more: boolean }>({
      type: 'highlights/changes',
      since: 0,
      limit: 5,
    });
    expect(all).toMatchObject({ more: true });
    const next = await ask<{ records: Highlight[]; more: boolean }>({
      type: 'highlights/changes',
      since: all.seq,
      limit: 5,
    });
    expect([...all.records, ...next.records].map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(next.more).toBe(false);
  });

  test('retag-many adds or removes typed tags on the tags as stored, in one write; facets count them', async () => {
    const { handle, library, writes } = await setup();
    const records = [makeRecord({ tags: ['旧'] }), makeRecord({ tags: [] }), makeRecord({ site: 'www.gov.uk' })];
    await library.merge(records);
    // Changed elsewhere after the page read it: kept.
    await library.update(records[0]!.id, { tags: ['旧', '另一个'] });
    writes.length = 0;
    const ids = records.slice(0, 2).map((r) => r.id);
    const added = await handle({ type: 'highlights/retag-many', ids, mode: 'add', tags: '复习, 新' }, EXTENSION);
    expect(added).toMatchObject({ ok: true });
    expect(writes).toHaveLength(1);
    expect((await library.get(records[0]!.id))?.tags).toEqual(['旧', '另一个', '复习', '新']);
    expect((await library.get(records[1]!.id))?.tags).toEqual(['复习', '新']);
    await handle({ type: 'highlights/retag-many', ids, mode: 'remove', tags: '新' }, EXTENSION);
    expect((await library.get(records[1]!.id))?.tags).toEqual(['复习']);
    expect(await handle({ type: 'highlights/facets' }, EXTENSION)).toEqual({
      ok: true,
      data: {
        tags: [
          { value: '复习', count: 2 },
          { value: '另一个', count: 1 },
          { value: '旧', count: 1 },
        ],
        sites: [
          { value: 'www.gov.cn', count: 2 },
          { value: 'www.gov.uk', count: 1 },
        ],
      },
    });
  });
});
