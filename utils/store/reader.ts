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
import { prepareNextKeystroke } from './reader-prepare';

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
   * that `searchNow` answers it (reader-prepare.ts); stopped by `signal`.
   */
  prepare(query: q.LibraryQuery, limit: number, atLeast: number, signal?: AbortSignal): Promise<void> {
    return prepareNextKeystroke(this.db, this.cache, query, limit, atLeast, signal);
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
