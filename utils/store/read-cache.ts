/**
 * What a reader that searches again and again (the popup, a keystroke at a time) has read
 * already: rows of the search index and records by ord. Kept for one state of the library: the
 * writer changes `meta`'s counters with every write (commit.ts), and a read that finds another
 * state starts empty. A stale entry can therefore never answer a query.
 *
 * Index rows are read as a search needs them, newest block first (most searches stop in the
 * first block); when a search goes on past a shard's first block, the shard's older blocks
 * come in one range read instead of one request per block.
 */
import type { StoreMeta } from './db';
import { blockOf, decodeOrds, type PostingKey, type PostingRow } from './postings';
import type { RecordRow } from './rows';
import { readBlocks, readByOrd, recordBlock, type BlockRow, type BlockStore } from './blocks';
import { NewestRecords, stateOf } from './newest';

/** Bounds on memory: a popup's searches touch a few hundred rows; a long session starts over. */
const MAX_POSTING_ROWS = 4096;
const MAX_RECORDS = 5000;
/** The key of a shard's row of a block in the rows read. */
const rowKey = (shard: string, block: number) => `${shard}\u0000${block}`;
/** Ords kept decoded (4 bytes each): a frequent token's lists, 8,192 a block, decoded once. */
const MAX_DECODED = 1 << 20;

interface PostingStore {
  get(key: [string, number]): Promise<PostingRow | undefined>;
  getAll(range: IDBKeyRange): Promise<PostingRow[]>;
  getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]>;
}

export class ReadCache {
  private current: CachedState | null = null;
  /** The newest records in memory (newest.ts), while the library is in their state. */
  private kept: NewestRecords | null = null;

  /**
   * The cache of the library's state as `meta` (read in the query's own transaction) says.
   * A query keeps the one it got: a query still running on an older state fills only its own.
   */
  at(meta: StoreMeta): StateCache {
    const state = stateOf(meta);
    if (this.current?.state !== state) {
      this.current = { state, rows: new StateCache(), newest: blockOf(meta.nextOrd - 1), nextOrd: meta.nextOrd };
      if (this.kept?.state !== state) this.kept = null;
    }
    return this.current.rows;
  }

  /** Keeps the newest records (read in a transaction of `meta`'s state) until another state is seen. */
  keepNewest(meta: StoreMeta, from: number, rows: readonly (RecordRow | undefined)[]): void {
    const state = stateOf(meta);
    if (this.current?.state !== state) return;
    this.kept = new NewestRecords(state, from, rows);
    // Read while the page is idle: their search texts too (~1 ms of the first keystroke's task).
    this.kept.makeTexts();
  }

  /** The newest records kept, if any (their state may have passed unseen: check before trusting). */
  get newest(): NewestRecords | null {
    return this.kept;
  }

  /** What was read in the state last seen (it may have passed unseen: check before trusting an answer). */
  get latest(): CachedState | null {
    return this.current;
  }

  /**
   * The library was seen in another state than `state` (or changed): the kept records are
   * stale, and so is what was read in that state (an answer from memory must not come from it).
   */
  forgetNewest(state?: string): void {
    if (state === undefined || this.kept?.state === state) this.kept = null;
    if (state === undefined || this.current?.state === state) this.current = null;
  }

  /**
   * The shards of these whose row in the newest block (as last seen) is not cached, and that
   * block: a search asks for them, all their blocks, together with `meta` — one round trip
   * instead of three. (The popup answers frequent terms from the newest records in memory, so
   * a search that reads the index is mostly a rare term's, which goes on past the newest block.)
   */
  unread(shards: readonly string[]): { block: number; shards: string[] } | null {
    const c = this.current;
    if (!c || c.newest < 0) return null;
    const missing = shards.filter((s) => !c.rows.has(s, c.newest));
    return missing.length ? { block: c.newest, shards: missing } : null;
  }
}

/** One state of the library (`stateOf`) and what was read in it. */
export interface CachedState {
  state: string;
  rows: StateCache;
  /** The newest block of ords, and the next ord (0: no record yet), in that state. */
  newest: number;
  nextOrd: number;
}

/** What was read in one state of the library. */
export class StateCache {
  private readonly postings = new Map<string, PostingRow | undefined>();
  /** Per shard, the first block a search asked for (a search asking for an older one goes on). */
  private readonly firstBlock = new Map<string, number>();
  private readonly rows = new Map<number, RecordRow | undefined>();
  /**
   * The records read ahead for the next keystroke (reader.ts `prepare`), apart: a count reads a
   * record per candidate and may fill `rows` many times over before that keystroke comes.
   */
  private ahead = new Map<number, RecordRow | undefined>();
  /** Token lists decoded by searches from memory, by the packed bytes they came from. */
  private decodedLists = new WeakMap<Uint8Array, Uint32Array>();
  private decodedOrds = 0;

  /**
   * `bytes` decoded, once: a search from memory (and the read ahead's, for each extension of
   * a term) walks the same rows keystroke after keystroke; a frequent token's are the longest.
   */
  decoded(bytes: Uint8Array): Uint32Array {
    let ords = this.decodedLists.get(bytes);
    if (!ords) {
      ords = decodeOrds(bytes);
      if (this.decodedOrds + ords.length > MAX_DECODED) {
        this.decodedLists = new WeakMap();
        this.decodedOrds = 0;
      }
      this.decodedLists.set(bytes, ords);
      this.decodedOrds += ords.length;
    }
    return ords;
  }

  has(shard: string, block: number): boolean {
    return this.postings.has(rowKey(shard, block));
  }

