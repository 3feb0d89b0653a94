/**
 * BrowserSync over a shared storage.sync stand-in that behaves like Chrome's where it matters:
 * values come back with object keys sorted, and every write notifies the other devices.
 */
import { describe, expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import type { Library } from '@/utils/store/library';
import { testStore } from '../../store/helpers';
import { createClock } from '@/utils/sync/hlc';
import { canonicalJson } from '@/utils/sync/merge';
import type { HighlightDraft } from '@/utils/messages';
import { BrowserSync, LOCAL_CHANGE_DELAY_MS } from '@/entrypoints/background/sync/browser-sync';
import { createWriteBudget } from '@/entrypoints/background/sync/budget';
import { decideSettings, SETTINGS_SYNC_KEY, settingsHash } from '@/entrypoints/background/sync/settings-item';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { ManualTimers } from './fake-timers';

const sortKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
        )
      : v;

/** storage.sync as Chrome gives it back, with a write counter and change listeners. */
class ChromeLikeSyncArea extends MemoryArea {
  writes = 0;
  listeners: ((keys: string[]) => void)[] = [];
  override async get(keys?: string | string[] | null) {
    return sortKeys(await super.get(keys)) as Record<string, unknown>;
  }
  override async set(items: Record<string, unknown>) {
    this.writes++;
    await super.set(items);
    for (const l of this.listeners) l(Object.keys(items));
  }
  override async remove(keys: string | string[]) {
    this.writes++;
    await super.remove(keys);
    for (const l of this.listeners) l(typeof keys === 'string' ? [keys] : keys);
  }
}

const URL_ = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
const draft = (id: string, over: Partial<HighlightDraft> = {}): HighlightDraft => ({
  id,
  url: URL_,
  title: '提能善为',
  site: 'dangpai.people.com.cn',
  quote: { exact: `各级统战部门要在党委领导下 ${id}`, prefix: '——', suffix: ',充分发挥' },
  position: { start: 100, end: 113 },
  color: 'yellow',
  note: '',
  tags: [],
  ...over,
});

async function device(name: string, shared: ChromeLikeSyncArea, timers: ManualTimers, encodeOptions = {}) {
  const local = new MemoryArea();
  const library = await (
    await testStore()
  ).open({ now: timers.now, newDeviceId: () => name, makeClock: (d) => createClock(d, timers.now) });
  const ready = Promise.resolve();
  const sync = new BrowserSync({ sync: shared, local, library, ready, timers, encodeOptions });
  library.onChange = () => sync.localChanged();
  shared.listeners.push((keys) => sync.remoteChanged(keys));
  return { library, sync, local };
}

const snapshot = async (lib: Library) => (await lib.all()).map((r) => canonicalJson(r)).sort();

