/**
 * Whether a text search lists a record: one rule for the three places that answer a search — the
 * index walk (search-query.ts), the index rows in memory (memory-search.ts) and the newest records
 * (newest.ts) — so that their pages cannot disagree.
 */
import type { Highlight } from '@/utils/highlights/record';
import { hasFilters, matchesFilters, type LibraryFilters } from '@/utils/library/search';
import { rowRecord, searchText, type RecordRow } from './rows';
import { matchesAllTerms } from './search-tokens';

/**
 * The record of a row if the search lists it: undamaged, live, its text holding every term (checked
 * only with `verify`: where the index alone cannot decide, search-tokens.ts `termPlan`) and through
 * the filters. `textOf` gives the record's search text (a caller may keep it made).
 */
export function searchMatcher(
  terms: readonly string[],
  filters: LibraryFilters,
  now: number,
  verify = true,
): (row: RecordRow | undefined, textOf?: (h: Highlight) => string) => Highlight | null {
  const filtered = hasFilters(filters);
  return (row, textOf = searchText) => {
    const h = rowRecord(row);
    if (!h || h.deleted === true) return null;
    if (verify && !matchesAllTerms(textOf(h), terms)) return null;
    if (filtered && !matchesFilters(h, filters, now)) return null;
    return h;
  };
}
