/**
 * Schema 4: the records packed BLOCK to a row by ord (postings.ts numbering), instead of a row
 * and about five index entries each. IndexedDB pays per row and per index entry written (about
 * 60–80 µs a row, 15–25 µs an entry: scripts/bench/idb-layout.ts); 20,000 records put as
 * schema 3 cost ~200 µs a record, packed 32 to a row with the keys below ~23 µs (load 8–9).
 * An import's records get consecutive ords and fill whole blocks; a search verifies its
 * candidates by ord, the change log and export read by ord: one row read serves many.
 *
 * A block row (key: the block's number, `ord / BLOCK`) holds its records by ord and one index
 * keys list, worked out from the records by `makeBlock`, never kept apart from them:
 *
 *   by    ['u', url] once per page in the block (tombstones too: every record of a page)
 *
 * Where a record is by id is the `idmap` store's (id-map.ts, schema 6; schema 4 and 5 had an
 * `ids` list here and a multi-entry index on it), which `writeBlocks` keeps in step too.
 *
 * Per listing value of the block's live records (kind 'c' colour, 'k' category, 't' tag, 's'
 * site: rows.ts `indexKeys`), the newest and oldest creation time among them and how many are
 * kept in the `listings` store (listings.ts; schema 4 had them in `by` too), which `writeBlocks`
 * keeps in step with the blocks it writes.
 *
 * 32 a row: a record is ~1 KB as stored, and Chromium moves a value past 64 KB to a file of
 * its own. One edit reads and writes its block back (~32 KB; a few ms in the bench).
 */
import { unwrap } from 'idb';
import type { RecordRow } from './rows';
import { blockListing, editListing, writeListings, type ListingEdits } from './listings';
import { editIdMap, writeIdMap, type IdMapEdits } from './id-map';
import { settle } from './settle';

export const BLOCK = 32;

/** The block a record's ord is in. */
export const recordBlock = (ord: number): number => Math.floor(ord / BLOCK);

export interface BlockRow {
  /** The block's records, ascending ord (a record removed altogether leaves a gap). */
  recs: RecordRow[];
  by: IDBValidKey[];
}

/** The block row of these records (any order; none empty: an empty block is deleted). */
export function makeBlock(records: Iterable<RecordRow>): BlockRow {
  const recs = [...records].sort((a, b) => a.ord - b.ord);
  const urls = new Set<string>();
  // A damaged record (rows.ts `rowRecord`) is kept, unlisted.
  for (const { h } of recs) if (typeof h?.url === 'string') urls.add(h.url);
  return { recs, by: [...urls].map((url) => ['u', url]) };
}

/** What reading blocks needs of a store (idb's object store, in any transaction). */
export interface BlockStore {
  get(block: number): Promise<BlockRow | undefined>;
  getAll(range: IDBKeyRange): Promise<BlockRow[]>;
}

/**
 * The blocks of these numbers (absent ones left out): one range read when they lie close, else a
 * read each. `each` is given every block as it comes (a read each: as each answers), so a caller
 * stopped half way keeps what came.
 */
export async function readBlocks(
  store: BlockStore,
  blocks: Iterable<number>,
  each?: (block: BlockRow) => void,
): Promise<BlockRow[]> {
  const nums = [...new Set(blocks)].sort((a, b) => a - b);
  if (!nums.length) return [];
  const lo = nums[0]!;
  const hi = nums.at(-1)!;
  const came = (row: BlockRow | undefined) => {
    if (row) each?.(row);
    return row;
  };
  const rows =
    nums.length > 2 && hi - lo < 2 * nums.length
      ? (await store.getAll(IDBKeyRange.bound(lo, hi))).map(came)
      : await Promise.all(nums.map((n) => store.get(n).then(came)));
  return rows.filter((row) => row !== undefined);
}

/** The rows of these ords, by ord (absent ones left out; a range read may bring others too). */
export async function readByOrd(store: BlockStore, ords: readonly number[]): Promise<Map<number, RecordRow>> {
  const out = new Map<number, RecordRow>();
  for (const block of await readBlocks(store, ords.map(recordBlock))) for (const r of block.recs) out.set(r.ord, r);
  return out;
}

