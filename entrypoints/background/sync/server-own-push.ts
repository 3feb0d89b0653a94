/**
 * The server's change feed after a round's own push (server-sync.ts, step 5).
 *
 * PouchDB's pull checkpoint stays where this round's pull ended, before our push; the next pull
 * would read back every change we just pushed, 500 at a time, each batch with its own change
 * request, `revs_diff` in the mirror, server info and two checkpoint writes: after pushing
 * 100,000 that was 17–31 s for a round that moved nothing (docs/benchmarks.md, scale).
 *
 * So right after a big push the feed is read from that checkpoint in pages of `FEED_PAGE` rows,
 * without documents, and each page's revisions are looked up in the mirror (`revsDiff`). Rows
 * whose every revision is already in the mirror (our own documents, or ones already pulled) are
 * passed over; the first row with a revision the mirror lacks (another device wrote during or
 * after our push) stops the scan. PouchDB then replicates from the last row passed over
 * (`since`, which becomes its checkpoint): what another device wrote is pulled as always,
 * never skipped. Nothing but rows seen and found in the mirror is passed over, so a scan cut off
 * anywhere (worker stopped, network gone) leaves the checkpoint where it was or at a row seen.
 */
/// <reference types="pouchdb-browser" />

/** Rows of the change feed per request while scanning (ids and revisions only: ~100 bytes each). */
export const FEED_PAGE = 5_000;

type Seq = number | string;

/**
 * From `since`, the feed's rows whose revisions are all in the mirror, in order, up to the first
 * that is not: returns the seq of the last such row, or `since` when the first row is not one.
 */
export async function skipKnownChanges(remote: PouchDB.Database, mirror: PouchDB.Database, since: Seq): Promise<Seq> {
  for (;;) {
    const page = await remote.changes({ since, limit: FEED_PAGE, batch_size: FEED_PAGE, style: 'all_docs' });
    if (!page.results.length) return since;
    const diff: Record<string, string[]> = {};
    for (const row of page.results) diff[row.id] = row.changes.map((c) => c.rev);
    const missing = await mirror.revsDiff(diff);
    for (const row of page.results) {
      if (missing[row.id]) return since;
      since = row.seq;
    }
    if (page.results.length < FEED_PAGE) return since;
  }
}

/**
 * After our push: passes over the feed's rows already in the mirror from `pulledTo` (where this
 * round's pull ended) and replicates the rest into the mirror. Returns the documents pulled
 * (another device's, merged into the library by the next round's step 2).
 */
export async function pullAfterOwnPush(
  PouchDB: PouchDB.Static,
  remote: PouchDB.Database,
  mirror: PouchDB.Database,
  pulledTo: Seq,
  batchSize: number,
): Promise<number> {
  const from = await skipKnownChanges(remote, mirror, pulledTo);
  // Nothing passed over: the next round's pull reads from the checkpoint as it would have.
  if (from === pulledTo) return 0;
  const r = await PouchDB.replicate(remote, mirror, { since: from, batch_size: batchSize });
  return r.docs_written;
}
