/**
 * This page's highlights as the content script knows them. The background is the only writer:
 * a change shows here at once and is sent; the background's answer replaces it. A change the
 * background has not confirmed (a failed save) keeps the local clock and stays until it is.
 *
 * An edit of a stored highlight is sent as a patch of the fields that changed
 * (`highlights/update`), applied by the background to the record as stored, so an edit made
 * elsewhere meanwhile (a note in the library page) is kept. An edit the background did not take
 * is sent again with the next one.
 */
import type { Highlight } from '@/utils/highlights/record';
import type { HighlightDraft, HighlightPatch, Request, RequestType } from '@/utils/messages';
import type { ResponseMap } from '@/utils/message-replies';
import { patchOf } from '@/utils/highlights/patch';

export type Ask = <K extends RequestType>(request: Extract<Request, { type: K }>) => Promise<ResponseMap[K]>;

/** The clock of a change made here that the background has not stamped yet. */
const LOCAL_CLOCK = '0';

export interface Records {
  all(): readonly Highlight[];
  byId(id: string): Highlight | undefined;
  /** Adds, replaces or (a tombstone) removes one record. */
  put(record: Highlight): void;
  /** Takes the background's list for this page, keeping local changes it has not confirmed. */
  replace(list: readonly Highlight[]): void;
  /** Shows a draft at once (`changed`), then saves it; rejects with the background's reason (the change stays). */
  save(draft: HighlightDraft): Promise<Highlight>;
}

export function createRecords(ask: Ask, changed: () => void): Records {
  let records: Highlight[] = [];
  /** Edits of stored records the background has not confirmed, by id. */
  const unsent = new Map<string, HighlightPatch>();

  const byId = (id: string) => records.find((r) => r.id === id);

  const put = (record: Highlight) => {
    const i = records.findIndex((r) => r.id === record.id);
    if (record.deleted) {
      if (i >= 0) records.splice(i, 1);
    } else if (i >= 0) records[i] = record;
    else records.push(record);
  };

  return {
    all: () => records,
    byId,
    put,
    replace(list) {
      const unconfirmed = records.filter((r) => r.clock === LOCAL_CLOCK && !list.some((x) => x.id === r.id));
      // The background's copy wins, over an edit it did not take too.
      for (const r of list) unsent.delete(r.id);
      records = [...list, ...unconfirmed];
    },
    async save(draft) {
      const before = byId(draft.id);
      put({
        ...draft,
        created: before?.created ?? 0,
        updated: before?.updated ?? 0,
        clock: before?.clock ?? LOCAL_CLOCK,
        deleted: false,
      });
      changed();
      const edit = before && before.clock !== LOCAL_CLOCK ? patchOf(before, draft) : null;
      const patch = edit || unsent.has(draft.id) ? { ...unsent.get(draft.id), ...edit } : null;
      let stored: Highlight;
      try {
        stored = patch
          ? await ask({ type: 'highlights/update', id: draft.id, patch })
          : await ask({ type: 'highlights/save', draft });
      } catch (e) {
        if (patch) unsent.set(draft.id, patch);
        throw e;
      }
      unsent.delete(draft.id);
      put(stored);
      return stored;
    },
  };
}
