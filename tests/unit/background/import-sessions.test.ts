/**
 * An import in batches (`highlights/import` with a session) is stored batch by batch; cancelled
 * midway (`highlights/import-end`, keep: false) the library is exactly as before: the same
 * records (tombstones too), counters, pages, search answers and facets; an edit made meanwhile
 * is kept. Sync waits while a session is open.
 */
import { describe, expect, test, vi } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import type { Library } from '@/utils/store/library';
import { createRouter } from '@/entrypoints/background/router';
import { IMPORT_IDLE_MS } from '@/entrypoints/background/import-sessions';
import { draft, testStore } from '../store/helpers';
import { makeHighlight } from '../export/fixtures';
import { EXTENSION } from './setup';

let place = 0;
function fileRecords(n: number, over: Partial<Highlight> = {}): Highlight[] {
  return Array.from({ length: n }, (_, i) => {
    place += 100;
    return makeHighlight({
      url: `https://www.gov.cn/zhengce/content/2024-05/0${i % 3}/content_${i % 7}.htm`,
      position: { start: place, end: place + 8 },
      quote: { exact: `导入的第${i}条必须落实`, prefix: '', suffix: '' },
      tags: [`导入${i % 4}`],
      ...over,
    });
  });
}

async function setup() {
  const store = await testStore();
  const library = await store.open();
  const holds: string[] = [];
  const handle = createRouter({
    library,
    ready: Promise.resolve(),
    tabs: { get: async () => null, set: async () => undefined, forget: async () => undefined },
    sync: {
      status: async () => ({}) as never,
      configureServer: async () => ({}) as never,
      setBrowserPassphrase: async () => ({}) as never,
      keepBrowserEncrypted: async () => ({}) as never,
      syncNow: async () => ({}) as never,
      hold: () => {
        holds.push('hold');
        return () => holds.push('release');
      },
    },
  });
  const ask = async <T>(message: object): Promise<T> => {
    const reply = await handle(message, EXTENSION);
    if (!reply.ok) throw new Error(reply.error);
    return reply.data as T;
  };
  return { library, ask, holds, store };
}

/** Everything a reader or a sync could see of the library. */
async function state(library: Library, ask: <T>(m: object) => Promise<T>) {
  const byId = (a: Highlight, b: Highlight) => (a.id < b.id ? -1 : 1);
  return {
    records: (await library.all()).sort(byId),
    stats: await library.stats(),
    pages: await ask({ type: 'highlights/pages', minRecords: 1000 }),
    found: await ask({ type: 'highlights/query', query: { text: '落实' }, limit: 1000 }),
    counts: [
      await ask({ type: 'highlights/count', query: { text: '导入' } }),
      await ask({ type: 'highlights/count', query: { text: '落' } }),
      await ask({ type: 'highlights/count', query: { text: 'must' } }),
    ],
    facets: await ask({ type: 'highlights/facets' }),
  };
}

