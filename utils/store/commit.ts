/**
 * The one way records are written: inside a read-write transaction the caller opened, given
 * the rows as they were read in that same transaction. Writes the records, their search
 * postings, their pages' summaries and the counters in `meta`; the transaction makes it all
 * or nothing (a worker stopped mid-write leaves the library as it was).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { isSealed, type Highlight } from '@/utils/highlights/record';
import { compareClocks } from '@/utils/sync/hlc';
import type { LibrarySchema, StoreMeta } from './db';
import { applyRowEdits, BLOCK_SIZE, rowEdits, type TokenChange } from './postings';
import { writeChanges } from './changes';
import {
  facetKeys,
  indexKeys,
  ownText,
  pageSummary,
  pageText,
  rowRecords,
  searchText,
  type FacetCounts,
  type RecordRow,
} from './rows';
import { normalizeForSearch } from '@/utils/library/search';
import { shardOf, tokenList, tokensOf } from './search-tokens';
import { readPageRows } from './read-rows';
import { rawTx, writeBlocks } from './blocks';

export type WriteTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'readwrite'>;
export type ReadTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'readonly' | 'readwrite'>;

/**
 * Marks a request's promise as handled. A transaction that fails rejects every request still
 * in flight; the caller awaits the first failure, the others must not become unhandled
 * rejections (console errors in the worker).
 */
export function quiet<P extends Promise<unknown>>(p: P): P {
  p.catch(() => undefined);
  return p;
}

/** Aborts a transaction that may already have finished; its `done` rejection is expected. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
  tx.done.catch(() => undefined);
}

const NO_TOKENS: ReadonlySet<string> = new Set();
const NO_TOKEN_LIST: readonly string[] = [];

/**
 * Search texts and tokens worked out ahead of their write (`prepareTokens`), by record: its own
 * tokens, and its page's (`shared`, one list for every record of the page in the batch).
 */
interface Prepared {
  text: string;
  tokens: readonly string[];
  shared?: readonly string[];
}
const prepared = new Map<Highlight, Prepared>();
const PREPARED_MAX = 20_000;

/**
 * Works out the search text and tokens of records before the job that writes them runs: an
 * import batch as it arrives, while the job before it waits for IndexedDB, so the job does not
 * compute them on the import's critical path (1.5 s of worker script per 100,000). Kept by the
 * record itself (no long text to hash, and the job need not make the text again), so only for
 * records `sealChecked` froze through (the router's): nothing they hold can change meanwhile.
 * The part of the text a page's records share (title, site: about half of the tokens) is
 * tokenized once per page of the batch, and its list is shared (postings.ts `rowEdits` looks
 * its tokens up once per page and block, not once per record).
 * Bounded: a batch that never gets written does not keep its tokens for long.
 */
export function prepareTokens(records: readonly Highlight[]): void {
  if (prepared.size > PREPARED_MAX) prepared.clear();
  const pages = new Map<string, { text: string; tokens: readonly string[] }>();
  for (const h of records) {
    if (!isSealed(h) || prepared.has(h)) continue;
    if (h.deleted === true) {
      prepared.set(h, { text: '', tokens: NO_TOKEN_LIST });
      continue;
    }
    const raw = pageText(h);
    let page = pages.get(raw);
    if (!page) {
      const text = normalizeForSearch(raw);
      pages.set(raw, (page = { text, tokens: tokenList(text) }));
    }
    const own = normalizeForSearch(ownText(h));
    // The same text as searchText(h), made of its two parts.
    prepared.set(h, { text: `${own}\n${page.text}`, tokens: tokenList(own), shared: page.tokens });
  }
}

/**
 * Drops what `prepareTokens` kept for these records once their job has settled: a record the
 * job did not write (a file imported again) would otherwise keep its tokens until the bound
 * clears them all, the tokens of batches still on their way with them.
 */
export function forgetPreparedTokens(records: readonly Highlight[]): void {
  if (prepared.size) for (const h of records) prepared.delete(h);
}

/** Test hook: how many records' tokens `prepareTokens` holds. */
export const preparedTokenCount = (): number => prepared.size;

