/**
 * Reading the library without reading all of it: one page's records, the newest pages, a
 * search or a filter a page of results at a time (first N fast, the rest on demand with the
 * returned cursor), and counts. Each call is one read-only transaction, so it sees the library
 * before or after any write, never half of one.
 *
 * Orders: filters without text list records newest first by creation time; a text search
 * lists them in the order they reached this library, newest first (the index's numbering,
 * which lets a search read the newest block of the index first and stop early).
 */
import type { Highlight } from '@/utils/highlights/record';
import { byReadingOrder } from '@/utils/export/pages';
import { hasFilters, NO_FILTERS, type LibraryFilters } from '@/utils/library/search';
import type { LibraryDb, StoreMeta } from './db';
import { eachBlock, searchPage, type ReadOptions } from './search-query';
import { rowRecord, rowRecords, type FacetCounts, type PageRow } from './rows';
import type { ReadTx } from './commit';
import { queryTerms, termPlan, type TermPlan } from './search-tokens';
import { FacetRanges, mergeNewestFirst, rangesAreExact, type BlocksTx, type FacetCursor } from './facet-ranges';
import { readPagesRows, readRows } from './read-rows';
import { countListed } from './listings';
import { replyBudget } from './reply-size';

export interface LibraryQuery {
  /** Search text (search-tokens.ts says what matches). */
  text?: string;
  filters?: LibraryFilters;
}

export interface QueryPage {
  records: Highlight[];
  /** Pass it back for the next page; null when there is no more. */
  cursor: string | null;
}

/** Live records of one page, in reading order. */
export async function pageRecords(db: LibraryDb, url: string): Promise<Highlight[]> {
  const [rows] = await readPagesRows(db.transaction('blocks', 'readonly'), [url], {
    probeMin: Infinity,
  });
  return rowRecords(rows!)
    .filter((h) => h.deleted !== true)
    .sort(byReadingOrder);
}

export interface RecentPages {
  pages: PageRow[];
  /** The live records of those pages, each page's in reading order. */
  records: Highlight[];
  cursor: string | null;
}

/**
 * The pages with the newest highlights, whole pages, until at least `minRecords` records. A page
 * whose records alone are more than one message carries (./reply-size.ts: hundreds of records at
 * the size limits on one address) is cut where the reply fills: the cursor `[latest, url, n]`
 * goes on in that page after its first n records (`[latest, url]`: after that page).
 */
export async function recentPages(
  db: LibraryDb,
  minRecords: number,
  cursor: string | null = null,
): Promise<RecentPages> {
  const tx = db.transaction(['pages', 'blocks'], 'readonly');
  const parsed = cursor ? (JSON.parse(cursor) as [number, string, number?]) : null;
  const after = parsed ? ([parsed[0], parsed[1]] as [number, string]) : null;
  const inside = parsed?.[2] ?? 0;
  let c = await tx
    .objectStore('pages')
    .index('recent')
    .openCursor(after ? IDBKeyRange.upperBound(after, inside === 0) : null, 'prev');
  // Records of the cut page already sent; none when that page changed since (its key moved).
  const skip = c && inside > 0 && indexedDB.cmp(c.key, after!) === 0 ? inside : 0;
  const pages: PageRow[] = [];
  let count = -skip;
  while (c && count < minRecords) {
    pages.push(c.value);
    count += c.value.live;
    c = await c.continue();
  }
  const more = c !== null;
  const lists = await readPagesRows(
    tx,
    pages.map((p) => p.url),
    { probeMin: Infinity },
  );
  // No more than one message can carry: the pages after the record that fills it are left for
  // the next call, and the rest of that record's page too.
  const full = replyBudget();
  const records: Highlight[] = [];
  let kept = 0;
  let cut = 0;
  while (kept < pages.length && !cut) {
    const live = rowRecords(lists[kept]!)
      .filter((h) => h.deleted !== true)
      .sort(byReadingOrder);
    const from = kept++ === 0 ? skip : 0;
    for (let i = from; i < live.length; i++) {
      records.push(live[i]!);
      if (!full.add(live[i])) continue;
      if (i + 1 < live.length) cut = i + 1;
      else if (kept < pages.length) cut = -1; // the page ends with the reply
      break;
    }
  }
  pages.length = kept;
  const last = pages.at(-1)?.recent;
  if (!last) return { pages, records, cursor: null };
  if (cut > 0) return { pages, records, cursor: JSON.stringify([...last, cut]) };
  return { pages, records, cursor: more || kept < lists.length ? JSON.stringify(last) : null };
}

/** Live records and pages with live records: counters the writer keeps in `meta` (commit.ts). */
export async function counts(db: LibraryDb): Promise<{ live: number; pages: number }> {
  const meta = (await db.get('kv', 'meta')) as StoreMeta | undefined;
  return { live: meta?.live ?? 0, pages: meta?.pages ?? 0 };
}

/** Every record, tombstones included. Reads everything: for full exports and whole-library sync only. */
export async function allRecords(db: LibraryDb): Promise<Highlight[]> {
  return rowRecords((await db.getAll('blocks')).flatMap((block) => block.recs));
}

