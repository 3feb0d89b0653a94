/**
 * Exports streamed to a download: records are read from the store a page at a time, written by
 * the format's writer (utils/export/writer.ts) and appended to a Blob, which the browser keeps
 * (on disk when large) rather than this page: a 100,000-highlight export never sits whole in
 * the page as records or as one string.
 *
 * What is read: the whole library by pages (Markdown, CSV: whole pages, as they group by page)
 * or by changes since the start (W3C JSON, a flat list); a search or filter by its query; a
 * selection by its ids. Markdown and CSV of a search or a selection group all of its records
 * by page, so those are collected first (they are what the reader chose to see).
 */
import type { Highlight } from '@/utils/highlights/record';
import type { LibraryQuery } from '@/utils/store/queries';
import {
  csvWriter,
  exportFilename,
  markdownWriter,
  toMarkdown,
  w3cWriter,
  type ExportLang,
  type ExportWriter,
} from '@/utils/export';
import { BATCH_MAX, PAGE_MAX } from '@/utils/messages';
import { ask } from '@/platform/messaging';
import { downloadBlob } from './actions';

export type ExportSource =
  { kind: 'library' } | { kind: 'query'; query: LibraryQuery } | { kind: 'ids'; ids: string[] };
export type ExportKind = 'markdown' | 'markdown-pages' | 'w3c' | 'csv';

const TYPES = {
  markdown: 'text/markdown;charset=utf-8',
  w3c: 'application/ld+json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
} as const;

/** Text handed to the Blob every this many characters (the rest of the file is the browser's). */
const FLUSH_CHARS = 4_000_000;

/** The source's records, a batch at a time; `grouped`: each batch holds whole pages. */
async function* batchesOf(source: ExportSource, grouped: boolean): AsyncGenerator<Highlight[]> {
  if (source.kind === 'ids') {
    const all: Highlight[] = [];
    // A reply carries as many records as one message can (`taken` ids answered); the rest are asked again.
    for (let i = 0; i < source.ids.length;) {
      const { records, taken } = await ask({ type: 'highlights/get-many', ids: source.ids.slice(i, i + BATCH_MAX) });
      i += Math.max(taken, 1);
      if (grouped) all.push(...records);
      else yield records;
    }
    if (grouped) yield all;
    return;
  }
  if (source.kind === 'query') {
    const all: Highlight[] = [];
    let cursor: string | null = null;
    do {
      const page: { records: Highlight[]; cursor: string | null } = await ask({
        type: 'highlights/query',
        query: source.query,
        limit: PAGE_MAX,
        cursor,
      });
      if (grouped) all.push(...page.records);
      else yield page.records;
      cursor = page.cursor;
    } while (cursor);
    if (grouped) yield all;
    return;
  }
  if (grouped) {
    let cursor: string | null = null;
    do {
      const page: { records: Highlight[]; cursor: string | null } = await ask({
        type: 'highlights/pages',
        minRecords: PAGE_MAX,
        cursor,
      });
      yield page.records;
      cursor = page.cursor;
    } while (cursor);
    return;
  }
  for (let since = 0, more = true; more;) {
    const page = await ask({ type: 'highlights/changes', since, limit: BATCH_MAX });
    yield page.records.filter((r) => r.deleted !== true);
    since = page.seq;
    more = page.more;
  }
}

export interface ExportOptions {
  lang: ExportLang;
  now: number;
  version: string;
  /** Records written so far. */
  onProgress?: (done: number) => void;
  signal?: AbortSignal;
}

/** Writes the source in `kind` to a download (several for one file per page). Returns records written. */
export async function exportToFile(kind: ExportKind, source: ExportSource, o: ExportOptions): Promise<number> {
  if (kind === 'markdown-pages') {
    const records: Highlight[] = [];
    for await (const batch of batchesOf(source, true)) records.push(...batch);
    for (const file of toMarkdown(records, { lang: o.lang, perPage: true }))
      downloadBlob(file.filename, new Blob([file.content], { type: TYPES.markdown }));
    return records.length;
  }
  const writer: ExportWriter =
    kind === 'w3c'
      ? w3cWriter({ now: o.now, version: o.version })
      : kind === 'csv'
        ? csvWriter({ bom: true })
        : markdownWriter({ lang: o.lang });
  let blob = new Blob([], { type: TYPES[kind] });
  let parts: string[] = [writer.head()];
  let pending = parts[0]!.length;
  let done = 0;
  for await (const batch of batchesOf(source, kind !== 'w3c')) {
    o.signal?.throwIfAborted();
    const text = writer.chunk(batch);
    parts.push(text);
    pending += text.length;
    done += batch.length;
    o.onProgress?.(done);
    if (pending > FLUSH_CHARS) {
      blob = new Blob([blob, ...parts], { type: TYPES[kind] });
      parts = [];
      pending = 0;
    }
  }
  blob = new Blob([blob, ...parts, writer.tail()], { type: TYPES[kind] });
  downloadBlob(exportFilename(kind === 'w3c' ? 'w3c' : kind, o.now), blob);
  return done;
}
