/**
 * The stored rows a write job reads before it decides: by id, and every row of some pages, from
 * the record blocks (blocks.ts), each block read once per transaction (the job writes it back).
 *
 * By id: the ids' record numbers from the id map (id-map.ts, a read per bucket), then each block
 * once. By page: an import batch asks for several hundred pages, most of them not stored yet (a
 * new file): the first key of the batch's range of page keys in `by` tells when none is, and
 * nothing more is read. Otherwise, for a few pages, each one's blocks from the index; for many, a
 * key look-up per page, then each block found once, for ids and pages alike (a file imported into
 * a library that holds it: a page's `getAll` brought its blocks whole, ~4 pages a block, and the
 * ids' reads brought them again). The answer is the same as a look-up per id and per page
 * (read-rows.property.test.ts): the same rows, in the order asked.
 *
 * Raw requests, one promise per read: idb's promise, listeners and proxy per request cost more
 * script time than the reads. Reads only: nothing may write in the transaction while they run
 * but the job's own `writeBlocks`, which keeps the blocks read up to date.
 */
import type { RecordRow } from './rows';
import { loadBlocks, rawTx, recordBlock, txBlocks, type BlockRow } from './blocks';
import { mapOrds } from './id-map';
import { settle } from './settle';

/** Any transaction (idb's) that has the blocks store (and the idmap store, to read by id). */
type ReadTx = Parameters<typeof rawTx>[0];

/** Pages below which a probe is not worth its request. */
const PROBE_MIN = 32;

export interface ProbeOptions {
  /** Test hook: smallest batch probed. */
  probeMin?: number;
  /**
   * Past DIRECT_MAX pages, their block keys first, then each block once (a write job, whose ids'
   * reads need the same blocks). Without it, the blocks in one round trip, as the lists' reads
   * were measured (first render).
   */
  byKeys?: boolean;
}

/** Pages below which each page's blocks are read straight from the index (one round trip, a block read once per page). */
const DIRECT_MAX = 32;

/**
 * Whether the index holds any key in `range`: the first one's block, not a count, whose cost in
 * Chromium's backend grows with the keys in the range. A batch of random ids (a real export)
 * spans what is stored, so each batch's count went over the whole library: the 100k import's
 * backend CPU 20.7 → 8.4 s without it (docs/benchmarks.md).
 */
async function anyIn(index: IDBIndex, range: IDBKeyRange): Promise<boolean> {
  return (await settle(index.getKey(range))) !== undefined;
}

/**
 * The stored rows of these ids (absent ids left out), found ones in the order asked: their
 * record numbers from the id map (id-map.ts: a range read per bucket), then each block once.
 */
export async function readRowsEach(tx: IDBTransaction, ids: readonly string[]): Promise<Map<string, RecordRow>> {
  const out = new Map<string, RecordRow>();
  if (!ids.length) return out;
  const ords = await mapOrds(tx, ids);
  if (!ords.size) return out;
  const blocks = await loadBlocks(tx, [...ords.values()].map(recordBlock));
  for (const id of ids) {
    const ord = ords.get(id);
    const row = ord === undefined ? undefined : blocks.get(recordBlock(ord))?.recs.find((r) => r.id === id);
    if (row) out.set(id, row);
  }
  return out;
}

/**
 * Keeps a block read through an index in the transaction's blocks (blocks.ts `txBlocks`), unless
 * one was kept already (the job may have written it since); returns its number.
 */
function keep(tx: IDBTransaction, block: BlockRow): number {
  const n = recordBlock(block.recs[0]!.ord);
  const blocks = txBlocks(tx);
  if (!blocks.has(n)) blocks.set(n, block);
  return n;
}

/**
 * The stored rows of these ids (absent ids left out), in the order of `ids`. Any transaction
 * with the `blocks` and `idmap` stores. No probe first: a bucket's rows are one read, and the
 * `ids` index's range probe has no counterpart in a map by hash.
 */
export async function readRows(tx: ReadTx, ids: Iterable<string>): Promise<Map<string, RecordRow>> {
  return readRowsEach(rawTx(tx), [...new Set(ids)]);
}

/** Every stored row of each of these pages, tombstones included, in page order, in the order of `urls`. */
export async function readPagesRows(tx: ReadTx, urls: readonly string[], o: ProbeOptions = {}): Promise<RecordRow[][]> {
  const raw = rawTx(tx);
  const by = raw.objectStore('blocks').index('by');
  if (urls.length && urls.length >= (o.probeMin ?? PROBE_MIN)) {
    const sorted = [...urls].sort();
    const range = IDBKeyRange.bound(['u', sorted[0]!], ['u', sorted.at(-1)!]);
    if (!(await anyIn(by, range))) return urls.map(() => []);
  }
  const ofPage = (url: string, blocks: readonly (BlockRow | undefined)[]) =>
    pageOrder(blocks.flatMap((block) => block?.recs.filter((r) => r.h?.url === url) ?? []));
  if (!o.byKeys || urls.length < DIRECT_MAX) {
    // A page or a list's few: the blocks themselves, one round trip (a block shared by pages is
    // read once for each).
    const lists = (await Promise.all(urls.map((url) => settle(by.getAll(['u', url]))))) as BlockRow[][];
    const blocks = txBlocks(raw);
    return urls.map((url, i) =>
      ofPage(
        url,
        lists[i]!.map((read) => blocks.get(keep(raw, read))),
      ),
    );
  }
  // Many pages (an import batch into a library that holds them): the block numbers first, then
  // each block once — a block holds ~3 pages of 10 records, and the ids' reads need the same
  // blocks (loadBlocks asks once).
  const keys = (await Promise.all(urls.map((url) => settle(by.getAllKeys(['u', url]))))) as number[][];
  const blocks = await loadBlocks(raw, keys.flat());
  return urls.map((url, i) =>
    ofPage(
      url,
      keys[i]!.map((n) => blocks.get(n)),
    ),
  );
}

/** Every stored row of a page, tombstones included, in page order. */
export async function readPageRows(tx: ReadTx, url: string): Promise<RecordRow[]> {
  return (await readPagesRows(tx, [url], { probeMin: Infinity }))[0]!;
}

/** Page order, as schema 3's ['u', url, start] index keys gave it: by start, then id. */
export function pageOrder(rows: RecordRow[]): RecordRow[] {
  return rows.sort((a, b) => a.h.position.start - b.h.position.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
