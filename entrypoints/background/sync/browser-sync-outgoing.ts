/**
 * What a browser-sync round writes out (browser-sync.ts): the newest records that fit in the
 * quota, chosen without reading the whole library.
 *
 * The quota holds a few hundred highlights, so the candidates are what the items held, the
 * newest records by creation and the records written last (edits, deletions, merges), read by
 * index; the encoding (utils/sync/browser-sync-encoding.ts) keeps the newest of them by clock.
 */
import type { Highlight } from '@/utils/highlights/record';
import type { LibraryQuery, QueryPage } from '@/utils/store/queries';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { followShareReserved } from '@/utils/sync/follows-sync';
import { clockLead } from '@/utils/sync/hlc';
import { mergeRecord } from '@/utils/sync/merge';

/** The library's reads the choice of candidates needs. */
export interface CandidateSource {
  /** The newest live records by creation: `query({}, n)`. */
  query(query: LibraryQuery, limit: number): Promise<QueryPage>;
  /** The records written last, tombstones included. */
  latestChanges(limit: number): Promise<Highlight[]>;
  /** Live records in the library (a counter, no scan). */
  stats(): Promise<{ highlights: number }>;
  /** The current versions of these ids (tombstones included, absent ones left out). */
  getMany(ids: readonly string[]): Promise<Highlight[]>;
}

/**
 * A refused version whose clock is this far ahead is no honest device's (a hostile peer's, or a
 * clock gone wrong): it does not keep the synced copy of a record this library holds.
 */
export const FAR_AHEAD_MS = 30 * 24 * 60 * 60 * 1000;
/** Candidates of each kind a round reads first: several times what the quota holds. */
export const FIRST_CANDIDATES = 2_000;

export interface OutgoingOptions {
  /** The clock (read once the library's size is known, like the rest of the round's reads). */
  now: () => number;
  /** Keep the followed articles' share of the quota free (utils/sync/follows-sync.ts). */
  withFollows: boolean;
  /** Encoding limits (tests use small ones). */
  encodeOptions?: Parameters<typeof encodeForSync>[1];
}

/**
 * Encodes the newest records that fit: among what the items held (`synced`, merged with the
 * library's versions by clock), the newest by creation and the last written; `heldBack` (refused
 * versions) are written back untouched. When every live candidate fits and the library has more,
 * the candidates were too few: read twice as many.
 */
export async function encodeNewest(
  library: CandidateSource,
  synced: readonly Highlight[],
  heldBack: readonly Highlight[],
  { now, withFollows, encodeOptions }: OutgoingOptions,
) {
  const { highlights: total } = await library.stats();
  // Written back untouched, a refused version wins every merge below by its clock: one far
  // ahead would hold its record's synced copy until that clock is reached, and the reader's
  // edits here would never go out. Where this library has the record, its version goes out
  // instead; a version only a little ahead (a device slightly fast) is kept, so no tug of war.
  const at = now();
  const farAhead = heldBack.filter((r) => (clockLead(r.clock, at) ?? 0) > FAR_AHEAD_MS);
  const ours = farAhead.length ? await library.getMany(farAhead.map((r) => r.id)) : [];
  const replaced = new Set(ours.map((r) => r.id));
  const kept = heldBack.filter((r) => !replaced.has(r.id));
  for (let n = FIRST_CANDIDATES; ; n *= 2) {
    const [newest, changed] = await Promise.all([library.query({}, n), library.latestChanges(n)]);
    const byId = new Map<string, Highlight>();
    for (const r of [...synced, ...ours, ...newest.records, ...changed]) {
      const prev = byId.get(r.id);
      byId.set(r.id, prev ? mergeRecord(prev, r) : r);
    }
    const candidates = [...byId.values()];
    const encoded = encodeForSync(
      [...candidates, ...kept],
      { ...(withFollows && followShareReserved()), ...encodeOptions },
      total,
    );
    const excluded = new Set(encoded.excludedIds);
    const live = candidates.filter((r) => r.deleted !== true);
    const written = live.filter((r) => !excluded.has(r.id)).length;
    const exhausted = newest.cursor === null && changed.length < n;
    if (written < live.length || exhausted || written >= total)
      return { encoded, synced: Math.min(written, total), total };
  }
}
