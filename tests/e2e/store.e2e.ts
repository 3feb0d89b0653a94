/**
 * The library's storage in Chromium, with the service worker really stopped (DevTools
 * protocol ServiceWorker.stopAllWorkers) at the worst moments:
 * - the migration from storage.local (schema 1) into IndexedDB, stopped half-way, finishes on
 *   the next start with every record, and the sync password leaves storage.local;
 * - migration 3 (schema 2's records, `seq` index and all, into schema 3's store and change log),
 *   stopped half-way, finishes with every record once and the changes in the order they were made;
 * - migration 4 (schema 3's rows packed into blocks), stopped half-way, finishes with every
 *   record once and the changes in order;
 * - a write that failed (IndexedDB refusing) survives the worker's stop and is saved later.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { SEED_URL, seedDraft } from './support/seed';
import { writeSchema2Database, type Schema2Library } from './support/schema2';
import { changeRows } from '@/utils/store/changes';
import { storedCount } from './support/library-db';
import type { Highlight } from '@/utils/highlights/record';
import type { SchemaThreeRow } from '@/utils/store/db';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

async function ask<T>(page: Page, message: object): Promise<Reply<T>> {
  return (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply<T>;
}

async function data<T>(page: Page, message: object): Promise<T> {
  const r = await ask<T>(page, message);
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

const N = 20_000;

/** `n` live records on 997 pages of an old device, as schema 2 stored them (seqs in another order than ords). */
function schema2Records(n: number): Schema2Library {
  const created = 1_600_000_000_000;
  const records = Array.from({ length: n }, (_, i): SchemaThreeRow => {
    const url = `http://www.gov.cn/zhengce/${i % 997}.htm`;
    const h: Highlight = {
      id: `m${i}`,
      url,
      title: `政策 ${i % 997}`,
      site: 'www.gov.cn',
      quote: { exact: `第${i}条 推进城市更新行动`, prefix: '', suffix: '' },
      position: { start: i, end: i + 10 },
      color: 'green',
      note: `笔记 ${i}`,
      tags: [],
      created: created + i,
      updated: created + i,
      clock: `${String(created + i).padStart(15, '0')}:000000:old-device`,
      deleted: false,
    };
    // Seqs in another order than ords: the log must follow the seqs.
    const seq = ((i * 7919) % n) + 1;
    const by = [
      ['u', url, i],
      ['c', 'green', h.created],
      ['s', 'www.gov.cn', h.created],
    ];
    return { id: h.id, ord: i, seq, h, by };
  });
  const meta = { schemaVersion: 2, deviceId: 'old-device', nextOrd: n, seq: n, clockHigh: '', live: n, pages: 997 };
  return { records, pages: [], entries: [], meta };
}

/** The ids of every `highlights/changes` page from seq 0, in order. */
async function changedIds(probe: Page): Promise<string[]> {
  const ids: string[] = [];
  for (let since = 0, more = true; more;) {
    const page = await data<{ records: { id: string }[]; seq: number; more: boolean }>(probe, {
      type: 'highlights/changes',
      since,
      limit: 5000,
    });
    ids.push(...page.records.map((r) => r.id));
    ({ seq: since, more } = page);
  }
  return ids;
}

