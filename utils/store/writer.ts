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
import type { Highlight } from '@/utils/highlights/record';
import { checkedHighlight } from '@/utils/highlights/record';
import type { LibraryDb, StoreMeta } from './db';
import { RECORD_STORES } from './db';
import { abortQuietly, quiet, readMeta, writeRecords, type WriteTx } from './commit';
import { pageOrder, readPagesRows, readRows } from './read-rows';
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
  /**
   * The job may run ahead (`Writer.issue`): begin while the job before it commits, when
   * nothing it reads can be stored but what that job wrote (an import batch into a new library).
   */
  ahead?: boolean;
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
  /** Page → the number of the job that first wrote a record of it. */
  urls: Map<string, number>;
}

/** A job whose requests are issued, until it has committed or failed. */
interface Committing {
  number: number;
  /** Its meta after its write (what the next job reads once it commits). */
  meta: StoreMeta;
  /** Its rows written. */
  rows: readonly RecordRow[];
  /** Settles once the job has ended (and anything it re-ran). */
  finished: Promise<void>;
}

const noop = () => undefined;

/** Whether two metas are the same state of the library (each write of records moves `seq` and `nextOrd`). */
const sameMeta = (a: StoreMeta | undefined, b: StoreMeta): boolean =>
  a !== undefined && a.seq === b.seq && a.nextOrd === b.nextOrd && a.live === b.live && a.pages === b.pages;

