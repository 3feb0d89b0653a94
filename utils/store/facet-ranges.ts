/**
 * Filters without search text, served from the `by` index (rows.ts): the filter kind with the
 * fewest entries drives (one index range per chosen value, within the date bounds), the other
 * kinds are checked on each record it yields. Records come newest first by creation time.
 */
import type { IDBPIndex } from 'idb';
import { COLORS, type Highlight } from '@/utils/highlights/record';
import { matchesFilters, type LibraryFilters } from '@/utils/library/search';
import type { LibraryDb, LibrarySchema } from './db';
import type { RecordRow } from './rows';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FacetCursor {
  created: number;
  id: string;
}

type ByIndex = IDBPIndex<LibrarySchema, ['records'], 'records', 'by', 'readonly'>;

function createdBounds(filters: LibraryFilters, now: number): [number, number] {
  const d = filters.date;
  if (d.kind === 'last') return [now - d.days * DAY_MS, Infinity];
  if (d.kind === 'range') return [d.from ?? -Infinity, d.to ?? Infinity];
  return [-Infinity, Infinity];
}

export class FacetRanges {
  private constructor(
    private readonly db: LibraryDb,
    /** Key prefixes of the driving ranges, e.g. ['c', 'yellow'], or every colour's for all records. */
    readonly prefixes: IDBValidKey[][],
    readonly bounds: [number, number],
    /** The driving ranges' entries are the matching records (one range, nothing else to check). */
    readonly countIsExact: boolean,
    private readonly filters: LibraryFilters,
    private readonly now: number,
  ) {}

  /** The kind with the fewest entries drives; counting is skipped when there is no choice. */
  static async choose(db: LibraryDb, filters: LibraryFilters, now: number): Promise<FacetRanges> {
    const bounds = createdBounds(filters, now);
    const kinds = (
      [
        ['c', filters.colors],
        ['k', filters.categories],
        ['t', filters.tags],
        ['s', filters.sites],
      ] as [string, readonly string[]][]
    ).filter(([, values]) => values.length > 0);
    const make = (prefixes: IDBValidKey[][], exact: boolean) =>
      new FacetRanges(db, prefixes, bounds, exact, filters, now);
    // Every live record has one colour: all of them by time are the colours' ranges merged.
    if (kinds.length === 0)
      return make(
        COLORS.map((c) => ['c', c]),
        true,
      );
    const options = kinds.map(([kind, values]) => [...new Set(values)].map((v): IDBValidKey[] => [kind, v]));
    if (options.length === 1) return make(options[0]!, options[0]!.length === 1);
    let best: { prefixes: IDBValidKey[][]; total: number } | null = null;
    for (const prefixes of options) {
      const total = await make(prefixes, false).total();
      if (!best || total < best.total) best = { prefixes, total };
    }
    return make(best!.prefixes, false);
  }

  /** Entries in the driving ranges. */
  async total(): Promise<number> {
    const counts = await Promise.all(
      this.prefixes.map((p) => this.db.countFromIndex('records', 'by', rangeOf(p, this.bounds))),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  /** The filters the driving ranges do not decide (all of them are checked: the driving one passes). */
  checkRest(h: Highlight): boolean {
    return matchesFilters(h, this.filters, this.now);
  }
}

function rangeOf(prefix: IDBValidKey[], [lo, hi]: [number, number]): IDBKeyRange {
  return IDBKeyRange.bound([...prefix, lo], [...prefix, hi]);
}

/** Rows of the ranges merged newest first (ties: greater id first), each record once, after `after`. */
export async function* mergeNewestFirst(
  index: ByIndex,
  ranges: FacetRanges,
  after: FacetCursor | null,
): AsyncGenerator<RecordRow> {
  const hi = after ? Math.min(ranges.bounds[1], after.created) : ranges.bounds[1];
  if (hi < ranges.bounds[0]) return;
  const createdOf = (key: IDBValidKey) => (key as unknown[]).at(-1) as number;
  const isAfter = (created: number, id: string) =>
    !after || created < after.created || (created === after.created && id < after.id);
  const heads = await Promise.all(
    ranges.prefixes.map((p) => index.openCursor(rangeOf(p, [ranges.bounds[0], hi]), 'prev')),
  );
  let lastId: string | null = null;
  for (;;) {
    // Skip what the previous page already gave.
    for (let i = 0; i < heads.length; i++) {
      let c = heads[i] ?? null;
      while (c && !isAfter(createdOf(c.key), c.primaryKey)) c = await c.continue();
      heads[i] = c;
    }
    let pick = -1;
    for (let i = 0; i < heads.length; i++) {
      const c = heads[i];
      if (!c) continue;
      const p = pick < 0 ? null : heads[pick]!;
      if (
        !p ||
        createdOf(c.key) > createdOf(p.key) ||
        (createdOf(c.key) === createdOf(p.key) && c.primaryKey > p.primaryKey)
      )
        pick = i;
    }
    if (pick < 0) return;
    const c = heads[pick]!;
    if (c.primaryKey !== lastId) {
      lastId = c.primaryKey;
      yield c.value;
    }
    heads[pick] = await c.continue();
  }
}
