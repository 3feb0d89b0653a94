/**
 * The single writer's rules, in one place:
 *
 * 1. Jobs run one at a time, in the order they were asked for (one queue per library).
 * 2. A job decides what to write from the records **as stored when it runs**, read in the same
 *    read-write transaction it writes in — never from a copy taken earlier. Merges (sync,
 *    import) and edits alike; an edit sends only the fields it changes (a patch).
 * 3. Every record written is validated (a record `sealChecked` sealed was, and cannot have changed);
 *    a job that fails to decide writes nothing.
 * 4. Unsaved changes (pending.ts) overlay the stored records for every job and read, and are
 *    written together with the next job: a later edit never overwrites an unsaved earlier one.
 * 5. A failed write keeps the job's changes pending (in the journal where one exists) and says so.
 */
import { compareClocks } from '@/utils/sync/hlc';
import type { Highlight } from '@/utils/highlights/record';
import { checkedHighlight } from '@/utils/highlights/record';
import type { LibraryDb, StoreMeta } from './db';
import { RECORD_STORES } from './db';
import { abortQuietly, readMeta, writeRecords, type WriteTx } from './commit';
import { readPagesRows, readRows } from './read-rows';
import { rawTx } from './blocks';
import { allMappedIds } from './id-map';
import type { RecordRow } from './rows';
import { emptyPending, failedWriteMessage, type PendingJournal, type PendingState } from './pending';
import { rowRecord, rowRecords } from './rows';
import type { Settings } from './settings';

/** What a job reads before deciding. */
export interface JobReads {
  ids?: Iterable<string>;
  /** Pages whose every record (tombstones too) the job needs. */
  urls?: Iterable<string>;
  settings?: boolean;
}

export interface JobView {
  /** Current versions (stored, overlaid by pending) of the ids asked for. */
  records: Map<string, Highlight>;
  /** Current records of the pages asked for. */
  pages: Map<string, Highlight[]>;
  settings: Settings;
  meta: StoreMeta;
}

export interface JobDecision<T> {
  write?: Highlight[];
  /** Ids whose records are removed altogether, not tombstoned (an import taken back). */
  remove?: string[];
  settings?: Settings;
  /**
   * Pages whose change is not told now but added here, to be told later (the batches of an
   * import session: told once when it ends, `Library.tellImported`).
   */
  untold?: Set<string>;
  /**
   * Ids of records written whose clocks the library's clock has not learnt (an import session's,
   * learnt when it is kept): they do not raise `meta.clockHigh`, the clock a reopened library
   * starts from.
   */
  unlearnt?: ReadonlySet<string>;
  /** A clock learnt without a record written (a kept import session's): raises `meta.clockHigh`. */
  clockHigh?: string;
  result: T;
}

export interface WriterOptions {
  journal?: PendingJournal;
  /** Test hook: awaited before each job opens its transaction (a slow storage area). */
  beforeWrite?: (label: string) => Promise<void>;
}

/** Rows a job read before deciding, reused when it writes (read once per transaction). */
interface StoredRows {
  rows: Map<string, RecordRow>;
  pageRows: Map<string, RecordRow[]>;
  /** Ids looked up (found or not) or on a page read: a write of them reads nothing again. */
  looked: Set<string>;
}

export interface Written {
  records: Highlight[];
  /** Records removed altogether (JobDecision.remove), as they were, marked deleted. */
  removed: Highlight[];
  settings: Settings | null;
  /** The library's counters after the write. */
  meta: StoreMeta;
  /** JobDecision.untold. */
  untold?: Set<string>;
}

/**
 * Ids past which the writer stops keeping every stored id (`Writer.known`): ~8 MB of the
 * worker's heap at 100,000.
 */
export const KNOWN_MAX = 200_000;

/**
 * Every id and page the library stores, or more (a record removed since may stay): kept by the
 * writer from a library that has never held a record (`meta.nextOrd` 0: ords are never used
 * twice), through every job it writes, before the job writes. What is not in it is not stored,
 * and a job does not read it: an import of a file into a new library (restoring an export)
 * reads nothing by id or page after its first batch. A batch of random ids (a real export)
 * spans the ids stored before, so the probe over its range (read-rows.ts) finds some, and each
 * batch then looked up its 8,192 ids and its ~800 pages one by one.
 */
interface Known {
  ids: Set<string>;
  urls: Set<string>;
}

/** Ords ever used up to which a job of many ids walks the stored ids and pages (`Writer.begin`). */
export const KNOWN_WALK_MAX = 16_384;
/** Ids a job asks for from which it walks them (a save or an edit never does). */
const WALK_FROM = 32;

