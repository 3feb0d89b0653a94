/**
 * The patch of an edit: the editable fields that differ between two versions of a record, cut
 * to the record's limits and the tags normalised (as drafts are: draft.ts), so whichever screen
 * edits a record sends the same thing (the in-page toolbar, the popup, the library page).
 */
import type { HighlightDraft, HighlightPatch } from './changes';
import { LIMITS } from './record';
import { clip } from './strings';
import { normalizeTags } from './tags';

type Editable = Pick<HighlightDraft, 'color' | 'note' | 'tags'>;

/** Null when nothing changed. */
export function patchOf(before: Editable, after: Partial<Editable>): HighlightPatch | null {
  const patch: HighlightPatch = {};
  if (after.color !== undefined && after.color !== before.color) patch.color = after.color;
  const note = after.note === undefined ? undefined : clip(after.note, LIMITS.note);
  if (note !== undefined && note !== before.note) patch.note = note;
  const tags = after.tags && normalizeTags(after.tags);
  if (tags && JSON.stringify(tags) !== JSON.stringify(before.tags)) patch.tags = tags;
  return Object.keys(patch).length ? patch : null;
}
