/**
 * The library as a list of pages: highlights grouped by page URL, newest page first, each
 * page's highlights in reading order; and that grouping flattened into rows for the
 * virtualized list (a page header row followed by its highlight rows).
 */
import type { Highlight } from '@/utils/highlights/record';
import { byReadingOrder } from '@/utils/export/pages';

export interface LibraryPage {
  url: string;
  title: string;
  site: string;
  /** When the page's newest highlight was made (ms): the order of pages. */
  latest: number;
  /** When the page's article says it was published, if known. */
  published: string | null;
  highlights: Highlight[];
}

/**
 * Pages of the given live records. Pages are ordered by their newest highlight's creation
 * time, not by edits, so editing a note doesn't move the page under the reader's cursor.
 */
export function groupPages(records: readonly Highlight[]): LibraryPage[] {
  const byUrl = new Map<string, Highlight[]>();
  for (const r of records) {
    if (r.deleted === true) continue;
    const list = byUrl.get(r.url);
    if (list) list.push(r);
    else byUrl.set(r.url, [r]);
  }
  const pages: LibraryPage[] = [];
  for (const [url, list] of byUrl) {
    let newest = list[0]!;
    let described = list[0]!;
    for (const r of list) {
      if (r.created > newest.created) newest = r;
      if (r.updated > described.updated) described = r;
    }
    pages.push({
      url,
      title: described.article?.title || described.title || url,
      site: described.site,
      latest: newest.created,
      published: described.article?.published ?? null,
      highlights: list.sort(byReadingOrder),
    });
  }
  return pages.sort((a, b) => b.latest - a.latest || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export type LibraryRow =
  | { kind: 'page'; key: string; page: LibraryPage }
  | { kind: 'highlight'; key: string; page: LibraryPage; record: Highlight };

export function flattenPages(pages: readonly LibraryPage[]): LibraryRow[] {
  const rows: LibraryRow[] = [];
  for (const page of pages) {
    rows.push({ kind: 'page', key: `p:${page.url}`, page });
    for (const record of page.highlights) rows.push({ kind: 'highlight', key: `h:${record.id}`, page, record });
  }
  return rows;
}

/** Next row index holding a highlight from `from` in direction `step` (±1), or `from` when none. */
export function nextHighlightRow(rows: readonly LibraryRow[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) if (rows[i]!.kind === 'highlight') return i;
  return from;
}

/**
 * `list` with records the background returned after a change: replaced in place, new ones
 * appended, tombstones removed. Keeps the list in step with the store without a reload.
 */
export function applyChanged(list: readonly Highlight[], changed: readonly Highlight[]): Highlight[] {
  const byId = new Map(changed.map((r) => [r.id, r]));
  const next: Highlight[] = [];
  for (const r of list) {
    const c = byId.get(r.id);
    if (!c) next.push(r);
    else {
      byId.delete(r.id);
      if (c.deleted !== true) next.push(c);
    }
  }
  for (const c of byId.values()) if (c.deleted !== true) next.push(c);
  return next;
}
