/**
 * Import of a large file as a stream: the text is read a chunk at a time by a streaming JSON
 * parser (@streamparser/json), each annotation is handed over as soon as it is complete and
 * dropped from the parser (`keepStack: false`), and records come out in batches. A file of
 * 100,000 annotations (about 90 MB) is never held whole, as text or as one parsed document.
 *
 * Each annotation goes through the same conversion and validation as a whole file's
 * (`importItem`, import.ts); refusals are reported with their index. Shapes read: an array of
 * annotations; an AnnotationCollection whose `first` page holds them (our own export), with
 * embedded `next` pages; an AnnotationPage (`items`, `next`); a collection with `items`;
 * Hypothesis search results (`rows`). A single annotation, or any other shape, is a small
 * file: `parseImport` reads those whole (the library page streams files over
 * WHOLE_FILE_MAX only).
 *
 * Safety: nesting deeper than IMPORT_DEFAULTS.maxDepth stops the import before the parser
 * builds it; a `__proto__` key becomes a plain property (the parser's own guard), and records
 * are built from valibot's validated output only.
 */
import { TokenParser, Tokenizer, TokenType } from '@streamparser/json';
import type { Highlight } from '@/utils/highlights/record';
import {
  buildContext,
  IMPORT_DEFAULTS,
  importItem,
  type ImportFormat,
  type ImportOptions,
  type SkippedItem,
} from './import';
import { GENERATOR_ID } from './w3c';

/** Files up to this size are read whole (every shape); larger ones are streamed. */
export const WHOLE_FILE_MAX = 4 * 1024 * 1024;

export const STREAM_DEFAULTS = {
  maxBytes: 512 * 1024 * 1024,
  maxRecords: 250_000,
  batchSize: 5000,
} as const;

export interface StreamImportOptions extends ImportOptions {
  batchSize?: number;
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

/** Where the annotations of each shape are; `next` pages are followed this deep. */
function itemPaths(): string[] {
  const paths = ['$.items.*', '$.rows.*', '$.first.items.*'];
  for (let pages = '', n = 0; n < IMPORT_DEFAULTS.maxDepth; n++) {
    pages += '.next';
    paths.push(`$${pages}.items.*`, `$.first${pages}.items.*`);
  }
  return paths;
}

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
  const ctx = buildContext(options);

  let parser: { tokenizer: Tokenizer; tokens: TokenParser; found: unknown[] } | null = null;
  let ours = false;
  let items = 0;
  let read = 0;
  let depth = 0;
  let batch: StreamBatch = { records: [], skipped: [], read: 0 };

  const start = (first: string) => {
    const tokenizer = new Tokenizer();
    const tokens = new TokenParser({
      paths: first === '[' ? ['$.*'] : [...itemPaths(), '$.generator.id'],
      keepStack: false,
    });
    const found: unknown[] = [];
    tokenizer.onToken = (token) => {
      if (token.token === TokenType.LEFT_BRACE || token.token === TokenType.LEFT_BRACKET) {
        if (++depth > IMPORT_DEFAULTS.maxDepth)
          throw new ImportFileError(
            `Not a Web Annotation document: nested deeper than ${IMPORT_DEFAULTS.maxDepth} levels`,
          );
      } else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) depth--;
      tokens.write(token);
    };
    tokens.onValue = ({ value, parent, key }) => {
      if (Array.isArray(parent)) found.push(value);
      else if (key === 'id' && value === GENERATOR_ID) ours = true;
    };
    tokens.onError = (e) => tokenizer.error(e);
    return { tokenizer, tokens, found };
  };

  const feed = (text: string) => {
    try {
      parser!.tokenizer.write(text);
    } catch (e) {
      if (e instanceof ImportFileError) throw e;
      throw new ImportFileError(`Not valid JSON: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    }
  };

  /** Converts what the parser has found; returns a full batch, if one is ready. */
  const convert = (): StreamBatch | null => {
    const found = parser!.found;
    let taken = 0;
    while (taken < found.length && batch.records.length < batchSize) {
      const item = found[taken++];
      const index = items++;
      if (items > maxRecords)
        throw new ImportFileError(`Too many annotations: more than ${maxRecords} (the limit is ${maxRecords})`);
      const r = importItem(item, ctx);
      if ('reason' in r) batch.skipped.push({ index, reason: r.reason });
      else {
        batch.records.push(r.record);
        ours ||= r.ours;
      }
    }
    found.splice(0, taken);
    if (batch.records.length < batchSize) return null;
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
      parser = start(chunk[0]!);
      if (chunk[0] !== '[' && chunk[0] !== '{')
        throw new ImportFileError('Not a Web Annotation document: expected an array or an object');
    }
    feed(chunk);
    // A chunk may complete several batches.
    for (let full = convert(); full; full = convert()) yield full;
  }
  if (!parser) throw new ImportFileError('Not valid JSON: the file is empty');
  try {
    parser.tokenizer.end();
  } catch (e) {
    throw new ImportFileError(`Not valid JSON: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  if (!parser.tokens.isEnded || depth !== 0) throw new ImportFileError('Not valid JSON: the file ends too early');
  for (let full = convert(); full; full = convert()) yield full;
  if (batch.records.length || batch.skipped.length) yield { ...batch, read };
  if (items === 0)
    throw new ImportFileError(
      'Not a Web Annotation document: no annotations found (an AnnotationCollection, AnnotationPage or array was expected)',
    );
  return { format: ours ? 'huazhongdian' : 'w3c', items };
}
