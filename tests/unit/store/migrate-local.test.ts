/**
 * Migration 2 (storage.local → IndexedDB): nothing lost, invalid records set aside with the
 * reason, secrets out of storage.local, and a migration stopped anywhere resumes on the next
 * start without losing or duplicating a record.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import { LEGACY_KEYS, SCHEMA_VERSION } from '@/utils/store/schema';
import type { KeyValueArea } from '@/utils/store/area';
import { secretArea } from '@/utils/store/secret-area';
import { compareClocks, MAX_CLOCK_SKEW_MS, parseClock } from '@/utils/sync/hlc';
import { draft, interceptPuts, storedRowCount, testStore } from './helpers';

const v1Record = (i: number, over: Partial<Highlight> = {}): Highlight => ({
  ...draft(`r${i}`, {
    url: `http://www.gov.cn/zhengce/${i % 7}.htm`,
    quote: { exact: `第${i}条：推进城市更新行动`, prefix: '', suffix: '' },
    position: { start: i * 10, end: i * 10 + 9 },
    note: i % 3 ? '' : `note ${i}`,
    tags: i % 4 ? [] : ['重点'],
  }),
  created: 1_600_000_000_000 + i,
  updated: 1_600_000_000_000 + i,
  clock: `${String(1_600_000_000_000 + i).padStart(15, '0')}:000000:old-device`,
  ...(i % 10 === 9 && { deleted: true }),
  ...over,
});

async function seedV1(legacy: KeyValueArea, n: number) {
  const records = Array.from({ length: n }, (_, i) => v1Record(i));
  await legacy.set({
    [LEGACY_KEYS.meta]: { schemaVersion: 1, deviceId: 'old-device' },
    settings: { lastColor: 'green', disabledSites: ['example.com'] },
    'sync:server': {
      url: 'https://couch.example',
      db: 'hl',
      username: 'u',
      password: 's3cret',
      encrypted: false,
      configId: 'c1',
    },
    'sync:browser': { settings: null, lastSync: 5 },
    ...Object.fromEntries(records.map((r) => [`h:${r.id}`, r])),
  });
  return records;
}

const sortById = (rs: readonly Highlight[]) => [...rs].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('migration from storage.local (schema 1)', () => {
  test('moves every record, the settings and the sync secrets; sets aside what is invalid', async () => {
    const store = await testStore();
    const records = await seedV1(store.legacy, 40);
    await store.legacy.set({
      'h:broken': { id: 'broken', color: 'ultraviolet' },
      'h:x': 42,
      'h:wrong-key': v1Record(99),
      'bad:h:older': { key: 'h:older', error: 'from schema 1', value: { id: 'older' }, at: 3 },
    });
    const lib = await store.open();
    expect(sortById(await lib.all())).toEqual(sortById(records));
    expect(lib.meta?.deviceId).toBe('old-device');
    expect(lib.getSettings()).toMatchObject({ lastColor: 'green', disabledSites: ['example.com'] });
    expect(await secretArea(store.db).get(null)).toMatchObject({
      'sync:server': { password: 's3cret' },
      'sync:browser': { lastSync: 5 },
    });

    const quarantined = await store.db.getAll('quarantine');
    expect(quarantined.map((q) => q.key).sort()).toEqual(['h:broken', 'h:older', 'h:wrong-key', 'h:x']);
    expect(quarantined.find((q) => q.key === 'h:wrong-key')?.error).toMatch(/does not match its key/);
    expect(quarantined.find((q) => q.key === 'h:broken')?.value).toEqual({ id: 'broken', color: 'ultraviolet' });
    expect((await lib.stats()).quarantined).toBe(4);

    // storage.local keeps only the version (so an older extension refuses to write) and the settings.
    expect([...store.legacy.data.keys()].sort()).toEqual(['meta', 'settings']);
    expect(store.legacy.data.get('meta')).toEqual({ schemaVersion: SCHEMA_VERSION, deviceId: 'old-device' });
    // A new edit orders after every migrated clock.
    expect((await lib.save(draft('new'))).clock > records.at(-1)!.clock).toBe(true);
  });

  test('records an older version took in with hostile clocks are set aside through the admit gate', async () => {
    const store = await testStore();
    const records = await seedV1(store.legacy, 5);
    const now = store.now();
    const wall = (ms: number) => `${String(ms).padStart(15, '0')}:000000:peer`;
    const hostile = {
      jam: v1Record(50, { id: 'jam', clock: '999999999999999:999998:x' }),
      far: v1Record(51, { id: 'far', clock: wall(Date.UTC(9999, 0, 1)) }),
      zzz: v1Record(52, { id: 'zzz', clock: 'zzz' }),
      later: v1Record(53, { id: 'later', created: now + 2 * MAX_CLOCK_SKEW_MS }),
    };
    // Within the bound (a device a few hours ahead): the reader's own record, moved like any other.
    const ahead = v1Record(54, { id: 'ahead', clock: wall(now + MAX_CLOCK_SKEW_MS / 2) });
    await store.legacy.set({
      ...Object.fromEntries(Object.values(hostile).map((r) => [`h:${r.id}`, r])),
      'h:ahead': ahead,
    });
    const lib = await store.open();

    expect(sortById(await lib.all())).toEqual(sortById([...records, ahead]));
    const quarantined = await store.db.getAll('quarantine');
    expect(quarantined.map((q) => q.key).sort()).toEqual(['h:far', 'h:jam', 'h:later', 'h:zzz']);
    for (const q of quarantined) {
      expect(q.error).toMatch(/^refused: /);
      expect(q.value).toEqual(hostile[q.key.slice(2) as keyof typeof hostile]);
    }
    expect((await lib.stats()).quarantined).toBe(4);
    expect([...store.legacy.data.keys()].filter((k) => k.startsWith('h:'))).toEqual([]);
    // The device clock learned none of them: a new edit is stamped near the wall clock, and after
    // the record within the bound.
    const saved = await lib.save(draft('new'));
    expect(parseClock(saved.clock).wallMs).toBeLessThanOrEqual(now + MAX_CLOCK_SKEW_MS);
    expect(compareClocks(saved.clock, ahead.clock)).toBe(1);
    // Saving and deleting keep working after a restart.
    const restarted = await store.open();
    await expect(restarted.delete('new')).resolves.toMatchObject({ deleted: true });
  });

  test('a stop after some batches resumes where it was', async () => {
    const store = await testStore();
    const records = await seedV1(store.legacy, 25);
    let batches = 0;
    const stop = async () => {
      if (++batches === 2) throw new Error('worker stopped');
    };
    await expect(store.open({ afterBatch: stop, batchSize: 10 })).rejects.toThrow(/worker stopped/);
    const left = [...store.legacy.data.keys()].filter((k) => k.startsWith('h:')).length;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(25);
    const lib = await store.open();
    expect(sortById(await lib.all())).toEqual(sortById(records));
    expect(await storedRowCount(store.db)).toBe(25);
  });

  test('a stop anywhere (storage.local call or IndexedDB write) loses and duplicates nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), fc.nat(40), fc.boolean(), async (n, stopAt, inIdb) => {
        const store = await testStore();
        const records = await seedV1(store.legacy, n);
        let calls = 0;
        const stopping = inIdb ? null : stoppingArea(store.legacy, () => ++calls === stopAt);
        const restore = inIdb
          ? interceptPuts(() => {
              if (++calls === stopAt) throw new Error('worker stopped');
            })
          : () => undefined;
        try {
          await store.open({ legacy: stopping ?? store.legacy, batchSize: 4 }).catch(() => undefined);
        } finally {
          restore();
        }
        const lib = await store.open({ batchSize: 4 });
        expect(sortById(await lib.all())).toEqual(sortById(records));
        expect(await storedRowCount(store.db)).toBe(n);
        expect([...store.legacy.data.keys()].filter((k) => k.startsWith('h:') || k.startsWith('sync:'))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

/** storage.local that throws at one call (the moment the worker stops). */
function stoppingArea(area: KeyValueArea, stopNow: () => boolean): KeyValueArea {
  const guard =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      if (stopNow()) throw new Error('worker stopped');
      return f(...a);
    };
  return {
    get: guard((k) => area.get(k)),
    set: guard((i) => area.set(i)),
    remove: guard((k) => area.remove(k)),
  };
}
