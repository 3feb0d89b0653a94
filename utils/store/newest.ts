/**
 * The newest records of one state of the library, kept in memory by a reader (the popup, the
 * library page) once its first list is up. A search whose first screen lies among them is
 * answered at once, in the keystroke's own task: no IndexedDB round trip and no frame between
 * the typed character and its list (the page then checks that the library is still in the
 * state they were read in, reader.ts `stillAt`).
 *
 * The answer is the one `queryRecords` gives (tests/unit/store/newest.property.test.ts): a text
 * search lists records newest ord first, so when the newest `rows` (every ord from `from` to the
 * newest) hold a query's first n matches, nothing older can come before them.
 */
import type { Highlight } from '@/utils/highlights/record';
import { NO_FILTERS } from '@/utils/library/search';
import type { StoreMeta } from './db';
import { blockOf } from './postings';
import { rowRecord, searchText, type RecordRow } from './rows';
import { queryTerms } from './search-tokens';
import { searchMatcher } from './search-match';
import type { LibraryQuery, QueryPage } from './queries';

/** One state of the library: the writer changes one of these counters with every write (commit.ts). */
export const stateOf = (meta: StoreMeta): string => `${meta.seq}:${meta.nextOrd}:${meta.live}:${meta.pages}`;

export class NewestRecords {
  /** Each row's search text, made the first time a search looks at it. */
  private readonly texts: (string | undefined)[];

  /**
   * @param state the library's state they were read in (`stateOf`)
   * @param from the oldest ord among them: `rows[i]` is ord `from + i` (undefined: none there)
   */
  constructor(
    readonly state: string,
    readonly from: number,
    private readonly rows: readonly (RecordRow | undefined)[],
  ) {
    this.texts = new Array<string | undefined>(rows.length);
  }

  /** Makes every row's search text now (while the page is idle), not in a first keystroke's task. */
  makeTexts(): void {
    this.rows.forEach((row, i) => {
      const h = rowRecord(row);
      if (h && h.deleted !== true) this.texts[i] ??= searchText(h);
    });
  }

  /**
   * What `queryRecords(query, n)` answers in this state, for the largest n ≤ `limit` these
   * records can tell, at least `atLeast` (so a caller gets its first screen, and as much of its
   * first list as is here); null when they hold fewer matches than that and older records may
   * hold more, or for a query without search text (filters alone list by creation time).
   */
  search(query: LibraryQuery, limit: number, atLeast = limit, now = Date.now()): QueryPage | null {
    const terms = queryTerms(query.text ?? '');
    if (!terms.length || limit < 1) return null;
    const listed = searchMatcher(terms, query.filters ?? NO_FILTERS, now);
    const records: Highlight[] = [];
    let last = -1;
    for (let i = this.rows.length - 1; i >= 0 && records.length < limit; i--) {
      const row = this.rows[i];
      const h = listed(row, (live: Highlight) => (this.texts[i] ??= searchText(live)));
      if (!h) continue;
      records.push(h);
      last = row!.ord;
    }
    // Every record there is was looked at: the answer is whole.
    if (this.from === 0 && records.length < limit) return { records, cursor: null };
    if (records.length < Math.max(1, atLeast)) return null;
    // As a search that stopped at its n-th match: resume below that record's ord.
    return { records, cursor: JSON.stringify({ block: blockOf(last), ord: last }) };
  }
}
