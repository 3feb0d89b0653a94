/**
 * How many records one answer may carry, by their size: Chromium refuses a runtime message over
 * 64 MiB (its JSON, in UTF-8), and a refused reply is no page of records at all. Pages of the
 * library (an export's `changes`, a search's, the newest pages) were bounded by count only: 5,000
 * records at the size limits (record.ts LIMITS: ~146,000 characters with an article's keywords
 * and channel, 3 bytes each in Chinese) are ~2 GB, and 250 such records, from an import file or a
 * sync peer, made every export of the whole library fail at their batch.
 *
 * A page ends after the record that reaches REPLY_CHARS (at least one record: one alone is far
 * under the limit); its cursor goes on from there, as after a full page. Ordinary records (~1,000
 * characters) never reach it. JSON writes a character in at most 6 bytes (`\u0000`).
 */
import type { Highlight } from '@/utils/highlights/record';

export const REPLY_CHARS = 8_000_000;

const len = (s: string | null | undefined) => (s ? s.length : 0);
const lens = (list: readonly string[] | undefined) => (list ? list.reduce((n, s) => n + s.length + 3, 0) : 0);

/** The characters of a record's text (its fixed fields counted as 200): what its JSON grows with. */
export function recordChars(h: Highlight): number {
  const a = h.article;
  const article = a
    ? len(a.title) +
      len(a.published) +
      len(a.source) +
      len(a.editor) +
      len(a.author) +
      len(a.language) +
      len(a.issuer) +
      len(a.docNumber) +
      lens(a.keywords) +
      lens(a.channel)
    : 0;
  return (
    200 +
    len(h.id) +
    len(h.url) +
    len(h.title) +
    len(h.site) +
    len(h.quote.exact) +
    len(h.quote.prefix) +
    len(h.quote.suffix) +
    len(h.note) +
    lens(h.tags) +
    len(h.clock) +
    article
  );
}

/** Counts a page's characters: `add` says whether the page is full with this record. */
export function replyBudget(max = REPLY_CHARS) {
  let chars = 0;
  return { add: (h: Highlight | undefined): boolean => (chars += h ? recordChars(h) : 0) >= max };
}
