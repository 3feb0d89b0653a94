/**
 * The two steps of a server-sync round that move records between the library and the local
 * PouchDB mirror (server-sync.ts does the rest), a page at a time so that a round over 100,000
 * records never holds them all:
 *
 *  - `readMirrorIntoLibrary`: the mirror's changes since the last round → resolve CouchDB
 *    conflicts by clock → decrypt/validate → admit (utils/sync/admit.ts) → merge into the library;
 *  - `writeLibraryIntoMirror`: the library's changes since the last round (`changesSince`, the
 *    seq remembered in the mirror's index document) → the mirror. Only what changed moves.
 *
 * What a round must write although the library did not change it (a conflict resolved, a
 * document that did not decrypt, a replayed older version) is collected in `forced` by the
 * first step and written by the second.
 */
/// <reference types="pouchdb-browser" />
import type { Highlight } from '@/utils/highlights/record';
import {
  DOC_PREFIX,
  docIdFor,
  docToRecord,
  isHighlightDocId,
  recordToDoc,
  resolveConflict,
  type Decrypt,
  type Encrypt,
} from '@/utils/sync/couch';
import { admitRecords } from '@/utils/sync/admit';

export const INDEX_DOC = '_local/hzd-index';
/** Documents read or written per step of a round. */
export const MIRROR_PAGE = 500;

/** The mirror's bookkeeping (a `_local` document: never replicated). */
export interface MirrorIndex {
  _id: typeof INDEX_DOC;
  _rev?: string;
  /** The mirror's update_seq up to which changes were read into the library. */
  seq: number | string;
  /** The library's change seq (`changesSince`) up to which records were written into the mirror. */
  librarySeq?: number;
  /** Ids to write again next round (the mirror changed under a write). */
  retry?: string[];
  /** Documents written to the mirror since the last successful push. */
  unpushed: number;
  /** Older versions kept the clock of every document here; read once, then dropped. */
  docs?: Record<string, { clock: string; rev: string }>;
}

/** The part of the library server sync uses. */
export interface ServerLibrary {
  getMany(ids: readonly string[]): Promise<Highlight[]>;
  /** Merges records into the library as stored when the merge runs; returns the records that changed. */
  merge(records: Highlight[]): Promise<Highlight[]>;
  changesSince(seq: number, limit: number): Promise<{ records: Highlight[]; seq: number; more: boolean }>;
}

export interface ReadOutcome {
  conflictsResolved: number;
  skipped: number;
  /** Records applied with their site set from their address: the server's named another site (admit.ts). */
  corrected: number;
  /** `id@clock` of versions read from the mirror this round: already there, not written back. */
  pulled: Set<string>;
  /** Ids whose library version must be written over the mirror's document. */
  forced: Set<string>;
}

const version = (r: Highlight) => `${r.id}@${r.clock}`;

/** Step 2 of a round: the mirror's changes since `index.seq` → the library. */
export async function readMirrorIntoLibrary(
  mirror: PouchDB.Database,
  index: MirrorIndex,
  library: ServerLibrary,
  now: number,
  decrypt?: Decrypt,
): Promise<ReadOutcome> {
  const out: ReadOutcome = { conflictsResolved: 0, skipped: 0, corrected: 0, pulled: new Set(), forced: new Set() };
  let since = index.seq;
  for (;;) {
    const changes = await mirror.changes({ since, limit: MIRROR_PAGE, include_docs: true, conflicts: true });
    await readPage(mirror, changes.results, library, now, decrypt, out);
    since = changes.last_seq;
    if (changes.results.length < MIRROR_PAGE) return out;
  }
}

