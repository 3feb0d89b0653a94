/**
 * Schema 5: the blocks' listing keys, packed. Schema 4 kept, per block and listing value (colour,
 * category, tag, site of its live records), one multi-entry `by` index entry
 * [kind, value, newest, oldest, n]: ~69,000 entries for the 100,000 bench records (of the ~84,000
 * `by` entries with the page keys), and every import batch wrote them all over the index.
 * IndexedDB pays per entry written: its backend spent ~1.2–1.9 s less per import with these rows
 * instead (scripts/bench/import-cpu.ts, docs/benchmarks.md).
 *
 * Now the same entries are rows of the `listings` store, without an index, one row per value and
 * PART blocks (8,192 ords, the search index's block: an import batch's blocks make new rows):
 *
 *   key   [kind, value, part]           part = block / PART
 *   value { e: [block, newest, oldest, n][] }   by block, ascending; none empty (deleted instead)
 *
 * A filter reads its values' rows (a handful: one per 8,192 ords) and walks the entries in
 * memory (facet-ranges.ts). The writer keeps them from the blocks it writes (blocks.ts
 * `writeBlocks`): a block's listing is worked out from its records, never kept apart from them.
 */
import type { Highlight } from '@/utils/highlights/record';
import { indexKeys, type RecordRow } from './rows';
import { settle } from './settle';

/** Blocks per listing row. */
export const PART = 256;

/** The live records of one value in one block. */
export type ListingKey = [kind: string, value: string, newest: number, oldest: number, n: number];

/** One block's entry in a value's row. */
export type ListingEntry = [block: number, newest: number, oldest: number, n: number];

export interface ListingRow {
  e: ListingEntry[];
}

export type ListingRowKey = [kind: string, value: string, part: number];

/** The listing of a block's records: per value of its live records, their newest and oldest creation time and how many. */
export function blockListing(recs: Iterable<RecordRow>): ListingKey[] {
  const listing = new Map<string, ListingKey>();
  for (const { h } of recs) {
    // A damaged record (rows.ts `rowRecord`) is kept, unlisted.
    if (typeof (h as Highlight | undefined)?.url !== 'string') continue;
    for (const key of indexKeys(h)) {
      const [kind, value, at] = key as [string, string, number];
      if (kind === 'u') continue;
      const id = `${kind}\u0000${value}`;
      const had = listing.get(id);
      if (!had) listing.set(id, [kind, value, at, at, 1]);
      else {
        had[2] = Math.max(had[2], at);
        had[3] = Math.min(had[3], at);
        had[4]++;
      }
    }
  }
  return [...listing.values()];
}

/** Per row, the blocks whose entry changes (null: the block no longer lists the value). */
export type ListingEdits = Map<string, { key: ListingRowKey; blocks: Map<number, ListingEntry | null> }>;

/** Adds the change of block `n`'s listing from `before` to `after` to `edits` (values whose entry is the same are left alone). */
export function editListing(
  edits: ListingEdits,
  n: number,
  before: readonly ListingKey[],
  after: readonly ListingKey[],
) {
  const part = Math.floor(n / PART);
  const edit = (kind: string, value: string, entry: ListingEntry | null) => {
    const id = `${kind}\u0000${value}\u0000${part}`;
    let e = edits.get(id);
    if (!e) edits.set(id, (e = { key: [kind, value, part], blocks: new Map() }));
    e.blocks.set(n, entry);
  };
  const had = new Map(before.map((k) => [`${k[0]}\u0000${k[1]}`, k]));
  for (const [kind, value, newest, oldest, count] of after) {
    const id = `${kind}\u0000${value}`;
    const old = had.get(id);
    had.delete(id);
    if (old && old[2] === newest && old[3] === oldest && old[4] === count) continue;
    edit(kind, value, [n, newest, oldest, count]);
  }
  for (const [kind, value] of had.values()) edit(kind, value, null);
}

/**
 * Writes the edited rows; raw requests (a failure aborts the transaction, which the caller
 * awaits). A row whose part begins at or past `fresh` (the library's next ord before the write,
 * in blocks: ords are never used twice) does not exist yet and is not read.
 */
export async function writeListings(tx: IDBTransaction, edits: ListingEdits, fresh: number): Promise<void> {
  if (!edits.size) return;
  const store = tx.objectStore('listings');
  const list = [...edits.values()];
  const rows = await Promise.all(
    list.map(({ key }) =>
      key[2] * PART < fresh ? (settle(store.get(key)) as Promise<ListingRow | undefined>) : Promise.resolve(undefined),
    ),
  );
  list.forEach(({ key, blocks }, i) => {
    const byBlock = new Map((rows[i]?.e ?? []).map((entry) => [entry[0], entry]));
    for (const [n, entry] of blocks) {
      if (entry) byBlock.set(n, entry);
      else byBlock.delete(n);
    }
    if (byBlock.size) store.put({ e: [...byBlock.values()].sort((a, b) => a[0] - b[0]) } satisfies ListingRow, key);
    else store.delete(key);
  });
}

/** What reading listings needs of a store (idb's, in any transaction). */
export interface ListingStore {
  getAll(range: IDBKeyRange): Promise<ListingRow[]>;
  getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]>;
}

/** Every block entry of one value, all parts. */
export async function readListing(store: ListingStore, kind: string, value: string): Promise<ListingEntry[]> {
  const rows = await store.getAll(IDBKeyRange.bound([kind, value], [kind, value, []]));
  return rows.flatMap((row) => row.e);
}

/** Live records per value of one kind, from the rows' counts. */
export async function countListed(store: ListingStore, kind: string): Promise<Map<string, number>> {
  const range = IDBKeyRange.bound([kind], [kind, []]);
  const [keys, rows] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
  const counts = new Map<string, number>();
  keys.forEach((key, i) => {
    const value = (key as ListingRowKey)[1];
    let n = counts.get(value) ?? 0;
    for (const entry of rows[i]!.e) n += entry[3];
    counts.set(value, n);
  });
  return counts;
}
