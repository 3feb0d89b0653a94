/**
 * CSV export, RFC 4180: comma-separated, CRLF line ends, a field is quoted when it holds a
 * comma, double quote, CR or LF, and quotes inside are doubled. Optional UTF-8 BOM so Excel
 * opens Chinese text as UTF-8.
 *
 * Formula injection: spreadsheet apps run a cell that starts with `=`, `+`, `-`, `@`, TAB or CR
 * as a formula, and page text or notes could be crafted to do so (OWASP "CSV Injection").
 * Such a cell gets a leading apostrophe (`'=1+1`), which spreadsheets show as text. The
 * apostrophe is visible in plain-text readers; that is the price of opening safely.
 *
 * A spreadsheet whose list separator is `;` (Excel in much of Europe) reads this comma file
 * split at every `;` and line break, quotes mid-cell being plain characters to it: each of them
 * starts a cell there. So after a `;`, CR or LF whose text goes on (past spaces and quotes) with
 * a formula character, an apostrophe too (`x;'=1+1`, a Markdown list item `'- a` in a note):
 * the parse rule is written out in tests/unit/export/csv.test.ts.
 *
 * Tombstones are never exported.
 */
import type { Highlight } from '@/utils/highlights/record';
import { groupByPage } from './pages';
import { isoTime } from './w3c';
import { writeAll, type ExportWriter } from './writer';

export const CSV_COLUMNS = [
  'url',
  'title',
  'site',
  'published',
  'source',
  'quote',
  'note',
  'tags',
  'color',
  'category',
  'created',
  'updated',
] as const;

export interface CsvOptions {
  /** Start with U+FEFF so Excel detects UTF-8. */
  bom?: boolean;
}

/** A formula character at the start, past spaces (a reader that trims them, as LibreOffice can, sees it first). */
const FORMULA_START = /^ *[=+\-@\t\r]/;
/** A `;` or line break followed, past spaces and quotes, by a formula character. */
const SEGMENT_FORMULA = /([;\r\n])(?=[ "]*[=+\-@\t\r])/g;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: defused against formulas, then quoted if RFC 4180 requires it. */
export function csvField(value: string): string {
  const segments = value.replace(SEGMENT_FORMULA, "$1'");
  const safe = FORMULA_START.test(segments) ? `'${segments}` : segments;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(h: Highlight): string[] {
  return [
    h.url,
    h.article?.title || h.title,
    h.site,
    h.article?.published ?? '',
    h.article?.source ?? '',
    h.quote.exact,
    h.note,
    h.tags.join('; '),
    h.color,
    h.category ?? '',
    isoTime(h.created) ?? String(h.created),
    isoTime(h.updated) ?? String(h.updated),
  ];
}

/** CSV written a chunk at a time: each chunk's pages (most recent first), each in reading order. */
export function csvWriter(options: CsvOptions = {}): ExportWriter {
  return {
    head: () => `${options.bom ? '\ufeff' : ''}${CSV_COLUMNS.join(',')}\r\n`,
    chunk: (records) =>
      groupByPage(records)
        .flatMap((page) => page.highlights.map((h) => `${row(h).map(csvField).join(',')}\r\n`))
        .join(''),
    tail: () => '',
  };
}

/** Highlights as CSV, grouped by page (most recent page first), each page in reading order. */
export function toCsv(records: readonly Highlight[], options: CsvOptions = {}): string {
  return writeAll(csvWriter(options), records);
}