function countAtLeast(items: Iterable<unknown> | undefined, n: number): boolean {
  let seen = 0;
  for (const _ of items ?? []) if (++seen >= n) return true;
  return false;
}

/** Every stored id and page: the id map's rows (id-map.ts, one read) and the page keys of `by` (blocks.ts). */
async function walkKnown(tx: WriteTx): Promise<Known> {
  const raw = rawTx(tx);
  const [ids, pages] = await Promise.all([
    allMappedIds(raw),
    walkKeys(raw.objectStore('blocks').index('by'), IDBKeyRange.bound(['u'], ['u', []]), 'nextunique'),
  ]);
  return { ids: new Set(ids), urls: new Set(pages.map((key) => (key as [string, string])[1])) };
}

/** The keys of an index in a range, one cursor step each (raw requests: no promise per step). */
function walkKeys(index: IDBIndex, range: IDBKeyRange | null, direction: IDBCursorDirection): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const out: IDBValidKey[] = [];
    const request = index.openKeyCursor(range, direction);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      out.push(cursor.key);
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('reading the library failed'));
  });
}

export class Writer {
  private queue: Promise<unknown> = Promise.resolve();
  /** Null: not known (the library has held records since before this writer knew, or past KNOWN_MAX). */
  private known: Known | null = null;
  pending: PendingState = emptyPending();
  lastError: string | null = null;
  readOnlyReason: string | null = null;

  constructor(
    private readonly db: LibraryDb,
    private readonly stored: () => Settings,
    private readonly options: WriterOptions,
    private readonly onWritten: (w: Written) => void,
  ) {}

  get settings(): Settings {
    return this.pending.settings ?? this.stored();
  }

  /** Runs `decide` as a job (rules 1–5). */
  run<T>(label: string, reads: JobReads, decide: (view: JobView) => JobDecision<T>): Promise<T> {
    const job = async (): Promise<T> => {
      await this.options.beforeWrite?.(label);
      if (this.readOnlyReason) throw new Error(this.readOnlyReason);
      const tx = this.db.transaction(RECORD_STORES, 'readwrite');
      let decided: JobDecision<T>;
      let meta: StoreMeta;
      let stored: StoredRows;
      const records = new Map(this.pending.records);
      let remove: string[] = [];
      try {
        meta = await readMeta(tx);
        await this.begin(tx, meta, reads);
        const view = await this.read(tx, reads, meta);
        stored = view;
        decided = decide(view);
        for (const r of decided.write ?? []) records.set(r.id, validated(r));
        remove = [...new Set(decided.remove ?? [])];
        for (const id of remove) records.delete(id);
      } catch (e) {
        abortQuietly(tx);
        throw e;
      }
      const settings = decided.settings ?? this.pending.settings;
      /** Records removed, told to the change hook as tombstones (lists drop them). */
      let removed: Highlight[] = [];
      try {
        // An import of new records asked for 8,192 ids that were not there: not again.
        const unread = this.mayBeStored([...records.keys(), ...remove].filter((id) => !stored.looked.has(id)));
        this.remember(records.values());
        const more = await readRows(tx, unread);
        const rows = more.size ? new Map([...stored.rows, ...more]) : stored.rows;
        await writeRecords(tx, meta, [...records.values()], rows, remove, stored.pageRows, decided.unlearnt);
        if (decided.clockHigh && compareClocks(decided.clockHigh, meta.clockHigh) > 0) {
          meta.clockHigh = decided.clockHigh;
          await tx.objectStore('kv').put(meta, 'meta');
        }
        removed = remove.flatMap((id) => {
          const row = rows.get(id);
          return row ? [{ ...row.h, deleted: true }] : [];
        });
        if (settings) await tx.objectStore('kv').put(settings, 'settings');
        await tx.done;
      } catch (e) {
        abortQuietly(tx);
        this.pending = { records, settings };
        const journaled = await this.options.journal?.save(this.pending).then(
          () => true,
          () => false,
        );
        this.lastError = failedWriteMessage(e instanceof Error ? e.message : String(e), journaled === true);
        throw new Error(this.lastError);
      }
      const wasPending = this.pending.records.size > 0 || this.pending.settings !== null;
      this.pending = emptyPending();
      if (wasPending) await this.options.journal?.save(this.pending).catch(() => undefined);
      this.lastError = null;
      // A job that changed nothing (a sync round with nothing new) must not look like a change:
      // the change hook starts sync rounds, which would then never stop.
      if (records.size || removed.length || settings)
        this.onWritten({ records: [...records.values()], removed, settings, meta, untold: decided.untold });
      return decided.result;
    };
    return this.enqueue(job);
  }

