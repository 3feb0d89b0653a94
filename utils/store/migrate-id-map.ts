/**
 * Migration 6: the id map (id-map.ts) made from the blocks, instead of their `ids` index (which
 * the database upgrade to version 5 dropped, db.ts).
 *
 * A part (MAP_PART record numbers: PART blocks) at a time, lowest first, each in one transaction
 * that reads the part's blocks and writes its map rows whole, one per bucket that has an id
 * there (none is read). The rows are a function of the records alone, and the blocks keep every
 * record throughout, so a worker stopped anywhere loses nothing and leaves nothing the next
 * start cannot redo: it runs again from the first part, and a part done already is written the
 * same once more. No row of a part can be stale: a transaction that stopped wrote none, and the
 * writer, which keeps the rows in step with the blocks, does not run before the migrations.
 * Nothing else changes: records, ords, seqs, the change log, the search index, the listings, the
 * pages and the counters. The blocks keep the `ids` list schema 5 wrote in them (unread, dropped
 * when a block is next written): rewriting every block would cost the migration its time.
 */
import { unwrap } from 'idb';
import type { WriteTx } from './commit';
import { forEachPart } from './migrate-parts';
import { PART } from './listings';
import { partRows, type IdMapKey } from './id-map';
import type { MigrationContext } from './schema';

export const mapIds = (ctx: MigrationContext): Promise<void> => forEachPart(ctx, ['blocks', 'idmap'], mapPart);

/** Maps the ids of the first part at or after `from` that holds a block; returns that part, or null when none is left. */
async function mapPart(tx: WriteTx, from: number): Promise<number | null> {
  const blocks = tx.objectStore('blocks');
  const first = await blocks.getKey(IDBKeyRange.lowerBound(from * PART));
  if (first === undefined) return null;
  const part = Math.floor(first / PART);
  const rows = await blocks.getAll(IDBKeyRange.bound(part * PART, (part + 1) * PART - 1));
  const idmap = unwrap(tx.objectStore('idmap'));
  for (const [bucket, row] of partRows(rows.flatMap((block) => block.recs)))
    idmap.put(row, [bucket, part] satisfies IdMapKey);
  return part;
}
