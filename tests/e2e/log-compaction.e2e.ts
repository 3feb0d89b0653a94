/**
 * The change log's compaction (utils/store/compact-log.ts) in Chromium with the service worker
 * really stopped (DevTools protocol) between its steps: the next worker goes on with the pass,
 * which ends with one entry per record, and `highlights/changes` answers the same throughout.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Highlight } from '@/utils/highlights/record';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { askExtension as ask } from './support/ask';
import { storedValue, storedValues } from './support/library-db';

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

const N = 5000;

function records(note: string, at: number): Highlight[] {
  return Array.from({ length: N }, (_, i) => ({
    id: `c${i}`,
    url: `http://www.gov.cn/zhengce/${i % 97}.htm`,
    title: `政策 ${i % 97}`,
    site: 'www.gov.cn',
    quote: { exact: `第${i}条 推进城市更新行动`, prefix: '', suffix: '' },
    position: { start: i, end: i + 10 },
    color: 'green',
    note: `${note} ${i}`,
    tags: [],
    created: at,
    updated: at,
    clock: `${String(at).padStart(15, '0')}:${String(i).padStart(6, '0')}:e2e`,
  }));
}

/** Where the pass stands (null between passes; undefined before the first). */
const passAt = async (page: Page) => (await storedValue<{ at: number | null }>(page, 'kv', 'log-compaction'))?.at;

/** Entries in the change log, counted from its rows. */
const logEntries = async (page: Page) =>
  (await storedValues<{ seq: number[] }>(page, 'changes')).reduce((n, row) => n + row.seq.length, 0);

/** Every `highlights/changes` page from seq 0, 700 records a page: ids, seqs and `more`. */
async function changes(page: Page): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let since = 0, more = true; more;) {
    const r = await ask<{ records: Highlight[]; seq: number; more: boolean }>(page, {
      type: 'highlights/changes',
      since,
      limit: 700,
    });
    out.push([r.records.map((h) => `${h.id} ${h.note}`), r.seq, r.more]);
    ({ seq: since, more } = r);
  }
  return out;
}

describe('change log compaction with the real worker stop', () => {
  test('a pass stopped between steps goes on in the next worker; the changes read the same', async () => {
    const page = await browser.openExtensionPage('library.html');
    const now = Date.now();
    await ask(page, { type: 'highlights/import', records: records('first', now - 60_000) });
    // The same records again, edited: 5,000 entries of the log are stale, a pass is due.
    await ask(page, { type: 'highlights/import', records: records('second', now - 30_000) });
    // The first step runs a second after the write, the next ones a second apart: nothing is asked
    // meanwhile (an answer that took longer than the pass let it end unseen), the worker is stopped
    // as soon as the first step has run.
    await expect.poll(async () => typeof (await passAt(page)), { timeout: 60_000, interval: 20 }).toBe('number');
    await browser.stopServiceWorker();
    // Stopped halfway: some entries gone, the pass not ended.
    expect(typeof (await passAt(page))).toBe('number');
    expect(await logEntries(page)).toBeLessThan(2 * N);
    // The next worker (woken by these requests) goes on with the pass while they are answered:
    // every record once, in the order written, at its latest edit.
    const during = await changes(page);
    const seen = during.flatMap((p) => (p as [string[]])[0]);
    expect(seen).toEqual(records('second', 0).map((h) => `${h.id} ${h.note}`));
    await expect.poll(() => passAt(page), { timeout: 60_000 }).toBeNull();
    expect(await logEntries(page)).toBe(N);
    expect(await changes(page)).toEqual(during);
    await page.close();
  }, 300_000);
});
