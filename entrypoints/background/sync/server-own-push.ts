/**
 * The server's change feed after a round's own push (server-sync.ts, step 5).
 *
 * PouchDB's pull checkpoint stays where this round's pull ended, before our push; the next pull
 * would read back every change we just pushed, 500 at a time, each batch with its own change
 * request, `revs_diff` in the mirror, server info and two checkpoint writes: after pushing
 * 100,000 that was 17–31 s for a round that moved nothing (docs/benchmarks.md, scale).
 *
 * So right after a big push the feed is read from that checkpoint in pages of `FEED_PAGE` rows,
 * without documents. A row whose only revision is the one this push sent for that document
 * (`pushPassingRevisions` keeps `id@rev` of each) is ours; the other rows' revisions are looked up
 * in the mirror (`revsDiff`: 20 s for 100,000 rows in Chrome at load 13, measured).
 * Rows whose every revision is in the mirror are passed over; the first row with a revision the
 * mirror lacks (another device wrote during or after our push) stops the scan. PouchDB then
 * replicates from the last row passed over (`since`, which becomes its checkpoint): what another
 * device wrote is pulled as always, never skipped. Nothing but rows seen and found in the mirror is passed over, so a scan cut off
 * anywhere (worker stopped, network gone) leaves the checkpoint where it was or at a row seen.
 * At most as many rows as the push wrote documents are passed over: a hostile feed that never
 * ends delays nothing but its own rows (tests/unit/background/sync/server-own-push-hostile.test.ts).
 */
/// <reference types="pouchdb-browser" />

/** Rows of the change feed per request while scanning (ids and revisions only: ~100 bytes each). */
export const FEED_PAGE = 5_000;

type Seq = number | string;

const sent = (id: string, rev: string) => `${id}@${rev}`;

/** The push (mirror → server), keeping `id@rev` of every document it wrote on the server. */
export async function pushPassingRevisions(
  PouchDB: PouchDB.Static,
  mirror: PouchDB.Database,
  remote: PouchDB.Database,
  batchSize: number,
): Promise<{ written: number; revisions: Set<string> }> {
  const revisions = new Set<string>();
  const push = PouchDB.replicate(mirror, remote, { batch_size: batchSize });
  void push.on('change', (info) => {
    for (const doc of info.docs) revisions.add(sent(doc._id, doc._rev));
  });
  return { written: (await push).docs_written, revisions };
}

/**
 * From `since`, the feed's rows whose revisions are all in the mirror, in order, up to the first
 * that is not: returns the seq of the last such row, or `since` when the first row is not one.
 * `pushed`: `id@rev` this round sent (so in the mirror), looked up without the mirror.
 */
export async function skipKnownChanges(
  remote: PouchDB.Database,
  mirror: PouchDB.Database,
  since: Seq,
  pushed: ReadonlySet<string>,
): Promise<Seq> {
  // Each document this push wrote has one row after our pull (its latest change); so no more rows
  // than that can be passed over. A hostile server's feed that never ends (the same page again,
  // endless rows the mirror has) would otherwise hold the round, and every round after it, here.
  let passable = pushed.size;
  for (;;) {
    const page = await remote.changes({ since, limit: FEED_PAGE, batch_size: FEED_PAGE, style: 'all_docs' });
    if (!page.results.length) return since;
    const diff: Record<string, string[]> = {};
    for (const row of page.results)
      if (row.changes.length !== 1 || !pushed.has(sent(row.id, row.changes[0]!.rev)))
        diff[row.id] = row.changes.map((c) => c.rev);
    const missing = Object.keys(diff).length ? await mirror.revsDiff(diff) : {};
    for (const row of page.results) {
      if (missing[row.id] || passable-- <= 0) return since;
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
  pushed: ReadonlySet<string>,
  batchSize: number,
): Promise<number> {
  const from = await skipKnownChanges(remote, mirror, pulledTo, pushed);
  // Nothing passed over: the next round's pull reads from the checkpoint as it would have.
  if (from === pulledTo) return 0;
  const r = await PouchDB.replicate(remote, mirror, { since: from, batch_size: batchSize });
  return r.docs_written;
}
