/**
 * How a highlight is laid out in the library's IndexedDB stores (see db.ts). Pure.
 *
 * A record row carries the record; `indexKeys` are the keys that serve every listing (schema 3
 * kept them per record in the one multi-entry index `by`; schema 4 packs records 32 to a block
 * and keeps them per block, blocks.ts; schema 5 keeps the page keys there and the others in
 * packed rows, listings.ts):
 *
 *   ['u', url, start]          every record of a page, tombstones too, in page order
 *   ['c', color, created]      live records of a colour, by time (all live records by time:
 *                              the colours' ranges merged, facet-ranges.ts)
 *   ['k', category, created]   live records of a directive category, by time
 *   ['t', tag, created]        live records with a tag, by time (one key per tag)
 *   ['s', site, created]       live records of a site, by time
 *
 * One multi-entry index rather than five: one place to say what is indexed, and a tombstone
 * simply has no live keys. IndexedDB pays per index entry written (scripts/bench/idb-layout.ts),
 * so no kind is kept that another gives: schema 2's ['a', created] is the colours' ranges merged.
 */
import type { Highlight } from '@/utils/highlights/record';
import { normalizeForSearch } from '@/utils/library/search';

export interface RecordRow {
  id: string;
  /** The order the record reached this library in (search-index numbering, postings.ts). */
  ord: number;
  /** Local change sequence of the record's last write: greater on every write (changes.ts, the log). */
  seq: number;
  h: Highlight;
}

/**
 * The record a stored row holds, or undefined when the record claims another id than the row's
 * key (a damaged row): such a row is read neither as its key nor as the id it claims, so a stale
 * copy can never stand in for the real record.
 */
export function rowRecord(row: RecordRow | undefined): Highlight | undefined {
  return row !== undefined && row.h?.id === row.id ? row.h : undefined;
}

/** The records of these rows, damaged rows (see `rowRecord`) left out. */
export function rowRecords(rows: readonly RecordRow[]): Highlight[] {
  const out: Highlight[] = [];
  for (const row of rows) {
    const h = rowRecord(row);
    if (h) out.push(h);
  }
  return out;
}

export type Facet = 'c' | 'k' | 't' | 's';

/**
 * Live records per tag and per site: kv 'facets', made once from the index (queries.ts
 * `countFacets`) and from then on kept by every write (commit.ts). Maps, so that no tag or site
 * name can land on an object's prototype.
 */
export interface FacetCounts {
  t: Map<string, number>;
  s: Map<string, number>;
}

/**
 * The tags and site a record counts for in the facets (none for a tombstone): its 't' and 's'
 * keys (`keys`: its index keys, when worked out already).
 */
export function facetKeys(h: Highlight, keys: readonly IDBValidKey[] = indexKeys(h)): ['t' | 's', string][] {
  return keys.flatMap((key) => {
    const [kind, value] = key as [string, string];
    return kind === 't' || kind === 's' ? [[kind, value] as ['t' | 's', string]] : [];
  });
}

export function indexKeys(h: Highlight): IDBValidKey[] {
  const keys: IDBValidKey[] = [['u', h.url, h.position.start]];
  if (h.deleted === true) return keys;
  keys.push(['c', h.color, h.created], ['s', h.site, h.created]);
  if (h.category) keys.push(['k', h.category, h.created]);
  for (const tag of new Set(h.tags)) keys.push(['t', tag, h.created]);
  return keys;
}

/** The text a search looks in: quote, note, tags, page title, article title, site. */
export function searchText(h: Highlight): string {
  if (h.deleted === true) return '';
  return `${normalizeForSearch(ownText(h))}\n${normalizeForSearch(pageText(h))}`;
}

/** The record's own part of its search text, not normalized: quote, note, tags. */
export const ownText = (h: Highlight): string => [h.quote.exact, h.note, h.tags.join('\n')].join('\n');

/**
 * The part of a record's search text its page's other records share, not normalized: page title,
 * article title, site (about half of a record's search tokens: an import works them out once
 * per page, commit.ts `prepareTokens`). Normalizing the two parts apart gives the same text as
 * normalizing them joined: a line break composes with nothing, changes no case around it, and
 * ends every token (rows.test.ts).
 */
export function pageText(h: Highlight): string {
  const article = h.article?.title && h.article.title !== h.title ? h.article.title : '';
  return [h.title, article, h.site].join('\n');
}

/** One page of the library, kept up to date by the writer for "All highlights" by page. */
export interface PageRow {
  url: string;
  /** Live highlights on the page. */
  live: number;
  /** Creation time of the page's newest live highlight: the order of pages. */
  latest: number;
  title: string;
  site: string;
  published: string | null;
  /** `[latest, url]`, only while the page has live highlights (the `recent` index). */
  recent?: [number, string];
}

/** The summary of a page from all its records (tombstones are skipped); null when none is live. */
export function pageSummary(url: string, records: readonly Highlight[]): PageRow | null {
  let newest: Highlight | null = null;
  let described: Highlight | null = null;
  let live = 0;
  for (const r of records) {
    if (r.deleted === true) continue;
    live++;
    if (!newest || r.created > newest.created) newest = r;
    if (!described || r.updated > described.updated) described = r;
  }
  if (!newest || !described) return null;
  return {
    url,
    live,
    latest: newest.created,
    title: described.article?.title || described.title || url,
    site: described.site,
    published: described.article?.published ?? null,
    recent: [newest.created, url],
  };
}
