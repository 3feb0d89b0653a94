/**
 * Filters without search text, served from the blocks' listing keys (blocks.ts: per block and
 * value, the newest and oldest creation time of its live records and how many): the filter kind
 * with the fewest blocks drives (one index range per chosen value), the other kinds are checked
 * on each record it yields. Records come newest first by creation time: the blocks are read in
 * the order of their newest record, and a record is given out once no block still unread can
 * hold a newer one. A block whose records all lie outside the window is not read.
 */
import type { IDBPTransaction } from 'idb';
import { COLORS, type Highlight } from '@/utils/highlights/record';
import { matchesFilters, type LibraryFilters } from '@/utils/library/search';
import type { LibraryDb, LibrarySchema } from './db';
import { indexKeys, type RecordRow } from './rows';
import type { BlockRow, ListingKey } from './blocks';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FacetCursor {
  created: number;
  id: string;
}

export type BlocksTx = IDBPTransaction<LibrarySchema, ['blocks'], 'readonly'>;

function createdBounds(filters: LibraryFilters, now: number): [number, number] {
  const d = filters.date;
  if (d.kind === 'last') return [now - d.days * DAY_MS, Infinity];
  if (d.kind === 'range') return [d.from ?? -Infinity, d.to ?? Infinity];
  return [-Infinity, Infinity];
}

export class FacetRanges {
  private constructor(
    /** Key prefixes of the driving ranges, e.g. ['c', 'yellow'], or every colour's for all records. */
    readonly prefixes: [string, string][],
    readonly bounds: [number, number],
    /** The driving ranges' records are the matching records (one range, nothing else to check). */
    readonly countIsExact: boolean,
    private readonly filters: LibraryFilters,
    private readonly now: number,
  ) {}

  /** The kind in the fewest blocks drives; counting is skipped when there is no choice. */
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
    const make = (prefixes: [string, string][], exact: boolean) =>
      new FacetRanges(prefixes, bounds, exact, filters, now);
    // Every live record has one colour: all of them by time are the colours' ranges merged.
    if (kinds.length === 0)
      return make(
        COLORS.map((c) => ['c', c]),
        true,
      );
    const options = kinds.map(([kind, values]) => [...new Set(values)].map((v): [string, string] => [kind, v]));
    if (options.length === 1) return make(options[0]!, options[0]!.length === 1);
    let best: { prefixes: [string, string][]; blocks: number } | null = null;
    for (const prefixes of options) {
      const counts = await Promise.all(prefixes.map((p) => db.countFromIndex('blocks', 'by', rangeOf(p, bounds))));
      const blocks = counts.reduce((a, b) => a + b, 0);
      if (!best || blocks < best.blocks) best = { prefixes, blocks };
    }
    return make(best!.prefixes, false);
  }

  /** Records in the driving ranges (each range's once): the keys' counts, a block read only where the window cuts it. */
  async total(db: LibraryDb): Promise<number> {
    const tx: BlocksTx = db.transaction('blocks', 'readonly');
    const [lo, hi] = this.bounds;
    const counts = await Promise.all(
      this.prefixes.map(async (p) => {
        let n = 0;
        const cut: number[] = [];
        let c = await tx.store.index('by').openKeyCursor(rangeOf(p, this.bounds));
        for (; c; c = await c.continue()) {
          const [, , newest, oldest, count] = c.key as ListingKey;
          if (oldest > hi) continue;
          if (oldest >= lo && newest <= hi) n += count;
          else cut.push(c.primaryKey);
        }
        const blocks = await Promise.all(cut.map((b) => tx.store.get(b)));
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

/** Listing keys of one value whose newest record is not before `lo`. */
function rangeOf([kind, value]: [string, string], [lo]: [number, number]): IDBKeyRange {
  return IDBKeyRange.bound([kind, value, lo], [kind, value, []]);
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
  const index = tx.store.index('by');
  const heads = await Promise.all(ranges.prefixes.map((p) => index.openKeyCursor(rangeOf(p, [lo, hi]), 'prev')));
  /** Records of the blocks read, not given out yet, oldest first (given out from the end). */
  const ready: RecordRow[] = [];
  const older = (a: RecordRow, b: RecordRow) => a.h.created - b.h.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  let lastId: string | null = null;
  for (;;) {
    // Blocks whose records are all newer than the window are skipped unread.
    for (let i = 0; i < heads.length; i++) {
      let c = heads[i] ?? null;
      while (c && (c.key as ListingKey)[3] > hi) c = await c.continue();
      heads[i] = c;
    }
    let pick = -1;
    for (let i = 0; i < heads.length; i++) {
      const c = heads[i];
      if (c && (pick < 0 || (c.key as ListingKey)[2] > (heads[pick]!.key as ListingKey)[2])) pick = i;
    }
    const frontier = pick < 0 ? -Infinity : (heads[pick]!.key as ListingKey)[2];
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
    const c = heads[pick]!;
    const block = await tx.store.get(c.primaryKey);
    for (const row of listed(block, ranges.prefixes[pick]!, [lo, hi]))
      if (isAfter(row.h.created, row.id)) ready.push(row);
    ready.sort(older);
    heads[pick] = await c.continue();
  }
}
