/**
 * Compaction of the change log (changes.ts). A record written again gets a new entry; its old
 * one stays, and every `changesSince` from before it reads the record once more to skip it. A
 * compaction pass walks the log from its oldest row and drops the entries whose record no longer
 * has that seq (written again since, or removed): exactly the entries readers skip, so no answer
 * of `changesSince` or `latestChanges` changes (compact-log.property.test.ts). The entries kept
 * are packed again, CHANGES_PER_ROW a row, each row keyed by its last seq as the log's rows are.
 *
 * In small steps, each one transaction of the writer's queue (`Writer.exclusive`), so no write
 * waits long: a step reads at most STEP_ENTRIES entries and their records. Where the pass stands
 * is kept in `kv` in the same transaction as the step's rewrite, so a worker stopped between
 * steps goes on where it stopped, and one stopped inside a step loses only that step.
 *
 * When: the writer counts the entries its writes leave behind (`StoreMeta.logStale`, from zero
 * at the start of the last pass); a pass starts once they are many, and many against the live
 * records (a pass reads every record once).
 */
import type { StoreMeta } from './db';
import { readMeta, type WriteTx } from './commit';
import { changeRows, liveEntries } from './changes';

/** kv key of the compaction's state. */
export const COMPACTION_KEY = 'log-compaction';

export interface CompactionState {
  /** Key of the last log row the running pass is done with; null: no pass running. */
  at: number | null;
}

/** Entries read per step, at most (a step may read one row more than this: rows are not split). */
const STEP_ENTRIES = 4096;
/** Stale entries before a pass is worth starting. */
const STALE_MIN = 2048;

export interface CompactOptions {
  /** Test hook: entries per step. */
  stepEntries?: number;
  /** Test hook: stale entries that start a pass. */
  staleMin?: number;
}

/** Whether a pass should start (or go on) after a write that left `meta`. */
function compactionDue(meta: StoreMeta, o: CompactOptions = {}): boolean {
  const stale = meta.logStale ?? 0;
  return stale >= (o.staleMin ?? STALE_MIN) && stale >= meta.live / 4;
}

/**
 * One step of the pass: starts a pass when one is due, else goes on with the running one.
 * Returns whether another step is to come.
 */
export async function compactStep(tx: WriteTx, o: CompactOptions = {}): Promise<boolean> {
  const kv = tx.objectStore('kv');
  const [meta, stored] = await Promise.all([readMeta(tx), kv.get(COMPACTION_KEY)]);
  const state = (stored as CompactionState | undefined) ?? { at: null };
  if (state.at === null) {
    if (!compactionDue(meta, o)) return false;
    // Every entry stale now is ahead of the pass: from here on, count only what it may miss.
    meta.logStale = 0;
    await kv.put(meta, 'meta');
  }
  const after = state.at ?? 0;
  const log = tx.objectStore('changes');
  const keys: number[] = [];
  const seqs: number[] = [];
  const ords: number[] = [];
  let cursor = await log.openCursor(IDBKeyRange.lowerBound(after, true));
  while (cursor && seqs.length < (o.stepEntries ?? STEP_ENTRIES)) {
    keys.push(cursor.key);
    seqs.push(...cursor.value.seq);
    ords.push(...cursor.value.ord);
    cursor = await cursor.continue();
  }
  const done = cursor === null;
  if (keys.length) {
    // Only the entries readers count (changes.ts `liveEntries`) are kept.
    const entries = seqs.map((seq, i) => [seq, ords[i]!] as const);
    const live = (await liveEntries(tx.objectStore('blocks'), entries)).map(
      ([seq, ord]) => [seq, ord] as [number, number],
    );
    // The rows read are every row from `after` to the last key read: replaced by the live entries.
    await log.delete(IDBKeyRange.bound(keys[0]!, keys.at(-1)!));
    await Promise.all(changeRows(live).map(([key, row]) => log.put(row, key)));
  }
  const next: CompactionState = { at: done ? null : keys.at(-1)! };
  await kv.put(next, COMPACTION_KEY);
  return !done;
}

/**
 * Runs the steps one after another in the writer's queue, a pause before each so that a burst
 * of writes (an import's batches) goes first; after a worker stop, `resume` goes on with a pass
 * left halfway (the state in kv says where).
 */
export class LogCompaction {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A pass is running. */
  private running = false;

  constructor(
    private readonly exclusive: (work: (tx: WriteTx) => Promise<boolean>) => Promise<boolean>,
    private readonly o: CompactOptions & { pauseMs?: number } = {},
  ) {}

  /** One step now (in the writer's queue); whether another is to come. */
  async step(): Promise<boolean> {
    this.running = await this.exclusive((tx) => compactStep(tx, this.o));
    return this.running;
  }

  /** At start-up: goes on with a pass a stopped worker left halfway, or starts one that is due. */
  resume(state: CompactionState | undefined, meta: StoreMeta): void {
    this.running = state !== undefined && state.at !== null;
    this.nudge(meta);
  }

  /** After a write that left `meta`, or a step with more to do: schedules a step if one is due. */
  nudge(meta?: StoreMeta): void {
    if (this.timer !== null || (!this.running && (!meta || !compactionDue(meta, this.o)))) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A failed step (a full disk, a closed database) is tried again after the next write.
      this.step().then(
        (more) => more && this.nudge(),
        () => undefined,
      );
    }, this.o.pauseMs ?? 1000);
  }
}