describe('browser sync rounds', () => {
  test('a highlight reaches the other device through onChanged alone, and nothing loops', async () => {
    const timers = new ManualTimers();
    const area = new ChromeLikeSyncArea();
    const a = await device('dev-a', area, timers);
    const b = await device('dev-b', area, timers);
    await a.library.save(draft('one'));
    await timers.advance(LOCAL_CHANGE_DELAY_MS + 5_000);
    expect((await b.library.get('one'))?.quote.exact).toContain('one');
    const writes = area.writes;
    // Quiet after convergence: rounds triggered by the last writes find nothing to write.
    await timers.advance(60_000);
    expect(area.writes).toBe(writes);
    expect(await snapshot(a.library)).toEqual(await snapshot(b.library));
    expect((await a.sync.status()).lastError).toBeNull();
    expect(await a.sync.status()).toMatchObject({ synced: 1, total: 1, enabled: true });
  });

  test('concurrent edits and a delete converge on both devices', async () => {
    const timers = new ManualTimers();
    const area = new ChromeLikeSyncArea();
    const a = await device('dev-a', area, timers);
    const b = await device('dev-b', area, timers);
    await a.library.save(draft('x'));
    await a.library.save(draft('y'));
    await timers.advance(20_000);
    await a.library.save(draft('x', { note: 'A' }));
    timers.now(); // same instant on both
    await b.library.save(draft('x', { color: 'pink' }));
    await b.library.delete('y');
    await timers.advance(60_000);
    expect(await snapshot(a.library)).toEqual(await snapshot(b.library));
    expect(await a.library.get('x')).toMatchObject({ color: 'pink', note: '' });
    expect((await a.library.get('y'))?.deleted).toBe(true);
  });

  test('a peer’s record naming another site than its address’s is kept with its own site, and the status says so', async () => {
    const timers = new ManualTimers();
    const area = new ChromeLikeSyncArea();
    const a = await device('dev-a', area, timers); // a hostile peer: its library writes what it likes
    const b = await device('dev-b', area, timers);
    await a.library.save(draft('mislabelled', { site: 'www.gov.uk' }));
    await timers.advance(LOCAL_CHANGE_DELAY_MS + 5_000);
    const got = await b.library.get('mislabelled');
    expect(got?.quote.exact).toContain('mislabelled');
    expect(got?.site).toBe('dangpai.people.com.cn');
    expect((await b.sync.status()).lastError).toMatch(/1 highlight.*site/);
  });

  test('when the library outgrows the quota the newest records are synced and the count says so', async () => {
    const timers = new ManualTimers();
    const area = new ChromeLikeSyncArea();
    const a = await device('dev-a', area, timers, { quotaBytes: 12_000, reserveBytes: 2_000 });
    for (let i = 0; i < 60; i++)
      await a.library.save(draft(`r${String(i).padStart(2, '0')}`, { note: 'n'.repeat(100) }));
    await a.sync.syncNow();
    const s = await a.sync.status();
    expect(s.total).toBe(60);
    expect(s.synced).toBeGreaterThan(0);
    expect(s.synced).toBeLessThan(60);
    const b = await device('dev-b', area, timers);
    await b.sync.syncNow();
    const got = (await b.library.list()).map((r) => r.id).sort();
    expect(got).toHaveLength(s.synced);
    expect(got.at(-1)).toBe('r59'); // the newest made it
  });

  test('writes wait for the write budget instead of failing', async () => {
    const timers = new ManualTimers();
    const area = new ChromeLikeSyncArea();
    const local = new MemoryArea();
    const library = await (
      await testStore()
    ).open({ now: timers.now, newDeviceId: () => 'dev-a', makeClock: (d) => createClock(d, timers.now) });
    const ready = Promise.resolve();
    const budget = createWriteBudget({ perMinute: 3, perHour: 100, margin: 0, now: timers.now });
    const sync = new BrowserSync({ sync: area, local, library, ready, timers, budget });
    for (let i = 0; i < 5; i++) {
      await library.save(draft(`b${i}`));
      await sync.syncNow();
    }
    expect(area.writes).toBe(3);
    expect((await sync.status()).lastError).toMatch(/write limit/);
    await timers.advance(61_000);
    expect(area.writes).toBe(4);
    expect((await sync.status()).synced).toBe(5);
  });

  test('settings travel (last writer wins), the browser-sync switch does not; off means no writes', async () => {
    const timers = new ManualTimers();
    const area = new ChromeLikeSyncArea();
    const a = await device('dev-a', area, timers);
    const b = await device('dev-b', area, timers);
    await a.sync.syncNow();
    await b.sync.syncNow();
    await timers.advance(1000);
    await a.library.updateSettings({ lastColor: 'blue' });
    await a.sync.syncNow();
    await timers.advance(5000);
    expect(b.library.getSettings().lastColor).toBe('blue');
    await timers.advance(1000);
    await b.library.updateSettings({ lastColor: 'green', browserSync: false });
    const writes = area.writes;
    await b.sync.syncNow();
    expect(area.writes).toBe(writes); // b is off: it neither reads nor writes
    await a.sync.syncNow();
    expect(a.library.getSettings()).toMatchObject({ lastColor: 'blue', browserSync: true });
  });
});

describe('settings decision', () => {
  const remote = (at: number, by: string, lastColor: string) => ({
    v: 1,
    at,
    by,
    s: { ...DEFAULT_SETTINGS, lastColor, browserSync: undefined },
  });

  test('a device that never synced takes the synced settings', () => {
    const d = decideSettings(DEFAULT_SETTINGS, null, remote(5, 'x', 'blue'), 'me', 100);
    expect(d).toMatchObject({ kind: 'apply-remote', at: 5, patch: { lastColor: 'blue' } });
  });

  test('a local change beats an older or even a clock-skewed newer remote item', () => {
    const mine = { ...DEFAULT_SETTINGS, lastColor: 'pink' as const };
    const state = { hash: settingsHash(DEFAULT_SETTINGS), at: 10 };
    const d = decideSettings(mine, state, remote(500, 'x', 'blue'), 'me', 100);
    expect(d).toMatchObject({ kind: 'write', item: { at: 501, by: 'me', s: { lastColor: 'pink' } } });
    expect(d.kind === 'write' && d.item.s).not.toHaveProperty('browserSync');
  });

  test('unchanged settings give way to a newer remote item and stay when it is older', () => {
    const state = { hash: settingsHash(DEFAULT_SETTINGS), at: 10 };
    expect(decideSettings(DEFAULT_SETTINGS, state, remote(11, 'x', 'blue'), 'me', 100).kind).toBe('apply-remote');
    const older = decideSettings(DEFAULT_SETTINGS, state, remote(9, 'x', 'blue'), 'me', 100);
    expect(older).toMatchObject({ kind: 'write', item: { at: 10, by: 'me' } });
    expect(decideSettings(DEFAULT_SETTINGS, state, { junk: true }, 'me', 100)).toMatchObject({ kind: 'write' });
    void SETTINGS_SYNC_KEY;
  });
});
