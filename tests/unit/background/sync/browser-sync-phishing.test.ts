/**
 * A hostile browser-sync peer (another browser on the account, or in Firefox a compromised
 * content script, which can write storage.sync there) cannot put its own words in our status
 * line (Options → Sync, the library's status line): a manifest naming an item by a sentence, a
 * record whose packed id or clock is a sentence, a settings item whose colour is one. Each was quoted
 * in the status as the peer wrote it, at any length; the status now names what failed in our
 * words only (an item key of our own shape, a field's path and what it expects).
 */
import { describe, expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import { createClock } from '@/utils/sync/hlc';
import { itemHash, MANIFEST_KEY } from '@/utils/sync/browser-sync-items';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { SETTINGS_SYNC_KEY } from '@/entrypoints/background/sync/settings-item';
import { testStore } from '../../store/helpers';
import { ManualTimers } from './fake-timers';
import { packText } from '@/utils/sync/cjk-pairs';

const PHISH = 'Your sync account is locked, sign in again at evil.example to keep your highlights';
const phished = (text: string) => /evil\.example|sign in again|account is locked/i.test(text);

async function device(shared: MemoryArea, timers: ManualTimers) {
  const library = await (
    await testStore()
  ).open({ now: timers.now, newDeviceId: () => 'dev-a', makeClock: (d) => createClock(d, timers.now) });
  const sync = new BrowserSync({ sync: shared, local: new MemoryArea(), library, ready: Promise.resolve(), timers });
  return { library, sync };
}

/** Items with a manifest that lists them as they are. */
function withManifest(items: Record<string, unknown>, listed = Object.keys(items), n = 1) {
  return {
    ...items,
    [MANIFEST_KEY]: { v: 2, k: listed.map((k) => [k, k in items ? itemHash(items[k]) : 'x']), n, t: 0 },
  };
}

/** A version-1 item of one record on one page, its record tuple changed by `edit`. */
function v1Item(edit: (tuple: unknown[]) => void, now: number) {
  const id = '00000000-0000-4000-8000-000000000001';
  const tuple: unknown[] = [0, id, packText('一句话'), '', '', 0, 3, now, 0, 0, 0, 0, '', [], 0, 0, 1];
  edit(tuple);
  return { v: 1, p: [['http://www.gov.cn/zhengce/a.htm', packText('标题')]], d: ['dev-b'], r: [tuple] };
}

/** Every status the rounds show until they write over the peer's items (torn-read retries first). */
async function statusesAfter(items: Record<string, unknown>): Promise<string[]> {
  const timers = new ManualTimers();
  const area = new MemoryArea();
  const a = await device(area, timers);
  await area.set(items);
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    await a.sync.syncNow().catch(() => undefined);
    const { lastError } = await a.sync.status();
    if (lastError) seen.push(lastError);
    await timers.advance(5_000);
  }
  return seen;
}

describe('a browser-sync peer’s words in our status', () => {
  test.each([
    ['a manifest naming an item by a sentence', (_now: number) => withManifest({}, [PHISH])],
    [
      'a record whose packed id is a sentence',
      (now: number) => withManifest({ h0: v1Item((t) => ((t[1] = PHISH), (t[8] = 4)), now) }),
    ],
    [
      'a record whose clock is a sentence',
      (now: number) => withManifest({ h0: v1Item((t) => ((t[7] = PHISH.slice(0, 60)), (t[8] = 8)), now) }),
    ],
    [
      'a settings item whose colour is a sentence',
      (now: number) => ({ [SETTINGS_SYNC_KEY]: { v: 1, at: now, by: 'zz', s: { lastColor: PHISH } } }),
    ],
  ])('%s: not shown', async (_what, items) => {
    const errors = await statusesAfter(items(new ManualTimers().now()));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter(phished)).toEqual([]);
  });
});