async function readPage(
  mirror: PouchDB.Database,
  results: PouchDB.Core.ChangesResponseChange<Record<string, unknown>>[],
  library: ServerLibrary,
  now: number,
  decrypt: Decrypt | undefined,
  out: ReadOutcome,
): Promise<void> {
  const incoming: Highlight[] = [];
  for (const change of results) {
    const doc = change.doc;
    if (!doc || !isHighlightDocId(doc._id) || doc._deleted) continue;
    const id = doc._id.slice(DOC_PREFIX.length);
    if (doc._conflicts?.length) {
      const losers = doc._conflicts;
      const revisions = [doc, ...(await Promise.all(losers.map((rev) => mirror.get(doc._id, { rev }))))];
      const { winner } = await resolveConflict(revisions, decrypt);
      // The losing revisions go; the library's version (≥ the winner after the merge) is
      // written on top of the current revision by the next step.
      await mirror.bulkDocs(losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true })));
      out.forced.add(id);
      if (winner) incoming.push(winner);
      else out.skipped++;
      out.conflictsResolved += losers.length;
      continue;
    }
    const parsed = await docToRecord(doc, decrypt);
    if (!parsed.ok) {
      // Not applied (forged, other key, damaged); our own version, if any, goes over it.
      out.forced.add(id);
      out.skipped++;
      continue;
    }
    incoming.push(parsed.value);
  }
  // A valid version dated too far ahead is not applied and not read again (the changes feed
  // moves on); the mirror keeps it, and our own version is written only when it changes.
  const { admitted, refused, corrected } = admitRecords(incoming, { now });
  out.skipped += refused.length;
  out.corrected += corrected.length;
  if (!admitted.length) return;
  const changed = new Set((await library.merge(admitted)).map(version));
  const kept = admitted.filter((r) => !changed.has(version(r)));
  // What the library did not take: equal to what it has (nothing to do) or older (a replayed
  // version, a device behind): the library's version goes back over it.
  const stored = new Map((await library.getMany(kept.map((r) => r.id))).map((r) => [r.id, r]));
  for (const r of admitted) {
    if (changed.has(version(r)) || stored.get(r.id)?.clock === r.clock) out.pulled.add(version(r));
    else out.forced.add(r.id);
  }
}

/** Step 3 of a round: library changes since `index.librarySeq`, and the forced ids → the mirror. Returns documents written. */
export async function writeLibraryIntoMirror(
  mirror: PouchDB.Database,
  index: MirrorIndex,
  library: ServerLibrary,
  read: Pick<ReadOutcome, 'pulled' | 'forced'>,
  encrypt?: Encrypt,
): Promise<number> {
  const legacy = index.docs;
  const forced = new Set([...read.forced, ...(index.retry ?? [])]);
  const retry: string[] = [];
  let written = 0;
  const write = async (records: Highlight[]) => {
    const stale = records.filter(
      (r) => forced.has(r.id) || (!read.pulled.has(version(r)) && legacy?.[r.id]?.clock !== r.clock),
    );
    if (!stale.length) return;
    const revs = await mirror.allDocs({ keys: stale.map((r) => docIdFor(r.id)) });
    const revOf = new Map<string, string>();
    for (const row of revs.rows)
      if ('value' in row && row.value && !row.value.deleted) revOf.set(row.id, row.value.rev);
    const docs = await Promise.all(stale.map((r) => recordToDoc(r, encrypt, revOf.get(docIdFor(r.id)))));
    const results = await mirror.bulkDocs(docs as PouchDB.Core.PutDocument<object>[]);
    results.forEach((res, i) => {
      // A conflict means the mirror changed under us: written again next round.
      if ('ok' in res && res.ok) written++;
      else retry.push(stale[i]!.id);
    });
  };

  let seq = index.librarySeq ?? 0;
  const seen = new Set<string>();
  for (;;) {
    const page = await library.changesSince(seq, MIRROR_PAGE);
    await write(page.records);
    for (const r of page.records) if (forced.has(r.id)) seen.add(r.id);
    seq = page.seq;
    if (!page.more) break;
  }
  // The forced records the library did not change since the last round are read now.
  const rest = [...forced].filter((id) => !seen.has(id));
  for (let i = 0; i < rest.length; i += MIRROR_PAGE) {
    const ids = rest.slice(i, i + MIRROR_PAGE);
    await write(await library.getMany(ids));
  }
  index.librarySeq = seq;
  index.retry = retry;
  delete index.docs;
  return written;
}
