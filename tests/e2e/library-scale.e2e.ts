/**
 * The library page with a file too large to read whole (streamed, in batches, in one import
 * session): a cancel midway leaves the library exactly as it was (records, tombstones and
 * counts); imported whole, the list pages through it as the reader scrolls, and the streamed
 * export of the whole library gives every live record back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toW3CJson } from '@/utils/export/w3c';
import { WHOLE_FILE_MAX } from '@/utils/export/import-stream';
import { makeLibrary } from '../../scripts/bench/popup';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { seedDraft } from './support/seed';
import { askExtension as send } from './support/ask';

let server: FixtureServer;
let browser: ExtensionBrowser;
const work = mkdtempSync(join(tmpdir(), 'hzd-scale-'));
/**
 * 2,500 pages of 10 highlights: about 22 MB, streamed in four batches (IMPORT_BATCH_MAX): a cancel
 * after the first is stored still comes before the last (two are on their way at once).
 */
const FILE_RECORDS = makeLibrary(2500);
const file = join(work, 'large.json');

interface Stored {
  id: string;
  deleted?: boolean;
}

const everything = async (page: Page) =>
  (await send<Stored[]>(page, { type: 'highlights/export-all' })).sort((a, b) => (a.id < b.id ? -1 : 1));
/** The library's counters (not its bytes on disk, which the browser reclaims in its own time). */
const info = async (page: Page) => {
  const { highlights, pages, quarantined, pendingWrites } = await send<Record<string, number>>(page, {
    type: 'storage/info',
  });
  return { highlights: highlights!, pages: pages!, quarantined, pendingWrites };
};

beforeAll(async () => {
  writeFileSync(file, toW3CJson(FILE_RECORDS, { now: Date.now() }));
  expect(statSync(file).size).toBeGreaterThan(WHOLE_FILE_MAX);
  server = await startFixtureServer();
  browser = await launchChromium(server);
  const control = await browser.openExtensionPage('options.html');
  // A library of its own first: two live highlights, one of them a tombstone later, and one the file updates.
  const [, , first] = FILE_RECORDS;
  await send(control, { type: 'highlights/save', draft: seedDraft(crypto.randomUUID(), { note: 'mine' }) });
  const gone = await send<Stored>(control, { type: 'highlights/save', draft: seedDraft(crypto.randomUUID()) });
  await send(control, { type: 'highlights/delete', id: gone.id });
  await send(control, {
    type: 'highlights/import',
    records: [{ ...first!, note: 'older here', clock: '000000000000001:000000:x' }],
  });
  await control.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function chooseFile(lib: Page) {
  await lib.getByTestId('import-file').setInputFiles(file);
}

/** Four batches of 8,192 to parse, store and take back, on a loaded machine. */
const LONG = { timeout: 180_000 };

describe('a large import in the library page', () => {
  test('cancelled midway: the library is exactly as before', LONG, async () => {
    const lib = await browser.openExtensionPage('library.html');
    const before = await everything(lib);
    const countsBefore = await info(lib);
    await chooseFile(lib);
    await expect.poll(() => lib.getByTestId('import-progress').count(), { timeout: 20_000 }).toBe(1);
    // Midway: some batches stored, not all.
    await expect
      .poll(async () => (await info(lib)).highlights, { timeout: 60_000 })
      .toBeGreaterThan(countsBefore.highlights);
    expect((await info(lib)).highlights).toBeLessThan(countsBefore.highlights + FILE_RECORDS.length);
    await lib.getByTestId('import-cancel').click();
    const report = lib.getByTestId('import-report').locator('[data-result]');
    await expect.poll(() => report.getAttribute('data-result'), { timeout: 60_000 }).toBe('cancelled');
    expect(await everything(lib)).toEqual(before);
    expect(await info(lib)).toEqual(countsBefore);
    // The search index forgot them too.
    expect(await send(lib, { type: 'highlights/count', query: { text: '城市更新' } })).toBe(0);
    await lib.close();
  });

  test(
    'imported whole: the list pages as the reader scrolls; the streamed export gives every record back',
    LONG,
    async () => {
      const lib = await browser.openExtensionPage('library.html');
      const countsBefore = await info(lib);
      await chooseFile(lib);
      const report = lib.getByTestId('import-report').locator('[data-result]');
      await expect.poll(() => report.getAttribute('data-result'), { timeout: 120_000 }).toBe('done');
      expect(await report.textContent()).toMatch(new RegExp(`${FILE_RECORDS.length - 1}\\D+1\\D`));
      const total = countsBefore.highlights + FILE_RECORDS.length - 1;
      expect((await info(lib)).highlights).toBe(total);

      await lib.reload();
      const groups = lib.getByTestId('page-group');
      await expect.poll(() => groups.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const firstUrls = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
      const list = lib.getByTestId('library-list');
      // Scrolled to the end of what is loaded, more pages come.
      for (let i = 0; i < 5; i++) await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await expect
        .poll(() => list.evaluate((el) => Number(el.querySelector('[aria-setsize]')?.getAttribute('aria-setsize'))))
        .toBeGreaterThan(100);
      expect(firstUrls.length).toBeLessThan(50);

      const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByTestId('export-json').click()]);
      const out = join(work, 'export.json');
      await download.saveAs(out);
      const exported = JSON.parse(readFileSync(out, 'utf8')) as { total: number; first: { items: { id: string }[] } };
      expect(exported.total).toBe(total);
      const live = (await everything(lib)).filter((r) => !r.deleted).map((r) => `urn:uuid:${r.id}`);
      expect(exported.first.items.map((a) => a.id).sort()).toEqual(live.sort());

      const [csv] = await Promise.all([lib.waitForEvent('download'), lib.getByTestId('export-csv').click()]);
      const csvFile = join(work, 'export.csv');
      await csv.saveAs(csvFile);
      expect(readFileSync(csvFile, 'utf8').trimEnd().split('\r\n')).toHaveLength(total + 1);
      await lib.close();
    },
  );
});
