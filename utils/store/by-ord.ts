/**
 * Records by their ord (postings.ts numbering), read through the `ord` index: one range read
 * when the ords lie close together (an import's batch, a frequent term's newest matches), else
 * one request each. Used by the change log (changes.ts) and the pages' read cache (read-cache.ts).
 */
import type { RecordRow } from './rows';

export interface OrdIndex {
  get(ord: number): Promise<RecordRow | undefined>;
  getAll(range: IDBKeyRange): Promise<RecordRow[]>;
}

/**
 * The rows of these ords, by ord (absent ones left out; a range read may bring rows between
 * them too). `spread`: how many records per ord asked for a range read may cover.
 */
export async function readByOrd(
  index: OrdIndex,
  ords: readonly number[],
  spread: number,
): Promise<Map<number, RecordRow>> {
  const out = new Map<number, RecordRow>();
  if (!ords.length) return out;
  const lo = Math.min(...ords);
  const hi = Math.max(...ords);
  const rows =
    hi - lo < spread * ords.length
      ? await index.getAll(IDBKeyRange.bound(lo, hi))
      : await Promise.all(ords.map((o) => index.get(o)));
  for (const row of rows) if (row) out.set(row.ord, row);
  return out;
}
