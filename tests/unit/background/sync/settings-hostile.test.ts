/**
 * A hostile browser-sync peer's settings item (`st`), or one a Firefox content script wrote
 * (storage.sync is open to it there): a value no version of the settings has, the device-local
 * browser-sync switch, and a time so far ahead that the item would win every round. None may stop
 * the highlights' sync, switch sync off here, or pin the settings against the reader's changes.
 */
import { describe, expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import { testStore } from '../../store/helpers';
import { createClock } from '@/utils/sync/hlc';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { decideSettings, SETTINGS_SYNC_KEY, settingsHash } from '@/entrypoints/background/sync/settings-item';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { makeHighlight } from '../../sync/fixtures';
import { QuotaArea } from './quota-area';
import { ManualTimers } from './fake-timers';

async function device(shared: MemoryArea, timers: ManualTimers) {
  const library = await (
    await testStore()
  ).open({ now: timers.now, newDeviceId: () => 'dev-a', makeClock: (d) => createClock(d, timers.now) });
  const sync = new BrowserSync({ sync: shared, local: new MemoryArea(), library, ready: Promise.resolve(), timers });
  return { library, sync };
}

const draftOf = () => {
  const { clock: _c, created: _cr, updated: _u, deleted: _d, ...draft } = makeHighlight({ id: crypto.randomUUID() });
  return draft;
};

/** The highlights storage.sync holds after the round. */
const syncedIds = async (area: MemoryArea) => decodeFromSync(await area.get(null)).records.map((r) => r.id);

describe('a hostile settings item in storage.sync', () => {
  test('a value no settings have does not stop the highlights’ sync, and is not applied', async () => {
    const timers = new ManualTimers();
    const area = new MemoryArea();
    const a = await device(area, timers);
    await area.set({
      [SETTINGS_SYNC_KEY]: { v: 1, at: timers.now() + 1000, by: 'zz', s: { lastColor: 'ultraviolet', density: 'off' } },
    });
    const mine = await a.library.save(draftOf());
    await a.sync.syncNow().catch(() => undefined);
    expect(await syncedIds(area)).toEqual([mine.id]);
    expect(a.library.getSettings()).toMatchObject({ lastColor: 'yellow', density: 'cores' });
    expect((await a.sync.status()).lastError).toMatch(/settings/i);
  });

  test('a peer cannot switch browser sync off here (it is this device’s own setting)', async () => {
    const timers = new ManualTimers();
    const area = new MemoryArea();
    const a = await device(area, timers);
    await area.set({
      [SETTINGS_SYNC_KEY]: { v: 1, at: timers.now() + 1000, by: 'zz', s: { browserSync: false, lastColor: 'blue' } },
    });
    await a.sync.syncNow();
    expect(a.library.getSettings()).toMatchObject({ browserSync: true, lastColor: 'blue' });
    const mine = await a.library.save(draftOf());
    await a.sync.syncNow();
    expect(await syncedIds(area)).toEqual([mine.id]);
  });

  test('an item dated far ahead does not pin the settings: the reader’s change stays', async () => {
    const timers = new ManualTimers();
    const area = new MemoryArea();
    const a = await device(area, timers);
    await a.sync.syncNow();
    await area.set({
      [SETTINGS_SYNC_KEY]: { v: 1, at: Number.MAX_VALUE, by: '\uffff', s: { lastColor: 'green' } },
    });
    await a.sync.syncNow();
    expect(a.library.getSettings().lastColor).toBe('yellow');
    await a.library.updateSettings({ lastColor: 'pink' });
    await timers.advance(60_000);
    await a.sync.syncNow();
    expect(a.library.getSettings().lastColor).toBe('pink');
    expect((await a.sync.status()).lastError).toMatch(/ahead/i);
  });
});

describe('settings decision on items it cannot wholly read', () => {
  test('a newer version’s field is passed by, and the item is left as it is', () => {
    const item = { v: 1, at: 50, by: 'x', s: { lastColor: 'yellow', futureSwitch: true } };
    const d = decideSettings(DEFAULT_SETTINGS, { hash: settingsHash(DEFAULT_SETTINGS), at: 10 }, item, 'me', 100);
    expect(d).toMatchObject({ kind: 'write', item });
  });

  test('a partial item is applied once, then stays (no round applies it again)', () => {
    const item = { v: 1, at: 50, by: 'x', s: { categories: { heading: false } } };
    const state = { hash: settingsHash(DEFAULT_SETTINGS), at: 10 };
    const first = decideSettings(DEFAULT_SETTINGS, state, item, 'me', 100);
    expect(first.kind).toBe('apply-remote');
    const applied = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, heading: false } };
    const again = decideSettings(applied, { hash: settingsHash(applied), at: 50 }, item, 'me', 100);
    expect(again).toMatchObject({ kind: 'write', item });
  });

  test('settings too big for their item (a density for each of 400 sites) do not stop the highlights’ sync', async () => {
    // A reader who set the density on many sites, or a compromised content script that moves its
    // tab through 400 subdomains of its site setting its own host's density (settings/site-density).
    const timers = new ManualTimers();
    const area = new QuotaArea();
    const a = await device(area, timers);
    const densitySites = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`news-${i}.subdomain.example.com`, i % 2 ? 'full' : 'off'] as const),
    );
    await a.library.updateSettings({ densitySites });
    const mine = await a.library.save(draftOf());
    await a.sync.syncNow().catch(() => undefined);
    expect(await syncedIds(area)).toEqual([mine.id]);
    expect((await a.sync.status()).lastError).toMatch(/settings/i);
    // Smaller again: they sync.
    await a.library.updateSettings({ densitySites: {}, lastColor: 'blue' });
    await timers.advance(60_000);
    await a.sync.syncNow();
    expect((await area.get(SETTINGS_SYNC_KEY))[SETTINGS_SYNC_KEY]).toMatchObject({ s: { lastColor: 'blue' } });
    expect((await a.sync.status()).lastError).toBeNull();
  });
});
