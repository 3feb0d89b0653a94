/**
 * Issue 12 points 9 and 10: damaged or hostile browser-sync items. decodeFromSync never throws,
 * returns only records of items that match the manifest, and a one-letter change anywhere in a
 * stored record string never turns into a different record that would be merged.
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { parseHighlight, type Highlight } from '@/utils/highlights/record';
import { MemoryArea } from '@/utils/store/area';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { itemHash, MANIFEST_KEY } from '@/utils/sync/browser-sync-items';
import { createClock } from '@/utils/sync/hlc';
import { canonicalJson } from '@/utils/sync/merge';
import { refusalOf } from '@/utils/sync/admit';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { ManualTimers } from '../background/sync/fake-timers';
import { storedRows, testStore } from '../store/helpers';
import { libraryArb } from './arbitraries';
import { makeHighlight } from './fixtures';

type Item = { v: number; p: unknown[]; d: unknown[]; r: unknown[] };
type Manifest = { v: number; k: [string, string][]; n: number; t: number };

const lib: Highlight[] = Array.from({ length: 60 }, (_, i) =>
  makeHighlight({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    url: `https://www.gov.cn/zhengce/content/202401/t2024010${i % 4}_1.htm`,
    note: i % 3 ? `笔记 ${i}：要抓好落实` : '',
    tags: i % 2 ? ['改革', `t${i}`] : [],
  }),
);
const encoded = encodeForSync(lib).items;
// Small items, so that the library spans several and damage to one can be told from the rest.
const split = encodeForSync(lib, { maxItemBytes: 2048 }).items;
const original = new Set(lib.map((r) => canonicalJson(r)));

/** The items with one item replaced and the manifest's hash for it recomputed (as a writer would). */
function rehashed(items: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const manifest = structuredClone(items[MANIFEST_KEY]) as Manifest;
  manifest.k = manifest.k.map(([k, h]) => [k, k === key ? itemHash(value) : h]);
  return { ...items, [key]: value, [MANIFEST_KEY]: manifest };
}

describe('corrupt page and device tables (consistent hashes: the decoder must cope)', () => {
  const item = split.h0 as Item;
  const cases: [string, Partial<Item>][] = [
    ['page entry a number', { p: [5] }],
    ['page entry garbage letters', { p: ['"!!~~'] }],
    ['page entry a version-1 tuple in a version-2 item', { p: [['https://a.b/', 'x']] }],
    ['page entry cut short', { p: [(item.p[0] as string).slice(0, 3)] }],
    ['device entry a number', { d: [5] }],
    ['device entry a bad packed uuid', { d: ['~nope'] }],
    ['device table missing its devices', { d: [] }],
    ['page table empty', { p: [] }],
  ];
  for (const [name, patch] of cases) {
    it(`${name}: reported, never thrown; the other items still read`, () => {
      const items = rehashed(split, 'h0', { ...item, ...patch });
      let result: ReturnType<typeof decodeFromSync> | undefined;
      expect(() => (result = decodeFromSync(items))).not.toThrow();
      expect(result!.errors.join('\n')).toMatch(/item h0/);
      expect(result!.complete).toBe(false);
      for (const r of result!.records) expect(original.has(canonicalJson(r))).toBe(true);
      expect(result!.records.length).toBeGreaterThanOrEqual(lib.length - item.r.length);
    });
  }
});

