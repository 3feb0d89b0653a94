/**
 * What IndexedDB costs per record for candidate layouts of the records store, in the same
 * Chromium the extension runs in, in one run: 20,000 records like the scale bench's, put in
 * 5,000-record transactions into a fresh database per layout, each layout run twice in turn
 * (the figure is the better of the two: the machine is shared). Prints µs per record.
 * Run: npx tsx scripts/bench/idb-layout.ts [EXTENSION_DIR] [--records N] [--rounds N] [--only 1,4]
 * (`--only`: the layouts by their number in LAYOUTS, from 1).
 */
import { loadavg } from 'node:os';
import { startFixtureServer } from '../../tests/e2e/support/server';
import { CHROME_BUILD, launchChromium } from '../../tests/e2e/support/chromium';
import type { Highlight } from '@/utils/highlights/record';
import { makeLibrary } from './popup';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** name → how a record is stored (evaluated in the page, so plain data). */
const LAYOUTS = [
  'baseline: object, ord + seq + by (all keys)',
  'no seq index (log row per transaction)',
  'no seq, no ord index (ord blocks)',
  'no seq, by without a (schema 3 keys)',
  'string value, no seq, by without a (schema 3)',
  'no seq, no ord, by: u + a only',
  'no seq, no ord, by: u only',
  'string value, ord + seq + by (all keys)',
  'string value, no seq, no ord, by (all keys)',
  'string value, no seq, no ord, by: u + a',
  'object, no index',
  'string value, no index',
  'string value, 10 records a row (a page), no index',
  'string value, 10 a row, by per row: u + a',
] as const;

async function main() {
  const n = arg('--records', 20_000);
  const rounds = arg('--rounds', 2);
  const records = makeLibrary(Math.ceil(n / 10)).slice(0, n);
  const server = await startFixtureServer();
  const browser = await launchChromium(server, {
    extensionDir: process.argv[2]?.startsWith('/') ? process.argv[2] : CHROME_BUILD,
  });
  try {
    const page = await browser.openExtensionPage('library.html');
    // tsx names functions with a helper the page does not have.
    await page.evaluate('window.__name = (f) => f');
    console.log(
      `uptime load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}; ${n} records, ${rounds} rounds`,
    );
    const best = new Map<string, number>();
    const only = process.argv.indexOf('--only');
    const picked = only > 0 ? process.argv[only + 1]!.split(',').map((i) => LAYOUTS[Number(i) - 1]!) : [...LAYOUTS];
    for (let round = 0; round < rounds; round++)
      for (const layout of picked) {
        const us = await page.evaluate(measure, { layout, records, round });
        best.set(layout, Math.min(best.get(layout) ?? Infinity, us));
        console.log(`  round ${round + 1}  ${us.toFixed(0).padStart(5)} µs/record  ${layout}`);
      }
    console.log(`\nbest of ${rounds} (load now ${loadavg()[0]!.toFixed(2)}):`);
    for (const [layout, us] of best) console.log(`  ${us.toFixed(0).padStart(5)} µs/record  ${layout}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs in the page: puts the records in the layout, returns µs per record (wall time). */
async function measure({ layout, records, round }: { layout: string; records: Highlight[]; round: number }) {
  const name = `layout-${round}-${layout}`;
  const str = layout.startsWith('string');
  const noIndex = layout.includes('no index');
  const seqIndex = !noIndex && !layout.includes('no seq');
  const ordIndex = seqIndex ? true : !noIndex && !layout.includes('no ord');
  const packed = layout.includes('10 ');
  const byKeys = noIndex
    ? 'none'
    : layout.includes('u + a')
      ? 'ua'
      : layout.includes('u only')
        ? 'u'
        : layout.includes('without a')
          ? 'noa'
          : 'all';
  const db: IDBDatabase = await new Promise((ok, fail) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      const s = r.result.createObjectStore('records', { keyPath: 'id' });
      if (ordIndex) s.createIndex('ord', 'ord', { unique: true });
      if (seqIndex) s.createIndex('seq', 'seq', { unique: true });
      if (byKeys !== 'none') s.createIndex('by', 'by', { multiEntry: true });
      r.result.createObjectStore('aux');
    };
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error ?? new Error('open failed'));
  });
  const keysOf = (h: Highlight): IDBValidKey[] => {
    const keys: IDBValidKey[] = [['u', h.url, h.position.start]];
    if (byKeys === 'u') return keys;
    if (byKeys !== 'noa') keys.push(['a', h.created]);
    if (byKeys === 'ua') return keys;
    keys.push(['c', h.color, h.created], ['s', h.site, h.created]);
    if (h.category) keys.push(['k', h.category, h.created]);
    for (const t of new Set(h.tags)) keys.push(['t', t, h.created]);
    return keys;
  };
  const t0 = performance.now();
  let ord = 0;
  for (let i = 0; i < records.length; i += 5000) {
    const batch = records.slice(i, i + 5000);
    const tx = db.transaction(['records', 'aux'], 'readwrite');
    const store = tx.objectStore('records');
    if (packed) {
      for (let j = 0; j < batch.length; j += 10) {
        const group = batch.slice(j, j + 10);
        const row: Record<string, unknown> = { id: group[0]!.id, ord, j: JSON.stringify(group) };
        ord += group.length;
        if (byKeys !== 'none')
          row.by = [
            ['u', group[0]!.url],
            ['a', group[0]!.created],
          ];
        store.put(row);
      }
    } else {
      for (const h of batch) {
        const row: Record<string, unknown> = { id: h.id };
        if (ordIndex || !noIndex) row.ord = ord;
        ord++;
        if (seqIndex) row.seq = ord;
        if (byKeys !== 'none') row.by = keysOf(h);
        if (str) row.j = JSON.stringify(h);
        else row.h = h;
        store.put(row);
      }
    }
    const aux = tx.objectStore('aux');
    if (!seqIndex)
      aux.put(
        batch.map((h) => h.id),
        ['log', i],
      );
    if (!ordIndex)
      aux.put(
        batch.map((h) => h.id),
        ['ords', i],
      );
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error ?? new Error('write failed'));
    });
  }
  const us = ((performance.now() - t0) * 1000) / records.length;
  db.close();
  await new Promise((ok) => {
    const d = indexedDB.deleteDatabase(name);
    d.onsuccess = d.onerror = ok;
  });
  return us;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
