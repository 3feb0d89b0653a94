/**
 * A text search answered from what a reader has read in one state of the library (read-cache.ts
 * `StateCache`: index rows and records), in the caller's task: no IndexedDB round trip, no frame
 * between a keystroke and its list. It walks the index as search-query.ts `searchPage` does
 * (newest block first, the same candidates, the same checks), so its page is the one `searchPage`
 * gives in that state, cursor included (tests/unit/store/memory-search.property.test.ts). Where
 * a row or record it needs was not read, it stops: with the matches found so far if there are
 * at least `atLeast` (a page of that many, as `searchPage` gives for that limit), else no page.
 *
 * `want` (for reading ahead, reader.ts `prepare`) also lists what a page would need: the ords of
 * candidates whose record is not in memory, counted as matches, until the page would be full.
 */
import type { Highlight } from '@/utils/highlights/record';
import { NO_FILTERS } from '@/utils/library/search';
import { blockOf, intersect } from './postings';
import type { CachedState } from './read-cache';
import { queryTerms, shardOf, termPlan } from './search-tokens';
import { searchMatcher } from './search-match';
import type { LibraryQuery, QueryPage } from './queries';

export interface MemoryAnswer {
  /** The page (`limit` records, or all there are, or at least `atLeast`); null: not in memory. */
  page: QueryPage | null;
  /** (want) Ords whose record a page of `limit` needs and memory lacks, newest first. */
  missing: number[];
  /** (want) Whether an index row it needed was not in memory (then `missing` is not whole). */
  rowsMissing: boolean;
}

export function searchInMemory(
  cached: CachedState,
  query: LibraryQuery,
  limit: number,
  atLeast: number,
  now: number,
  want = false,
): MemoryAnswer {
  const terms = queryTerms(query.text ?? '');
  const out: MemoryAnswer = { page: null, missing: [], rowsMissing: false };
  if (!terms.length || limit < 1) return out;
  if (cached.nextOrd === 0) return { ...out, page: { records: [], cursor: null } };
  const plans = terms.map(termPlan);
  const listed = searchMatcher(terms, query.filters ?? NO_FILTERS, now, !plans.every((p) => p.exact));
  const tokens = [...new Set(plans.flatMap((p) => p.tokens))];
  const shards = [...new Set(tokens.map(shardOf))];
  const records: Highlight[] = [];
  let last = -1;
  // Stopped short: a page of the matches found, if there are enough of them.
  const partial = (): MemoryAnswer => {
    // (Not after a record missing from memory: the matches after it do not follow the page's first.)
    if (!out.missing.length && records.length >= Math.max(1, atLeast))
      out.page = { records, cursor: JSON.stringify({ block: blockOf(last), ord: last }) };
    return out;
  };
  for (let block = cached.newest; block >= 0; block--) {
    const rows = shards.map((s) => cached.rows.postingNow(s, block));
    if (rows.some((r) => r === null)) {
      out.rowsMissing = true;
      return partial();
    }
    const byShard = new Map(shards.map((s, i) => [s, rows[i]]));
    const packed = tokens.map((t) => byShard.get(shardOf(t))?.get(t));
    // As searchPage: a token absent from the block, nothing to decode.
    if (packed.some((bytes) => !bytes?.length)) continue;
    const ords = intersect(packed.map((bytes) => cached.rows.decoded(bytes!)));
    for (let i = ords.length - 1; i >= 0; i--) {
      const ord = ords[i]!;
      const row = cached.rows.recordNow(ord);
      if (row === null) {
        if (!want) return partial();
        // Reading ahead: counted as a match, so that the page's records are all asked for.
        out.missing.push(ord);
        if (records.length + out.missing.length >= limit) return out;
        continue;
      }
      const h = listed(row);
      if (!h) continue;
      records.push(h);
      last = ord;
      if (records.length === limit) {
        if (out.missing.length) return out;
        out.page = { records, cursor: JSON.stringify({ block: blockOf(ord), ord }) };
        return out;
      }
    }
  }
  // Every block was looked at.
  if (!out.missing.length) out.page = { records, cursor: null };
  return out;
}
