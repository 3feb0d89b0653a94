/**
 * Migration 5: the blocks' listing keys (schema 4: in their `by` index entries) into the
 * `listings` store's packed rows (listings.ts), and each block written again with only its page
 * keys in `by`.
 *
 * A part (PART blocks) at a time, lowest first, each in one transaction that writes the part's
 * listing rows, worked out from its blocks, and its blocks again. Both are functions of the
 * records alone, so a worker stopped anywhere leaves nothing the next start cannot redo: it runs
 * again from the first part, and a part done already is written the same once more. Nothing else
 * changes: records, ords, seqs, the change log, the search index, the pages and the counters.
 */
import { unwrap } from 'idb';
import type { WriteTx } from './commit';
import { forEachPart } from './migrate-parts';
import { makeBlock, type BlockRow } from './blocks';
import { blockListing, editListing, PART, writeListings, type ListingEdits } from './listings';
import type { MigrationContext } from './schema';

export const moveListings = (ctx: MigrationContext): Promise<void> =>
  forEachPart(ctx, ['blocks', 'listings'], movePart);

/**
 * Moves the listing keys of the first part at or after `from` that holds a block; returns that
 * part, or null when none is left.
 */
async function movePart(tx: WriteTx, from: number): Promise<number | null> {
  const blocks = tx.objectStore('blocks');
  const first = await blocks.getKey(IDBKeyRange.lowerBound(from * PART));
  if (first === undefined) return null;
  const part = Math.floor(first / PART);
  const range = IDBKeyRange.bound(part * PART, (part + 1) * PART - 1);
  const [keys, rows] = await Promise.all([blocks.getAllKeys(range), blocks.getAll(range)]);
  const edits: ListingEdits = new Map();
  const raw = unwrap(blocks);
  keys.forEach((n, i) => {
    const recs = (rows[i] as BlockRow).recs;
    editListing(edits, n, [], blockListing(recs));
    raw.put(makeBlock(recs), n);
  });
  // Every row of the part is written whole (none is read): what a stopped run left is replaced.
  await writeListings(unwrap(tx.objectStore('listings')).transaction, edits, 0);
  return part;
}
