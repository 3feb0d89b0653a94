/**
 * A text search over the packed index (postings.ts): the blocks of ords that have every token,
 * newest block first, and the records behind them, checked where the index alone cannot decide
 * (search-tokens.ts `termPlan`). queries.ts pages and counts with it.
 */
import type { Highlight } from '@/utils/highlights/record';
import type { LibraryFilters } from '@/utils/library/search';
import type { LibraryDb, StoreMeta } from './db';
import { blockOf, decodeOrds, intersect } from './postings';
import type { ReadCache, StateCache } from './read-cache';
import { readByOrd } from './blocks';
import { shardOf, termPlan } from './search-tokens';
import { searchMatcher } from './search-match';
import type { QueryPage } from './queries';

/** How a search reads: through a reader's cache (read-cache.ts); stopped by `signal` (throws its reason). */
export interface ReadOptions {
  cache?: ReadCache;
  signal?: AbortSignal;
}

interface SearchCursor {
  block: number;
  /** Resume below this ord. */
  ord: number;
}

export async function searchPage(
  db: LibraryDb,
  terms: string[],
  filters: LibraryFilters,
  limit: number,
  cursor: string | null,
  now: number,
  read: ReadOptions,
): Promise<QueryPage> {
  const plans = terms.map(termPlan);
  const listed = searchMatcher(terms, filters, now, !plans.every((p) => p.exact));
  const records: Highlight[] = [];
  const from = cursor ? (JSON.parse(cursor) as SearchCursor) : null;
  let next: SearchCursor | null = null;
  /** Candidates of the index blocks visited, not read yet, newest first. */
  const pending: number[] = [];
  // Fetched a few at a time: most pages of results need only the first ones.
  const want = () => Math.max(8, limit - records.length);
  const check = async (tx: BlockTx, cached: StateCache | null): Promise<boolean> => {
    const blocks = tx.objectStore('blocks');
    while (pending.length) {
      const chunk = pending.splice(0, want());
      const rows = cached
        ? await cached.records(blocks, chunk)
        : await readByOrd(blocks, chunk).then((m) => chunk.map((ord) => m.get(ord)));
      read.signal?.throwIfAborted();
      for (const row of rows) {
        const h = listed(row);
        if (!h) continue;
        records.push(h);
        if (records.length === limit) {
          next = { block: blockOf(row!.ord), ord: row!.ord };
          return false;
        }
      }
    }
    return true;
  };
  await eachBlock(
    db,
    plans.flatMap((p) => p.tokens),
    from,
    async (ords, _block, tx, cached) => {
      for (let i = ords.length - 1; i >= 0; i--) pending.push(ords[i]!);
      // The candidates of several index blocks are read together, one round trip rather than
      // one per block (a rare term: a few candidates in each of the 13 blocks of 100,000).
      return pending.length < want() || check(tx, cached);
    },
    read,
    check,
  );
  return { records, cursor: next ? JSON.stringify(next) : null };
}

type BlockTx = ReturnType<LibraryDb['transaction']>;

/**
 * Calls `visit` with the ords in each block that have every token, newest block first (and,
 * from a cursor, only ords below it). `visit` returns false to stop.
 */
export async function eachBlock(
  db: LibraryDb,
  tokens: string[],
  from: SearchCursor | null,
  visit: (ords: number[], block: number, tx: BlockTx, cached: StateCache | null) => Promise<boolean | void>,
  { cache, signal }: ReadOptions = {},
  /** Called once the blocks are done (not after `visit` stopped them), in the same transaction. */
  end?: (tx: BlockTx, cached: StateCache | null) => Promise<unknown>,
): Promise<void> {
  if (tokens.length === 0) return;
  signal?.throwIfAborted();
  const unique = [...new Set(tokens)];
  const shards = [...new Set(unique.map(shardOf))];
  // Meta in the same transaction as the index: the postings read belong to the meta read.
  const tx = db.transaction(['kv', 'postings', 'blocks'], 'readonly') as unknown as BlockTx;
  const stop = abortOn(tx, signal);
  try {
    const postings = tx.objectStore('postings');
    const metaRead = tx.objectStore('kv').get('meta');
    // With a cache, the shards whose newest block is not cached yet are asked for, whole,
    // together with meta.
    const early = from ? null : cache?.unread(shards);
    const earlyRows = early
      ? early.shards.map((s) => {
          const range = IDBKeyRange.bound([s, 0], [s, early.block]);
          return Promise.all([postings.getAllKeys(range), postings.getAll(range)]);
        })
      : [];
    // Awaited only once meta is read: an abort before that rejects them unawaited.
    for (const read of earlyRows) read.catch(() => undefined);
    const meta = (await metaRead) as StoreMeta | undefined;
    signal?.throwIfAborted();
    const nextOrd = meta && 'nextOrd' in meta ? meta.nextOrd : 0;
    if (nextOrd === 0) return;
    const cached = meta && cache ? cache.at(meta) : null;
    // Read in this transaction, they belong to the state this meta says, whatever it is.
    if (early && cached)
      (await Promise.all(earlyRows)).forEach(([keys, rows], i) =>
        cached.seedShard(early.shards[i]!, early.block, keys, rows),
      );
    const row = (shard: string, block: number) =>
      cached ? cached.posting(postings, shard, block) : postings.get([shard, block]);
    for (let block = from ? from.block : blockOf(nextOrd - 1); block >= 0; block--) {
      const rows = await Promise.all(shards.map((s) => row(s, block)));
      signal?.throwIfAborted();
      const byShard = new Map(shards.map((s, i) => [s, rows[i]]));
      const packed = unique.map((t) => byShard.get(shardOf(t))?.get(t));
      // A token absent from the block: nothing to decode (a frequent token's list is thousands of ords).
      if (packed.some((bytes) => !bytes?.length)) continue;
      let ords = intersect(packed.map(decodeOrds));
      if (from && block === from.block) ords = ords.filter((o) => o < from.ord);
      if (ords.length && (await visit(ords, block, tx, cached)) === false) return;
    }
    await end?.(tx, cached);
  } catch (e) {
    // Stopped: whatever the aborted transaction threw (a read refused as inactive too) is the stop.
    if (signal?.aborted) throw signal.reason;
    throw e;
  } finally {
    stop();
  }
}

/**
 * Aborts `tx` when `signal` is (a newer keystroke's query started): the reads it has asked for
 * and not had yet are dropped instead of answered, and their records are never unpacked.
 * Returns what to call once the transaction's work is done.
 */
export function abortOn(tx: BlockTx, signal: AbortSignal | undefined): () => void {
  if (!signal) return () => undefined;
  const abort = () => {
    // Aborting is the intent: neither the transaction's own promise nor a read's is an error.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Finished already.
    }
  };
  signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}
