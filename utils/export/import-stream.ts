/**
 * Import of a large file as a stream: the text is read a chunk at a time, the elements of its
 * annotation arrays are cut out of it (json-items.ts) and each parsed on its own with
 * `JSON.parse`, and records come out in batches. A file of 100,000 annotations (about 90 MB)
 * is never held whole, as text or as one parsed document.
 *
 * Each annotation goes through the same conversion and validation as a whole file's
 * (`importItem`, import-annotation.ts); refusals are reported with their index. Shapes read: an array of
 * annotations; an AnnotationCollection whose `first` page holds them (our own export), with
 * embedded `next` pages; an AnnotationPage (`items`, `next`); a collection with `items`;
 * Hypothesis search results (`rows`). A single annotation, or any other shape, is a small
 * file: `parseImport` reads those whole (the library page streams files over
 * WHOLE_FILE_MAX only).
 *
 * Safety: nesting deeper than IMPORT_DEFAULTS.maxDepth stops the import as soon as it is read;
 * a `__proto__` key becomes a plain property (`JSON.parse` makes own properties only), records
 * are built from valibot's validated output only, and the document around the annotations is
 * parsed at the end, so a file broken anywhere is refused whole.
 */
import type { Highlight } from '@/utils/highlights/record';
import { IMPORT_DEFAULTS, type ImportFormat, type ImportOptions, type SkippedItem } from './import';
import { buildContext, importItem } from './import-annotation';
import { JsonDepthError, JsonItems, JsonOutsideError } from './json-items';
import { GENERATOR_ID } from './w3c';
import { IMPORT_BATCH_MAX } from '@/utils/messages';

/** Files up to this size are read whole (every shape); larger ones are streamed. */
export const WHOLE_FILE_MAX = 4 * 1024 * 1024;

export const STREAM_DEFAULTS = {
  maxBytes: 512 * 1024 * 1024,
  maxRecords: 250_000,
  batchSize: IMPORT_BATCH_MAX,
  /** Characters of one annotation: a valid one (record.ts LIMITS, even fully escaped) is far smaller. */
  maxItemChars: 2 * 1024 * 1024,
  /**
   * Characters of the document around the annotations: a few hundred, plus the separators and
   * indentation between elements (about 8 each in our export, 2 MB at maxRecords).
   */
  maxOutsideChars: 16 * 1024 * 1024,
} as const;

export interface StreamImportOptions extends ImportOptions {
  batchSize?: number;
  /**
   * Records of the first batch, when fewer than `batchSize`: it is handed over sooner, so the
   * background starts storing while the rest is parsed; the second batch then makes up the
   * difference, so that later ones begin at multiples of `batchSize` (in an empty library, at
   * the search index's blocks, each written once).
   */
  firstBatchSize?: number;
}

export interface StreamBatch {
  records: Highlight[];
  skipped: SkippedItem[];
  /** Bytes of the file read so far (UTF-16 code units of text, a close measure for progress). */
  read: number;
}

export interface StreamSummary {
  format: ImportFormat;
  /** Annotations found. */
  items: number;
}

/** A problem with the whole file (not with one annotation): nothing of it should be kept. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/**
 * Where the annotations of each shape are (paths of keys from the root): the root array, or
 * `items`, `rows`, `first.items`, and `items` of `next` pages (embedded ones, any number).
 */
const ITEM_ARRAY = /^(?:|(?:next\.)*items|rows|first(?:\.next)*\.items)$/;

const leadingSpace = /^[\s\ufeff]*/;

/**
 * Reads `chunks` (the file's text, in order) and yields its records in batches. Throws
 * ImportFileError for a file that is not JSON, too deep, too large or of no known shape.
 */
