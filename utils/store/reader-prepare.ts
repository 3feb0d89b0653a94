/**
 * The read-ahead of the library's reader (reader.ts `prepare`): while the reader pauses after a
 * search's list, reads what the next keystroke can need, so that `searchNow` answers it from
 * memory. What to read is worked out by read-ahead.ts (pure); the reading, within its bounds, here.
 */
import type { LibraryDb, StoreMeta } from './db';
import type * as q from './queries';
import type { ReadCache } from './read-cache';
import { stateOf } from './newest';
import { searchInMemory } from './memory-search';
import { extensionsOf, growthOf, growthShards } from './read-ahead';
import { abortOn } from './search-query';
import { yieldToPage } from '@/utils/schedule';
import { queryTerms, shardOf, termPlan } from './search-tokens';
import { blockOf } from './postings';

/** Most one-character extensions of the typed term read ahead for. */
const AHEAD_EXTENSIONS = 64;
/** Most records read ahead for them (whole blocks of 32 come with each). */
const AHEAD_RECORDS = 256;
/** Time (ms) a task works out extensions' records for (at least one), before it lets the page run. */
const AHEAD_MS = 4;
/** Most index rows of the shards a one-letter word may grow into (13 blocks a shard at 100,000). */
const AHEAD_PREFIX_ROWS = 512;

/**
 * Reads into `cache` what the next keystroke of `query` can need: the shards of the query's
 * tokens whole, those its last term's next character makes a token in (read-ahead.ts), and the
 * records of the first `limit` matches (`atLeast` of them at least) of each one-character
 * extension the index knows. Bounded (AHEAD_*): two read-only transactions, each with `meta`
 * (the rows; the records), the extensions worked out between them in slices of AHEAD_MS;
 * stopped by `signal`.
 */
export async function prepareNextKeystroke(
  db: LibraryDb,
  cache: ReadCache,
  query: q.LibraryQuery,
  limit: number,
  atLeast: number,
  signal?: AbortSignal,
): Promise<void> {
  const terms = queryTerms(query.text ?? '');
  const typed = terms.at(-1);
  const growth = typed ? growthOf(typed) : null;
  if (!typed) return;
  const shards = new Set(terms.flatMap((t) => termPlan(t).tokens.map(shardOf)));
  const grows = growth ? growthShards(growth) : null;
  if (grows && 'shard' in grows) shards.add(grows.shard);
  let tokens: string[] = [];
  const tx = db.transaction(['kv', 'postings'], 'readonly');
  const stop = abortOn(tx, signal);
  try {
    // The rows are asked for together with meta, for the newest block last seen (one round
    // trip, not two); kept if meta says that is still the newest block.
    const seen = cache.latest;
    const metaRead = tx.objectStore('kv').get('meta');
    const nextOf = (m: StoreMeta | undefined) => (m && 'nextOrd' in m ? m.nextOrd : 0);
    const guess = seen ? seen.newest : blockOf(Math.max(1, nextOf((await metaRead) as StoreMeta | undefined)) - 1);
    const postings = tx.objectStore('postings');
    const whole = async (range: IDBKeyRange, count?: number) => {
      const [keys, rows] = await Promise.all([postings.getAllKeys(range, count), postings.getAll(range, count)]);
      return { keys, rows };
    };
    const prefix = grows && 'prefix' in grows ? grows.prefix : null;
    // (A one-letter word's own shard comes first in its range read below: not read twice.)
    const reads = [...shards]
      .filter((s) => !seen?.rows.hasShard(s, guess) && s !== prefix)
      .map((s) => whole(IDBKeyRange.bound([s, 0], [s, guess])).then((r) => [s, r] as const));
    const ranged = prefix ? whole(IDBKeyRange.bound([prefix], [`${prefix}\uffff`]), AHEAD_PREFIX_ROWS) : null;
    // (Awaited only once meta is read: an abort before that rejects them unawaited.)
    for (const read of [...reads, ranged]) read?.catch(() => undefined);
    const meta = (await metaRead) as StoreMeta | undefined;
    if (!meta || nextOf(meta) === 0) return;
    const cached = cache.at(meta);
    const newest = blockOf(nextOf(meta) - 1);
    const fits = newest === guess;
    for (const [s, r] of await Promise.all(reads)) if (fits) cached.seedShard(s, newest, r.keys, r.rows);
    const grown = new Set<string>();
    if (ranged && fits) {
      const r = await ranged;
      const byShard = new Map<string, number[]>();
      r.keys.forEach(([s], i) => {
        const at = byShard.get(s);
        if (at) at.push(i);
        else byShard.set(s, [i]);
      });
      // Cut at the row limit: the last shard may not be whole.
      if (r.keys.length === AHEAD_PREFIX_ROWS) byShard.delete(r.keys.at(-1)![0]);
      for (const [s, at] of byShard) {
        cached.seedShard(
          s,
          newest,
          at.map((i) => r.keys[i]!),
          at.map((i) => r.rows[i]!),
        );
        grown.add(s);
      }
    } else if (grows && 'shard' in grows) grown.add(grows.shard);
    tokens = growth ? [...grown].flatMap((s) => [...cached.tokensOf(s, newest)]) : [];
  } catch (e) {
    if (signal?.aborted) return;
    throw e;
  } finally {
    stop();
  }
  if (!growth) return;
  // The extensions worked out from memory a slice of time at a time (a keystroke may be
  // waiting), at least one a slice; their records then read in one transaction of the state.
  const state = cache.latest;
  if (!state) return;
  const missing = new Set<number>();
  const others = terms.slice(0, -1);
  const terms1 = extensionsOf(typed, growth, tokens).slice(0, AHEAD_EXTENSIONS);
  for (let i = 0; i < terms1.length && missing.size < AHEAD_RECORDS;) {
    if (i > 0) {
      await yieldToPage();
      if (signal?.aborted || cache.latest !== state) return;
    }
    const until = performance.now() + AHEAD_MS;
    do {
      const next = { ...query, text: [...others, terms1[i++]!].join(' ') };
      // The first screen and a few more (in case some candidates turn out not to match).
      const found = searchInMemory(state, next, Math.min(limit, 2 * atLeast), atLeast, Date.now(), true);
      if (!found.rowsMissing) for (const ord of found.missing) missing.add(ord);
    } while (i < terms1.length && missing.size < AHEAD_RECORDS && performance.now() < until);
  }
  if (!missing.size) return;
  const tx2 = db.transaction(['kv', 'blocks'], 'readonly');
  const stop2 = abortOn(tx2, signal);
  try {
    const metaRead = tx2.objectStore('kv').get('meta') as Promise<StoreMeta | undefined>;
    // Kept as they come, once meta says they are of the state's; else by no one.
    const same = metaRead.then((meta) => meta !== undefined && stateOf(meta) === state.state);
    const records = state.rows.readAhead(tx2.objectStore('blocks'), [...missing], same);
    for (const p of [same, records]) void p.catch(() => undefined);
    const meta = await metaRead;
    // Read in another state: the cache moves on to that state.
    if (meta && stateOf(meta) !== state.state) cache.at(meta);
    await records;
  } catch (e) {
    if (signal?.aborted) return;
    throw e;
  } finally {
    stop2();
  }
}
