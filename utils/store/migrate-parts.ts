/**
 * The loop of a migration that goes through the blocks a part (PART blocks) at a time, lowest
 * first, each part in one transaction of its own; migrations 5 and 6 differ only in what they do
 * with a part. A part's work must be a function of its blocks alone, so that a worker stopped
 * anywhere can run the whole loop again from the first part.
 */
import type { StoreNames } from 'idb';
import type { LibrarySchema } from './db';
import { abortQuietly, type WriteTx } from './commit';
import type { MigrationContext } from './schema';

/**
 * Runs `doPart(tx, from)` in a transaction over `stores` until it returns null. It does the
 * first part at or after part `from` that holds a block and returns that part's number.
 */
export async function forEachPart(
  ctx: MigrationContext,
  stores: StoreNames<LibrarySchema>[],
  doPart: (tx: WriteTx, from: number) => Promise<number | null>,
): Promise<void> {
  for (let part = 0, done = 0; ; part++) {
    const tx = ctx.db.transaction(stores, 'readwrite');
    let next: number | null;
    try {
      next = await doPart(tx, part);
      await tx.done;
    } catch (e) {
      abortQuietly(tx);
      throw e;
    }
    if (next === null) return;
    part = next;
    done++;
    await ctx.afterBatch?.(done);
  }
}