/** The search text of `h` and, when `prepareTokens` worked them out, its tokens (taken). */
function takePrepared(h: Highlight): { text: string; tokens?: readonly string[]; shared?: readonly string[] } {
  const ready = prepared.get(h);
  if (!ready) return { text: searchText(h) };
  prepared.delete(h);
  return ready;
}

export async function readMeta(tx: ReadTx): Promise<StoreMeta> {
  const meta = (await tx.objectStore('kv').get('meta')) as StoreMeta | undefined;
  if (!meta) throw new Error('the library is not initialised (no meta)');
  return meta;
}

/**
 * Writes `next` (already validated) over `previous` (the rows read in this transaction), and
 * removes the records of `remove` altogether (an import taken back: they never were here).
 * Returns the rows written.
 */
export async function writeRecords(
  tx: WriteTx,
  meta: StoreMeta,
  next: readonly Highlight[],
  previous: ReadonlyMap<string, RecordRow>,
  remove: readonly string[] = [],
  /** Every row of some pages as read in this transaction before the write (saves reading them again). */
  pageRows: ReadonlyMap<string, readonly RecordRow[]> = new Map(),
  /** Ids whose clocks must not raise `meta.clockHigh` (JobDecision.unlearnt). */
  unlearnt: ReadonlySet<string> = new Set(),
): Promise<RecordRow[]> {
  if (next.length === 0 && remove.length === 0) return [];
  const changes: TokenChange[] = [];
  const urls = new Set<string>();
  const written: RecordRow[] = [];
  const facets: FacetCounts = { t: new Map(), s: new Map() };
  const removed: number[] = [];
  const fresh = meta.nextOrd;
  for (const id of new Set(remove)) {
    const before = previous.get(id);
    if (!before) continue;
    changes.push({ ord: before.ord, before: tokensOf(searchText(before.h)), after: NO_TOKEN_LIST });
    urls.add(before.h.url);
    if (before.h.deleted !== true) meta.live--;
    meta.logStale = (meta.logStale ?? 0) + 1;
    countFacets(facets, before.h, -1);
    removed.push(before.ord);
  }
  for (const h of next) {
    const before = previous.get(h.id);
    const ord = before?.ord ?? meta.nextOrd++;
    const row: RecordRow = { id: h.id, ord, seq: ++meta.seq, h };
    const oldText = before ? searchText(before.h) : '';
    const { text: newText, tokens, shared } = takePrepared(h);
    if (oldText !== newText)
      changes.push({
        ord,
        before: oldText ? tokensOf(oldText) : NO_TOKENS,
        after: tokens ?? tokenList(newText),
        shared,
      });
    if (before) urls.add(before.h.url);
    urls.add(h.url);
    if (!unlearnt.has(h.id) && compareClocks(h.clock, meta.clockHigh) > 0) meta.clockHigh = h.clock;
    meta.live += (h.deleted === true ? 0 : 1) - (before && before.h.deleted !== true ? 1 : 0);
    if (before) {
      countFacets(facets, before.h, -1);
      // Its entry in the change log is skipped from now on (compact-log.ts drops it).
      meta.logStale = (meta.logStale ?? 0) + 1;
    }
    countFacets(facets, h, 1, indexKeys(h));
    written.push(row);
  }
  // IndexedDB runs a transaction's requests in order: the search index's rows that may hold
  // ords already are asked for first, so that merging the postings (script time) overlaps the
  // record writes (storage time) instead of waiting behind thousands of them. A block of the
  // index that begins at or past `fresh` has no rows yet (ords are never used twice): its rows
  // are worked out after the record writes are issued, while IndexedDB stores them, and only
  // written (an 8,192-record import batch into an empty library: the whole batch).
  const freshFrom = Math.ceil(fresh / BLOCK_SIZE) * BLOCK_SIZE;
  const postings = quiet(
    writePostings(
      tx,
      changes.filter((c) => c.ord < freshFrom),
      true,
    ),
  );
  // Raw requests without a promise each (idb's cost several seconds of script per 100,000): a
  // failed one aborts the transaction, which the caller's `tx.done` reports. The blocks were
  // read when the job read the records (read-rows.ts), or are read now (new ords' last block).
  await quiet(writeBlocks(rawTx(tx), written, removed, fresh));
  const freshPostings = quiet(
    writePostings(
      tx,
      changes.filter((c) => c.ord >= freshFrom),
      false,
    ),
  );
  writeChanges(
    tx,
    written.map((row) => [row.seq, row.ord] as const),
  );
  const changed: PageChanges = { ids: new Set([...remove, ...next.map((h) => h.id)]), byUrl: new Map() };
  for (const h of next) {
    const list = changed.byUrl.get(h.url);
    if (list) list.push(h);
    else changed.byUrl.set(h.url, [h]);
  }
  const [pagesDelta] = await Promise.all([
    quiet(writePages(tx, urls, pageRows, changed)),
    postings,
    freshPostings,
    quiet(writeFacets(tx, facets)),
  ]);
  meta.pages += pagesDelta;
  await tx.objectStore('kv').put(meta, 'meta');
  return written;
}

