/**
 * Schema 6: where a record is, by id — the `idmap` store, without indexes, instead of schema 4's
 * multi-entry `ids` index on the blocks. IndexedDB pays per index entry written (15–25 µs each,
 * scripts/bench/idb-layout.ts): the index cost an entry per record, and a block written again
 * rewrote its 32. A throwaway build without those entries spent ~2 s less of IndexedDB's backend
 * on the 100k import (docs/benchmarks.md, s28-import).
 *
 * A row per (bucket of the id, part of MAP_PART record numbers):
 *
 *   key   [bucket, part]     bucket = idBucket(id) (BUCKETS of them), part = ord / MAP_PART
 *   value { ids, ords }      the ids of that bucket whose record has an ord in that part
 *
 * An import batch into an empty library (8,192 records: one part) writes ~256 new rows and reads
 * none: a part that begins at or past the library's next ord holds nothing yet. A look-up reads
 * its bucket's rows (one range read, a row per part: ~400 ids at 100,000), then the block. The
 * writer keeps the rows in step with the blocks it writes (blocks.ts `writeBlocks`): a record's
 * entry is added when its id enters a block and dropped when it leaves, worked out from the
 * records, never apart from them. Damaged records are mapped by their row's id, as the index had
 * them (rows.ts `rowRecord` decides what is read).
 */
import type { RecordRow } from './rows';
import { settle } from './settle';

/** Buckets of ids: a look-up reads one bucket's rows. */
export const BUCKETS = 256;
/** Record numbers per row: the search index's block, a listing part (listings.ts PART × blocks.ts BLOCK). */
export const MAP_PART = 8192;

export type IdMapKey = [bucket: number, part: number];

export interface IdMapRow {
  ids: string[];
  ords: number[];
}

/**
 * The id's bucket: FNV-1a over its UTF-16 code units. Stored in the keys: never change it
 * without a migration.
 */
export function idBucket(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

export const mapPart = (ord: number): number => Math.floor(ord / MAP_PART);

/** Entries added and dropped by a write, per row. */
export type IdMapEdits = Map<string, { key: IdMapKey; add: [string, number][]; drop: [string, number][] }>;

function rowEdit(edits: IdMapEdits, id: string, ord: number) {
  const key: IdMapKey = [idBucket(id), mapPart(ord)];
  const name = `${key[0]}:${key[1]}`;
  let e = edits.get(name);
  if (!e) edits.set(name, (e = { key, add: [], drop: [] }));
  return e;
}

/** Adds the change of one record number, from the row `before` to `after` (either absent), to `edits`. */
export function editIdMap(edits: IdMapEdits, ord: number, before: RecordRow | undefined, after: RecordRow | null) {
  const was = before?.id;
  const now = after?.id;
  if (was === now) return;
  if (was !== undefined) rowEdit(edits, was, ord).drop.push([was, ord]);
  if (now !== undefined) rowEdit(edits, now, ord).add.push([now, ord]);
}

/**
 * Writes the edited rows; raw requests (a failure aborts the transaction, which the caller
 * awaits). A row whose part begins at or past `fresh` (the library's next ord before the write:
 * ords are never used twice) does not exist yet and is not read.
 */
export async function writeIdMap(tx: IDBTransaction, edits: IdMapEdits, fresh: number): Promise<void> {
  if (!edits.size) return;
  const store = tx.objectStore('idmap');
  const list = [...edits.values()];
  const rows = await Promise.all(
    list.map(({ key }) =>
      key[1] * MAP_PART < fresh
        ? (settle(store.get(key)) as Promise<IdMapRow | undefined>)
        : Promise.resolve(undefined),
    ),
  );
  list.forEach(({ key, add, drop }, i) => {
    const row = rows[i];
    let ids = row?.ids ?? [];
    let ords = row?.ords ?? [];
    if (drop.length) {
      const gone = new Set(drop.map(([id, ord]) => `${ord}:${id}`));
      const keep = ids.map((id, j) => !gone.has(`${ords[j]}:${id}`));
      ids = ids.filter((_, j) => keep[j]);
      ords = ords.filter((_, j) => keep[j]);
    }
    for (const [id, ord] of add) {
      ids.push(id);
      ords.push(ord);
    }
    if (ids.length) store.put({ ids, ords } satisfies IdMapRow, key);
    else store.delete(key);
  });
}

/** The rows of a part whose records are these (any order): what the map holds for them, whole. */
export function partRows(recs: Iterable<RecordRow>): Map<number, IdMapRow> {
  const rows = new Map<number, IdMapRow>();
  for (const { id, ord } of recs) {
    const b = idBucket(id);
    let row = rows.get(b);
    if (!row) rows.set(b, (row = { ids: [], ords: [] }));
    row.ids.push(id);
    row.ords.push(ord);
  }
  return rows;
}

/**
 * The record numbers of these ids (absent ids left out): their buckets' rows, a range read per
 * bucket, all at once. An id kept at two numbers (never written so) gives the lower, as the
 * index's first block did.
 */
export async function mapOrds(tx: IDBTransaction, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!ids.length) return out;
  const wanted = new Set(ids);
  const store = tx.objectStore('idmap');
  const buckets = [...new Set(ids.map(idBucket))];
  const lists = (await Promise.all(
    buckets.map((b) => settle(store.getAll(IDBKeyRange.bound([b], [b, []])))),
  )) as IdMapRow[][];
  for (const rows of lists)
    for (const { ids: mapped, ords } of rows)
      mapped.forEach((id, j) => {
        if (!wanted.has(id)) return;
        const ord = ords[j]!;
        const had = out.get(id);
        if (had === undefined || ord < had) out.set(id, ord);
      });
  return out;
}

/** Every id the map holds (the writer's walk of a small library, writer.ts): one read. */
export async function allMappedIds(tx: IDBTransaction): Promise<string[]> {
  const rows = (await settle(tx.objectStore('idmap').getAll())) as IdMapRow[];
  return rows.flatMap((row) => row.ids);
}
