/**
 * Follows travel through both syncs like highlights: browser sync over a shared storage.sync
 * stand-in (items `f:<id>`), server sync through a real pouchdb-server (documents `follow:<id>`,
 * encrypted). An unfollow travels as a tombstone; hostile items and documents are not applied.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MemoryArea } from '@/utils/store/area';
import { openLibraryDb } from '@/utils/store/db';
import { openLibrary } from '@/utils/store/open';
import { FollowBook } from '@/utils/store/follows';
import { createClock, formatClock } from '@/utils/sync/hlc';
import { followId } from '@/utils/follows/record';
import { encodeFollowItems, FOLLOW_SYNC_SHARE } from '@/utils/sync/follows-sync';
import { syncItemBytes } from '@/utils/sync/sync-quota';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { ServerSync } from '@/entrypoints/background/sync/server-sync';
import type { KeyStore } from '@/entrypoints/background/sync/key-store';
import { isSealedValue } from '@/utils/sync/browser-sync-sealed';
import { memoryKeys } from './quota-area';
import { startCouch, type CouchServer } from '../../../e2e/support/couch';
import { PAGE } from '../../store/helpers';
import { followDraftOf } from '../../follows/helpers';

const g = globalThis as Record<string, unknown>;
g.self ??= globalThis;
g.navigator ??= { userAgent: 'node' };
const { default: PouchDB } = await import('pouchdb-browser');

let libraries = 0;
async function device(name: string) {
  const db = await openLibraryDb(`follows-library-${++libraries}`);
  const library = await openLibrary({
    db,
    legacy: new MemoryArea(),
    newDeviceId: () => name,
    makeClock: (d) => createClock(d),
  });
  const clock = createClock(name);
  const follows = new FollowBook({ db: () => db, clock: () => clock });
  return { library, follows };
}

describe('follows in browser sync', () => {
  const browserDevice = async (name: string, area: MemoryArea, keys?: KeyStore) => {
    const d = await device(name);
    const sync = new BrowserSync({
      sync: area,
      local: new MemoryArea(),
      library: d.library,
      ready: Promise.resolve(),
      follows: d.follows,
      keys,
    });
    return { ...d, sync };
  };

  test('a follow and then its unfollow reach the other device; the highlights keep their items', async () => {
    const area = new MemoryArea();
    const a = await browserDevice('dev-a', area);
    const b = await browserDevice('dev-b', area);
    await a.follows.follow(followDraftOf());
    await a.sync.round();
    expect([...area.data.keys()]).toContain(`f:${followId(PAGE)}`);
    await b.sync.round();
    expect(await b.follows.get(PAGE)).toMatchObject({ title: followDraftOf().title });
    await b.follows.unfollow(PAGE);
    await b.sync.round();
    await a.sync.round();
    expect(await a.follows.get(PAGE)).toBeNull();
    expect((await a.follows.list(true)).follows[0]).toMatchObject({ deleted: true });
  });

  test('hostile items: under another follow’s key, or dated days ahead, are not applied and not overwritten', async () => {
    const area = new MemoryArea();
    const a = await browserDevice('dev-a', area);
    const other = 'https://www.gov.cn/zhengce/2025/x.htm';
    const planted = {
      ...followDraftOf(),
      id: followId(PAGE),
      created: 1,
      updated: 1,
      clock: formatClock({ wallMs: Date.now(), counter: 0, deviceId: 'evil' }),
    };
    const ahead = {
      ...followDraftOf({ url: other }),
      id: followId(other),
      created: 1,
      updated: 1,
      clock: formatClock({ wallMs: Date.now() + 5 * 86_400_000, counter: 0, deviceId: 'evil' }),
    };
    await area.set({ [`f:${followId(other).replace(/.$/, '0')}`]: planted, [`f:${followId(other)}`]: ahead });
    const mine = await a.follows.follow(followDraftOf({ url: 'https://www.gov.cn/zhengce/2025/mine.htm' }));
    await a.sync.round();
    expect((await a.follows.list(true)).follows).toEqual([mine]);
    expect(area.data.get(`f:${followId(other)}`)).toEqual(ahead);
    expect(area.data.get(`f:${mine.id}`)).toEqual(mine); // the round ran and wrote its own
  });

  test('with a passphrase the follow items are sealed, a version refused here too, and reach a device with it', async () => {
    const area = new MemoryArea();
    const a = await browserDevice('dev-a', area, memoryKeys());
    const other = 'https://www.gov.cn/zhengce/2025/x.htm';
    const ahead = {
      ...followDraftOf({ url: other }),
      id: followId(other),
      created: 1,
      updated: 1,
      clock: formatClock({ wallMs: Date.now() + 5 * 86_400_000, counter: 0, deviceId: 'evil' }),
    };
    await area.set({ [`f:${followId(other)}`]: ahead });
    const mine = await a.follows.follow(followDraftOf());
    await a.sync.round();
    await a.sync.setPassphrase('a shared passphrase');
    const keys = [...area.data.keys()].filter((k) => k.startsWith('f:'));
    expect(keys.sort()).toEqual([`f:${followId(other)}`, `f:${mine.id}`].sort());
    for (const k of keys) expect(isSealedValue(area.data.get(k))).toBe(true);
    expect(JSON.stringify([...area.data.values()])).not.toContain('gov.cn');
    const b = await browserDevice('dev-b', area, memoryKeys());
    await b.sync.setPassphrase('a shared passphrase');
    expect(await b.follows.get(PAGE)).toMatchObject({ id: mine.id });
    expect(await b.follows.get(other)).toBeNull();
  });

  test('the follows’ share of the quota is kept: newest first, never over the share', () => {
    const many = Array.from({ length: 40 }, (_, i) => {
      const url = `https://www.gov.cn/zhengce/${i}.htm`;
      return { ...followDraftOf({ url }), id: followId(url), created: i, updated: i, clock: String(i) };
    });
    const items = encodeFollowItems(many);
    const bytes = Object.entries(items).reduce((n, [k, v]) => n + syncItemBytes(k, v), 0);
    expect(bytes).toBeLessThanOrEqual(FOLLOW_SYNC_SHARE.bytes);
    expect(Object.keys(items).length).toBeLessThanOrEqual(FOLLOW_SYNC_SHARE.items);
    expect(Object.values(items)[0]!.updated).toBe(39);
  });
});

describe('follows in server sync (encrypted)', () => {
  let couch: CouchServer;
  beforeAll(async () => {
    couch = await startCouch();
  }, 60_000);
  afterAll(async () => {
    await couch?.close();
  });
  const keys = (): KeyStore => {
    const m = new Map<string, CryptoKey>();
    return {
      get: async (id) => m.get(id),
      set: async (id, k) => void m.set(id, k),
      delete: async (id) => void m.delete(id),
      clear: async () => void m.clear(),
    };
  };
  const serverDevice = async (name: string) => {
    const d = await device(name);
    const sync = new ServerSync({
      loadPouchDB: async () => PouchDB,
      local: new MemoryArea(),
      library: d.library,
      ready: Promise.resolve(),
      keys: keys(),
      follows: d.follows,
    });
    return { ...d, sync };
  };

  test('a follow travels encrypted, its unfollow too; a plaintext follow planted by the server is not applied', async () => {
    const input = {
      url: couch.url,
      db: 'follows-1',
      username: couch.admin.username,
      password: couch.admin.password,
      passphrase: 'pass 口令',
    };
    const a = await serverDevice('dev-a');
    await a.follows.follow(followDraftOf());
    await a.sync.configure(input);
    const doc = (await couch.request('GET', `/follows-1/follow:${followId(PAGE)}`)).json as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'enc', 'iv']);

    const b = await serverDevice('dev-b');
    await b.sync.configure(input);
    expect(await b.follows.get(PAGE)).toMatchObject({ title: followDraftOf().title });

    const other = 'https://www.gov.cn/zhengce/2025/planted.htm';
    const planted = {
      ...followDraftOf({ url: other }),
      id: followId(other),
      created: 1,
      updated: 1,
      clock: formatClock({ wallMs: Date.now(), counter: 0, deviceId: 'server' }),
    };
    expect(
      (await couch.request('PUT', `/follows-1/follow:${planted.id}`, { _id: `follow:${planted.id}`, ...planted }))
        .status,
    ).toBeLessThan(300);

    await b.follows.unfollow(PAGE);
    await b.sync.syncNow();
    await a.sync.syncNow();
    expect(await a.follows.get(PAGE)).toBeNull();
    expect(await a.follows.get(other)).toBeNull();
  }, 60_000);
});
