/**
 * The library read by the extension's own pages (popup, library page) without the background:
 * the same queries (queries.ts) on the same database, READ-ONLY. The background stays the
 * single writer; this only saves a page the message round trip and the service worker's
 * wake-up on every keystroke. Content scripts never get this: they run in the page's origin,
 * where the database does not exist.
 *
 * Usable only for a library the background has opened and migrated to this version's schema
 * (`open` says null otherwise, and the page asks the background). Writes the background has
 * not stored yet (pending.ts) are not seen here — nor by the background's own queries.
 */
import type { LibraryDb, StoreMeta } from './db';
import * as q from './queries';
import { SCHEMA_VERSION } from './schema';
import { ReadCache } from './read-cache';
import { stateOf } from './newest';
import { searchInMemory } from './memory-search';
import { extensionsOf, growthOf, growthShards } from './read-ahead';
import { abortOn } from './search-query';
import { yieldToPage } from '@/utils/schedule';
import { queryTerms, shardOf, termPlan } from './search-tokens';
import { blockOf } from './postings';

/** Most one-character extensions of the typed term read ahead for (`prepare`). */
const AHEAD_EXTENSIONS = 64;
/** Most records read ahead for them (whole blocks of 32 come with each). */
const AHEAD_RECORDS = 256;
/** Time (ms) a task works out extensions' records for (at least one), before it lets the page run. */
const AHEAD_MS = 4;
/** Most index rows of the shards a one-letter word may grow into (13 blocks a shard at 100,000). */
const AHEAD_PREFIX_ROWS = 512;

/** A search answered from the newest records in memory, and the state of the library it holds for. */
export interface AnsweredNow {
  page: q.QueryPage;
  state: string;
}

export class LibraryReader {
  /** One per reader: a popup's keystrokes read each row of the search index once. */
  private readonly cache = new ReadCache();

  private constructor(private readonly db: LibraryDb) {}

  /**
   * A reader on the database `open` gives, or null when it is not a library of this schema yet
   * (a first start still migrating, or a newer version's library): then ask the background.
   */
  static async open(open: () => Promise<LibraryDb>): Promise<LibraryReader | null> {
    const db = await open();
    const meta = (await db.get('kv', 'meta')) as StoreMeta | undefined;
    if (meta?.schemaVersion !== SCHEMA_VERSION) {
      db.close();
      return null;
    }
    return new LibraryReader(db);
  }

  query(query: q.LibraryQuery, limit: number, cursor: string | null, signal?: AbortSignal): Promise<q.QueryPage> {
    return q.queryRecords(this.db, query, limit, cursor, Date.now(), { cache: this.cache, signal });
  }

  /**
   * Reads the newest `count` records into the cache in one range read (for a page that is idle
   * after its first list), and keeps them for `searchNow`. A search's first screen is its
   * newest matches: for any term found in more than a few records they lie among these, so
   * the reader's keystroke is answered from memory, or waits for the search index only.
   */
  async readNewest(count: number): Promise<void> {
    const tx = this.db.transaction(['kv', 'blocks'], 'readonly');
    const meta = (await tx.objectStore('kv').get('meta')) as StoreMeta | undefined;
    const end = meta && 'nextOrd' in meta ? meta.nextOrd : 0;
    if (!meta || end === 0) return;
    const from = Math.max(0, end - count);
    const ords = Array.from({ length: end - from }, (_, i) => from + i);
    const rows = await this.cache.at(meta).records(tx.objectStore('blocks'), ords);
    this.cache.keepNewest(meta, from, rows);
  }

  /**
   * A search's first `limit` matches (at least `atLeast`) at once, from the newest records
   * kept (readNewest), as `query` answers in the state they were read in; null when they cannot
   * tell. Whether the library is still in that state is for the caller to check (`stillAt`).
   */
  searchNow(query: q.LibraryQuery, limit: number, atLeast = limit): AnsweredNow | null {
    const now = Date.now();
    const newest = this.cache.newest;
    const page = newest?.search(query, limit, atLeast, now);
    if (page && newest) return { page, state: newest.state };
    // Else from the index rows and records read in the state last seen (`prepare` reads ahead).
    const cached = this.cache.latest;
    const found = cached ? searchInMemory(cached, query, limit, atLeast, now).page : null;
    return found && cached ? { page: found, state: cached.state } : null;
  }

