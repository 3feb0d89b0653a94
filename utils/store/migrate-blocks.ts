/**
 * Migration 4: schema 3's records, a row each in `records`, packed 32 to a row by ord into
 * `blocks` (blocks.ts), their per-record index keys replaced by the blocks' keys.
 *
 * A batch at a time, lowest ords first, each batch in one transaction that reads the batch's
 * blocks (the first may hold the previous batch's last records), writes them with the batch's
 * records in, and deletes those from `records`: a worker stopped anywhere leaves every record in
 * exactly one of the two stores, and the next start goes on with the lowest ord not yet moved.
 * Ords, seqs, the change log, the search index, the pages, the facets and the counters do not
 * change.
 */
import { unwrap } from 'idb';
import type { WriteTx } from './commit';
import { inBatches } from './migrate-log';
import { rawTx, writeBlocks } from './blocks';
import type { RecordRow } from './rows';
import type { MigrationContext } from './schema';

const DEFAULT_BATCH = 4096;

export async function packRecords(ctx: MigrationContext): Promise<void> {
  if (!ctx.db.objectStoreNames.contains('records')) return;
  await inBatches(ctx, ['records', 'blocks', 'listings', 'idmap'], (tx) =>
    packBatch(tx, ctx.batchSize ?? DEFAULT_BATCH),
  );
}

async function packBatch(tx: WriteTx, size: number): Promise<number> {
  const old = tx.objectStore('records');
  const rows = await old.index('ord').getAll(null, size);
  // The row as it was, less its index keys (damaged rows too: they stay unreadable, not lost).
  const packed: RecordRow[] = rows.map(({ id, ord, seq, h }) => ({ id, ord, seq, h }));
  await writeBlocks(rawTx(tx), packed, []);
  const from = unwrap(old);
  for (const row of rows) from.delete(row.id);
  return rows.length;
}
