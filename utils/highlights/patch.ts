/**
 * The patch of an edit: the editable fields that differ between two versions of a record. In
 * its own module, free of schemas, because the content script builds one on every edit.
 */
import type { HighlightDraft, HighlightPatch } from './changes';

type Editable = Pick<HighlightDraft, 'color' | 'note' | 'tags'>;

/** Null when nothing changed. */
export function patchOf(before: Editable, after: Partial<Editable>): HighlightPatch | null {
  const patch: HighlightPatch = {};
  if (after.color !== undefined && after.color !== before.color) patch.color = after.color;
  if (after.note !== undefined && after.note !== before.note) patch.note = after.note;
  if (after.tags !== undefined && JSON.stringify(after.tags) !== JSON.stringify(before.tags)) patch.tags = after.tags;
  return Object.keys(patch).length ? patch : null;
}
