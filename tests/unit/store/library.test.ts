import { describe, expect, test } from 'vitest';
import { MIGRATIONS } from '@/utils/store/migrations';
import { LEGACY_KEYS, SCHEMA_VERSION, migrate } from '@/utils/store/schema';
import type { StoreMeta } from '@/utils/store/db';
import { areaJournal } from '@/utils/store/pending';
import { preparedTokenCount } from '@/utils/store/commit';
import { parseHighlight, sealChecked, type Highlight } from '@/utils/highlights/record';
import { MemoryArea } from '@/utils/store/area';
import { draft, interceptPuts, PAGE, putStoredRow, storedRow, storedRowCount, testStore } from './helpers';

/** HighlightSchema's output for `h`, as the router gets it. */
function parsed(h: unknown): Highlight {
  const r = parseHighlight(h);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('schema migrations', () => {
  test('a fresh store is brought to the current version with a device id', async () => {
    const { db, legacy } = await testStore();
    const ctx = { db, legacy, now: Date.now };
    const r = await migrate(ctx, () => 'dev1', MIGRATIONS);
    expect(r).toMatchObject({
      ok: true,
      ran: [1, 2, 3, 4, 5, 6],
      meta: { schemaVersion: SCHEMA_VERSION, deviceId: 'dev1' },
    });
    expect(await db.get('kv', 'meta')).toMatchObject({ schemaVersion: SCHEMA_VERSION, deviceId: 'dev1' });
    const again = await migrate(ctx, () => 'other', MIGRATIONS);
    expect(again).toMatchObject({ ok: true, ran: [], meta: { deviceId: 'dev1' } });
  });

  test('runs later migrations in order, once', async () => {
    const { db, legacy } = await testStore();
    const seen: number[] = [];
    const next = MIGRATIONS.at(-1)!.to + 1;
    const ms = [
      ...MIGRATIONS,
      { to: next, describe: 'test', run: async () => void seen.push(next) },
      { to: next + 1, describe: 'test', run: async () => void seen.push(next + 1) },
    ];
    await migrate({ db, legacy, now: Date.now }, () => 'd', ms);
    await migrate({ db, legacy, now: Date.now }, () => 'd', ms);
    expect(seen).toEqual([next, next + 1]);
  });

  test('a store from a newer version is refused, not rewritten', async () => {
    const store = await testStore();
    await store.legacy.set({ [LEGACY_KEYS.meta]: { schemaVersion: 99, deviceId: 'x' } });
    const lib = await store.open();
    expect(lib.readOnlyReason).toMatch(/newer version/);
    await expect(lib.save(draft('a'))).rejects.toThrow(/newer version/);
    expect(store.legacy.data.get(LEGACY_KEYS.meta)).toEqual({ schemaVersion: 99, deviceId: 'x' });
    expect(((await store.db.get('kv', 'meta')) as StoreMeta).schemaVersion).toBe(99);
    expect(await storedRowCount(store.db)).toBe(0);
  });

  test('once IndexedDB has the version, storage.local decides nothing', async () => {
    const store = await testStore();
    await store.open();
    // A content script rewrites storage.local as if schema 1 had never been migrated.
    await store.legacy.set({
      [LEGACY_KEYS.meta]: { schemaVersion: 1, deviceId: 'attacker' },
      'h:planted': { ...draft('planted'), created: 1, updated: 1, clock: '001000000000000:000000:x' },
    });
    const lib = await store.open();
    expect(lib.meta?.deviceId).toBe('device-a');
    expect(await lib.get('planted')).toBeUndefined();
  });
});

describe('Library', () => {
  test('save stamps times and a clock, and survives a reload', async () => {
    const store = await testStore();
    const lib = await store.open();
    const saved = await lib.save(draft('a'));
    expect(saved.created).toBeGreaterThan(0);
    expect(saved.clock).toMatch(/device-a$/);
    const edited = await lib.save({ ...draft('a'), note: '记住' });
    expect(edited.created).toBe(saved.created);
    expect(edited.clock > saved.clock).toBe(true);

    const reloaded = await store.open();
    expect(await reloaded.list()).toEqual([edited]);
    // The clock learned the stored one: a new edit orders after it.
    expect((await reloaded.save(draft('a'))).clock > edited.clock).toBe(true);
  });

  test('a patch changes only its fields, on the record as stored', async () => {
    const lib = await (await testStore()).open();
    await lib.save(draft('a', { note: 'first', tags: ['t'] }));
    const patched = await lib.update('a', { color: 'blue' });
    expect(patched).toMatchObject({ color: 'blue', note: 'first', tags: ['t'] });
    await lib.delete('a');
    await expect(lib.update('a', { note: 'late' })).rejects.toThrow(/deleted/);
    await expect(lib.update('nope', { note: 'x' })).rejects.toThrow(/no highlight/);
  });

  test('tags are stored by the one tag rule (utils/highlights/tags.ts), whoever sent them', async () => {
    const lib = await (await testStore()).open();
    const saved = await lib.save(draft('a', { tags: ['  重点  ', 'Policy', 'policy', ' ', 'two  words'] }));
    expect(saved.tags).toEqual(['重点', 'Policy', 'two words']);
    const patched = await lib.update('a', { tags: ['x', 'X', ' y '] });
    expect(patched.tags).toEqual(['x', 'y']);
    const [many] = await lib.updateMany([{ id: 'a', patch: { tags: ['Z', 'z'] } }]);
    expect(many?.tags).toEqual(['Z']);
    expect((await lib.get('a'))?.tags).toEqual(['Z']);
  });

  test('delete keeps a tombstone and undelete brings the record back', async () => {
    const lib = await (await testStore()).open();
    await lib.save(draft('a'));
    const gone = await lib.delete('a');
    expect(gone.deleted).toBe(true);
    expect(await lib.list()).toEqual([]);
    expect(await lib.all()).toHaveLength(1);
    await lib.undelete('a');
    expect((await lib.list()).map((r) => r.id)).toEqual(['a']);
    await expect(lib.delete('nope')).rejects.toThrow(/no highlight/);
  });

  test('lists one page in page order', async () => {
    const lib = await (await testStore()).open();
    await lib.save(draft('b', { position: { start: 500, end: 510 } }));
    await lib.save(draft('a', { position: { start: 10, end: 20 } }));
    await lib.save(draft('c', { url: 'http://www.gov.cn/zhengce/content/2024-01/05/content_1.htm' }));
    expect((await lib.pageRecords(PAGE)).map((r) => r.id)).toEqual(['a', 'b']);
    expect((await lib.stats()).pages).toBe(2);
  });

  test('whole-library reads stay current after later writes', async () => {
    const lib = await (await testStore()).open();
    await lib.save(draft('a'));
    expect((await lib.all()).map((r) => r.id)).toEqual(['a']);
    await lib.save(draft('b'));
    await lib.update('a', { note: 'later' });
    await lib.delete('b');
    const all = await lib.all();
    expect(all.map((r) => [r.id, r.note, r.deleted]).sort()).toEqual([
      ['a', 'later', false],
      ['b', '', true],
    ]);
    expect((await lib.list()).map((r) => r.id)).toEqual(['a']);
  });

  test("an import's prepared search tokens are dropped when its job settles, even where it wrote nothing", async () => {
    const lib = await (await testStore()).open();
    const saved = await lib.save(draft('a'));
    // The same record again, sealed as the router's are: nothing is written, so nothing takes
    // its prepared tokens.
    const again = sealChecked(parsed(saved));
    const job = lib.importRecords([again]);
    expect(preparedTokenCount()).toBe(1);
    expect(await job).toMatchObject({ unchanged: 1 });
    expect(preparedTokenCount()).toBe(0);
  });

  test("an import's records are found by the words of their prepared tokens, sealed or not", async () => {
    const lib = await (await testStore()).open();
    const saved = await lib.save(draft('a', { quote: { exact: '推进城市更新行动', prefix: '', suffix: '' } }));
    const sealed = sealChecked(parsed({ ...saved, id: 'b', quote: { ...saved.quote, exact: '城市更新 Renewal' } }));
    const plain = { ...saved, id: 'c', quote: { ...saved.quote, exact: '更新城市 renewals' } };
    expect(await lib.importRecords([sealed, plain])).toMatchObject({ added: 2 });
    const ids = async (text: string) => (await lib.query({ text }, 10)).records.map((r) => r.id).sort();
    expect(await ids('城市更新')).toEqual(['a', 'b']);
    expect(await ids('renewal')).toEqual(['b', 'c']);
    expect(await ids('更新城')).toEqual(['c']);
  });

  test("writes on both sides of a search-index block's start agree with the records", async () => {
    // 3 records, then 8,200 in one import (ords 3–8,202: index block 0 edited over what it
    // holds, block 1 begun), then 5 more (block 1 edited over what the import wrote).
    const lib = await (await testStore()).open();
    const saved = await lib.save(draft('s0', { quote: { exact: '城市更新 seed', prefix: '', suffix: '' } }));
    await lib.save(draft('s1'));
    await lib.save(draft('s2', { note: '城市' }));
    const record = (id: string, exact: string) => ({ ...saved, id, quote: { ...saved.quote, exact } });
    const batch = Array.from({ length: 8200 }, (_, i) => record(`i${i}`, `城市 r${i} ${i % 2 ? 'odd' : 'even'}`));
    expect(await lib.importRecords(batch)).toMatchObject({ added: 8200 });
    expect(
      await lib.importRecords(Array.from({ length: 5 }, (_, i) => record(`j${i}`, `城市 later${i} odd`))),
    ).toMatchObject({ added: 5 });
    expect(await lib.count({ text: '城市' })).toBe(8200 + 5 + 2);
    expect(await lib.count({ text: 'odd' })).toBe(4100 + 5);
    const ids = async (text: string) => (await lib.query({ text }, 10)).records.map((r) => r.id).sort();
    expect(await ids('r8199')).toEqual(['i8199']);
    expect(await ids('r8188')).toEqual(['i8188']);
    expect(await ids('r0')).toEqual(['i0']);
    expect(await ids('later4')).toEqual(['j4']);
    expect(await ids('城市更新')).toEqual(['s0']);
  });

  test('a merge or import that changes nothing is not reported as a change (sync would loop)', async () => {
    const lib = await (await testStore()).open();
    const saved = await lib.save(draft('a'));
    const changes: number[] = [];
    lib.onChange = (urls, settings) => changes.push(urls.size + (settings ? 1 : 0));
    expect(await lib.merge([saved])).toEqual([]);
    expect(await lib.importRecords([saved])).toMatchObject({ unchanged: 1 });
    await lib.retryPending();
    expect(changes).toEqual([]);
    await lib.update('a', { note: 'n' });
    expect(changes).toEqual([1]);
  });

  test('a stored row whose record claims another id is never read, as its key or as that id', async () => {
    const store = await testStore();
    const lib = await store.open();
    await lib.save(draft('a', { position: { start: 10, end: 20 } }));
    const staleB = await lib.save(draft('b', { position: { start: 30, end: 40 }, note: 'stale' }));
    await lib.update('b', { note: 'current' });
    await lib.save(draft('z', { position: { start: 50, end: 60 } }));
    // Damage: the row kept under 'z' holds an old version of 'b' (a bad write, a damaged disk).
    const rowZ = (await storedRow(store.db, 'z'))!;
    await putStoredRow(store.db, { ...rowZ, h: staleB });

    const reopened = await store.open();
    expect(await reopened.get('z')).toBeUndefined();
    expect((await reopened.get('b'))?.note).toBe('current');
    const notes = (records: { id: string; note: string }[]) => records.map((r) => `${r.id}:${r.note}`).sort();
    expect(notes(await reopened.all())).toEqual(['a:', 'b:current']);
    expect(notes(await reopened.list())).toEqual(['a:', 'b:current']);
    expect(notes(await reopened.pageRecords(PAGE))).toEqual(['a:', 'b:current']);
    expect(notes((await reopened.query({}, 10)).records)).toEqual(['a:', 'b:current']);
    expect(notes((await reopened.recentPages(10)).records)).toEqual(['a:', 'b:current']);
    expect(notes((await reopened.changesSince(0, 10)).records)).toEqual(['a:', 'b:current']);
    await expect(reopened.update('z', { note: 'x' })).rejects.toThrow(/no highlight/);
    expect((await reopened.get('b'))?.note).toBe('current');
  });

  test('many concurrent saves are all stored, in the order they were asked for, on a slow store', async () => {
    const store = await testStore();
    // The first job's storage is slow: every later job would overtake it unless the writer
    // queues them (and each job reads the record as stored when it runs).
    let jobs = 0;
    const lib = await store.open({
      beforeWrite: () => new Promise((resolve) => setTimeout(resolve, jobs++ === 0 ? 30 : 0)),
    });
    // 60 calls: 50 saves, and every sixth call an edit of the first record.
    let saved = 0;
    const calls = Array.from({ length: 60 }, (_, i) =>
      i % 6 === 5 ? lib.update('id0', { note: `edit ${i}` }) : lib.save(draft(`id${saved++}`)),
    );
    await Promise.all(calls);
    const reopened = await store.open();
    expect(await reopened.list()).toHaveLength(50);
    expect((await reopened.get('id0'))?.note).toBe('edit 59');
  });

  test('a failed write keeps the change pending, across a restart, and a retry saves it', async () => {
    const store = await testStore();
    const session = new MemoryArea();
    const lib = await store.open({ journal: areaJournal(session) });
    const restore = interceptPuts(() => {
      throw new DOMException('QUOTA_BYTES quota exceeded', 'QuotaExceededError');
    });
    try {
      await expect(lib.save(draft('a'))).rejects.toThrow(/storage is full.*kept until the browser is closed/);
      expect(lib.pendingCount).toBe(1);
      expect((await lib.pageRecords(PAGE)).map((r) => r.id)).toEqual(['a']);
      // A later edit is made on top of the unsaved one, and waits with it.
      await expect(lib.update('a', { note: 'on top' })).rejects.toThrow(/storage is full/);
    } finally {
      restore();
    }
    expect(await storedRow(store.db, 'a')).toBeUndefined();
    // The worker stops; a new one finds the unsaved change in the journal.
    const restarted = await store.open({ journal: areaJournal(session) });
    expect(restarted.pendingCount).toBe(1);
    expect(await restarted.get('a')).toMatchObject({ note: 'on top' });
    await restarted.retryPending();
    expect(restarted.pendingCount).toBe(0);
    expect((await storedRow(store.db, 'a'))?.h).toMatchObject({ note: 'on top' });
    expect(restarted.lastError).toBeNull();
    expect(session.data.size).toBe(0);
  });

  test('without a journal the error says the change is kept only while the background runs', async () => {
    const lib = await (await testStore()).open();
    const restore = interceptPuts(() => {
      throw new DOMException('disk I/O error', 'UnknownError');
    });
    try {
      await expect(lib.save(draft('a'))).rejects.toThrow(/could not save \(disk I\/O error\).*only until/);
    } finally {
      restore();
    }
  });

  test('settings are validated, merged and persisted', async () => {
    const store = await testStore();
    const lib = await store.open();
    expect(lib.getSettings().autoMarks).toBe(true);
    await lib.updateSettings({ autoMarksOffSites: ['www.gov.cn'] });
    await expect(lib.updateSettings({ lastColor: 'red' as never })).rejects.toThrow();
    const again = await store.open();
    expect(again.getSettings().autoMarksOffSites).toEqual(['www.gov.cn']);
    expect(again.getSettings().lastColor).toBe('yellow');
  });

  test('garbage settings fall back to defaults and say so', async () => {
    const store = await testStore();
    await store.legacy.set({ [LEGACY_KEYS.settings]: { autoMarks: 'yes' } });
    const lib = await store.open();
    expect(lib.getSettings().autoMarks).toBe(true);
    expect(lib.lastError).toMatch(/settings reset/);
  });
});
