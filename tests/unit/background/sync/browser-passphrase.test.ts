/**
 * Browser sync with a passphrase (entrypoints/background/sync/browser-sync-seal.ts): in Firefox a
 * content script reads and writes storage.sync, so with the passphrase on nothing there may name a
 * page, a text or a site; a device without the key, a wrong passphrase, and a hostile peer (a
 * ciphertext moved or changed, a plain item where a sealed one belongs, a changed or removed
 * passphrase item) change nothing: not the items, not the library.
 */
import { describe, expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import { testStore } from '../../store/helpers';
import { createClock } from '@/utils/sync/hlc';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { isSealedValue, SEAL_META_KEY } from '@/utils/sync/browser-sync-sealed';
import { createCryptoMeta } from '@/utils/sync/crypto';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { isSealableKey } from '@/entrypoints/background/sync/browser-sync-seal';
import { makeHighlight } from '../../sync/fixtures';
import { syncItemBytes } from '@/utils/sync/sync-quota';
import { ManualTimers } from './fake-timers';
import { memoryKeys, QuotaArea } from './quota-area';

const PASS = 'correct horse 电池 staple';
const SECRET_SITE = 'www.private-clinic.example';

async function device(shared: MemoryArea, timers: ManualTimers, id: string, encodeOptions?: { quotaBytes: number }) {
  const library = await (
    await testStore()
  ).open({ now: timers.now, newDeviceId: () => id, makeClock: (d) => createClock(d, timers.now) });
  const sync = new BrowserSync({
    sync: shared,
    local: new MemoryArea(),
    library,
    ready: Promise.resolve(),
    timers,
    keys: memoryKeys(),
    encodeOptions,
  });
  return { library, sync };
}
type Device = Awaited<ReturnType<typeof device>>;

const draftOf = (over: Partial<ReturnType<typeof makeHighlight>> = {}) => {
  const {
    clock: _c,
    created: _cr,
    updated: _u,
    deleted: _d,
    ...draft
  } = makeHighlight({
    id: crypto.randomUUID(),
    note: 'a private note',
    ...over,
  });
  return draft;
};

/** Everything the library holds, to compare before and after. */
const snapshot = async (d: Device) =>
  JSON.stringify([await d.library.getMany(await allIds(d)), d.library.getSettings()]);
const allIds = async (d: Device) => (await d.library.query({}, 1000)).records.map((r) => r.id).sort();
const area = async (a: MemoryArea) => JSON.stringify(await a.get(null));

/** A, passphrase on, with one highlight of a secret site and a density of its own for it. */
async function sealedSetup() {
  const timers = new ManualTimers();
  const shared = new QuotaArea();
  const a = await device(shared, timers, 'dev-a');
  const mine = await a.library.save(
    draftOf({ url: `https://${SECRET_SITE}/visit/42`, site: SECRET_SITE, title: '门诊记录' }),
  );
  await a.sync.syncNow();
  await timers.advance(1000);
  await a.library.updateSettings({ densitySites: { [SECRET_SITE]: 'full' } });
  await a.sync.syncNow();
  await a.sync.setPassphrase(PASS);
  return { timers, shared, a, mine };
}

describe('browser sync with a passphrase', () => {
  test('every item is stored sealed: no address, text, note or site; the key item is there', async () => {
    const { shared, a } = await sealedSetup();
    const items = await shared.get(null);
    expect(items[SEAL_META_KEY]).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA-256' });
    const keys = Object.keys(items).filter(isSealableKey);
    expect(keys).toEqual(expect.arrayContaining(['hm', 'h0', 'st']));
    for (const k of keys) expect(isSealedValue(items[k])).toBe(true);
    const text = JSON.stringify(items);
    for (const word of ['private-clinic', 'visit', '坚持稳中求进', 'private note', 'full'])
      expect(text).not.toContain(word);
    expect((await a.sync.status()).passphrase).toBe('on');
    expect((await a.sync.status()).lastError).toBeNull();
  });

  test('a second device with the passphrase gets the highlights and settings; an edit goes back', async () => {
    const { timers, shared, a, mine } = await sealedSetup();
    const b = await device(shared, timers, 'dev-b');
    await b.sync.setPassphrase(PASS);
    expect(await allIds(b)).toEqual([mine.id]);
    expect(b.library.getSettings().densitySites).toEqual({ [SECRET_SITE]: 'full' });
    await timers.advance(1000);
    const theirs = await b.library.save(draftOf());
    await b.sync.syncNow();
    await a.sync.syncNow();
    expect(await allIds(a)).toEqual([mine.id, theirs.id].sort());
    expect((await a.sync.status()).lastError).toBeNull();
  });

  test('a device without the key says so, and reads, writes and loses nothing', async () => {
    const { timers, shared } = await sealedSetup();
    const b = await device(shared, timers, 'dev-b');
    const own = await b.library.save(draftOf());
    const before = await area(shared);
    const localBefore = await snapshot(b);
    await b.sync.syncNow();
    expect(await area(shared)).toBe(before);
    expect(await snapshot(b)).toBe(localBefore);
    expect(await allIds(b)).toEqual([own.id]);
    const status = await b.sync.status();
    expect(status.passphrase).toBe('needed');
    expect(status.lastError).toMatch(/enter the passphrase/);
  });

  test('a wrong passphrase: a clear error, nothing written or kept', async () => {
    const { timers, shared } = await sealedSetup();
    const b = await device(shared, timers, 'dev-b');
    const before = await area(shared);
    await expect(b.sync.setPassphrase('not it')).rejects.toThrow(/wrong passphrase/i);
    expect(await area(shared)).toBe(before);
    expect((await b.sync.status()).passphrase).toBe('needed');
    await b.sync.syncNow();
    expect(await area(shared)).toBe(before);
    expect(await allIds(b)).toEqual([]);
  });

  describe('a hostile peer (a Firefox content script, or a tampered item)', () => {
    /** A hostile change to the items, then A's round: the library is not rewritten. */
    async function afterTamper(tamper: (items: Record<string, unknown>) => Record<string, unknown>, remove?: string[]) {
      const setup = await sealedSetup();
      const { shared, a } = setup;
      const before = await snapshot(a);
      const items = await shared.get(null);
      await shared.set(tamper(items));
      if (remove) await shared.remove(remove);
      const tampered = await area(shared);
      await a.sync.syncNow();
      expect(await snapshot(a)).toBe(before);
      return { ...setup, tampered, status: await a.sync.status() };
    }
    const hostileRecord = makeHighlight({
      id: crypto.randomUUID(),
      url: 'https://evil.example/',
      site: 'evil.example',
    });

    test('a ciphertext moved to another item is refused', async () => {
      const { status } = await afterTamper((items) => ({ h0: items.st }));
      expect(status.lastError).toMatch(/item h0 could not be decrypted.*refused/);
    });

    test('a changed ciphertext is refused', async () => {
      const { status } = await afterTamper((items) => {
        const h0 = items.h0 as { enc: string; iv: string };
        return { h0: { ...h0, enc: (h0.enc[0] === 'A' ? 'B' : 'A') + h0.enc.slice(1) } };
      });
      expect(status.lastError).toMatch(/item h0 could not be decrypted/);
    });

    test('a plain item where a sealed one belongs is refused: its records are not merged', async () => {
      const plain = encodeForSync([hostileRecord]).items;
      const { status, a } = await afterTamper(() => ({ h0: plain.h0, hm: plain.hm }));
      expect(status.lastError).toMatch(/not encrypted with the sync passphrase: refused/);
      expect(await a.library.getMany([hostileRecord.id])).toEqual([]);
    });

    test('a plain settings item is not applied', async () => {
      const { status, a } = await afterTamper(() => ({
        st: { v: 1, at: Date.now() + 1000, by: 'zz', s: { density: 'off', densitySites: {} } },
      }));
      expect(status.lastError).toMatch(/item st is not encrypted/);
      expect(a.library.getSettings().densitySites).toEqual({ [SECRET_SITE]: 'full' });
    });

    test('a changed salt, iteration count or key check stops the round: nothing written', async () => {
      const other = (await createCryptoMeta('the page chose this')).meta;
      for (const change of [
        (m: typeof other) => ({ ...m, salt: other.salt }),
        (m: typeof other) => ({ ...m, iterations: m.iterations + 1 }),
        (m: typeof other) => ({ ...m, iterations: 2_000_000_000 }),
        (m: typeof other) => ({ ...m, check: other.check }),
        () => other,
        () => 'hk',
      ]) {
        const { shared, tampered, status } = await afterTamper((items) => ({
          [SEAL_META_KEY]: change(items[SEAL_META_KEY] as typeof other),
        }));
        expect(await area(shared)).toBe(tampered);
        expect(status.lastError).toMatch(/passphrase (was changed|item was changed)/);
        expect(status.lastError).toMatch(/Nothing was read or written/);
        expect(status.passphrase).toBe('needed');
      }
    });

    test('the key item removed, plain items in place: the round stops, nothing written', async () => {
      const plain = encodeForSync([hostileRecord]).items;
      const { shared, tampered, status, a } = await afterTamper(
        () => ({ h0: plain.h0, hm: plain.hm }),
        [SEAL_META_KEY],
      );
      expect(await area(shared)).toBe(tampered);
      expect(status.lastError).toMatch(/turned off on another device/);
      expect(await a.library.getMany([hostileRecord.id])).toEqual([]);
    });

    test('the key item and sealed items replaced by a plain one: keep encrypting re-seals from here, merges nothing', async () => {
      // The lure: a page (Firefox) or a peer removes `hk` and every sealed item and writes one
      // plain item. Before, the only way on was to turn the passphrase off here, which writes this
      // device's highlights plain where the page reads them.
      const { timers, shared, a, mine } = await sealedSetup();
      const b = await device(shared, timers, 'dev-b');
      await b.sync.setPassphrase(PASS);
      const c = await device(shared, timers, 'dev-c');
      await c.sync.syncNow();
      expect((await c.sync.status()).passphrase).toBe('needed');
      const meta = (await shared.get(SEAL_META_KEY))[SEAL_META_KEY];
      await timers.advance(1000);
      const later = await a.library.save(draftOf({ url: `https://${SECRET_SITE}/visit/43`, site: SECRET_SITE }));
      const plain = encodeForSync([hostileRecord]).items;
      await shared.remove(Object.keys(await shared.get(null)));
      await shared.set({ h0: plain.h0, hm: plain.hm });
      await a.sync.syncNow();
      const stopped = await a.sync.status();
      expect(stopped.passphrase).toBe('unsealed');
      expect(stopped.lastError).toMatch(/turned off on another device.*Keep encrypting/);

      await a.sync.keepEncrypting();
      const items = await shared.get(null);
      expect(items[SEAL_META_KEY]).toEqual(meta);
      const keys = Object.keys(items).filter(isSealableKey);
      expect(keys).toEqual(expect.arrayContaining(['hm', 'h0', 'st']));
      for (const k of keys) expect(isSealedValue(items[k])).toBe(true);
      const text = JSON.stringify(items);
      for (const word of ['evil.example', 'private-clinic', 'visit']) expect(text).not.toContain(word);
      expect(await a.library.getMany([hostileRecord.id])).toEqual([]);
      const resealed = await a.sync.status();
      expect(resealed.passphrase).toBe('on');
      expect(resealed.lastError).toMatch(/encrypted again from this device: 2 items .*set aside/);
      // The items set aside are gone: the next round names nothing.
      await a.sync.syncNow();
      expect((await a.sync.status()).lastError).toBeNull();
      // Another device with the passphrase merges as before; one without it stays stopped.
      await b.sync.syncNow();
      expect((await b.sync.status()).lastError).toBeNull();
      expect(await allIds(b)).toEqual([mine.id, later.id].sort());
      expect(await b.library.getMany([hostileRecord.id])).toEqual([]);
      const before = await area(shared);
      await c.sync.syncNow();
      expect(await area(shared)).toBe(before);
      expect((await c.sync.status()).passphrase).toBe('needed');
    });

    test('a device without the passphrase that saw the items sealed does not go plain meanwhile', async () => {
      const { timers, shared, a } = await sealedSetup();
      const c = await device(shared, timers, 'dev-c');
      await c.library.save(draftOf({ note: 'written on c' }));
      await c.sync.syncNow();
      const plain = encodeForSync([hostileRecord]).items;
      await shared.remove(Object.keys(await shared.get(null)));
      await shared.set({ h0: plain.h0, hm: plain.hm });
      await c.sync.syncNow();
      expect((await c.sync.status()).passphrase).toBe('gone');
      await a.sync.syncNow();
      await a.sync.keepEncrypting();
      await c.sync.syncNow();
      expect((await c.sync.status()).passphrase).toBe('needed');
      expect(JSON.stringify(await shared.get(null))).not.toContain('written on c');
      expect(await c.library.getMany([hostileRecord.id])).toEqual([]);
    });

    test('the key item removed alone: the items still open with the key, and it is written back', async () => {
      const { shared, status } = await afterTamper((items) => ({ h0: items.h0 }), [SEAL_META_KEY]);
      expect(status.lastError).toBeNull();
      expect((await shared.get(SEAL_META_KEY))[SEAL_META_KEY]).toMatchObject({ v: 1 });
    });

    test('a device without a passphrase never writes over sealed items, even with the key item gone', async () => {
      const { timers, shared } = await sealedSetup();
      await shared.remove(SEAL_META_KEY);
      const b = await device(shared, timers, 'dev-b');
      await b.library.save(draftOf());
      const before = await area(shared);
      for (let i = 0; i < 4; i++) {
        await b.sync.syncNow();
        await timers.advance(5_000);
      }
      expect(await area(shared)).toBe(before);
      expect((await b.sync.status()).passphrase).toBe('needed');
    });

    test('a device without the key writes nothing plain when a page removes every item', async () => {
      // B has never had the passphrase: it stops while the items are sealed, and the reader goes
      // on highlighting there, believing browser sync encrypted. A page (Firefox) removes every item.
      const { timers, shared } = await sealedSetup();
      const b = await device(shared, timers, 'dev-b');
      await b.library.save(draftOf({ url: `https://${SECRET_SITE}/b/7`, site: SECRET_SITE, note: 'written on b' }));
      await b.sync.syncNow();
      expect((await b.sync.status()).passphrase).toBe('needed');
      await shared.remove(Object.keys(await shared.get(null)));
      for (let i = 0; i < 3; i++) {
        await b.sync.syncNow();
        await timers.advance(5_000);
      }
      expect(await shared.get(null)).toEqual({});
      const status = await b.sync.status();
      expect(status.passphrase).toBe('gone');
      expect(status.lastError).toMatch(/not any more.*Nothing was read or written/);
      // The reader chooses: unencrypted (the passphrase was really turned off), then B syncs plain.
      await b.sync.setPassphrase(null);
      expect((await b.sync.status()).passphrase).toBe('off');
      expect(decodeFromSync(await shared.get(null)).records.map((r) => r.note)).toContain('written on b');
    });

    test('a device without the key that saw the items sealed can encrypt them again itself', async () => {
      const { timers, shared } = await sealedSetup();
      const b = await device(shared, timers, 'dev-b');
      await b.library.save(draftOf({ note: 'written on b' }));
      await b.sync.syncNow();
      await shared.remove(Object.keys(await shared.get(null)));
      await b.sync.syncNow();
      await b.sync.setPassphrase('a new one');
      expect((await b.sync.status()).passphrase).toBe('on');
      const text = JSON.stringify(await shared.get(null));
      expect(text).not.toContain('written on b');
      expect(text).toContain('"hk"');
    });
  });

  test('turned off with the key: the items are plain again; another device stops until it turns it off too', async () => {
    const { timers, shared, a, mine } = await sealedSetup();
    const b = await device(shared, timers, 'dev-b');
    await b.sync.setPassphrase(PASS);
    await a.sync.setPassphrase(null);
    const items = await shared.get(null);
    expect(items[SEAL_META_KEY]).toBeUndefined();
    expect(
      Object.keys(items)
        .filter(isSealableKey)
        .some((k) => isSealedValue(items[k])),
    ).toBe(false);
    expect((await a.sync.status()).passphrase).toBe('off');
    await timers.advance(1000);
    const later = await a.library.save(draftOf());
    await a.sync.syncNow();
    const before = await area(shared);
    await b.sync.syncNow();
    expect(await area(shared)).toBe(before);
    expect((await b.sync.status()).lastError).toMatch(/turned off on another device/);
    await b.sync.setPassphrase(null);
    expect(await allIds(b)).toEqual([mine.id, later.id].sort());
  });

  test('turning it off refuses while an item does not open: a clear error, nothing changed', async () => {
    const { shared, a } = await sealedSetup();
    const items = await shared.get(null);
    await shared.set({ h0: items.st });
    const before = await area(shared);
    await expect(a.sync.setPassphrase(null)).rejects.toThrow(/could not be decrypted.*nothing was changed/);
    expect(await area(shared)).toBe(before);
    expect((await a.sync.status()).passphrase).toBe('on');
  });

  test('the quota is counted sealed: fewer highlights fit, every write within Chrome’s limits', async () => {
    const timers = new ManualTimers();
    const plainArea = new QuotaArea();
    const sealedArea = new QuotaArea();
    // A quota of 30,000 bytes: the same rules, fewer records to save.
    const p = await device(plainArea, timers, 'dev-p', { quotaBytes: 30_000 });
    const s = await device(sealedArea, timers, 'dev-s', { quotaBytes: 30_000 });
    await s.sync.setPassphrase(PASS);
    for (let i = 0; i < 250; i++) {
      await timers.advance(10);
      const d = draftOf({
        quote: { exact: `坚持稳中求进工作总基调第${i}条`, prefix: '会议强调，', suffix: '，完整准确' },
      });
      await p.library.save(d);
      await s.library.save(d);
    }
    await p.sync.syncNow();
    await s.sync.syncNow();
    const [plain, sealed] = [await p.sync.status(), await s.sync.status()];
    expect(sealed.lastError).toBeNull();
    expect(plain.synced).toBeLessThan(250);
    expect(sealed.synced).toBeLessThan(plain.synced);
    expect(sealed.total).toBe(250);
    expect(sealed.bytes).toBeLessThanOrEqual(30_000 - 4_096);
    // What the area holds, as Chrome counts it, is what the status says, or less.
    const held = Object.entries(await sealedArea.get(null)).filter(([k]) => isSealableKey(k));
    expect(held.reduce((n, [k, v]) => n + syncItemBytes(k, v), 0)).toBeLessThanOrEqual(sealed.bytes + 4_096);
  });

  test('settings that fit their room plain but not sealed are left out, and the status says so', async () => {
    const timers = new ManualTimers();
    const shared = new QuotaArea();
    const a = await device(shared, timers, 'dev-a');
    // About 3,600 bytes plain: over 4,096 once sealed (base64 and the IV).
    const densitySites = Object.fromEntries(
      Array.from({ length: 110 }, (_, i) => [`s${String(i).padStart(3, '0')}.example.org`, 'full' as const]),
    );
    await a.library.updateSettings({ densitySites });
    await a.sync.syncNow();
    expect((await a.sync.status()).lastError).toBeNull();
    await a.sync.setPassphrase(PASS);
    await timers.advance(1000);
    await a.library.updateSettings({ lastColor: 'blue' });
    await a.sync.syncNow();
    expect((await a.sync.status()).lastError).toMatch(/settings are too large/);
  });
});
