/**
 * Browser sync over a library far larger than storage.sync holds: a round reads candidates by
 * index (never the whole library), writes the newest records, and the status says "N of M".
 */
import { expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import type { Highlight } from '@/utils/highlights/record';
import { createClock, formatClock } from '@/utils/sync/hlc';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { FIRST_CANDIDATES } from '@/entrypoints/background/sync/browser-sync-outgoing';
import { testStore, withoutWholeReads } from '../../store/helpers';
import { makeHighlight } from '../../sync/fixtures';
import { ManualTimers } from './fake-timers';

const RECORDS = FIRST_CANDIDATES + 1_000;

test('the mirror holds the newest records, the status says N of M, and no round reads everything', async () => {
  const timers = new ManualTimers();
  const start = timers.now() - 10 * 86_400_000;
  const records: Highlight[] = Array.from({ length: RECORDS }, (_, i) => {
    const at = start + i * 60_000;
    return makeHighlight({
      id: `r${String(i).padStart(5, '0')}`,
      url: `https://www.gov.cn/zhengce/content/2024/t${Math.floor(i / 10)}.htm`,
      position: { start: 100 + (i % 10) * 20, end: 111 + (i % 10) * 20 },
      note: `第${i}条`,
      created: at,
      updated: at,
      clock: formatClock({ wallMs: at, counter: 0, deviceId: 'dev-a' }),
    });
  });
  const library = await (
    await testStore(timers.now())
  ).open({ now: timers.now, newDeviceId: () => 'dev-a', makeClock: (d) => createClock(d, timers.now) });
  await library.importRecords(records);
  // An old highlight edited today is among the newest by clock.
  const edited = await library.update('r00005', { note: 'edited today' });

  const area = new MemoryArea();
  const sync = new BrowserSync({
    sync: area,
    local: new MemoryArea(),
    library: withoutWholeReads(library),
    ready: Promise.resolve(),
    timers,
    encodeOptions: { quotaBytes: 24_000, reserveBytes: 2_000 },
  });
  await sync.syncNow();
  const status = await sync.status();
  expect(status.lastError).toBeNull();
  expect(status.total).toBe(RECORDS);
  expect(status.synced).toBeGreaterThan(10);
  expect(status.synced).toBeLessThan(RECORDS);

  const synced = decodeFromSync(await area.get(null)).records;
  expect(synced).toHaveLength(status.synced);
  // Exactly the newest by clock: the edited one and the last ones created.
  const newest = [edited, ...records.slice(-(status.synced - 1)).reverse()].map((r) => r.id);
  expect(synced.map((r) => r.id).sort()).toEqual(newest.sort());
  expect(synced.find((r) => r.id === 'r00005')?.note).toBe('edited today');
}, 60_000);
