/**
 * Filters without search text, served from the blocks' listings (listings.ts: per block and
 * value, the newest and oldest creation time of its live records and how many): the filter kind
 * with the fewest blocks drives (the rows of each chosen value), the other kinds are checked
 * on each record it yields. Records come newest first by creation time: the blocks are read in
 * the order of their newest record, and a record is given out once no block still unread can
 * hold a newer one. A block whose records all lie outside the window is not read.
 */
import type { IDBPTransaction } from 'idb';
import { COLORS, type Highlight } from '@/utils/highlights/record';
import { matchesFilters, type LibraryFilters } from '@/utils/library/search';
import type { LibrarySchema } from './db';
import { indexKeys, type RecordRow } from './rows';
import type { BlockRow } from './blocks';
import { readListing, type ListingEntry } from './listings';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FacetCursor {
  created: number;
  id: string;
}

export type BlocksTx = IDBPTransaction<LibrarySchema, ['blocks', 'listings'], 'readonly'>;

function createdBounds(filters: LibraryFilters, now: number): [number, number] {
  const d = filters.date;
  if (d.kind === 'last') return [now - d.days * DAY_MS, Infinity];
  if (d.kind === 'range') return [d.from ?? -Infinity, d.to ?? Infinity];
  return [-Infinity, Infinity];
}

/** Per kind of filter with a value chosen (colour, category, tag, site), its distinct values as listing prefixes. */
function chosenValues(filters: LibraryFilters): [string, string][][] {
  return (
    [
      ['c', filters.colors],
      ['k', filters.categories],
      ['t', filters.tags],
      ['s', filters.sites],
    ] as [string, readonly string[]][]
  )
    .filter(([, values]) => values.length > 0)
    .map(([kind, values]) => [...new Set(values)].map((v): [string, string] => [kind, v]));
}

/**
 * Whether the records in the filters' ranges are the answer without reading one: no value chosen
 * (all colours), or one; with more, each record is checked against the rest (`checkRest`).
 */
export function rangesAreExact(filters: LibraryFilters): boolean {
  return exactFor(chosenValues(filters));
}

const exactFor = (options: readonly [string, string][][]) =>
  options.length === 0 || (options.length === 1 && options[0]!.length === 1);

export class FacetRanges {
  private constructor(
    /** Key prefixes of the driving ranges, e.g. ['c', 'yellow'], or every colour's for all records. */
    readonly prefixes: [string, string][],
    readonly bounds: [number, number],
    /** The driving ranges' records are the matching records (one range, nothing else to check). */
    readonly countIsExact: boolean,
    private readonly filters: LibraryFilters,
    private readonly now: number,
    entries: ListingEntry[][] | null,
  ) {
    if (entries) this.read = Promise.resolve(entries);
  }

  /** The driving values' entries, once read (by `choose` or `entries`). */
  private read: Promise<ListingEntry[][]> | null = null;

  /**
   * The kind in the fewest blocks drives; counting is skipped when there is no choice. The
   * listing rows are read in the query's transaction `tx`, each chosen value's once: the driving
   * values' entries are kept for `total` and `mergeNewestFirst` in the same transaction.
   */
  static async choose(tx: BlocksTx, filters: LibraryFilters, now: number): Promise<FacetRanges> {
    const bounds = createdBounds(filters, now);
    const make = (prefixes: [string, string][], exact: boolean, entries: ListingEntry[][] | null = null) =>
      new FacetRanges(prefixes, bounds, exact, filters, now, entries);
    const options = chosenValues(filters);
    const exact = exactFor(options);
    // Every live record has one colour: all of them by time are the colours' ranges merged.
    if (options.length === 0)
      return make(
        COLORS.map((c) => ['c', c]),
        exact,
      );
    if (options.length === 1) return make(options[0]!, exact);
    const store = tx.objectStore('listings');
    let best: { prefixes: [string, string][]; entries: ListingEntry[][]; blocks: number } | null = null;
    for (const prefixes of options) {
      const entries = await Promise.all(prefixes.map((p) => entriesOf(store, p, bounds)));
      const blocks = entries.reduce((a, b) => a + b.length, 0);
      if (!best || blocks < best.blocks) best = { prefixes, entries, blocks };
    }
    return make(best!.prefixes, false, best!.entries);
  }

