/**
 * What the reader's caret or selection is on, for the keyboard: the saved highlight around it,
 * else the selection itself (when it may be highlighted), else the auto-marked directive around
 * it. Caret browsing (F7), find-in-page and screen readers put the caret in the page's text
 * without the mouse; the keyboard command then opens the toolbar there (./highlighter.ts).
 */
import { CATEGORIES } from '@/utils/highlights/record';
import { directiveLayer } from '@/utils/highlights/palette';
import type { Painter } from '../paint/painter';
import type { UserLayers } from './layers';
import type { Records } from './records';
import { highlightableRange, isIgnoredNode } from './selection';
import type { ToolbarTarget } from './view';

export interface CaretDeps {
  doc: Document;
  records: Records;
  layers: UserLayers;
  /** The painter if it exists (a page without paint has no directive or highlight to find). */
  painter(): Painter | null;
}

export function targetAtCaret(deps: CaretDeps): { target: ToolbarTarget; range: Range } | null {
  const selection = deps.doc.defaultView?.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const at = selection.getRangeAt(0);
  // A caret in a field, an editor or our own UI is the reader typing, not reading.
  if (isIgnoredNode(at.startContainer) || isIgnoredNode(at.endContainer)) return null;
  const painter = deps.painter();
  if (painter) {
    for (const record of deps.records.all()) {
      const range = deps.layers.rangeOf(record);
      if (range && encloses(range, at)) return { target: { kind: 'saved', id: record.id }, range };
    }
  }
  const selected = highlightableRange(deps.doc, selection);
  if (selected) return { target: { kind: 'selection', range: selected }, range: selected };
  if (!painter) return null;
  for (const category of CATEGORIES) {
    const range = painter.ranges(directiveLayer(category)).find((r) => encloses(r, at));
    if (range) return { target: { kind: 'directive', range: range.cloneRange(), category }, range };
  }
  return null;
}

/** True when `inner` lies within `outer` (their ends may touch). */
function encloses(outer: Range, inner: Range): boolean {
  try {
    return (
      outer.compareBoundaryPoints(inner.START_TO_START, inner) <= 0 &&
      outer.compareBoundaryPoints(inner.END_TO_END, inner) >= 0
    );
  } catch {
    return false; // not in the same tree (a range the page's re-render left behind)
  }
}
