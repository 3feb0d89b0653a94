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
import { compareClocks } from './hlc';

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