function countFacets(into: FacetCounts, h: Highlight, step: 1 | -1, keys?: readonly IDBValidKey[]): void {
  for (const [kind, value] of facetKeys(h, keys)) into[kind].set(value, (into[kind].get(value) ?? 0) + step);
}

/** Applies the write's changes to the facet counts, once they exist (queries.ts makes them on first use). */
async function writeFacets(tx: WriteTx, delta: FacetCounts): Promise<void> {
  const changed = (m: Map<string, number>) => [...m.values()].some((n) => n !== 0);
  if (!changed(delta.t) && !changed(delta.s)) return;
  const kv = tx.objectStore('kv');
  const counts = (await quiet(kv.get('facets'))) as FacetCounts | undefined;
  if (!counts) return;
  for (const kind of ['t', 's'] as const)
    for (const [value, step] of delta[kind]) {
      const n = (counts[kind].get(value) ?? 0) + step;
      if (n > 0) counts[kind].set(value, n);
      else counts[kind].delete(value);
    }
  await quiet(kv.put(counts, 'facets'));
}

/** Edits the search index's rows for these changes; `stored`: their rows may exist (read them first). */
async function writePostings(tx: WriteTx, changes: readonly TokenChange[], stored: boolean): Promise<void> {
  if (!changes.length) return;
  const store = tx.objectStore('postings');
  const edits = [...rowEdits(changes, shardOf).values()];
  const rows = stored ? await Promise.all(edits.map((e) => quiet(store.get(e.key)))) : [];
  await Promise.all(
    edits.map((e, i) => {
      const row = applyRowEdits(rows[i], e.add, e.remove);
      return quiet(row.size ? store.put(row, e.key) : store.delete(e.key));
    }),
  );
}

/** The records a write changes: ids written or removed, and the written ones by page. */
interface PageChanges {
  ids: ReadonlySet<string>;
  byUrl: Map<string, Highlight[]>;
}

/**
 * Writes the pages' summaries; returns the change in the number of pages with live records.
 * A page whose rows were read before the write (`known`) is summed up from them and the
 * records written; any other page is read back after the write.
 */
async function writePages(
  tx: WriteTx,
  urls: ReadonlySet<string>,
  known: ReadonlyMap<string, readonly RecordRow[]>,
  changed: PageChanges,
): Promise<number> {
  const pages = tx.objectStore('pages');
  const deltas = await Promise.all(
    [...urls].map(async (url) => {
      const before = known.get(url);
      let existed: boolean;
      let records: Highlight[];
      if (before) {
        // A page has a summary row exactly while it has a live record (this function keeps it so).
        existed = pageSummary(url, rowRecords(before)) !== null;
        records = rowRecords(before).filter((h) => !changed.ids.has(h.id));
        records.push(...(changed.byUrl.get(url) ?? []));
      } else {
        const [key, rows] = await Promise.all([quiet(pages.getKey(url)), readPageRows(tx, url)]);
        existed = key !== undefined;
        records = rowRecords(rows);
      }
      const summary = pageSummary(url, records);
      await quiet(summary ? pages.put(summary) : pages.delete(url));
      return (summary ? 1 : 0) - (existed ? 1 : 0);
    }),
  );
  return deltas.reduce((a, b) => a + b, 0);
}