  /** Each driving value's entries (see `entriesOf`), read from `tx` the first time only. */
  entries(tx: BlocksTx): Promise<ListingEntry[][]> {
    const store = tx.objectStore('listings');
    this.read ??= Promise.all(this.prefixes.map((p) => entriesOf(store, p, this.bounds)));
    return this.read;
  }

  /** Records in the driving ranges (each range's once): the keys' counts, a block read only where the window cuts it. */
  async total(tx: BlocksTx): Promise<number> {
    const [lo, hi] = this.bounds;
    const lists = await this.entries(tx);
    const counts = await Promise.all(
      this.prefixes.map(async (p, i) => {
        let n = 0;
        const cut: number[] = [];
        for (const [block, newest, oldest, count] of lists[i]!) {
          if (oldest > hi) continue;
          if (oldest >= lo && newest <= hi) n += count;
          else cut.push(block);
        }
        const blocks = await Promise.all(cut.map((b) => tx.objectStore('blocks').get(b)));
        for (const block of blocks) n += listed(block, p, this.bounds).length;
        return n;
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  /** The filters the driving ranges do not decide (all of them are checked: the driving one passes). */
  checkRest(h: Highlight): boolean {
    return matchesFilters(h, this.filters, this.now);
  }
}

/**
 * The block entries of one value whose newest record is not before `lo`, ascending by newest,
 * oldest, count and block (the order schema 4's index keys [kind, value, newest, oldest, n] gave).
 */
async function entriesOf(
  store: Parameters<typeof readListing>[0],
  [kind, value]: [string, string],
  [lo]: [number, number],
): Promise<ListingEntry[]> {
  const entries = (await readListing(store, kind, value)).filter((e) => e[1] >= lo);
  return entries.sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[3] - b[3] || a[0] - b[0]);
}

/** The block's live records listed under this value, created within the bounds. */
function listed(block: BlockRow | undefined, [kind, value]: [string, string], [lo, hi]: [number, number]): RecordRow[] {
  if (!block) return [];
  return block.recs.filter((r) => {
    if (typeof r.h?.url !== 'string' || r.h.created < lo || r.h.created > hi) return false;
    return indexKeys(r.h).some((k) => (k as unknown[])[0] === kind && (k as unknown[])[1] === value);
  });
}

/** Rows of the ranges merged newest first (ties: greater id first), each record once, after `after`. */
export async function* mergeNewestFirst(
  tx: BlocksTx,
  ranges: FacetRanges,
  after: FacetCursor | null,
): AsyncGenerator<RecordRow> {
  const lo = ranges.bounds[0];
  const hi = after ? Math.min(ranges.bounds[1], after.created) : ranges.bounds[1];
  if (hi < lo) return;
  const isAfter = (created: number, id: string) =>
    !after || created < after.created || (created === after.created && id < after.id);
  // Each value's entries, walked from the newest down (`next[i]`: the entry at the head); the
  // window's top is applied in the walk, so the entries `choose` read serve any cursor.
  const lists = await ranges.entries(tx);
  const next = lists.map((list) => list.length - 1);
  const head = (i: number): ListingEntry | undefined => lists[i]![next[i]!];
  /** Records of the blocks read, not given out yet, oldest first (given out from the end). */
  const ready: RecordRow[] = [];
  const older = (a: RecordRow, b: RecordRow) => a.h.created - b.h.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  let lastId: string | null = null;
  for (;;) {
    // Blocks whose records are all newer than the window are skipped unread.
    for (let i = 0; i < lists.length; i++) while ((head(i)?.[2] ?? -Infinity) > hi) next[i]!--;
    let pick = -1;
    for (let i = 0; i < lists.length; i++) {
      const e = head(i);
      if (e && (pick < 0 || e[1] > head(pick)![1])) pick = i;
    }
    const frontier = pick < 0 ? -Infinity : head(pick)![1];
    const best = ready.at(-1);
    // A record is next once no unread block can hold a newer one (or one as new: its id may be greater).
    if (best && best.h.created > frontier) {
      ready.pop();
      if (best.id !== lastId) {
        lastId = best.id;
        yield best;
      }
      continue;
    }
    if (pick < 0) return;
    const block = await tx.objectStore('blocks').get(head(pick)![0]);
    for (const row of listed(block, ranges.prefixes[pick]!, [lo, hi]))
      if (isAfter(row.h.created, row.id)) ready.push(row);
    ready.sort(older);
    next[pick]!--;
  }
}
