/**
 * What an import writes. Pure: the caller stores `toWrite`.
 *
 * For each incoming record, the local record it corresponds to is
 * 1. the one with the same id, else
 * 2. one on the same URL with the same quote text and the same position — where a sentinel
 *    position (`{start: 0, end: exact.length}`, given to imports that had no position) matches
 *    any position of that quote. The incoming record then takes the local id (no duplicate)
 *    and, if its own position is the sentinel, the local position and context.
 *
 * Then: no local record → added (an incoming tombstone with nothing to delete is dropped and
 * counted as unchanged); same content → unchanged (clock and timestamps aside, so re-importing
 * the same file changes nothing); incoming clock newer → updated; otherwise the local edit is
 * newer or concurrent with an equal clock, and wins → olderIgnored.
 *
 * Clocks are ordered by `compareClocks`, the one order the sync merge uses too: a malformed
 * clock sorts below every valid one, so it can never replace a real edit (the background refuses
 * such records before planning anyway: utils/sync/admit.ts). Records of the same import are
 * applied in order, so duplicates inside one file collapse too.
 */
import type { Highlight } from '@/utils/highlights/record';
import { compareClocks } from '@/utils/sync/hlc';

/** What the plan does with an import's records (the reply adds what the background refused: utils/message-replies.ts). */
export interface PlannedCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Records whose local copy was edited later, so the local one was kept. */
  olderIgnored: number;
}

export interface ImportPlan extends PlannedCounts {
  toWrite: Highlight[];
}

export function isSentinelPosition(h: Highlight): boolean {
  return h.position.start === 0 && h.position.end === h.quote.exact.length;
}

function samePlace(a: Highlight, b: Highlight): boolean {
  return (
    (a.position.start === b.position.start && a.position.end === b.position.end) ||
    isSentinelPosition(a) ||
    isSentinelPosition(b)
  );
}

/** Sorted-key JSON of the user-visible content; null and absent optional fields are alike. */
function contentKey(h: Highlight): string {
  const content = {
    url: h.url,
    title: h.title,
    site: h.site,
    article: h.article ?? null,
    quote: h.quote,
    position: h.position,
    color: h.color,
    note: h.note,
    tags: h.tags,
    category: h.category ?? null,
    deleted: h.deleted === true,
  };
  return JSON.stringify(content, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[k];
      if (field !== null && field !== undefined) sorted[k] = field;
    }
    return sorted;
  });
}

export function planImport(existing: readonly Highlight[], incoming: readonly Highlight[]): ImportPlan {
  const byId = new Map<string, Highlight>();
  const byQuote = new Map<string, Highlight[]>();
  const quoteKey = (h: Highlight) => `${h.url}\u0000${h.quote.exact}`;
  const remember = (h: Highlight) => {
    const previous = byId.get(h.id);
    byId.set(h.id, h);
    const key = quoteKey(h);
    const had = byQuote.get(key);
    // A record new here (an import's usual case) is added to its quote's list, or starts one:
    // no list copied per record.
    if (!had) byQuote.set(key, [h]);
    else if (previous === undefined) had.push(h);
    else byQuote.set(key, [...had.filter((r) => r !== previous), h]);
  };
  existing.forEach(remember);

  const toWrite = new Map<string, Highlight>();
  const addedIds = new Set<string>();
  const updatedIds = new Set<string>();
  const plan: ImportPlan = { toWrite: [], added: 0, updated: 0, unchanged: 0, olderIgnored: 0 };

  for (const record of incoming) {
    let local = byId.get(record.id);
    if (!local) {
      const candidates = byQuote.get(quoteKey(record)) ?? [];
      local =
        candidates.find((c) => c.position.start === record.position.start && c.position.end === record.position.end) ??
        candidates.find((c) => samePlace(c, record));
    }
    if (!local) {
      if (record.deleted === true) {
        plan.unchanged++;
        continue;
      }
      remember(record);
      toWrite.set(record.id, record);
      addedIds.add(record.id);
      continue;
    }
    const keepLocalPlace = isSentinelPosition(record) && !isSentinelPosition(local);
    const candidate: Highlight = {
      ...record,
      id: local.id,
      ...(keepLocalPlace && { position: local.position, quote: local.quote }),
    };
    if (contentKey(candidate) === contentKey(local)) {
      plan.unchanged++;
    } else if (compareClocks(candidate.clock, local.clock) > 0) {
      remember(candidate);
      toWrite.set(candidate.id, candidate);
      // A record added earlier in this import and replaced now still counts once, as added.
      if (!addedIds.has(candidate.id)) updatedIds.add(candidate.id);
    } else {
      plan.olderIgnored++;
    }
  }
  plan.toWrite = [...toWrite.values()];
  plan.added = addedIds.size;
  plan.updated = updatedIds.size;
  return plan;
}