describe('corrupt page and device tables (fuzz)', () => {
  // The records of every item but h0, as the decoder gives them when h0 is missing altogether.
  const { h0: _h0, ...withoutH0 } = split;
  const others = decodeFromSync(withoutH0).records.map((r) => canonicalJson(r));

  it('whatever a table entry holds: no throw, an error naming the item, every other item still read', () => {
    expect(Object.keys(split).length).toBeGreaterThan(3);
    expect(others.length).toBeGreaterThan(0);
    expect(others.length).toBeLessThan(lib.length);
    const h0 = split.h0 as Item;
    fc.assert(
      fc.property(
        fc.constantFrom('p' as const, 'd' as const),
        fc.nat(),
        fc.boolean(),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.string({ maxLength: 60 }),
          fc.string({ unit: fc.constantFrom(...'~!#$%()*+-/0189:;=?@AZ[]^_`az{|}'), maxLength: 60 }),
        ),
        (key, slot, append, value) => {
          const table = [...h0[key]];
          table.splice(append ? table.length : slot % table.length, append ? 0 : 1, value);
          let dec: ReturnType<typeof decodeFromSync> | undefined;
          expect(() => (dec = decodeFromSync(rehashed(split, 'h0', { ...h0, [key]: table })))).not.toThrow();
          const got = new Set(dec!.records.map((r) => canonicalJson(r)));
          for (const r of others) expect(got.has(r)).toBe(true);
          for (const r of dec!.records) expect(parseHighlight(r)).toEqual({ ok: true, value: r });
          if (got.size < lib.length) expect(dec!.errors.join('\n')).toMatch(/item h0/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('items that fail their hash are not read', () => {
  it('an item from another write: none of its records come back', () => {
    const other = encodeForSync(lib.slice(0, 5).map((r) => ({ ...r, note: 'other write' }))).items;
    const dec = decodeFromSync({ ...encoded, h0: other.h0 });
    expect(dec.errors.join()).toMatch(/h0 does not match the manifest/);
    expect(dec.records.some((r) => r.note === 'other write')).toBe(false);
  });

  it('items without a manifest are not read', () => {
    const { [MANIFEST_KEY]: _m, ...bare } = encoded;
    const dec = decodeFromSync(bare);
    expect(dec.records).toEqual([]);
    expect(dec.errors.join()).toMatch(/manifest hm is missing/);
  });

  test('1,000 one-letter changes to stored record strings: none decodes into a different record', () => {
    const keys = Object.keys(encoded).filter((k) => k !== MANIFEST_KEY);
    const letters = ' !#$%&()*+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}';
    let changed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.nat(),
        fc.nat(),
        fc.nat(letters.length - 1),
        (key, recordPick, positionPick, letterPick) => {
          const item = structuredClone(encoded[key]) as Item;
          const index = recordPick % item.r.length;
          const s = item.r[index] as string;
          const at = positionPick % s.length;
          const letter =
            letters[letterPick]! === s[at] ? letters[(letterPick + 1) % letters.length]! : letters[letterPick]!;
          item.r[index] = s.slice(0, at) + letter + s.slice(at + 1);
          changed++;
          const dec = decodeFromSync({ ...encoded, [key]: item });
          expect(dec.complete).toBe(false);
          for (const r of dec.records) expect(original.has(canonicalJson(r))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
    expect(changed).toBe(1000);
  });
});

/** Hostile items: JSON of any shape under our keys, and real items with values swapped out (hashes kept consistent). */
const hostileItemsArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.dictionary(
    fc.constantFrom('hm', 'h0', 'h1', 'h2', '__proto__', 'constructor', 'st'),
    fc.jsonValue({ maxDepth: 4 }),
  ),
  fc
    .record({
      library: libraryArb(6),
      key: fc.constantFrom('p', 'd', 'r'),
      slot: fc.nat(8),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.string({ maxLength: 60 }),
        fc.string({ unit: fc.constantFrom(...'!#$%()*+-/0189:;=?@AZ[]^_`az{|}'), maxLength: 200 }),
      ),
      manifestN: fc.option(fc.nat(20), { nil: undefined }),
    })
    .map(({ library, key, slot, value, manifestN }) => {
      const items = encodeForSync(library).items;
      const h0 = items.h0 as Item | undefined;
      if (!h0) return items;
      const list = [...h0[key]];
      list[slot % (list.length + 1)] = value;
      const out = rehashed(items, 'h0', { ...h0, [key]: list });
      if (manifestN !== undefined) (out[MANIFEST_KEY] as Manifest).n = manifestN;
      return out;
    }),
);

describe('hostile browser-sync items (fuzz)', () => {
  it('decodeFromSync never throws and returns only valid records', () => {
    fc.assert(
      fc.property(hostileItemsArb, (items) => {
        const dec = decodeFromSync(items);
        expect(Array.isArray(dec.errors)).toBe(true);
        for (const r of dec.records) expect(parseHighlight(r)).toEqual({ ok: true, value: r });
      }),
      { numRuns: 500 },
    );
  });

  it('a sync round over them never stores an invalid or out-of-bound record, and saving goes on', async () => {
    await fc.assert(
      fc.asyncProperty(hostileItemsArb, async (items) => {
        const timers = new ManualTimers();
        const shared = new MemoryArea();
        await shared.set(structuredClone(items));
        const store = await testStore();
        const library = await store.open({
          now: timers.now,
          newDeviceId: () => 'me',
          makeClock: (d) => createClock(d, timers.now),
        });
        const sync = new BrowserSync({
          sync: shared,
          local: new MemoryArea(),
          library,
          ready: Promise.resolve(),
          timers,
        });
        await sync.round();
        for (const { h: value } of await storedRows(store.db)) {
          const parsed = parseHighlight(value);
          expect(parsed.ok).toBe(true);
          expect(refusalOf(value, { now: timers.now() })).toBeNull();
        }
        await expect(library.save({ ...makeHighlight({ id: 'mine' }), note: 'still saves' })).resolves.toMatchObject({
          note: 'still saves',
        });
      }),
      { numRuns: 150 },
    );
  });
});
