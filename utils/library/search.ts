/**
 * Search and filters over the reader's highlights, for the popup and the library page.
 *
 * Matching is substring matching on NFKC-normalized, lower-cased text: Chinese needs no word
 * breaks ("城市更新" is found inside "推进城市更新行动"), full-width Latin letters and digits
 * match their ASCII forms, and English is case-insensitive. A query of several words (split
 * on whitespace) finds records that contain every word. The text searched is a record's
 * quote, note, tags, page title (and article title) and site, normalized once per record
 * in `buildSearchIndex` so that each keystroke only scans prepared strings.
 */
import type { ColorId, DirectiveCategory, Highlight } from '@/utils/highlights/record';

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export interface SearchEntry {
  record: Highlight;
  /** Normalized searchable text; fields joined by a newline so a word never spans two fields. */
  haystack: string;
}

export function searchText(h: Highlight): string {
  const article = h.article?.title && h.article.title !== h.title ? h.article.title : '';
  return normalizeForSearch([h.quote.exact, h.note, h.tags.join('\n'), h.title, article, h.site].join('\n'));
}

/** Live records only, each with its prepared search text. */
export function buildSearchIndex(records: readonly Highlight[]): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const record of records) if (record.deleted !== true) out.push({ record, haystack: searchText(record) });
  return out;
}

/** The query's words, normalized, without duplicates or empties. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      normalizeForSearch(query)
        .split(/\s+/)
        .filter((t) => t !== ''),
    ),
  ];
}

export type DateFilter =
  | { kind: 'any' }
  | { kind: 'last'; days: number }
  /** Inclusive bounds in ms (local midnight to end of day, as the UI computes them). */
  | { kind: 'range'; from?: number; to?: number };

export interface LibraryFilters {
  colors: readonly ColorId[];
  categories: readonly DirectiveCategory[];
  tags: readonly string[];
  sites: readonly string[];
  date: DateFilter;
}

export const NO_FILTERS: LibraryFilters = { colors: [], categories: [], tags: [], sites: [], date: { kind: 'any' } };

const DAY_MS = 24 * 60 * 60 * 1000;

export function hasFilters(f: LibraryFilters): boolean {
  return f.colors.length + f.categories.length + f.tags.length + f.sites.length > 0 || f.date.kind !== 'any';
}

/** Within each kind of filter any chosen value matches; across kinds all must match. */
export function matchesFilters(h: Highlight, f: LibraryFilters, now: number): boolean {
  if (f.colors.length && !f.colors.includes(h.color)) return false;
  if (f.categories.length && !(h.category && f.categories.includes(h.category))) return false;
  if (f.tags.length && !h.tags.some((t) => f.tags.includes(t))) return false;
  if (f.sites.length && !f.sites.includes(h.site)) return false;
  if (f.date.kind === 'last' && h.created < now - f.date.days * DAY_MS) return false;
  if (f.date.kind === 'range') {
    if (f.date.from !== undefined && h.created < f.date.from) return false;
    if (f.date.to !== undefined && h.created > f.date.to) return false;
  }
  return true;
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

/** The entries of the index that match the query and the filters, in index order. */
export function searchEntries(
  index: readonly SearchEntry[],
  query: string,
  filters: LibraryFilters = NO_FILTERS,
  now: number = Date.now(),
): SearchEntry[] {
  const terms = queryTerms(query);
  const filtered = hasFilters(filters);
  const out: SearchEntry[] = [];
  for (const entry of index) {
    if (terms.length && !matchesTerms(entry.haystack, terms)) continue;
    if (filtered && !matchesFilters(entry.record, filters, now)) continue;
    out.push(entry);
  }
  return out;
}

/** The records of the index that match the query and the filters, in index order. */
export function searchLibrary(
  index: readonly SearchEntry[],
  query: string,
  filters: LibraryFilters = NO_FILTERS,
  now: number = Date.now(),
): Highlight[] {
  return searchEntries(index, query, filters, now).map((entry) => entry.record);
}

/**
 * True when every record matching `next` also matches `previous`: each earlier word is
 * inside some new word (typing on, or adding a word). The search can then look only among
 * the previous results, which is what keeps a keystroke cheap on a large library.
 */
export function narrowsQuery(previous: string, next: string): boolean {
  const before = queryTerms(previous);
  const after = queryTerms(next);
  return before.every((word) => after.some((w) => w.includes(word)));
}

export interface Facet<T extends string = string> {
  value: T;
  count: number;
}

export interface Facets {
  tags: Facet[];
  sites: Facet[];
}

/** Tags and sites present among the records, most used first (ties alphabetical), for filter menus. */
export function collectFacets(records: readonly Highlight[]): Facets {
  const tags = new Map<string, number>();
  const sites = new Map<string, number>();
  for (const r of records) {
    if (r.deleted === true) continue;
    for (const t of new Set(r.tags)) tags.set(t, (tags.get(t) ?? 0) + 1);
    if (r.site) sites.set(r.site, (sites.get(r.site) ?? 0) + 1);
  }
  const sorted = (m: Map<string, number>) =>
    [...m]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { tags: sorted(tags), sites: sorted(sites) };
}

/** Local-time day bounds for `<input type=date>` values ("2024-05-01"); undefined when empty or invalid. */
export function dayStart(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? undefined : d.getTime();
}

export function dayEnd(value: string): number | undefined {
  const start = dayStart(value);
  if (start === undefined) return undefined;
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  return d.getTime() - 1;
}

/**
 * Where the query's words occur in `text`, as sorted, merged [start, end) ranges, for marking
 * matches in a result. Only when normalizing keeps the text's length (so offsets line up,
 * as for nearly all Chinese and English text); otherwise nothing is marked.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (!terms.length) return [];
  const norm = normalizeForSearch(text);
  if (norm.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = norm.indexOf(term); at !== -1; at = norm.indexOf(term, at + term.length))
      ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
