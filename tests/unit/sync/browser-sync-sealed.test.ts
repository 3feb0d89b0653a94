/**
 * Browser-sync items sealed with a passphrase (utils/sync/browser-sync-sealed.ts): the compact
 * encoding, then AES-GCM per item bound to its key. Sealed, the items must still fit Chrome's
 * quotas as counted (the encoding packs against the sealed size), read back field for field,
 * name no page, text or site, and refuse a ciphertext moved to another item, changed, or plain.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { isSyncItemKey } from '@/utils/sync/browser-sync-items';
import { isSealedValue, openItems, sealedItemBytes, sealItems } from '@/utils/sync/browser-sync-sealed';
import { deriveKey } from '@/utils/sync/crypto';
import { canonicalJson } from '@/utils/sync/merge';
import { SYNC_LIMITS, syncItemBytes } from '@/utils/sync/sync-quota';
import { libraryArb } from './arbitraries';
import { makeHighlight } from './fixtures';

const throughStorage = (items: Record<string, unknown>) => JSON.parse(JSON.stringify(items)) as Record<string, unknown>;
const salt = new Uint8Array(16).fill(7);
const keyP = deriveKey('correct horse', salt);
const sealable = (k: string) => isSyncItemKey(k) || k === 'st';

describe('sealed browser-sync items', () => {
  it('sealedItemBytes is never under what Chrome counts for the sealed item', async () => {
    const key = await keyP;
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.constantFrom('h0', 'h12', 'hm', 'st', 'f:f-0123456789abcdef'),
        async (v, k) => {
          const value = JSON.parse(JSON.stringify(v ?? null)) as unknown;
          const sealed = (await sealItems(key, { [k]: value }))[k];
          expect(syncItemBytes(k, sealed)).toBeLessThanOrEqual(sealedItemBytes(k, syncItemBytes(k, value)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('round-trips the encoding sealed, within every limit as stored, and names nothing', async () => {
    const key = await keyP;
    const limits = { maxItemBytes: 700, quotaBytes: 6_000, reserveBytes: 500 };
    await fc.assert(
      fc.asyncProperty(libraryArb(30), async (lib) => {
        const enc = encodeForSync(lib, { ...limits, storedBytes: sealedItemBytes });
        const sealed = throughStorage(await sealItems(key, enc.items));
        let total = 0;
        for (const [k, v] of Object.entries(sealed)) {
          expect(syncItemBytes(k, v)).toBeLessThanOrEqual(limits.maxItemBytes);
          total += syncItemBytes(k, v);
        }
        expect(total).toBeLessThanOrEqual(limits.quotaBytes - limits.reserveBytes);
        expect(total).toBeLessThanOrEqual(enc.bytes);
        const opened = await openItems(key, sealed, sealable);
        expect(opened.errors).toEqual([]);
        const dec = decodeFromSync(opened.view);
        expect(dec.errors).toEqual([]);
        const excluded = new Set(enc.excludedIds);
        expect(new Map(dec.records.map((r) => [r.id, canonicalJson(r)]))).toEqual(
          new Map(lib.filter((r) => !excluded.has(r.id)).map((r) => [r.id, canonicalJson(r)])),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('what is stored holds no address, quote, note or site', async () => {
    const h = makeHighlight({ id: crypto.randomUUID(), note: 'secret-note', site: 'www.private-clinic.example' });
    const h2 = { ...h, url: 'https://www.private-clinic.example/visit', id: crypto.randomUUID() };
    const enc = encodeForSync([h, h2], { storedBytes: sealedItemBytes });
    // The encoding alone is public: anyone reads the pages back from it.
    expect(decodeFromSync(enc.items).records.map((r) => r.url)).toContain(h2.url);
    const storedItems = await sealItems(await keyP, { ...enc.items, st: { s: { site: 'x.example' } } });
    expect(Object.values(storedItems).every(isSealedValue)).toBe(true);
    expect(decodeFromSync(storedItems).records).toEqual([]);
    const stored = JSON.stringify(storedItems);
    const pages = (enc.items.h0 as { p: string[] }).p;
    for (const word of [...pages, 'private-clinic', 'secret-note', 'x.example', 'http'])
      expect(stored).not.toContain(word);
  });

  it('refuses a ciphertext moved to another item, changed, plain where sealed, or another key’s', async () => {
    const key = await keyP;
    const enc = encodeForSync([makeHighlight({ id: crypto.randomUUID() })]);
    const sealed = throughStorage(await sealItems(key, { ...enc.items, st: { v: 1 } }));
    const other = await deriveKey('wrong horse', salt);
    const otherSealed = await sealItems(other, { h0: enc.items.h0 });
    const flip = (s: string) => (s[5] === 'A' ? 'B' : 'A') + '';
    const changed = { ...(sealed.h0 as { enc: string; iv: string }) };
    changed.enc = changed.enc.slice(0, 5) + flip(changed.enc) + changed.enc.slice(6);
    for (const [items, bad] of [
      [{ ...sealed, h0: sealed.st }, 'h0'],
      [{ ...sealed, hm: sealed.h0 }, 'hm'],
      [{ ...sealed, h0: changed }, 'h0'],
      [{ ...sealed, h0: enc.items.h0 }, 'h0'],
      [{ ...sealed, st: { v: 1, at: 1, by: 'zz', s: {} } }, 'st'],
      [{ ...sealed, h0: otherSealed.h0 }, 'h0'],
    ] as const) {
      const opened = await openItems(key, items, sealable);
      expect(opened.errors).toHaveLength(1);
      expect(opened.errors[0]).toMatch(new RegExp(`item ${bad} .*refused`));
      expect(bad in opened.view).toBe(false);
      expect(decodeFromSync(opened.view).records.length).toBe(bad === 'st' ? 1 : 0);
    }
    // Keys it does not seal pass as they are.
    expect((await openItems(key, { ...sealed, other: 1 }, sealable)).view.other).toBe(1);
    expect(isSealedValue(sealed.h0)).toBe(true);
    expect(isSealedValue(enc.items.h0)).toBe(false);
  });

  it('fewer highlights fit sealed than plain, and the count is what fits as stored', () => {
    const lib = Array.from({ length: 3_000 }, (_, i) =>
      makeHighlight({
        id: crypto.randomUUID(),
        quote: { exact: `坚持稳中求进工作总基调第${i}条`, prefix: '会议强调，', suffix: '，完整准确全面' },
        clock: `${String(1_700_000_000_000 + i).padStart(15, '0')}:000000:dev-a`,
      }),
    );
    const plain = encodeForSync(lib);
    const sealed = encodeForSync(lib, { storedBytes: sealedItemBytes });
    expect(sealed.included).toBeLessThan(plain.included);
    expect(sealed.bytes).toBeLessThanOrEqual(SYNC_LIMITS.quotaBytes - SYNC_LIMITS.reserveBytes);
  });
});
