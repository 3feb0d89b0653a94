/**
 * The two shapes of a reader's change to the library, shared by the message protocol and the
 * store (so neither imports the other):
 *
 * - a **draft**: a new highlight as a content script or page proposes it; the background
 *   stamps `clock`, `created`, `updated` and `deleted`;
 * - a **patch**: only the editable fields that changed. Two edits of one record from two
 *   places (a note in the library page, a colour in a tab) are both kept, because each
 *   carries only its own field and the background applies it to the record as stored.
 */
import * as v from 'valibot';
import { COLORS, HighlightSchema, LIMITS } from './record';

export const HighlightDraftSchema = v.omit(HighlightSchema, ['clock', 'created', 'updated', 'deleted']);
export type HighlightDraft = v.InferOutput<typeof HighlightDraftSchema>;

export const HighlightPatchSchema = v.pipe(
  v.strictObject({
    color: v.optional(v.picklist(COLORS)),
    note: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.note))),
    tags: v.optional(
      v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag))), v.maxLength(LIMITS.tags)),
    ),
  }),
  v.check((p) => Object.keys(p).length > 0, 'a patch changes at least one field'),
);
export type HighlightPatch = v.InferOutput<typeof HighlightPatchSchema>;