describe('import sessions', () => {
  test('a cancel midway leaves the library exactly as it was', async () => {
    const { library, ask, holds, store } = await setup();
    // A library with live records, a tombstone, and a record the file will update.
    const existing = fileRecords(5, { quote: { exact: '已有的必须落实', prefix: '', suffix: '' } });
    await ask({ type: 'highlights/import', records: existing });
    await library.delete(existing[0]!.id);
    await library.save(draft('mine', { note: 'must report' }));
    const before = await state(library, ask);

    const newer = { ...existing[1]!, note: 'newer in the file', clock: '001714528900000:000000:devB' };
    const file = [newer, ...fileRecords(40)];
    const session = 'import-1';
    const first = await ask<{ added: number; updated: number }>({
      type: 'highlights/import',
      session,
      records: file.slice(0, 20),
    });
    expect(first).toMatchObject({ added: 19, updated: 1 });
    await ask({ type: 'highlights/import', session, records: file.slice(20, 30) });
    expect((await library.stats()).highlights).toBe(before.stats.highlights + 29);
    expect(holds).toEqual(['hold']);

    const undone = await ask({ type: 'highlights/import-end', session, keep: false });
    expect(undone).toEqual({ restored: 1, removed: 29, kept: 0 });
    expect(await state(library, ask)).toEqual(before);
    // As stored, read by a worker that starts now.
    const byId = (a: Highlight, b: Highlight) => (a.id < b.id ? -1 : 1);
    expect((await (await store.open()).all()).sort(byId)).toEqual(before.records);
    expect(holds).toEqual(['hold', 'release']);
    // A batch still on its way after the end is refused, not stored.
    await expect(ask({ type: 'highlights/import', session, records: file.slice(30) })).rejects.toThrow(/ended/);
    expect(await state(library, ask)).toEqual(before);
  });

  test('an edit made during the import is kept when it is cancelled', async () => {
    const { library, ask } = await setup();
    const file = fileRecords(10);
    await ask({ type: 'highlights/import', session: 's', records: file });
    await library.update(file[3]!.id, { note: 'edited while importing' });
    expect(await ask({ type: 'highlights/import-end', session: 's', keep: false })).toEqual({
      restored: 0,
      removed: 9,
      kept: 1,
    });
    expect((await library.all()).map((r) => [r.id, r.note])).toEqual([[file[3]!.id, 'edited while importing']]);
  });

  test('kept: everything stays and sync goes on', async () => {
    const { library, ask, holds } = await setup();
    const file = fileRecords(12);
    await ask({ type: 'highlights/import', session: 'k', records: file.slice(0, 6) });
    await ask({ type: 'highlights/import', session: 'k', records: file.slice(6) });
    expect(await ask({ type: 'highlights/import-end', session: 'k', keep: true })).toMatchObject({ removed: 0 });
    expect((await library.stats()).highlights).toBe(12);
    expect(holds).toEqual(['hold', 'release']);
    expect(await ask({ type: 'highlights/import-end', session: 'k', keep: false })).toBeNull();
    expect((await library.stats()).highlights).toBe(12);
  });

  test('the pages are told of a session once, when it is kept; an edit meanwhile at once', async () => {
    const { library, ask } = await setup();
    const told: string[][] = [];
    library.onChange = (urls) => told.push([...urls].sort());
    const file = fileRecords(12);
    const pages = [...new Set(file.map((r) => r.url))].sort();
    await ask({ type: 'highlights/import', session: 'k', records: file.slice(0, 6) });
    await ask({ type: 'highlights/import', session: 'k', records: file.slice(6) });
    expect(told).toEqual([]);
    await library.save(draft('mine'));
    expect(told).toEqual([[draft('mine').url]]);
    await ask({ type: 'highlights/import-end', session: 'k', keep: true });
    expect(told).toEqual([[draft('mine').url], pages]);
    // A plain import (no session) is told at once.
    await ask({ type: 'highlights/import', records: fileRecords(1) });
    expect(told).toHaveLength(3);
  });

  test('a cancelled session tells only what taking it back wrote; an abandoned one is told when kept', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { library, ask } = await setup();
      const told: string[][] = [];
      library.onChange = (urls) => told.push([...urls].sort());
      const file = fileRecords(6);
      const pages = [...new Set(file.map((r) => r.url))].sort();
      await ask({ type: 'highlights/import', session: 'c', records: file });
      await ask({ type: 'highlights/import-end', session: 'c', keep: false });
      expect(told).toEqual([pages]);
      await ask({ type: 'highlights/import', session: 'a', records: fileRecords(6) });
      expect(told).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(IMPORT_IDLE_MS);
      expect(told).toEqual([pages, pages]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('an empty batch keeps a session open past its idle time, and opens none', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { library, ask, holds } = await setup();
      const before = await library.all();
      await ask({ type: 'highlights/import', session: 'slow', records: fileRecords(5) });
      for (let i = 0; i < 4; i++) {
        await vi.advanceTimersByTimeAsync(IMPORT_IDLE_MS / 2);
        await ask({ type: 'highlights/import', session: 'slow', records: [] });
      }
      // Two idle times later the session is still open: a cancel takes the file back.
      expect(await ask({ type: 'highlights/import-end', session: 'slow', keep: false })).toMatchObject({ removed: 5 });
      expect(await library.all()).toEqual(before);
      // An empty batch of a session not open (a new worker) opens none: sync is not held.
      await ask({ type: 'highlights/import', session: 'gone', records: [] });
      expect(holds).toEqual(['hold', 'release']);
      expect(await ask({ type: 'highlights/import-end', session: 'gone', keep: false })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
