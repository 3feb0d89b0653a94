/**
 * Grouping shared by the exporters: live records only (tombstones are never exported as
 * readable files), grouped by page URL, highlights in reading order.
 */
import type { Highlight } from '@/utils/highlights/record';

export interface PageGroup {
  url: string;
  /** The most recently updated record of the page: its title/site/article describe the page. */
  representative: Highlight;
  /** The page's live highlights in reading order (position.start, then end, then created). */
  highlights: Highlight[];
}

export function liveRecords(records: readonly Highlight[]): Highlight[] {
  return records.filter((r) => r.deleted !== true);
}

export function byReadingOrder(a: Highlight, b: Highlight): number {
  return (
    a.position.start - b.position.start ||
    a.position.end - b.position.end ||
    a.created - b.created ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Pages with their live highlights, the most recently updated page first (ties: by URL). */
export function groupByPage(records: readonly Highlight[]): PageGroup[] {
  const byUrl = new Map<string, Highlight[]>();
  for (const record of liveRecords(records)) {
    const list = byUrl.get(record.url);
    if (list) list.push(record);
    else byUrl.set(record.url, [record]);
  }
  const pages: PageGroup[] = [];
  for (const [url, list] of byUrl) {
    const representative = list.reduce((best, r) => (r.updated > best.updated ? r : best));
    pages.push({ url, representative, highlights: [...list].sort(byReadingOrder) });
  }
  const latest = (p: PageGroup) => p.representative.updated;
  return pages.sort((a, b) => latest(b) - latest(a) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Union of the tags of a page's highlights, in first-seen order. */
export function pageTags(highlights: readonly Highlight[]): string[] {
  const seen = new Set<string>();
  for (const h of highlights) for (const t of h.tags) seen.add(t);
  return [...seen];
}
