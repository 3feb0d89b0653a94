import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Highlight } from '@/utils/highlights/record';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { encodeForSync, type SyncEncodeOptions } from '@/utils/sync/browser-sync-encoding';
import { diffSyncItems, isSyncItemKey, itemHash, MANIFEST_KEY } from '@/utils/sync/browser-sync-items';
import { packUuid, unpackUuid } from '@/utils/sync/browser-sync-pages';
import { SYNC_LIMITS } from '@/utils/sync/sync-quota';
import { compareClocks } from '@/utils/sync/hlc';
import { packText } from '@/utils/sync/cjk-pairs';
import { canonicalJson } from '@/utils/sync/merge';
import { plainItemBytes, syncItemBytes } from '@/utils/sync/sync-quota';
import { highlightArb, libraryArb } from './arbitraries';
import { makeHighlight } from './fixtures';

/** What storage.sync hands back: a JSON copy. */
const throughStorage = (items: Record<string, unknown>) => JSON.parse(JSON.stringify(items)) as Record<string, unknown>;
const byId = (records: readonly Highlight[]) => new Map(records.map((r) => [r.id, canonicalJson(r)]));

function expectWithinLimits(items: Record<string, unknown>, o: Required<Omit<SyncEncodeOptions, 'storedBytes'>>) {
  const entries = Object.entries(items);
  let total = 0;
  for (const [key, value] of entries) {
    const size = syncItemBytes(key, value);
    expect(plainItemBytes(key, value)).toBeLessThanOrEqual(size);
    expect(size).toBeLessThanOrEqual(o.maxItemBytes);
    total += size;
  }
  expect(total).toBeLessThanOrEqual(o.quotaBytes - o.reserveBytes);
  expect(entries.length).toBeLessThanOrEqual(o.maxItems - o.reserveItems);
}

describe('uuid packing', () => {
  it('round-trips any uuid in 22 characters', () => {
    fc.assert(
      fc.property(fc.uuid(), (u) => {
        expect(packUuid(u)).toHaveLength(22);
        expect(unpackUuid(packUuid(u))).toBe(u);
      }),
    );
  });
});