export interface LibraryFacets {
  tags: { value: string; count: number }[];
  sites: { value: string; count: number }[];
}

/** The facet counts kept in kv 'facets', most used first (ties by value); null before they were first made. */
export async function storedFacets(db: LibraryDb): Promise<LibraryFacets | null> {
  const counts = (await db.get('kv', 'facets')) as FacetCounts | undefined;
  return counts ? sortFacets(counts) : null;
}

/**
 * Counts the live records of every tag and site from the listings (listings.ts: the 't' and 's'
 * rows, summed) — a read of every such row, so done once (library.ts) and then kept by every
 * write (commit.ts).
 */
export async function countFacets(tx: ReadTx): Promise<FacetCounts> {
  // Each block's listing entry of a value says how many of its live records it lists.
  const store = tx.objectStore('listings');
  const [t, s] = await Promise.all([countListed(store, 't'), countListed(store, 's')]);
  return { t, s };
}

export function sortFacets(counts: FacetCounts): LibraryFacets {
  const sorted = (m: Map<string, number>) =>
    [...m]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { tags: sorted(counts.t), sites: sorted(counts.s) };
}

/** Records changed since a seq, and the newest changes: the change log (changes.ts). */
export { changesSince, latestChanges } from './changes';

/** The stored records of these ids (absent ones left out), in one transaction. */
export async function recordsOf(db: LibraryDb, ids: readonly string[]): Promise<Highlight[]> {
  const tx = db.transaction(['blocks', 'idmap'], 'readonly');
  return rowRecords([...(await readRows(tx, ids)).values()]);
}

/** A page of the records matching `query`. */
export async function queryRecords(
  db: LibraryDb,
  query: LibraryQuery,
  limit: number,
  cursor: string | null = null,
  now: number = Date.now(),
  read: ReadOptions = {},
): Promise<QueryPage> {
  const terms = queryTerms(query.text ?? '');
  const filters = query.filters ?? NO_FILTERS;
  if (terms.length) return searchPage(db, terms, filters, limit, cursor, now, read);
  // One transaction: the listing rows choose reads are the ones the merge walks.
  const tx: BlocksTx = db.transaction(['blocks', 'listings'], 'readonly');
  const ranges = await FacetRanges.choose(tx, filters, now);
  const records: Highlight[] = [];
  let last: FacetCursor | null = cursor ? (JSON.parse(cursor) as FacetCursor) : null;
  const full = replyBudget();
  for await (const row of mergeNewestFirst(tx, ranges, last)) {
    last = { created: row.h.created, id: row.id };
    const h = rowRecord(row);
    if (!h || !ranges.checkRest(h)) continue;
    records.push(h);
    if (records.length === limit || full.add(h)) return { records, cursor: JSON.stringify(last) };
  }
  return { records, cursor: null };
}

/**
 * Whether counting `query` reads and checks records (a candidate a record: seconds at 100,000
 * for an inexact term), rather than only index rows and listings: text of exact terms without
 * filters, or filters of one value at most (and a date), are counted from those.
 */
export function countReadsRecords(query: LibraryQuery): boolean {
  const terms = queryTerms(query.text ?? '');
  const filters = query.filters ?? NO_FILTERS;
  return terms.length ? !countedFromIndex(terms.map(termPlan), filters) : !rangesAreExact(filters);
}

/** Text of exact terms and no filter: the count is the index rows' (`countRecords`). */
function countedFromIndex(plans: readonly TermPlan[], filters: LibraryFilters): boolean {
  return !hasFilters(filters) && plans.every((p) => p.exact);
}

/** How many records match `query`. Exact; cheap for text of exact terms or one filter value. */
export async function countRecords(
  db: LibraryDb,
  query: LibraryQuery,
  now: number = Date.now(),
  read: ReadOptions = {},
): Promise<number> {
  const terms = queryTerms(query.text ?? '');
  const filters = query.filters ?? NO_FILTERS;
  if (terms.length) {
    const plans = terms.map(termPlan);
    if (countedFromIndex(plans, filters)) {
      let n = 0;
      await eachBlock(
        db,
        plans.flatMap((p) => p.tokens),
        null,
        async (ords) => void (n += ords.length),
        read,
      );
      return n;
    }
    let n = 0;
    for (let page = await searchPage(db, terms, filters, 1000, null, now, read); ;) {
      n += page.records.length;
      if (!page.cursor) return n;
      page = await searchPage(db, terms, filters, 1000, page.cursor, now, read);
    }
  }
  if (!hasFilters(filters)) return (await counts(db)).live;
  const tx: BlocksTx = db.transaction(['blocks', 'listings'], 'readonly');
  const ranges = await FacetRanges.choose(tx, filters, now);
  if (ranges.countIsExact) return ranges.total(tx);
  let n = 0;
  for await (const row of mergeNewestFirst(tx, ranges, null)) {
    const h = rowRecord(row);
    if (h && ranges.checkRest(h)) n++;
  }
  return n;
}