/**
 * The blocks a read-write job has read or written, per transaction: the writer reads a record's
 * block to decide and writes it back, without reading it twice. Only the job's own transaction
 * writes its blocks, so what is kept here is what is stored in it.
 */
const seen = new WeakMap<IDBTransaction, Map<number, BlockRow | undefined>>();

export function txBlocks(tx: IDBTransaction): Map<number, BlockRow | undefined> {
  let blocks = seen.get(tx);
  if (!blocks) seen.set(tx, (blocks = new Map<number, BlockRow | undefined>()));
  return blocks;
}

/** The blocks of these numbers as stored in `tx` (read once; undefined: none). Raw requests, one promise each. */
export async function loadBlocks(
  tx: IDBTransaction,
  nums: Iterable<number>,
): Promise<Map<number, BlockRow | undefined>> {
  const blocks = txBlocks(tx);
  const missing = [...new Set(nums)].filter((n) => !blocks.has(n));
  if (missing.length) {
    const store = tx.objectStore('blocks');
    const rows = await Promise.all(missing.map((n) => settle(store.get(n) as IDBRequest<BlockRow | undefined>)));
    missing.forEach((n, i) => {
      // A block the job kept meanwhile (another read's answer, or its own write since: this answer
      // may be older) stays. This check keeps overlapping reads and writes right
      // (tests/unit/store/load-blocks.test.ts).
      if (!blocks.has(n)) blocks.set(n, rows[i]);
    });
  }
  return blocks;
}

/**
 * Writes these records over (or beside) the ones in their blocks and removes the `remove` ords,
 * and the blocks' listings (listings.ts) and id map rows (id-map.ts) with them; raw requests.
 * Blocks that start at or past `fresh` (the library's next ord before the write: ords are never
 * used twice) hold nothing yet and are not read, nor their listing and id map rows.
 */
export async function writeBlocks(
  tx: IDBTransaction,
  rows: readonly RecordRow[],
  remove: readonly number[],
  fresh = Infinity,
): Promise<void> {
  const nums = new Set([...rows.map((r) => recordBlock(r.ord)), ...remove.map(recordBlock)]);
  const blocks = await loadBlocks(
    tx,
    [...nums].filter((n) => n * BLOCK < fresh),
  );
  const edits = new Map<number, Map<number, RecordRow | null>>();
  const edit = (ord: number, row: RecordRow | null) => {
    const n = recordBlock(ord);
    let m = edits.get(n);
    if (!m) edits.set(n, (m = new Map<number, RecordRow | null>()));
    m.set(ord, row);
  };
  for (const ord of remove) edit(ord, null);
  for (const row of rows) edit(row.ord, row);
  const store = tx.objectStore('blocks');
  const listings: ListingEdits = new Map();
  const idMap: IdMapEdits = new Map();
  for (const [n, changes] of edits) {
    const was = blocks.get(n)?.recs ?? [];
    const byOrd = new Map(was.map((r) => [r.ord, r]));
    for (const [ord, row] of changes) {
      editIdMap(idMap, ord, byOrd.get(ord), row);
      if (row) byOrd.set(ord, row);
      else byOrd.delete(ord);
    }
    if (byOrd.size) {
      const block = makeBlock(byOrd.values());
      blocks.set(n, block);
      store.put(block, n);
    } else {
      blocks.set(n, undefined);
      store.delete(n);
    }
    editListing(listings, n, was.length ? blockListing(was) : [], blockListing(byOrd.values()));
  }
  await Promise.all([writeListings(tx, listings, fresh / BLOCK), writeIdMap(tx, idMap, fresh)]);
}

/** The raw transaction of an idb one (the block cache is keyed by it). */
export const rawTx = (tx: { objectStore(name: 'blocks'): unknown }): IDBTransaction =>
  (unwrap(tx.objectStore('blocks') as never) as unknown as IDBObjectStore).transaction;
