/**
 * The library's bulk selection: the next set of selected ids after a click on a record (with
 * Shift: the run of shown records from the last clicked one) or on a page's box.
 */
import type { Highlight } from '@/utils/highlights/record';
import type { LibraryPage } from '@/utils/library/group';

/**
 * `anchorId`: the record clicked last, when the click extends (Shift); the run between it and
 * `id`, in the order shown, takes the clicked record's new state. Unchanged when either is not shown.
 */
export function toggledRecord(
  selection: ReadonlySet<string>,
  id: string,
  anchorId: string | null,
  shown: readonly Highlight[],
): Set<string> {
  const next = new Set(selection);
  const on = !next.has(id);
  if (anchorId) {
    const ids = shown.map((r) => r.id);
    const a = ids.indexOf(anchorId);
    const b = ids.indexOf(id);
    if (a !== -1 && b !== -1)
      for (const each of ids.slice(Math.min(a, b), Math.max(a, b) + 1)) {
        if (on) next.add(each);
        else next.delete(each);
      }
  } else if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** A page's box: all of its highlights off when all were on, else all on. */
export function toggledPage(selection: ReadonlySet<string>, page: LibraryPage): Set<string> {
  const next = new Set(selection);
  const all = page.highlights.every((h) => next.has(h.id));
  for (const h of page.highlights) {
    if (all) next.delete(h.id);
    else next.add(h.id);
  }
  return next;
}
