/**
 * Migration 3 in Chromium with the service worker really stopped half-way: a library as schema 2
 * laid it out (IndexedDB version 1, the `seq` index, ['a', created] keys) finishes moving into
 * schema 3's records and change log on the next start, with every record, each once, and the
 * changes in the order they were made.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';

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

const N = 20_000;

async function data<T>(page: Page, message: object): Promise<T> {
  const r = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as
    { ok: true; data: T } | { ok: false; error: string };
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

/** Rows in a store of the library database (0 when the store is not there). */
function count(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((ok, fail) => {
        const open = indexedDB.open('hzd-library');
        open.onerror = () => fail(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return (db.close(), ok(0));
          const c = db.transaction(name).objectStore(name).count();
          c.onsuccess = () => (db.close(), ok(c.result));
          c.onerror = () => fail(new Error(String(c.error)));
        };
      }),
    store,
  );
}

describe('migration 3 with the real worker stop', () => {
  test('stopped half-way, it resumes: every record once, changes in order', async () => {
    const worker = await browser.worker();
    await worker.evaluate(async (n) => {
      const done = (r: IDBRequest | IDBTransaction) =>
        new Promise<void>((ok, fail) => {
          if (r instanceof IDBTransaction) r.oncomplete = () => ok();
          else r.onsuccess = () => ok();
          r.onerror = () => fail(new Error(String(r.error)));
        });
      await done(indexedDB.deleteDatabase('hzd-library'));
      const open = indexedDB.open('hzd-library', 1);
      open.onupgradeneeded = () => {
        const d = open.result;
        const records = d.createObjectStore('records', { keyPath: 'id' });
        records.createIndex('ord', 'ord', { unique: true });
        records.createIndex('seq', 'seq', { unique: true });
        records.createIndex('by', 'by', { multiEntry: true });
        d.createObjectStore('pages', { keyPath: 'url' }).createIndex('recent', 'recent');
        for (const name of ['postings', 'kv', 'secrets', 'quarantine']) d.createObjectStore(name);
      };
      await done(open);
      const db = open.result;
      const tx = db.transaction(['records', 'kv'], 'readwrite');
      const created = 1_600_000_000_000;
      for (let i = 0; i < n; i++) {
        const url = `http://www.gov.cn/zhengce/${i % 997}.htm`;
        const h = {
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
          ['a', h.created],
          ['c', 'green', h.created],
          ['s', 'www.gov.cn', h.created],
        ];
        tx.objectStore('records').put({ id: h.id, ord: i, seq, h, by });
      }
      const meta = { schemaVersion: 2, deviceId: 'old-device', nextOrd: n, seq: n, clockHigh: '', live: n, pages: 997 };
      tx.objectStore('kv').put(meta, 'meta');
      await done(tx);
      db.close();
    }, N);
    await browser.stopServiceWorker();

    // The next start migrates (batches of 2,000); stop the worker while some records are moved.
    const probe = await browser.openExtensionPage('library.html');
    // A wait for the migration to begin, not a speed check.
    await expect.poll(() => count(probe, 'records-2'), { timeout: 120_000, interval: 20 }).toBeLessThan(N);
    await browser.stopServiceWorker();
    const left = await count(probe, 'records-2');
    const moved = await count(probe, 'records');
    expect(left).toBeGreaterThan(0);
    expect(moved).toBeGreaterThan(0);
    expect(left + moved).toBe(N);

    // The next start finishes it; the changes come back whole, in seq order.
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
    expect(ids).toHaveLength(N);
    const bySeq = Array.from({ length: N }, (_, i) => i).sort((a, b) => ((a * 7919) % N) - ((b * 7919) % N));
    expect(ids).toEqual(bySeq.map((i) => `m${i}`));
    expect(await count(probe, 'records-2')).toBe(0);
    expect(await count(probe, 'records')).toBe(N);
    await probe.close();
  }, 300_000);
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
