/**
 * Filters over the reader's highlights, for the popup and the library page, and the one text
 * normalization search uses (NFKC, lower case). What a search matches — Chinese substrings,
 * English words by prefix — is defined by utils/store/search-tokens.ts, and the store answers
 * every search (utils/store/queries.ts): there is one search in the product.
 */
import type { ColorId, DirectiveCategory, Highlight } from '@/utils/highlights/record';

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
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

export interface Facet<T extends string = string> {
  value: T;
  count: number;
}

export interface Facets {
  tags: Facet[];
  sites: Facet[];
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