describe('the library store with the real worker stop', () => {
  test('a migration from storage.local stopped half-way resumes and loses nothing', async () => {
    const worker = await browser.worker();
    // The worker running now keeps the settings mirror in storage.local (settings-mirror.ts): it
    // answers the setup's writes of `settings` below by writing its own settings back, which the
    // migration then takes (seen under load: lastColor back to the default). Give it the settings
    // the old version had first, so whatever it writes back says the same.
    const setup = await browser.openExtensionPage('popup.html?tab=999999');
    await data(setup, { type: 'settings/update', patch: { lastColor: 'purple', browserSync: false } });
    await setup.close();
    // storage.local as schema 1 left it: records, settings, the sync server's password.
    await worker.evaluate(async (n) => {
      const items: Record<string, unknown> = {
        meta: { schemaVersion: 1, deviceId: 'upgraded-device' },
        // Browser sync off: this test is about the migration. The worker running before it may
        // push its own settings to storage.sync after the clear below, and a device that never
        // synced takes synced settings over its own (seen: lastColor back to the default).
        settings: { lastColor: 'purple', browserSync: false },
        // The migrated worker does try this server (seen: https://couch.invalid/h/). It never leaves
        // the machine: the browser's only proxy is the fixture server, which answers 404 to any
        // address that is no fixture, and .invalid (RFC 6761) never resolves anyway.
        'sync:server': {
          url: 'https://couch.invalid',
          db: 'h',
          username: 'u',
          password: 'old-pa55',
          encrypted: false,
          configId: 'c',
        },
      };
      for (let i = 0; i < n; i++) {
        const created = 1_600_000_000_000 + i;
        items[`h:m${i}`] = {
          id: `m${i}`,
          url: `http://www.gov.cn/zhengce/${i % 997}.htm`,
          title: `政策 ${i % 997}`,
          site: 'www.gov.cn',
          quote: { exact: `第${i}条 推进城市更新行动，加快构建新发展格局`, prefix: '', suffix: '' },
          position: { start: i, end: i + 20 },
          color: 'green',
          note: i % 5 ? '' : `笔记 ${i}`,
          tags: i % 7 ? [] : ['重点'],
          created,
          updated: created,
          clock: `${String(created).padStart(15, '0')}:000000:upgraded-device`,
        };
      }
      await chrome.storage.local.clear();
      // Nothing in the browser's sync either: the worker's first start may have pushed its default
      // settings there, and a device that never synced takes synced settings over its own.
      await chrome.storage.sync.clear();
      await chrome.storage.local.set(items);
      // No library database yet: the state right after updating from schema 1.
      await new Promise<void>((ok, fail) => {
        const r = indexedDB.deleteDatabase('hzd-library');
        r.onsuccess = () => ok();
        r.onerror = () => fail(new Error(String(r.error)));
      });
    }, N);
    await browser.stopServiceWorker();

    // The next start migrates; stop the worker while some records are moved and some are not.
    const probe = await browser.openExtensionPage('popup.html?tab=999999');
    const left = () =>
      probe.evaluate(async () => (await chrome.storage.local.getKeys()).filter((k) => k.startsWith('h:')).length);
    // The popup's first message wakes the worker; under load that message can reach a worker still
    // stopping and be lost, so while nothing has moved, a message every second wakes it again.
    let polls = 0;
    const leftWaking = async () => {
      if (++polls % 50 === 0)
        await probe.evaluate(() => void chrome.runtime.sendMessage({ type: 'storage/info' }).catch(() => undefined));
      return left();
    };
    // A wait for the migration to begin, not a speed check: on a loaded machine the worker's start
    // and its first batch took over 30 s.
    await expect.poll(leftWaking, { timeout: 120_000, interval: 20 }).toBeLessThan(N);
    await browser.stopServiceWorker();
    const leftAtStop = await left();
    expect(leftAtStop).toBeGreaterThan(0);
    const movedAtStop = await storedCount(probe);
    expect(movedAtStop).toBeGreaterThan(0);
    expect(movedAtStop).toBeLessThan(N);

    // The next start finishes it.
    const all = await data<{ id: string; note: string; deleted?: boolean }[]>(probe, { type: 'highlights/export-all' });
    expect(all).toHaveLength(N);
    expect(new Set(all.map((h) => h.id)).size).toBe(N);
    expect(all.find((h) => h.id === 'm10')?.note).toBe('笔记 10');
    expect(await left()).toBe(0);
    const local = await probe.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(local).sort()).toEqual(['meta', 'settings']);
    expect(JSON.stringify(local)).not.toContain('old-pa55');
    expect(await data<{ lastColor: string }>(probe, { type: 'settings/get' })).toMatchObject({ lastColor: 'purple' });
    const found = await data<{ records: { id: string }[] }>(probe, {
      type: 'highlights/query',
      query: { text: '第1234条' },
      limit: 10,
    });
    expect(found.records.map((h) => h.id)).toEqual(['m1234']);
    await probe.close();
  }, 300_000);

  test('migration 3 (schema 2 records into the change log) stopped half-way resumes: every record once, changes in order', async () => {
    const worker = await browser.worker();
    // Nothing in the browser's sync from the test before (the same ids): only this library.
    await worker.evaluate(() => chrome.storage.sync.clear());
    // Plain data into the worker (Playwright's types recurse forever over IndexedDB keys).
    const write = writeSchema2Database as (library: unknown) => Promise<void>;
    await worker.evaluate(write, schema2Records(N) as unknown);
    await browser.stopServiceWorker();

    // The next start migrates (batches of 2,000); stop the worker while some records are moved.
    const probe = await browser.openExtensionPage('library.html');
    // A wait for the migration to begin, not a speed check.
    await expect.poll(() => storedCount(probe, 'records-2'), { timeout: 120_000, interval: 20 }).toBeLessThan(N);
    await browser.stopServiceWorker();
    const left = await storedCount(probe, 'records-2');
    const moved = await storedCount(probe);
    expect(left).toBeGreaterThan(0);
    expect(moved).toBeGreaterThan(0);
    expect(left + moved).toBe(N);

    // The next start finishes it; the changes come back whole, in seq order.
    const ids = await changedIds(probe);
    expect(ids).toHaveLength(N);
    const bySeq = Array.from({ length: N }, (_, i) => i).sort((a, b) => ((a * 7919) % N) - ((b * 7919) % N));
    expect(ids).toEqual(bySeq.map((i) => `m${i}`));
    expect(await storedCount(probe, 'records-2')).toBe(0);
    expect(await storedCount(probe)).toBe(N);
    await probe.close();
  }, 300_000);

  test('migration 4 (schema 3 rows packed into blocks) stopped half-way resumes: every record once, changes in order', async () => {
    const worker = await browser.worker();
    await worker.evaluate(() => chrome.storage.sync.clear());
    // Schema 3: the same rows, and the change log of their seqs.
    // Twice the records of the test before: ten batches, so that the stop falls inside.
    const M = 2 * N;
    const library = schema2Records(M);
    const bySeq = [...library.records].sort((a, b) => a.seq - b.seq).map((r) => [r.seq, r.ord] as const);
    const log = changeRows(bySeq).map(([key, row]): [string, IDBValidKey, unknown] => ['changes', key, row]);
    const write = writeSchema2Database as (library: unknown) => Promise<void>;
    await worker.evaluate(write, { ...library, entries: log, schema: 3 } as unknown);
    await browser.stopServiceWorker();

    // The next start packs the rows (batches of 4,096); stop the worker while some are packed.
    const probe = await browser.openExtensionPage('library.html');
    // A wait for the migration to begin, not a speed check.
    await expect.poll(() => storedCount(probe, 'records'), { timeout: 120_000, interval: 10 }).toBeLessThan(M);
    await browser.stopServiceWorker();
    const left = await storedCount(probe, 'records');
    expect(left).toBeGreaterThan(0);
    // Every record in exactly one of the two stores.
    expect(await storedCount(probe)).toBe(M);

    // The next start finishes it; the changes come back whole, in seq order.
    const ids = await changedIds(probe);
    expect(ids).toEqual(bySeq.map(([, ord]) => `m${ord}`));
    expect(await storedCount(probe, 'records')).toBe(0);
    expect(await storedCount(probe)).toBe(M);
    await probe.close();
  }, 300_000);

  test('a write that failed survives the worker stop and is saved later', async () => {
    const page = await browser.openExtensionPage('popup.html?tab=999999');
    await data(page, { type: 'highlights/save', draft: seedDraft('kept-1') });
    const worker = await browser.worker();
    await worker.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('disk full', 'QuotaExceededError');
      };
    });
    const failed = await ask(page, { type: 'highlights/save', draft: seedDraft('pending-1', { note: '未保存' }) });
    expect(failed).toMatchObject({ ok: false, error: expect.stringMatching(/kept until the browser is closed/) });

    // The worker stops (and with it the broken IndexedDB): the change waits in storage.session.
    await browser.stopServiceWorker();
    const info = await data<{ pendingWrites: number }>(page, { type: 'storage/info' });
    expect(info.pendingWrites).toBe(1);
    const listed = await data<{ id: string }[]>(page, { type: 'highlights/list', url: SEED_URL });
    expect(listed.map((h) => h.id).sort()).toEqual(['kept-1', 'pending-1']);

    // The next write saves it too.
    await data(page, { type: 'highlights/save', draft: seedDraft('after-1', { position: { start: 5, end: 10 } }) });
    expect(await data<{ pendingWrites: number }>(page, { type: 'storage/info' })).toMatchObject({ pendingWrites: 0 });
    await browser.stopServiceWorker();
    const stored = await data<{ id: string; note: string }[]>(page, { type: 'highlights/export-all' });
    expect(stored.find((h) => h.id === 'pending-1')?.note).toBe('未保存');
    await page.close();
    // Two worker starts over the 20,000 records the migrations left: ~10 s on a quiet machine, over 60 s at load 18.
  }, 180_000);
});

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
      getKeys(): Promise<string[]>;
    };
    sync: { clear(): Promise<void> };
  };
};
