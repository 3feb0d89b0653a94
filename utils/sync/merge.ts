/**
 * State-based merge of highlight libraries (a last-writer-wins register per record id).
 *
 * Each record is replaced whole by whichever version has the greater hybrid clock
 * (utils/sync/hlc.ts). A delete is a record with `deleted: true` and a fresh clock, so it
 * beats every edit made before it and loses to an edit made after it, on every replica alike.
 * Two versions with the same clock but different content (only possible through a bug or a
 * hand-edited import) are ordered by their canonical JSON, so the result does not depend on
 * which side is "local": merge is commutative, associative and idempotent — a join over a
 * total order — and replicas that have exchanged all states hold the same library.
 */
import type { Highlight } from '@/utils/highlights/record';
import { compareClocks, tryParseClock } from './hlc';

/** What the merge needs of a record: its id and its clock. Highlights and follows (utils/follows) both are. */
export interface Versioned {
  id: string;
  clock: string;
}

export type Records<T extends Versioned = Highlight> =
  ReadonlyMap<string, T> | Readonly<Record<string, T>> | readonly T[];

/** JSON with object keys sorted and `undefined` members left out: equal content, equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const members = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
  return `{${members.join(',')}}`;
}

/** Total order on versions of one record: clock first, canonical content as the tie-break. */
export function compareVersions<T extends Versioned>(a: T, b: T): -1 | 0 | 1 {
  const byClock = compareClocks(a.clock, b.clock);
  if (byClock !== 0) return byClock;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/** The winning version of one record. Both must have the same id. */
export function mergeRecord<T extends Versioned>(a: T, b: T): T {
  if (a.id !== b.id) throw new Error(`mergeRecord: different records (${a.id} / ${b.id})`);
  return compareVersions(a, b) >= 0 ? a : b;
}

export function toRecordMap<T extends Versioned = Highlight>(records: Records<T>): Map<string, T> {
  const list: Iterable<T> = Array.isArray(records)
    ? (records as readonly T[])
    : records instanceof Map
      ? (records as ReadonlyMap<string, T>).values()
      : Object.values(records as Readonly<Record<string, T>>);
  // Keyed by the record's own id, so a container keyed wrongly cannot split one record in two;
  // duplicates inside one side are merged like any other pair.
  const map = new Map<string, T>();
  for (const r of list) {
    const prev = map.get(r.id);
    map.set(r.id, prev ? mergeRecord(prev, r) : r);
  }
  return map;
}

export interface MergeResult<T extends Versioned = Highlight> {
  merged: Map<string, T>;
  /** Ids whose merged record differs from side `a` (or is new to it): what `a` must write. */
  changedIds: string[];
  /** Ids whose merged record differs from side `b` (or is missing there): what to send to `b`. */
  changedForB: string[];
}

/** Merges two libraries record by record. Neither input is modified. */
export function mergeLibraries<T extends Versioned = Highlight>(a: Records<T>, b: Records<T>): MergeResult<T> {
  const left = toRecordMap(a);
  const right = toRecordMap(b);
  const merged = new Map<string, T>();
  const changedIds: string[] = [];
  const changedForB: string[] = [];
  const ids = new Set([...left.keys(), ...right.keys()]);
  for (const id of [...ids].sort()) {
    const l = left.get(id);
    const r = right.get(id);
    const winner = l && r ? mergeRecord(l, r) : (l ?? r)!;
    merged.set(id, winner);
    if (!l || compareVersions(winner, l) !== 0) changedIds.push(id);
    if (!r || compareVersions(winner, r) !== 0) changedForB.push(id);
  }
  return { merged, changedIds, changedForB };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const TOMBSTONE_MAX_AGE_MS = 90 * DAY_MS;

export interface TombstoneGcOptions {
  now: number;
  /**
   * For each replica, a clock it has acknowledged: the replica has merged every record whose
   * clock is ≤ this value (e.g. the greatest clock of the last full state it pulled and merged).
   */
  seenBy: Readonly<Record<string, string>>;
  /** Every replica known to take part in sync (this one included). */
  replicas: readonly string[];
  maxAgeMs?: number;
}

export interface TombstoneGcResult {
  kept: Map<string, Highlight>;
  droppedIds: string[];
}

/**
 * Removes tombstones that are no longer needed.
 *
 * A tombstone is dropped when every known replica has acknowledged a clock ≥ its clock (all of
 * them already applied the delete, so no live copy is left to come back), or when it is older
 * than `maxAgeMs` (90 days by default) — otherwise one replica that never returns (a
 * reinstalled browser, a lost laptop) would make tombstones pile up forever.
 *
 * The trade-off, honestly: a replica that was offline longer than `maxAgeMs` and still holds a
 * record deleted elsewhere will, when it merges again, bring that record back, because the
 * tombstone that would have beaten it is gone. Nothing in a state-based merge can tell "deleted
 * long ago" from "created while you were away" once the tombstone is collected. The age limit
 * bounds storage at the cost of this (rare, visible, harmless-to-data) resurrection; it never
 * loses an edit. A replica that knows it has been away longer than `maxAgeMs` can avoid it by
 * pulling first and dropping its own records that it had already synced before leaving and
 * that the other side no longer has (see `reconcileAfterLongAbsence`).
 *
 * The age of a tombstone is read from its clock's wall time (falling back to `updated`).
 */
export function collectTombstones(records: Records, options: TombstoneGcOptions): TombstoneGcResult {
  const maxAgeMs = options.maxAgeMs ?? TOMBSTONE_MAX_AGE_MS;
  const kept = new Map<string, Highlight>();
  const droppedIds: string[] = [];
  for (const [id, r] of toRecordMap(records)) {
    if (r.deleted === true && (ackedByAll(r.clock, options) || ageOf(r, options.now) > maxAgeMs)) {
      droppedIds.push(id);
    } else {
      kept.set(id, r);
    }
  }
  return { kept, droppedIds };
}

function ackedByAll(clock: string, { seenBy, replicas }: TombstoneGcOptions): boolean {
  if (replicas.length === 0) return false;
  return replicas.every((replica) => {
    const seen = Object.hasOwn(seenBy, replica) ? seenBy[replica] : undefined;
    return seen !== undefined && compareClocks(seen, clock) >= 0;
  });
}

function ageOf(r: Highlight, now: number): number {
  const wall = tryParseClock(r.clock)?.wallMs ?? r.updated;
  return now - wall;
}

/**
 * For a replica that has been away longer than the tombstone age limit: given its local
 * records, the remote's full state and the greatest clock it had synced before it left,
 * returns the local ids to forget before merging. A local record whose clock is ≤ that clock
 * was on the remote at the last sync; if the remote no longer has it, the remote deleted it
 * and collected the tombstone. Records changed locally since then are kept and pushed.
 * Only sound when the last sync was a complete two-way exchange.
 */
export function reconcileAfterLongAbsence(local: Records, remote: Records, lastSyncedClock: string): string[] {
  const remoteMap = toRecordMap(remote);
  const forget: string[] = [];
  for (const [id, r] of toRecordMap(local)) {
    if (!remoteMap.has(id) && compareClocks(r.clock, lastSyncedClock) <= 0) forget.push(id);
  }
  return forget;
}
