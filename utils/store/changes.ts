/**
 * The change log (schema 3): which record each change sequence number went to, packed a few
 * thousand changes a row, instead of a `seq` index entry per record. IndexedDB pays per index
 * entry written (scripts/bench/idb-layout.ts): an import of 100,000 records wrote 100,000 `seq`
 * entries, where the log writes about fifty rows.
 *
 * A row is keyed by its last seq and lists `[seq, ord]` pairs in ascending seq. A record
 * written again gets a new seq and a new entry; its old entry stays and is skipped on reading:
 * an entry counts only while the record's row still has that seq (so a record removed
 * altogether, an import taken back, drops out too). Readers get what the `seq` index gave:
 * every record once, at its last change, in order of change. Old entries are dropped by the
 * writer's compaction in small steps (compact-log.ts), which keeps every answer as it was; until
 * then, reading from an old seq reads one record per entry, edits included.
 */
import { unwrap } from 'idb';
import type { Highlight } from '@/utils/highlights/record';
import type { LibraryDb } from './db';
import type { WriteTx } from './commit';
import { readByOrd, type BlockStore } from './blocks';
import { rowRecord, rowRecords, type RecordRow } from './rows';
import { replyBudget } from './reply-size';

/** Changes per row: 2 × 4,096 numbers stay well under the 64 KB a value may have before Chromium moves it to a file. */
export const CHANGES_PER_ROW = 4096;

export interface ChangeRow {
  seq: number[];
  ord: number[];
}

/** The log rows for these `[seq, ord]` changes (ascending seq), as `[key, row]`. */
export function changeRows(changes: readonly (readonly [number, number])[]): [number, ChangeRow][] {
  const out: [number, ChangeRow][] = [];
  for (let i = 0; i < changes.length; i += CHANGES_PER_ROW) {
    const part = changes.slice(i, i + CHANGES_PER_ROW);
    out.push([part.at(-1)![0], { seq: part.map((c) => c[0]), ord: part.map((c) => c[1]) }]);
  }
  return out;
}

/** Appends the changes of a write (raw requests: a failure aborts the transaction, which the caller awaits). */
export function writeChanges(tx: WriteTx, changes: readonly (readonly [number, number])[]): void {
  const store = unwrap(tx.objectStore('changes'));
  for (const [key, row] of changeRows(changes)) store.put(row, key);
}

const logTransaction = (db: LibraryDb) => db.transaction(['changes', 'blocks'], 'readonly');

/**
 * Walks the log from `after` (exclusive) up, or from the newest change down, and collects the
 * rows whose last change an entry is (and that `keep` keeps), until `enough` of them.
 */
async function walk(
  db: LibraryDb,
  after: number | null,
  enough: number,
  keep: (row: RecordRow) => boolean = () => true,
): Promise<RecordRow[]> {
  const tx = logTransaction(db);
  const up = after !== null;
  const found: RecordRow[] = [];
  let c = await tx
    .objectStore('changes')
    .openCursor(up ? IDBKeyRange.lowerBound(after, true) : null, up ? 'next' : 'prev');
  while (c && found.length < enough) {
    let entries = c.value.seq.map((seq, i) => [seq, c!.value.ord[i]!] as const);
    if (up) entries = entries.filter(([seq]) => seq > after);
    else entries.reverse();
    // A slice at a time: a small page (a sync round's 5) reads a few records, not a row's thousands.
    for (let i = 0; i < entries.length && found.length < enough;) {
      const slice = entries.slice(i, (i += Math.max(64, enough - found.length)));
      for (const [, , row] of await liveEntries(tx.objectStore('blocks'), slice)) {
        if (keep(row)) found.push(row);
        if (found.length === enough) break;
      }
    }
    c = await c.continue();
  }
  return found;
}

/**
 * The entries of these `[seq, ord]` pairs that count, in their order, with their records' rows:
 * an entry counts only while its record's row still has that seq (a later write made it stale).
 * The one rule readers (`walk`) and compaction (compact-log.ts) share, so that compacting can never
 * change an answer.
 */
export async function liveEntries(
  store: BlockStore,
  entries: readonly (readonly [number, number])[],
): Promise<[number, number, RecordRow][]> {
  const rows = await readByOrd(
    store,
    entries.map(([, ord]) => ord),
  );
  const live: [number, number, RecordRow][] = [];
  for (const [seq, ord] of entries) {
    const row = rows.get(ord);
    if (row?.seq === seq) live.push([seq, ord, row]);
  }
  return live;
}

/** Records written after change `seq` (tombstones included), oldest change first, and the last seq read. */
export async function changesSince(
  db: LibraryDb,
  seq: number,
  limit: number,
): Promise<{ records: Highlight[]; seq: number; more: boolean }> {
  const rows = await walk(db, seq, limit + 1);
  // At most `limit` records, and no more than one message can carry (reply-size.ts).
  const full = replyBudget();
  let n = 0;
  while (n < Math.min(limit, rows.length) && !full.add(rowRecord(rows[n++]))) continue;
  const taken = rows.slice(0, n);
  return { records: rowRecords(taken), seq: taken.at(-1)?.seq ?? seq, more: rows.length > n };
}

/** The `limit` records written last (tombstones included), newest change first. */
export async function latestChanges(db: LibraryDb, limit: number): Promise<Highlight[]> {
  // Damaged rows (rows.ts `rowRecord`) do not count: the newest `limit` readable records.
  return rowRecords(await walk(db, null, limit, (row) => rowRecord(row) !== undefined));
}