export async function* importStream(
  chunks: AsyncIterable<string>,
  options: StreamImportOptions,
): AsyncGenerator<StreamBatch, StreamSummary> {
  const maxBytes = options.maxBytes ?? STREAM_DEFAULTS.maxBytes;
  const maxRecords = options.maxRecords ?? STREAM_DEFAULTS.maxRecords;
  const batchSize = options.batchSize ?? STREAM_DEFAULTS.batchSize;
  const first = Math.max(1, Math.min(options.firstBatchSize ?? batchSize, batchSize));
  /** The sizes of the batches to come before the usual ones. */
  const sizes = first < batchSize ? [batchSize - first] : [];
  let target = first;
  const ctx = buildContext(options);

  let parser: JsonItems | null = null;
  /** Texts of annotations cut out and not converted yet (null: too long, not kept). */
  const found: (string | null)[] = [];
  let ours = false;
  let items = 0;
  let read = 0;
  let batch: StreamBatch = { records: [], skipped: [], read: 0 };

  const fileError = (e: unknown) => {
    if (e instanceof ImportFileError) return e;
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
    if (e instanceof JsonDepthError || e instanceof JsonOutsideError)
      return new ImportFileError(`Not a Web Annotation document: ${message}`);
    return new ImportFileError(`Not valid JSON: ${message}`);
  };

  /** Converts what the parser has found; returns a full batch, if one is ready. */
  const convert = (): StreamBatch | null => {
    let taken = 0;
    while (taken < found.length && batch.records.length < target) {
      const text = found[taken++] as string | null;
      const index = items++;
      if (items > maxRecords)
        throw new ImportFileError(`Too many annotations: more than ${maxRecords} (the limit is ${maxRecords})`);
      if (text === null) {
        batch.skipped.push({ index, reason: `longer than ${STREAM_DEFAULTS.maxItemChars / 1048576} MB of text` });
        continue;
      }
      let item: unknown;
      try {
        item = JSON.parse(text);
      } catch (e) {
        throw fileError(e);
      }
      const r = importItem(item, ctx);
      if ('reason' in r) batch.skipped.push({ index, reason: r.reason });
      else {
        batch.records.push(r.record);
        ours ||= r.ours;
      }
    }
    found.splice(0, taken);
    if (batch.records.length < target) return null;
    target = sizes.shift() ?? batchSize;
    const full = { ...batch, read };
    batch = { records: [], skipped: [], read };
    return full;
  };

  for await (let chunk of chunks) {
    read += chunk.length;
    if (read > maxBytes) throw new ImportFileError(`File too large: the limit is ${Math.round(maxBytes / 1048576)} MB`);
    if (!parser) {
      chunk = chunk.replace(leadingSpace, '');
      if (!chunk) continue;
      if (chunk[0] !== '[' && chunk[0] !== '{')
        throw new ImportFileError('Not a Web Annotation document: expected an array or an object');
      parser = new JsonItems({
        isItemArray: (path) => ITEM_ARRAY.test(path),
        onItem: (text) => found.push(text),
        maxDepth: IMPORT_DEFAULTS.maxDepth,
        maxItemChars: STREAM_DEFAULTS.maxItemChars,
        maxOutsideChars: STREAM_DEFAULTS.maxOutsideChars,
      });
    }
    try {
      parser.write(chunk);
    } catch (e) {
      throw fileError(e);
    }
    // A chunk may complete several batches.
    for (let full = convert(); full; full = convert()) yield full;
  }
  if (!parser) throw new ImportFileError('Not valid JSON: the file is empty');
  let document: unknown;
  try {
    document = parser.end();
  } catch (e) {
    throw fileError(e);
  }
  const generator = (document as { generator?: { id?: unknown } } | null)?.generator;
  if (!Array.isArray(document) && generator?.id === GENERATOR_ID) ours = true;
  for (let full = convert(); full; full = convert()) yield full;
  if (batch.records.length || batch.skipped.length) yield { ...batch, read };
  if (items === 0)
    throw new ImportFileError(
      'Not a Web Annotation document: no annotations found (an AnnotationCollection, AnnotationPage or array was expected)',
    );
  return { format: ours ? 'huazhongdian' : 'w3c', items };
}
