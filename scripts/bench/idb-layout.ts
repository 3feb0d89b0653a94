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
  'packed 32 a row by ord: ids + listing keys per row',
  'packed 64 a row by ord: ids + listing keys per row',
  'packed 32 a row by ord: listing keys, ids in 256 bucket rows',
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
        const [us, editMs] = await page.evaluate(measure, { layout, records, round });
        best.set(layout, Math.min(best.get(layout) ?? Infinity, us));
        const edit = editMs ? `  edit ${editMs.toFixed(2)} ms` : '';
        console.log(`  round ${round + 1}  ${us.toFixed(0).padStart(5)} µs/record${edit}  ${layout}`);
      }
    console.log(`\nbest of ${rounds} (load now ${loadavg()[0]!.toFixed(2)}):`);
    for (const [layout, us] of best) console.log(`  ${us.toFixed(0).padStart(5)} µs/record  ${layout}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs in the page: puts the records in the layout, returns µs per record (wall time). */
async function measure({
  layout,
  records,
  round,
}: {
  layout: string;
  records: Highlight[];
  round: number;
}): Promise<[number, number]> {
  const name = `layout-${round}-${layout}`;
  /**
   * Schema 4's candidate: records packed `size` to a row by ord, a multi-entry `ids` index (or the
   * ids in 256 hashed bucket rows) and per row one listing key per page and per facet value (with
   * the newest time). Then the cost of one edit: a block read and written back, in 30 transactions.
   */
  async function measureBlocks(
    name: string,
    records: Highlight[],
    size: number,
    buckets: boolean,
  ): Promise<[number, number]> {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => {
        const s = r.result.createObjectStore('blocks');
        if (!buckets) s.createIndex('ids', 'ids', { multiEntry: true });
        s.createIndex('by', 'by', { multiEntry: true });
        r.result.createObjectStore('aux');
      };
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error ?? new Error('open failed'));
    });
    const done = (tx: IDBTransaction) =>
      new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error ?? new Error('write failed'));
      });
    const rowOf = (group: Highlight[], first: number) => {
      const by = new Map<string, IDBValidKey>();
      for (const h of group) {
        by.set(`u${h.url}`, ['u', h.url]);
        const vals: [string, string][] = [
          ['c', h.color],
          ['s', h.site],
        ];
        if (h.category) vals.push(['k', h.category]);
        for (const t of h.tags) vals.push(['t', t]);
        for (const [k, v] of vals) {
          const key = `${k}\u0000${v}`;
          const had = by.get(key) as [string, string, number] | undefined;
          if (!had || had[2] < h.created) by.set(key, [k, v, h.created]);
        }
      }
      const row: Record<string, unknown> = {
        ord: first,
        recs: group.map((h, i) => ({ ord: first + i, seq: first + i, h })),
      };
      row.by = [...by.values()];
      if (!buckets) row.ids = group.map((h) => h.id);
      return row;
    };
    const hash = (id: string) => {
      let x = 0;
      for (let i = 0; i < id.length; i++) x = (x * 31 + id.charCodeAt(i)) | 0;
      return (x >>> 0) % 256;
    };
    const bucketRows = new Map<number, Record<string, number>>();
    const t0 = performance.now();
    // Whole blocks per transaction (4,096: a multiple of every block size measured).
    for (let i = 0; i < records.length; i += 4096) {
      const batch = records.slice(i, i + 4096);
      const tx = db.transaction(['blocks', 'aux'], 'readwrite');
      const store = tx.objectStore('blocks');
      for (let j = 0; j < batch.length; j += size) store.put(rowOf(batch.slice(j, j + size), i + j), (i + j) / size);
      if (buckets) {
        const touched = new Set<number>();
        batch.forEach((h, j) => {
          const b = hash(h.id);
          touched.add(b);
          let row = bucketRows.get(b);
          if (!row) bucketRows.set(b, (row = {}));
          row[h.id] = i + j;
        });
        const aux = tx.objectStore('aux');
        for (const b of touched) aux.put(bucketRows.get(b), b);
      }
      await done(tx);
    }
    const us = ((performance.now() - t0) * 1000) / records.length;
    const e0 = performance.now();
    for (let k = 0; k < 30; k++) {
      const tx = db.transaction(['blocks'], 'readwrite');
      const store = tx.objectStore('blocks');
      const key = (k * 7) % Math.floor(records.length / size);
      const get = store.get(key);
      get.onsuccess = () => {
        const row = get.result as { recs: { h: Highlight }[] };
        row.recs[0]!.h = { ...row.recs[0]!.h, note: `edit ${k}` };
        store.put(row, key);
      };
      await done(tx);
    }
    const editMs = (performance.now() - e0) / 30;
    db.close();
    await new Promise((ok) => {
      const d = indexedDB.deleteDatabase(name);
      d.onsuccess = d.onerror = ok;
    });
    return [us, editMs];
  }

  const blocked = /^packed (\d+)/.exec(layout);
  if (blocked) return measureBlocks(name, records, Number(blocked[1]), layout.includes('bucket'));
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
  return [us, 0];
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