describe('encodeForSync / decodeFromSync', () => {
  it('round-trips every included record field by field, through a JSON copy', () => {
    fc.assert(
      fc.property(libraryArb(25), (lib) => {
        const enc = encodeForSync(lib);
        const dec = decodeFromSync(throughStorage(enc.items));
        expect(dec.errors).toEqual([]);
        expect(dec.complete).toBe(true);
        const excluded = new Set(enc.excludedIds);
        const expected = byId(lib.filter((r) => !excluded.has(r.id)));
        expect(byId(dec.records)).toEqual(expected);
        expect(enc.included).toBe(expected.size);
        expect(enc.total).toBe(lib.length);
      }),
      { numRuns: 150 },
    );
  });

  it('never exceeds the per-item, total or item-count limits it is given, and keeps the newest', () => {
    const limitsArb = fc.record({
      quotaBytes: fc.integer({ min: 500, max: 102_400 }),
      maxItemBytes: fc.integer({ min: 200, max: 8_192 }),
      maxItems: fc.integer({ min: 2, max: 40 }),
      reserveBytes: fc.integer({ min: 0, max: 400 }),
      reserveItems: fc.integer({ min: 0, max: 2 }),
      maxTombstones: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(libraryArb(40), limitsArb, (lib, limits) => {
        const enc = encodeForSync(lib, limits);
        expectWithinLimits(enc.items, limits);
        const dec = decodeFromSync(throughStorage(enc.items));
        expect(dec.errors).toEqual([]);
        const included = new Set(dec.records.map((r) => r.id));
        // Newest first: anything left out that is newer than something kept must have been left
        // out for its own reason (too big alone, or over the tombstone cap).
        const keptClocks = dec.records.map((r) => r.clock);
        for (const r of lib) {
          if (included.has(r.id)) continue;
          const newerThanKept = keptClocks.some((c) => compareClocks(r.clock, c) > 0);
          if (!newerThanKept) continue;
          const alone = encodeForSync([r], { ...limits, quotaBytes: 10 ** 9, maxItems: 10 ** 6 });
          expect(alone.included === 0 || r.deleted === true).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('fits a full-size library within the real quota', () => {
    fc.assert(
      fc.property(fc.array(highlightArb, { minLength: 150, maxLength: 300 }), (lib) => {
        const enc = encodeForSync(lib);
        expectWithinLimits(enc.items, SYNC_LIMITS);
        expect(enc.bytes).toBe(Object.entries(enc.items).reduce((s, [k, v]) => s + syncItemBytes(k, v), 0));
      }),
      { numRuns: 5 },
    );
  });

  it('leaves out the oldest records first when the quota is small', () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      makeHighlight({
        id: `r${i}`,
        note: '注释'.repeat(20),
        updated: 1_700_000_000_000 + i,
        clock: `${String(1_700_000_000_000 + i).padStart(15, '0')}:000000:dev`,
      }),
    );
    const enc = encodeForSync(records, { quotaBytes: 6_000, reserveBytes: 0 });
    expect(enc.included).toBeGreaterThan(0);
    expect(enc.included).toBeLessThan(60);
    const kept = decodeFromSync(enc.items)
      .records.map((r) => r.id)
      .sort();
    const newest = records
      .slice(60 - enc.included)
      .map((r) => r.id)
      .sort();
    expect(kept).toEqual(newest);
    expect(enc.excludedIds.sort()).toEqual(
      records
        .slice(0, 60 - enc.included)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('leaves out a record too large for any item without dropping older ones', () => {
    const huge = makeHighlight({
      id: 'huge',
      quote: { exact: '长'.repeat(20000), prefix: '', suffix: '' },
      clock: '001800000000000:000000:dev',
    });
    const small = makeHighlight({ id: 'small' });
    const enc = encodeForSync([huge, small]);
    expect(enc.excludedIds).toEqual(['huge']);
    expect(decodeFromSync(enc.items).records.map((r) => r.id)).toEqual(['small']);
  });

  it('keeps article null, absent and present apart for records of the same page', () => {
    const base = { url: 'https://www.gov.cn/a.htm', title: '通知', site: 'www.gov.cn' };
    const withNull = makeHighlight({ ...base, id: 'a', article: null });
    const without = makeHighlight({ ...base, id: 'b' });
    delete without.article;
    const withMeta = makeHighlight({ ...base, id: 'c', article: { title: '通知', language: 'zh-CN', keywords: [] } });
    const enc = encodeForSync([withNull, without, withMeta]);
    const byId = new Map(decodeFromSync(enc.items).records.map((r) => [r.id, r]));
    expect(byId.get('a')).toEqual(withNull);
    expect(byId.get('b')).toEqual(without);
    expect('article' in byId.get('b')!).toBe(false);
    expect(byId.get('c')).toEqual(withMeta);
  });

  it('caps tombstones at the newest maxTombstones', () => {
    const tombs = Array.from({ length: 5 }, (_, i) =>
      makeHighlight({ id: `t${i}`, deleted: true, clock: `00170000000000${i}:000000:dev` }),
    );
    const enc = encodeForSync(tombs, { maxTombstones: 2 });
    expect(
      decodeFromSync(enc.items)
        .records.map((r) => r.id)
        .sort(),
    ).toEqual(['t3', 't4']);
  });

  it('excludes invalid input records instead of writing them', () => {
    const bad = { ...makeHighlight({ id: 'bad' }), position: { start: 5, end: 5 } };
    const enc = encodeForSync([bad, makeHighlight({ id: 'ok' })]);
    expect(enc.excludedIds).toEqual(['bad']);
    expect(enc.included).toBe(1);
  });

  it('writes one manifest plus h0…hN keys', () => {
    const enc = encodeForSync([makeHighlight()]);
    expect(Object.keys(enc.items).sort()).toEqual(['h0', 'hm']);
    expect(Object.keys(encodeForSync([]).items)).toEqual([MANIFEST_KEY]);
    expect(decodeFromSync(encodeForSync([]).items)).toEqual({ records: [], errors: [], complete: true });
  });
});

describe('decodeFromSync on damaged input', () => {
  const lib = Array.from({ length: 80 }, (_, i) => makeHighlight({ id: `r${i}`, note: '笔记'.repeat(30) }));
  const enc = encodeForSync(lib);

  it('reports a missing item and still returns the rest', () => {
    expect(Object.keys(enc.items).length).toBeGreaterThan(2);
    const { h1: _dropped, ...partial } = enc.items;
    const dec = decodeFromSync(partial);
    expect(dec.complete).toBe(false);
    expect(dec.errors.join()).toMatch(/h1 is missing/);
    expect(dec.records.length).toBeGreaterThan(0);
    expect(dec.records.length).toBeLessThan(enc.included);
  });

  it('reports an item from another write (hash mismatch)', () => {
    const other = encodeForSync(lib.slice(0, 3));
    const dec = decodeFromSync({ ...enc.items, h0: other.items.h0 });
    expect(dec.errors.join()).toMatch(/h0 does not match the manifest/);
  });

  it('reports a newer encoding version without reading', () => {
    const dec = decodeFromSync({ ...enc.items, hm: { ...(enc.items.hm as object), v: 99 } });
    expect(dec.records).toEqual([]);
    expect(dec.errors[0]).toMatch(/version 99/);
  });

  it('reports garbage records and invalid decoded records without throwing', () => {
    const item = structuredClone(enc.items.h0) as { r: unknown[] };
    item.r[0] = 'garbage';
    item.r[1] = 42;
    const dec = decodeFromSync({ h0: item, hm: { v: 2, k: [['h0', itemHash(item)]], n: 1, t: 1 } });
    expect(dec.errors.some((e) => /record 0/.test(e))).toBe(true);
    expect(dec.errors.some((e) => /record 1: bad record/.test(e))).toBe(true);
    expect(dec.records.length).toBe(item.r.length - 2);
  });

  it('still reads version 1 items (positional tuples) and reports their invalid records', () => {
    const page = ['https://www.gov.cn/zhengce/a.htm', packText('标题')];
    const tuple = (id: string, length: number) => [
      0,
      id,
      packText('引文'),
      '',
      '',
      10,
      length,
      '001700000000000:000000:dev',
      8,
    ];
    const v1 = { v: 1, p: [page], d: [], r: [tuple('good', 2), tuple('bad', 0)] };
    const dec = decodeFromSync({ h0: v1, hm: { v: 1, k: [['h0', itemHash(v1)]], n: 2, t: 2 } });
    expect(dec.records.map((r) => [r.id, r.title, r.site, r.quote.exact, r.position])).toEqual([
      ['good', '标题', 'www.gov.cn', '引文', { start: 10, end: 12 }],
    ]);
    expect(dec.errors.some((e) => /record 1: position/.test(e))).toBe(true);
  });

  it('reports a malformed manifest or item', () => {
    expect(decodeFromSync({ hm: 'nonsense' }).errors).toEqual(['manifest hm is not valid']);
    expect(decodeFromSync({ h0: 5 }).errors.join()).toMatch(/manifest hm is missing.*|h0 is not an object/);
  });
});

describe('diffSyncItems', () => {
  it('sets only changed items and removes only our stale keys', () => {
    const a = encodeForSync([makeHighlight({ id: 'a' })]).items;
    const b = encodeForSync([
      makeHighlight({ id: 'a' }),
      makeHighlight({ id: 'b', url: 'https://other.example/x' }),
    ]).items;
    const diff = diffSyncItems({ ...a, h7: {}, settings: { x: 1 } }, b);
    expect(Object.keys(diff.set).sort()).toEqual(['h0', 'hm']);
    expect(diff.remove).toEqual(['h7']);
    expect(diffSyncItems(b, structuredClone(b))).toEqual({ set: {}, remove: [] });
  });

  it('applying the diff to the old items gives the new items', () => {
    fc.assert(
      fc.property(libraryArb(15), libraryArb(15), (x, y) => {
        const oldItems = encodeForSync(x, { maxItemBytes: 1_000 }).items;
        const newItems = encodeForSync(y, { maxItemBytes: 1_000 }).items;
        const { set, remove } = diffSyncItems(oldItems, newItems);
        const applied: Record<string, unknown> = { ...oldItems, ...set };
        for (const k of remove) delete applied[k];
        expect(canonicalJson(applied)).toBe(canonicalJson(newItems));
      }),
      { numRuns: 50 },
    );
  });

  it('isSyncItemKey recognizes only the encoding keys', () => {
    expect(['hm', 'h0', 'h12'].every(isSyncItemKey)).toBe(true);
    expect(['settings', 'h', 'hx', 'hl:1'].some(isSyncItemKey)).toBe(false);
  });
});

describe('sync bench (figures printed by scripts/bench/sync.ts)', () => {
  it('fits at least 400 typical highlights (over 5x the plain-JSON baseline), losslessly', async () => {
    const { runSyncBench } = await import('@/scripts/bench/sync');
    const r = runSyncBench(600);
    expect(r.roundTripOk).toBe(true);
    expect(r.encodedCount).toBeGreaterThanOrEqual(400);
    expect(r.encodedCount).toBeGreaterThan(5 * r.baselineCount);
    // The bench also packs every count it tries with DEFLATE: seconds on a loaded 2-core machine.
  }, 60_000);
});
