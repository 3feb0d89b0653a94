/** The text "copy with source" puts on the clipboard. */
import { collapse } from './strings';

export interface SourceInfo {
  title: string;
  source?: string | null;
  published?: string | null;
  url: string;
}

/**
 * The quote, then its source on one line:
 *   the quote
 *   — title, source, date, url
 * Empty parts are left out; the date keeps only its day (YYYY-MM-DD) when it is ISO-like.
 */
export function copyWithSourceText(quote: string, info: SourceInfo): string {
  const date = info.published ? dayOf(info.published) : '';
  const parts = [collapse(info.title), collapse(info.source ?? ''), date, info.url].filter((p) => p.length > 0);
  return `${quote.trim()}\n— ${parts.join(', ')}`;
}

function dayOf(published: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published.trim());
  return m ? m[1]! : collapse(published);
}