  /**
   * While the reader pauses after a search's list: reads what the next keystroke can need, so
   * that `searchNow` answers it — the shards of the query's tokens whole, those its last term's
   * next character makes a token in (read-ahead.ts), and the records of the first `limit`
   * matches (`atLeast` of them at least) of each one-character extension the index knows.
   * Bounded (AHEAD_*): two read-only transactions, each with `meta` (the rows; the records),
   * the extensions worked out between them in slices of AHEAD_MS; stopped by `signal`.
   */
  async prepare(query: q.LibraryQuery, limit: number, atLeast: number, signal?: AbortSignal): Promise<void> {
    const terms = queryTerms(query.text ?? '');
    const typed = terms.at(-1);
    const growth = typed ? growthOf(typed) : null;
    if (!typed) return;
    const shards = new Set(terms.flatMap((t) => termPlan(t).tokens.map(shardOf)));
    const grows = growth ? growthShards(growth) : null;
    if (grows && 'shard' in grows) shards.add(grows.shard);
    let tokens: string[] = [];
    const tx = this.db.transaction(['kv', 'postings'], 'readonly');
    const stop = abortOn(tx, signal);
    try {
      // The rows are asked for together with meta, for the newest block last seen (one round
      // trip, not two); kept if meta says that is still the newest block.
      const seen = this.cache.latest;
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
      const cached = this.cache.at(meta);
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
    const state = this.cache.latest;
    if (!state) return;
    const missing = new Set<number>();
    const others = terms.slice(0, -1);
    const terms1 = extensionsOf(typed, growth, tokens).slice(0, AHEAD_EXTENSIONS);
    for (let i = 0; i < terms1.length && missing.size < AHEAD_RECORDS;) {
      if (i > 0) {
        await yieldToPage();
        if (signal?.aborted || this.cache.latest !== state) return;
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
    const tx2 = this.db.transaction(['kv', 'blocks'], 'readonly');
    const stop2 = abortOn(tx2, signal);
    try {
      const metaRead = tx2.objectStore('kv').get('meta');
      const records = state.rows.readAhead(tx2.objectStore('blocks'), [...missing]);
      void records.catch(() => undefined);
      const meta = (await metaRead) as StoreMeta | undefined;
      // Read in another state: kept by no one (the cache moves on to that state).
      if (meta && stateOf(meta) !== state.state) this.cache.at(meta);
      await records;
    } catch (e) {
      if (signal?.aborted) return;
      throw e;
    } finally {
      stop2();
    }
  }

  /** Whether the library is still in `state` (one read of `meta`); if not, the newest records kept are dropped. */
  async stillAt(state: string): Promise<boolean> {
    const meta = (await this.db.get('kv', 'meta')) as StoreMeta | undefined;
    const same = meta !== undefined && stateOf(meta) === state;
    if (!same) this.cache.forgetNewest(state);
    return same;
  }

  /** The library changed (a notice from the background): the newest records kept are stale. */
  forgetNewest(): void {
    this.cache.forgetNewest();
  }

  count(query: q.LibraryQuery, signal?: AbortSignal): Promise<number> {
    return q.countRecords(this.db, query, Date.now(), { cache: this.cache, signal });
  }

  recentPages(minRecords: number, cursor: string | null): Promise<q.RecentPages> {
    return q.recentPages(this.db, minRecords, cursor);
  }

  /** Live highlights and pages (the writer's counters). */
  counts(): Promise<{ live: number; pages: number }> {
    return q.counts(this.db);
  }

  /** The facet counts, or null before the background first made them (then ask it). */
  facets(): Promise<q.LibraryFacets | null> {
    return q.storedFacets(this.db);
  }

  close(): void {
    this.db.close();
  }
}