  /** Whether every row of a shard up to `newest` (its newest block) was read. */
  hasShard(shard: string, newest: number): boolean {
    for (let b = newest; b >= 0; b--) if (!this.has(shard, b)) return false;
    return true;
  }

  /** The tokens of a shard in the rows read of blocks 0…`newest`. */
  tokensOf(shard: string, newest: number): Set<string> {
    const out = new Set<string>();
    for (let b = 0; b <= newest; b++) for (const t of this.postings.get(rowKey(shard, b))?.keys() ?? []) out.add(t);
    return out;
  }

  /** A shard's row of a block if it was read (undefined: read, and there is none); null if not read. */
  postingNow(shard: string, block: number): PostingRow | undefined | null {
    const key = rowKey(shard, block);
    return this.postings.has(key) ? this.postings.get(key) : null;
  }

  /** An ord's record if it was read (undefined: read, and there is none); null if not read. */
  recordNow(ord: number): RecordRow | undefined | null {
    if (this.rows.has(ord)) return this.rows.get(ord);
    return this.ahead.has(ord) ? this.ahead.get(ord) : null;
  }

  /**
   * Reads these ords' records (those not in memory) and keeps them apart until the next read
   * ahead, each block's as it comes: a keystroke that comes before the last of them is answered
   * from those that came (its own search then reads only what is missing), where it used to
   * find none and read them all again. Nothing is kept before `ofState` (the caller's `meta`,
   * asked for in the same transaction) says the reads belong to this state, nor if it says not.
   */
  async readAhead(store: BlockStore, ords: readonly number[], ofState: Promise<boolean>): Promise<void> {
    const ahead = new Map<number, RecordRow | undefined>();
    const wanted = new Set<number>();
    for (const o of ords) {
      const known = this.recordNow(o);
      if (known === null) wanted.add(o);
      else ahead.set(o, known);
    }
    this.ahead = ahead;
    if (!wanted.size) return;
    let confirmed = false;
    const waiting: BlockRow[] = [];
    const keep = (block: BlockRow) => {
      if (this.ahead !== ahead) return;
      if (!confirmed) return void waiting.push(block);
      for (const r of block.recs) if (wanted.has(r.ord)) ahead.set(r.ord, r);
    };
    const checked = ofState.then((same) => {
      if (!same) return false;
      confirmed = true;
      waiting.splice(0).forEach(keep);
      return true;
    });
    const read = readBlocks(store, [...wanted].map(recordBlock), keep);
    void read.catch(() => undefined);
    if (!(await checked)) return;
    await read;
    // Read, and not there: none (a record removed altogether).
    if (this.ahead === ahead) for (const o of wanted) if (!ahead.has(o)) ahead.set(o, undefined);
  }

  /**
   * A shard's rows of blocks 0…`block` (`keys` and `rows` of one range read), read in a
   * transaction of this state before its search asked for them.
   */
  seedShard(shard: string, block: number, keys: readonly IDBValidKey[], rows: readonly PostingRow[]): void {
    // (Not only when its newest row is missing: a search that stopped in the newest block read
    // that row alone, and the read ahead's whole shard was then dropped.)
    if (this.hasShard(shard, block)) return;
    this.keepRange(shard, block, keys, rows);
    if (!this.firstBlock.has(shard)) this.firstBlock.set(shard, block);
  }

  async posting(store: PostingStore, shard: string, block: number): Promise<PostingRow | undefined> {
    const key = rowKey(shard, block);
    if (this.postings.has(key)) return this.postings.get(key);
    if (this.postings.size >= MAX_POSTING_ROWS) {
      this.postings.clear();
      this.firstBlock.clear();
    }
    const first = this.firstBlock.get(shard);
    if (first === undefined || block >= first) {
      this.firstBlock.set(shard, block);
      const row = await store.get([shard, block]);
      this.postings.set(key, row);
      return row;
    }
    // A search goes past this shard's first block: the rest of the shard in one read.
    const range = IDBKeyRange.bound([shard, 0], [shard, block]);
    const [keys, rows] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
    this.keepRange(shard, block, keys, rows);
    return this.postings.get(key);
  }

  /** A shard's rows of blocks 0…`block` from one range read (a block it has no row in: read, none). */
  private keepRange(shard: string, block: number, keys: readonly IDBValidKey[], rows: readonly PostingRow[]): void {
    for (let b = 0; b <= block; b++) if (!this.has(shard, b)) this.postings.set(rowKey(shard, b), undefined);
    keys.forEach((k, i) => this.postings.set(rowKey(shard, (k as PostingKey)[1]), rows[i]));
  }

  /** The records of these ords (undefined where there is none), each read once. */
  async records(store: BlockStore, ords: readonly number[]): Promise<(RecordRow | undefined)[]> {
    // Those read ahead too: a keystroke whose read ahead had not finished reads only the rest.
    const have = new Map<number, RecordRow | undefined>();
    const missing: number[] = [];
    for (const o of ords) {
      const known = this.recordNow(o);
      if (known === null) missing.push(o);
      else have.set(o, known);
    }
    if (missing.length) {
      if (this.rows.size + missing.length > MAX_RECORDS) this.rows.clear();
      // Whole blocks (blocks.ts), the other records of each kept too: a frequent term's newest
      // matches lie in a few blocks, and the next keystroke's candidates often in the same.
      const read = await readByOrd(store, missing);
      for (const o of missing) this.rows.set(o, read.get(o));
      for (const [o, row] of read) if (!this.rows.has(o)) this.rows.set(o, row);
      for (const o of missing) have.set(o, read.get(o));
    }
    return ords.map((o) => have.get(o));
  }
}