export class Writer {
  private queue: Promise<unknown> = Promise.resolve();
  /** Null: not known (the library has held records since before this writer knew, or past KNOWN_MAX). */
  private known: Known | null = null;
  /** The last job whose requests are issued, until it ends. */
  private committing: Committing | null = null;
  /** Jobs begun (numbers `Known.urls`). */
  private jobs = 0;
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
    // The queue moves on once a job's requests are issued; its caller waits for the commit.
    const issued = this.enqueue(() => this.issue(label, reads, decide));
    return issued.then((job) => job.done);
  }

  /**
   * Runs a job until its requests are issued; `done` settles once it has committed (or failed).
   * A job marked `ahead` whose reads nothing stored can answer but the job before it (its rows
   * are in memory) begins while that job commits: IndexedDB runs the two transactions in order,
   * and meanwhile this one's script (its plan, the search index's rows, the records' clones)
   * runs beside the backend's storing of the last one, instead of after it.
   */
  private async issue<T>(
    label: string,
    reads: JobReads,
    decide: (view: JobView) => JobDecision<T>,
    /** Run again after running ahead of a job that failed: not the queue's last job (see below). */
    rerun = false,
  ): Promise<{ done: Promise<T> }> {
    const before = rerun ? null : this.committing;
    const ahead = before !== null && this.mayRunAhead(reads, before) ? before : null;
    if (before && !ahead) await before.finished;
    await this.options.beforeWrite?.(label);
    if (this.readOnlyReason) throw new Error(this.readOnlyReason);
    const number = ++this.jobs;
    const tx = this.db.transaction(RECORD_STORES, 'readwrite');
    let decided: JobDecision<T>;
    let meta: StoreMeta;
    let stored: StoredRows;
    /**
     * Ahead: the first request reads meta as the job before left it, which is what this job
     * assumed unless that job failed; then this one is aborted before it commits (its other
     * requests wait behind that read) and runs again once that job has ended.
     */
    let guard: Promise<boolean> | null = null;
    const records = new Map(this.pending.records);
    let remove: string[] = [];
    try {
      if (ahead) {
        const expected = ahead.meta;
        meta = { ...expected };
        guard = quiet(tx.objectStore('kv').get('meta')).then(
          (got) => {
            const same = sameMeta(got as StoreMeta | undefined, expected);
            if (!same) abortQuietly(tx);
            return same;
          },
          () => false,
        );
      } else meta = await readMeta(tx);
      this.begin(meta);
      const view = await this.read(tx, reads, meta, ahead);
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
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let markIssued!: () => void;
    const issued = new Promise<void>((resolve) => (markIssued = resolve));
    const write = async (): Promise<T> => {
      try {
        // An import of new records asked for 8,192 ids that were not there: not again.
        const unread = this.mayBeStored([...records.keys(), ...remove].filter((id) => !stored.looked.has(id)));
        this.remember(records.values(), number);
        const more = await readRows(tx, unread);
        const rows = more.size ? new Map([...stored.rows, ...more]) : stored.rows;
        const written = await writeRecords(tx, meta, [...records.values()], rows, remove, stored.pageRows);
        removed = remove.flatMap((id) => {
          const row = rows.get(id);
          return row ? [{ ...row.h, deleted: true }] : [];
        });
        if (settings) void quiet(tx.objectStore('kv').put(settings, 'settings'));
        // Every request issued: the next job may begin, ahead, or once this one has ended. A job
        // run again is not the queue's last: a job after it ran ahead of the failed run, which
        // has to end first (it does: it awaits this run), so that run stays `committing`.
        if (written.length && !rerun) {
          this.committing = { number, meta, rows: written, finished };
          markIssued();
        }
        await tx.done;
      } catch (e) {
        abortQuietly(tx);
        // Ran ahead of a job that failed: nothing of this one was written; again, after it.
        if (guard && !(await guard)) {
          await ahead!.finished;
          return (await this.issue(label, { ...reads, ahead: false }, decide, true)).done;
        }
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
    const done = write().finally(() => {
      if (this.committing?.finished === finished) this.committing = null;
      finish();
    });
    // The queue goes on once this job's requests are issued, or it has ended.
    await Promise.race([issued, done.then(noop, noop)]);
    return { done };
  }

  /**
   * Runs `work` in a read-write transaction of its own, in turn with the jobs: no write lands
   * while it reads and writes (queries.ts facet counts made from the index).
   */
  exclusive<T>(label: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const job = async (): Promise<T> => {
      await this.committing?.finished;
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

  /** Settles once every job asked for so far has ended. */
  private async idle(): Promise<void> {
    for (;;) {
      const queue = this.queue;
      await queue;
      await this.committing?.finished;
      if (queue === this.queue && !this.committing) return;
    }
  }

  /** Writes what is pending, if anything. */
  retry(): Promise<void> {
    if (!this.pending.records.size && !this.pending.settings) return this.idle();
    return this.run('retry', {}, () => ({ result: undefined }));
  }

  /**
   * `known` begins with a job that finds the library has never held a record. It holds because
   * this writer is the only one (rule 1: the background's; migrations run before it starts).
   */
  private begin(meta: StoreMeta): void {
    if (!this.known && meta.nextOrd === 0) this.known = { ids: new Set(), urls: new Map() };
  }

  /**
   * Whether a job may begin before `before` has committed: what it reads is either not stored
   * (`known`) or pages `before` wrote first (their rows are the ones it wrote), and nothing is
   * pending (rule 4: pending writes go with the next job that reads them as stored).
   */
  private mayRunAhead(reads: JobReads, before: Committing): boolean {
    const known = this.known;
    if (!reads.ahead || !known || reads.settings || this.readOnlyReason) return false;
    if (this.pending.records.size || this.pending.settings) return false;
    for (const id of reads.ids ?? []) if (known.ids.has(id)) return false;
    for (const url of reads.urls ?? []) {
      const first = known.urls.get(url);
      if (first !== undefined && first !== before.number) return false;
    }
    return true;
  }

  /** Of these ids, those the library may store (all, when it is not known). */
  private mayBeStored(ids: string[]): string[] {
    const known = this.known;
    return known ? ids.filter((id) => known.ids.has(id)) : ids;
  }

  /** Adds what a job is about to write to `known` (before the write: a superset is what it promises). */
  private remember(records: Iterable<Highlight>, job: number): void {
    const known = this.known;
    if (!known) return;
    for (const r of records) {
      known.ids.add(r.id);
      if (!known.urls.has(r.url)) known.urls.set(r.url, job);
    }
    if (known.ids.size > KNOWN_MAX) this.known = null;
  }

  private async read(
    tx: WriteTx,
    reads: JobReads,
    meta: StoreMeta,
    ahead: Committing | null,
  ): Promise<JobView & StoredRows> {
    const ids = [...new Set(reads.ids ?? [])];
    const urls = [...new Set(reads.urls ?? [])];
    const known = this.known;
    // What `known` does not hold is not stored: neither looked up nor read (an empty list of rows).
    const storedUrls = known ? urls.filter((url) => known.urls.has(url)) : urls;
    const listOf = new Map<string, RecordRow[]>();
    if (ahead) {
      // Pages the job ahead of which this one runs wrote first: their rows are those it wrote.
      const wanted = new Set(storedUrls);
      for (const row of ahead.rows)
        if (wanted.has(row.h.url)) {
          const list = listOf.get(row.h.url);
          if (list) list.push(row);
          else listOf.set(row.h.url, [row]);
        }
      for (const list of listOf.values()) pageOrder(list);
    }
    const toRead = storedUrls.filter((url) => !listOf.has(url));
    const [rows, storedLists] = await Promise.all([readRows(tx, this.mayBeStored(ids)), readPagesRows(tx, toRead)]);
    toRead.forEach((url, i) => listOf.set(url, storedLists[i]!));
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
