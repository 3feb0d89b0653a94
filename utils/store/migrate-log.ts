/**
 * Migration 3: the records move from schema 2's store (renamed `records-2` when the database
 * went to IndexedDB version 2, db.ts) into `records` without the `seq` index and without the
 * ['a', created] keys, and the change log (changes.ts) is made from their seqs.
 *
 * A batch at a time, oldest change first, each batch in one transaction that writes the rows
 * into `records`, appends their changes to the log and deletes them from `records-2`: a worker
 * stopped anywhere leaves every record in exactly one of the two stores, and the next start
 * goes on with the oldest change not yet moved, so the log stays in order. Ords, seqs, the
 * search index, the pages and the counters do not change.
 */
import { unwrap, type StoreNames } from 'idb';
import { SCHEMA_2_RECORDS } from './db';
import { abortQuietly, type WriteTx } from './commit';
import { writeChanges } from './changes';
import type { LibrarySchema, SchemaThreeRow } from './db';
import type { MigrationContext } from './schema';

const DEFAULT_BATCH = 2000;

export async function moveToChangeLog(ctx: MigrationContext): Promise<void> {
  if (!ctx.db.objectStoreNames.contains(SCHEMA_2_RECORDS)) return;
  await inBatches(ctx, ['records', 'changes', SCHEMA_2_RECORDS], (tx) => moveBatch(tx, ctx.batchSize ?? DEFAULT_BATCH));
}

/**
 * Runs `batch` in a read-write transaction of these stores again and again until it moves
 * nothing; the test hook `afterBatch` after each batch committed (migrations 3 and 4).
 */
export async function inBatches(
  ctx: MigrationContext,
  stores: StoreNames<LibrarySchema>[],
  batch: (tx: WriteTx) => Promise<number>,
): Promise<void> {
  for (let moved = 0; ;) {
    const tx = ctx.db.transaction(stores, 'readwrite');
    let n: number;
    try {
      n = await batch(tx);
      await tx.done;
    } catch (e) {
      abortQuietly(tx);
      throw e;
    }
    if (n === 0) return;
    moved += n;
    await ctx.afterBatch?.(moved);
  }
}

async function moveBatch(tx: WriteTx, size: number): Promise<number> {
  const old = tx.objectStore(SCHEMA_2_RECORDS);
  const rows: SchemaThreeRow[] = await old.index('seq').getAll(null, size);
  const records = unwrap(tx.objectStore('records'));
  const from = unwrap(old);
  for (const row of rows) {
    // The row as it was, less its time key (damaged rows too: they stay unreadable, not lost).
    const by = Array.isArray(row.by) ? row.by.filter((k) => !(Array.isArray(k) && k[0] === 'a')) : row.by;
    records.put({ ...row, by });
    from.delete(row.id);
  }
  writeChanges(
    tx,
    rows.map((r) => [r.seq, r.ord] as const),
  );
  return rows.length;
}
