/**
 * Exports written a piece at a time, so a library of 100,000 highlights streams to a file
 * without being held whole: `head()`, then `chunk()` for each batch of records (whole pages for
 * Markdown and CSV, which group by page), then `tail()`. The one-shot exporters (`toCsv`,
 * `toMarkdown`, `toW3CJson`) are the same writers given every record at once.
 */
import type { Highlight } from '@/utils/highlights/record';

export interface ExportWriter {
  head(): string;
  chunk(records: readonly Highlight[]): string;
  tail(): string;
}

/** The whole text of a writer given every record in one chunk. */
export function writeAll(writer: ExportWriter, records: readonly Highlight[]): string {
  return writer.head() + writer.chunk(records) + writer.tail();
}