  /**
   * Runs `work` in a read-write transaction of its own, in turn with the jobs: no write lands
   * while it reads and writes (queries.ts facet counts made from the index).
   */
  exclusive<T>(label: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const job = async (): Promise<T> => {
      await this.options.beforeWrite?.(label);
      if (this.readOnlyReason) throw new Error(this.readOnlyReason);
      const tx = this.db.transaction(RECORD_STORES, 'readwrite');
      try {
        const result = await work(tx);
        await tx.done;
        return result;
      } catch (e) {
        abortQuietly(tx);
        throw e;
      }
    };
    return this.enqueue(job);
  }

  /** Runs `job` after every job queued before it, whether they succeeded or not. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes what is pending, if anything. */
  retry(): Promise<void> {
    if (!this.pending.records.size && !this.pending.settings) return this.queue.then(() => undefined);
    return this.run('retry', {}, () => ({ result: undefined }));
  }

  /**
   * `known` begins with a job that finds the library has never held a record, or with the first
   * job of many ids (an import batch) in a small one (at most KNOWN_WALK_MAX ords ever used): its
   * ids and pages are walked once, by key, in the job's transaction, instead of each batch looking
   * up its 8,192 ids (a file imported into a library of a few hundred highlights). It holds
   * because this writer is the only one (rule 1: the background's; migrations run before it starts).
   */
  private async begin(tx: WriteTx, meta: StoreMeta, reads: JobReads): Promise<void> {
    if (this.known) return;
    if (meta.nextOrd === 0) this.known = { ids: new Set(), urls: new Set() };
    else if (meta.nextOrd <= KNOWN_WALK_MAX && countAtLeast(reads.ids, WALK_FROM)) this.known = await walkKnown(tx);
  }

  /** Of these ids, those the library may store (all, when it is not known). */
  private mayBeStored(ids: string[]): string[] {
    const known = this.known;
    return known ? ids.filter((id) => known.ids.has(id)) : ids;
  }

  /** Adds what a job is about to write to `known` (before the write: a superset is what it promises). */
  private remember(records: Iterable<Highlight>): void {
    const known = this.known;
    if (!known) return;
    for (const r of records) {
      known.ids.add(r.id);
      known.urls.add(r.url);
    }
    if (known.ids.size > KNOWN_MAX) this.known = null;
  }

  private async read(tx: WriteTx, reads: JobReads, meta: StoreMeta): Promise<JobView & StoredRows> {
    const ids = [...new Set(reads.ids ?? [])];
    const urls = [...new Set(reads.urls ?? [])];
    const known = this.known;
    // What `known` does not hold is not stored: neither looked up nor read (an empty list of rows).
    const storedUrls = known ? urls.filter((url) => known.urls.has(url)) : urls;
    // The pages first: an id on one of them is not looked up again by id (a file imported into a
    // library that holds it: no key look-up per record, 8,192 a batch).
    const storedLists = await readPagesRows(tx, storedUrls, { byKeys: true });
    const onPages = new Map<string, RecordRow>();
    for (const list of storedLists) for (const row of list) onPages.set(row.id, row);
    const asked = this.mayBeStored(ids);
    const byId = await readRows(
      tx,
      asked.filter((id) => !onPages.has(id)),
    );
    // In the order asked, as readRows gives them.
    const rows = new Map<string, RecordRow>();
    for (const id of asked) {
      const row = onPages.get(id) ?? byId.get(id);
      if (row) rows.set(id, row);
    }
    const listOf = new Map(storedUrls.map((url, i) => [url, storedLists[i]!]));
    const pageLists = urls.map((url) => listOf.get(url) ?? []);
    const records = new Map<string, Highlight>();
    for (const [id, row] of rows) {
      const h = rowRecord(row);
      if (h) records.set(id, h);
    }
    for (const id of ids) {
      const p = this.pending.records.get(id);
      if (p) records.set(id, p);
    }
    const pages = new Map<string, Highlight[]>();
    const pageRows = new Map<string, RecordRow[]>();
    const looked = new Set(ids);
    urls.forEach((url, i) => {
      const stored = pageLists[i]!;
      pageRows.set(url, stored);
      for (const row of stored) {
        looked.add(row.id);
        if (!rows.has(row.id)) rows.set(row.id, row);
      }
      const byId = new Map(rowRecords(stored).map((h) => [h.id, h]));
      for (const p of this.pending.records.values()) if (p.url === url || byId.has(p.id)) byId.set(p.id, p);
      pages.set(
        url,
        [...byId.values()].filter((h) => h.url === url),
      );
    });
    return { records, pages, settings: this.settings, meta, rows, pageRows, looked };
  }
}

function validated(r: Highlight): Highlight {
  const checked = checkedHighlight(r);
  if (!checked.ok) throw new Error(`refusing to store an invalid highlight: ${checked.error}`);
  return checked.value;
}
