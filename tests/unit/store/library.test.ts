import { describe, expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import { Library } from '@/utils/store/library';
import { KEYS, MIGRATIONS, SCHEMA_VERSION, highlightKey, migrate } from '@/utils/store/schema';
import { createClock } from '@/utils/sync/hlc';
import type { HighlightDraft } from '@/utils/messages';

const draft = (id: string, over: Partial<HighlightDraft> = {}): HighlightDraft => ({
  id,
  url: 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html',
  title: '提能善为',
  site: 'dangpai.people.com.cn',
  quote: { exact: '各级统战部门要在党委领导下', prefix: '——', suffix: ',充分发挥' },
  position: { start: 100, end: 113 },
  color: 'yellow',
  note: '',
  tags: [],
  ...over,
});

let t = 1_700_000_000_000;
const open = async (area: MemoryArea) => {
  const lib = new Library(area, {
    now: () => ++t,
    newDeviceId: () => 'device-a',
    makeClock: (d) => createClock(d, () => t),
  });
  await lib.load();
  return lib;
};

describe('schema migrations', () => {
  test('a fresh store is brought to the current version with a device id', async () => {
    const area = new MemoryArea();
    const r = await migrate(area, () => 'dev1');
    expect(r).toMatchObject({ ok: true, ran: [1], meta: { schemaVersion: SCHEMA_VERSION, deviceId: 'dev1' } });
    expect(area.data.get(KEYS.meta)).toEqual({ schemaVersion: SCHEMA_VERSION, deviceId: 'dev1' });
    const again = await migrate(area, () => 'other');
    expect(again).toMatchObject({ ok: true, ran: [], meta: { deviceId: 'dev1' } });
  });

  test('runs later migrations in order, once', async () => {
    const area = new MemoryArea();
    const seen: number[] = [];
    const ms = [
      ...MIGRATIONS,
      { to: 2, describe: 'test', run: async () => void seen.push(2) },
      { to: 3, describe: 'test', run: async () => void seen.push(3) },
    ];
    await migrate(area, () => 'd', ms);
    await migrate(area, () => 'd', ms);
    expect(seen).toEqual([2, 3]);
  });

  test('a store from a newer version is refused, not rewritten', async () => {
    const area = new MemoryArea();
    await area.set({ [KEYS.meta]: { schemaVersion: 99, deviceId: 'x' } });
    const lib = await open(area);
    expect(lib.readOnlyReason).toMatch(/newer version/);
    await expect(lib.save(draft('a'))).rejects.toThrow(/newer version/);
    expect(area.data.get(KEYS.meta)).toEqual({ schemaVersion: 99, deviceId: 'x' });
  });
});

describe('Library', () => {
  test('save stamps times and a clock, and survives a reload', async () => {
    const area = new MemoryArea();
    const lib = await open(area);
    const saved = await lib.save(draft('a'));
    expect(saved.created).toBeGreaterThan(0);
    expect(saved.clock).toMatch(/device-a$/);
    const edited = await lib.save({ ...draft('a'), note: '记住' });
    expect(edited.created).toBe(saved.created);
    expect(edited.clock > saved.clock).toBe(true);

    const reloaded = await open(area);
    expect(reloaded.list()).toEqual([edited]);
    // The clock learned the stored one: a new edit orders after it.
    expect((await reloaded.save(draft('a'))).clock > edited.clock).toBe(true);
  });

  test('delete keeps a tombstone and undelete brings the record back', async () => {
    const lib = await open(new MemoryArea());
    await lib.save(draft('a'));
    const gone = await lib.delete('a');
    expect(gone.deleted).toBe(true);
    expect(lib.list()).toEqual([]);
    expect(lib.all()).toHaveLength(1);
    await lib.undelete('a');
    expect(lib.list().map((r) => r.id)).toEqual(['a']);
    await expect(lib.delete('nope')).rejects.toThrow(/no highlight/);
  });

  test('lists one page in page order', async () => {
    const lib = await open(new MemoryArea());
    await lib.save(draft('b', { position: { start: 500, end: 510 } }));
    await lib.save(draft('a', { position: { start: 10, end: 20 } }));
    await lib.save(draft('c', { url: 'http://www.gov.cn/zhengce/content/2024-01/05/content_1.htm' }));
    expect(lib.list(draft('a').url).map((r) => r.id)).toEqual(['a', 'b']);
    expect(lib.pageCount()).toBe(2);
  });

  test('many concurrent saves are all stored', async () => {
    const area = new MemoryArea();
    const lib = await open(area);
    await Promise.all(Array.from({ length: 50 }, (_, i) => lib.save(draft(`id${i}`))));
    expect((await open(area)).list()).toHaveLength(50);
  });

  test('a failed write keeps the change pending and a retry saves it', async () => {
    const area = new MemoryArea();
    const lib = await open(area);
    area.failNextWrite = new Error('QUOTA_BYTES quota exceeded');
    await expect(lib.save(draft('a'))).rejects.toThrow(/storage is full/);
    expect(lib.pending.size).toBe(1);
    expect(lib.list()).toHaveLength(1);
    expect(area.data.has(highlightKey('a'))).toBe(false);
    await lib.retryPending();
    expect(lib.pending.size).toBe(0);
    expect(area.data.has(highlightKey('a'))).toBe(true);
    expect(lib.lastError).toBeNull();
  });

  test('invalid stored records are set aside with the reason, not dropped', async () => {
    const area = new MemoryArea();
    await area.set({ [highlightKey('bad')]: { id: 'bad', color: 'ultraviolet' }, 'h:x': 42 });
    const lib = await open(area);
    expect(lib.list()).toEqual([]);
    expect(lib.quarantined).toBe(2);
    expect(area.data.has(highlightKey('bad'))).toBe(false);
    const kept = area.data.get(`${KEYS.quarantinePrefix}${highlightKey('bad')}`) as { value: unknown; error: string };
    expect(kept.value).toEqual({ id: 'bad', color: 'ultraviolet' });
    expect(kept.error).toMatch(/\w/);
    expect(lib.lastError).toMatch(/set aside/);
  });

  test('settings are validated, merged and persisted', async () => {
    const area = new MemoryArea();
    const lib = await open(area);
    expect(lib.getSettings().autoMarks).toBe(true);
    await lib.updateSettings({ autoMarksOffSites: ['www.gov.cn'] });
    await expect(lib.updateSettings({ lastColor: 'red' as never })).rejects.toThrow();
    const again = await open(area);
    expect(again.getSettings().autoMarksOffSites).toEqual(['www.gov.cn']);
    expect(again.getSettings().lastColor).toBe('yellow');
  });

  test('garbage settings fall back to defaults and say so', async () => {
    const area = new MemoryArea();
    await area.set({ [KEYS.settings]: { autoMarks: 'yes' } });
    const lib = await open(area);
    expect(lib.getSettings().autoMarks).toBe(true);
    expect(lib.lastError).toMatch(/settings reset/);
  });
});
