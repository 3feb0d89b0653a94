/**
 * What schema 4's record blocks cost IndexedDB by part, per thread: the bench's 100,000 records
 * put 32 to a row (blocks.ts) in 8,192-record transactions, in the Chromium the extension runs in,
 * once per variant of the row; each variant in turn in every round, in a fresh browser each time.
 * Prints the CPU time (from /proc) of the browser's thread pool (IndexedDB's backend) and the
 * page's main thread (building the rows, their structured clone, Blink's clone of the value to
 * read its index keys) with the load. Figures are printed, never asserted.
 * Run: npx tsx scripts/bench/idb-blocks.ts [EXTENSION_DIR] [--records N] [--rounds N] [--only objects,split]
 */
import { loadavg } from 'node:os';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { CHROME_BUILD, launchChromium } from '../../tests/e2e/support/chromium';
import type { Highlight } from '@/utils/highlights/record';
import { makeLibrary } from './popup';
import { snapshot, TICK } from './proc-cpu';

const VARIANTS = {
  objects: 'schema 4: { recs: [{ id, ord, seq, h }], ids, by }, indexes ids + by',
  compact: 'per block a table of its pages (url, title, site, article), each record an array',
  json: 'the records as one JSON string',
  'no-ids': 'schema 4 without the ids index',
  'no-by': 'schema 4 without the by index',
  split: 'ids + by in the indexed row, the records in a store without indexes',
} as const;
type Variant = keyof typeof VARIANTS;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main() {
  const n = arg('--records', 100_000);
  const rounds = arg('--rounds', 2);
  const records = makeLibrary(Math.ceil(n / 10)).slice(0, n);
  const only = process.argv.indexOf('--only');
  const picked = (only > 0 ? process.argv[only + 1]!.split(',') : Object.keys(VARIANTS)) as Variant[];
  const server = await startFixtureServer();
  console.log(`${n} records, ${rounds} rounds, load ${loadavg()[0]!.toFixed(1)}`);
  try {
    for (let round = 0; round < rounds; round++)
      for (const variant of picked) {
        // A browser (and profile) each: IndexedDB's LevelDB compacts one variant's data while the
        // next is measured otherwise, even after deleting its database.
        const browser = await launchChromium(server, {
          extensionDir: process.argv[2]?.startsWith('/') ? process.argv[2] : CHROME_BUILD,
        });
        try {
          const page = await browser.openExtensionPage('library.html');
          // tsx names functions with a helper the page does not have.
          await page.evaluate('window.__name = (f) => f');
          await page.evaluate((r) => void ((globalThis as { benchRecords?: Highlight[] }).benchRecords = r), records);
          // The records' transfer leaves garbage and compiled code behind: let it settle first.
          await page.waitForTimeout(2000);
          const before = snapshot(browser.userDataDir);
          const wall = await page.evaluate(putBlocks, { variant, name: variant });
          const after = snapshot(browser.userDataDir);
          const cpu = (process: string, thread: string) =>
            [...after]
              .filter(([k]) => k.startsWith(process) && k.endsWith(thread))
              .reduce((sum, [k, v]) => sum + v - (before.get(k) ?? 0), 0) / TICK;
          console.log(
            `  round ${round + 1}  backend ${cpu('browser', '/ ThreadPoolForeg').toFixed(2)} s` +
              `  page ${cpu('renderer (extension)', '/ chromium').toFixed(2)} s` +
              `  wall ${(wall / 1000).toFixed(1)} s  load ${loadavg()[0]!.toFixed(1)}  ${variant}: ${VARIANTS[variant]}`,
          );
        } finally {
          await browser.close();
        }
      }
  } finally {
    await server.close();
  }
}

/** Runs in the page: puts the records as blocks of 32 in the variant's layout; returns the wall time in ms. */
async function putBlocks({ variant, name }: { variant: Variant; name: string }): Promise<number> {
  const records = (globalThis as { benchRecords?: Highlight[] }).benchRecords!;
  const db: IDBDatabase = await new Promise((ok, fail) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      const blocks = r.result.createObjectStore('blocks');
      if (variant !== 'no-ids') blocks.createIndex('ids', 'ids', { multiEntry: true });
      if (variant !== 'no-by') blocks.createIndex('by', 'by', { multiEntry: true });
      r.result.createObjectStore('recs');
    };
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error ?? new Error('open failed'));
  });
  // As blocks.ts makeBlock: ['u', url] per page, [kind, value, newest, oldest, n] per listing value.
  const byKeys = (group: Highlight[]) => {
    const by = new Map<string, IDBValidKey>();
    for (const h of group) {
      by.set(`u\u0000${h.url}`, ['u', h.url]);
      const values: [string, string][] = [
        ['c', h.color],
        ['s', h.site],
      ];
      if (h.category) values.push(['k', h.category]);
      for (const t of h.tags) values.push(['t', t]);
      for (const [kind, value] of values) {
        const key = `${kind}\u0000${value}`;
        const had = by.get(key) as [string, string, number, number, number] | undefined;
        if (!had) by.set(key, [kind, value, h.created, h.created, 1]);
        else {
          had[2] = Math.max(had[2], h.created);
          had[3] = Math.min(had[3], h.created);
          had[4]++;
        }
      }
    }
    return [...by.values()];
  };
  const rowsOf = (group: Highlight[], first: number) =>
    group.map((h, i) => ({ id: h.id, ord: first + i, seq: first + i, h }));
  const compact = (group: Highlight[], first: number) => {
    const pages: unknown[] = [];
    const pageAt = new Map<string, number>();
    const recs = group.map((h, i) => {
      const key = `${h.url}\u0000${h.title}\u0000${h.site}\u0000${JSON.stringify(h.article)}`;
      let at = pageAt.get(key);
      if (at === undefined) {
        pageAt.set(key, (at = pages.length));
        pages.push([h.url, h.title, h.site, h.article]);
      }
      const { quote, position } = h;
      return [
        first + i,
        first + i,
        h.id,
        at,
        quote.exact,
        quote.prefix,
        quote.suffix,
        position.start,
        position.end,
        h.color,
        h.note,
        h.tags,
        h.category,
        h.created,
        h.updated,
        h.clock,
      ];
    });
    return { pages, recs };
  };
  const t0 = performance.now();
  for (let i = 0; i < records.length; i += 8192) {
    const tx = db.transaction(['blocks', 'recs'], 'readwrite');
    const blocks = tx.objectStore('blocks');
    const recs = tx.objectStore('recs');
    const batch = records.slice(i, i + 8192);
    for (let j = 0; j < batch.length; j += 32) {
      const group = batch.slice(j, j + 32);
      const key = (i + j) / 32;
      const ids = group.map((h) => h.id);
      const by = byKeys(group);
      if (variant === 'split') {
        recs.put(rowsOf(group, i + j), key);
        blocks.put({ ids, by }, key);
      } else if (variant === 'compact') blocks.put({ ...compact(group, i + j), ids, by }, key);
      else if (variant === 'json') blocks.put({ json: JSON.stringify(rowsOf(group, i + j)), ids, by }, key);
      else blocks.put({ recs: rowsOf(group, i + j), ids, by }, key);
    }
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error ?? new Error('write failed'));
    });
  }
  const wall = performance.now() - t0;
  db.close();
  await new Promise((ok) => {
    const d = indexedDB.deleteDatabase(name);
    d.onsuccess = d.onerror = ok;
  });
  return wall;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
