import { describe, expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import { Library } from '@/utils/store/library';
import { createRouter } from '@/utils/router';
import { createClock } from '@/utils/sync/hlc';
import { BATCH_MAX, type PageReport } from '@/utils/messages';
import type { Highlight } from '@/utils/highlights/record';
import { makeHighlight } from '../export/fixtures';

async function setup() {
  const area = new MemoryArea();
  const library = new Library(area, { newDeviceId: () => 'dev', makeClock: (d) => createClock(d) });
  const ready = library.load();
  await ready;
  const tabs = new Map<number, PageReport>();
  const handle = createRouter({
    library,
    ready,
    tabs: { get: async (id) => tabs.get(id) ?? null, set: async (id, p) => void tabs.set(id, p) },
  });
  return { handle, library, area };
}

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
    expect(await handle({ type: 'highlights/import', records }, {})).toEqual({
      ok: true,
      data: { added: 2, updated: 0, unchanged: 0, olderIgnored: 0, refused: 0 },
    });
    expect(
      library
        .list()
        .map((r) => r.id)
        .sort(),
    ).toEqual(records.map((r) => r.id).sort());
    expect(library.get(records[1]!.id)).toEqual(records[1]);
    expect(await handle({ type: 'highlights/import', records }, {})).toMatchObject({
      ok: true,
      data: { added: 0, updated: 0, unchanged: 2 },
    });
  });

  test('an import never overwrites a newer local edit', async () => {
    const { handle, library } = await setup();
    const original = makeRecord({ clock: '000000000000001:000000:old' });
    await handle({ type: 'highlights/import', records: [original] }, {});
    await library.save({ ...draftOf(original), note: 'edited here' });
    const r = await handle({ type: 'highlights/import', records: [original] }, {});
    expect(r).toMatchObject({ ok: true, data: { olderIgnored: 1, added: 0 } });
    expect(library.get(original.id)?.note).toBe('edited here');
  });

  test('invalid records or too many are refused as a whole, nothing written', async () => {
    const { handle, library } = await setup();
    const bad = { ...makeRecord(), url: 'javascript:alert(1)' };
    const r = await handle({ type: 'highlights/import', records: [makeRecord(), bad] }, {});
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request/) });
    const many = Array.from({ length: BATCH_MAX + 1 }, () => makeRecord());
    expect(await handle({ type: 'highlights/import', records: many }, {})).toMatchObject({ ok: false });
    expect(library.all()).toEqual([]);
  });

  test('export-all includes tombstones; delete-many and restore', async () => {
    const { handle, library } = await setup();
    const records = [makeRecord(), makeRecord(), makeRecord()];
    await library.putMerged(records);
    const ids = records.slice(0, 2).map((r) => r.id);
    const deleted = await handle({ type: 'highlights/delete-many', ids: [...ids, 'nope', ids[0]!], deleted: true }, {});
    expect(deleted).toMatchObject({ ok: true });
    expect(library.list()).toHaveLength(1);
    const all = await handle({ type: 'highlights/export-all' }, {});
    expect(all.ok && (all.data as Highlight[]).filter((r) => r.deleted)).toHaveLength(2);
    await handle({ type: 'highlights/delete-many', ids, deleted: false }, {});
    expect(library.list()).toHaveLength(3);
  });

  test('save-many edits in one write and keeps creation times', async () => {
    const { handle, library, area } = await setup();
    const records = [makeRecord({ created: 5 }), makeRecord({ created: 6 })];
    await library.putMerged(records);
    let sets = 0;
    const set = area.set.bind(area);
    area.set = async (items) => {
      sets++;
      return set(items);
    };
    const r = await handle(
      { type: 'highlights/save-many', drafts: records.map((h) => ({ ...draftOf(h), tags: ['新'] })) },
      {},
    );
    expect(r).toMatchObject({ ok: true });
    expect(sets).toBe(1);
    expect(library.list().map((h) => [h.tags, h.created])).toEqual(
      expect.arrayContaining([
        [['新'], 5],
        [['新'], 6],
      ]),
    );
  });
});

test('highlights/recent returns the newest pages first and the total', async () => {
  const { handle, library } = await setup();
  await library.putMerged([
    makeRecord({ url: 'https://e.org/old', created: 1 }),
    makeRecord({ url: 'https://e.org/new', created: 5 }),
    makeRecord({ url: 'https://e.org/new', created: 4 }),
  ]);
  const r = await handle({ type: 'highlights/recent', limit: 1 }, {});
  expect(r).toMatchObject({ ok: true, data: { total: 3 } });
  expect(r.ok && (r.data as { records: Highlight[] }).records.map((h) => h.url)).toEqual([
    'https://e.org/new',
    'https://e.org/new',
  ]);
  expect(await handle({ type: 'highlights/recent', limit: 0 }, {})).toMatchObject({ ok: false });
});
