/**
 * Import of Web Annotation JSON: our own export (lossless, thanks to the `hzd` extension) and
 * W3C Web Annotations from other tools, Hypothesis API exports included.
 *
 * Accepted shapes: a single Annotation, an array of them, an AnnotationPage (`items`, with
 * embedded `next` pages followed), an AnnotationCollection (`first` page or `items`), and
 * Hypothesis search results (`rows`). One annotation becomes one record in import-annotation.ts
 * (the mapping of foreign annotations is described there).
 *
 * Safety: the byte size and nesting depth are checked before parsing; JSON is parsed with a
 * reviver that drops `__proto__`, `constructor` and `prototype` keys; every shape is checked
 * with valibot (import-annotation.ts builds records from the validated output only).
 */
import * as v from 'valibot';
import type { Highlight } from '@/utils/highlights/record';
import { buildContext, importItem, lenient, reasonOf, TypeField, typesOf } from './import-annotation';
import { GENERATOR_ID } from './w3c';

export type ImportFormat = 'huazhongdian' | 'w3c' | 'unknown';

export interface SkippedItem {
  /** Index of the annotation in the document's item list. */
  index: number;
  reason: string;
}

export interface ImportResult {
  records: Highlight[];
  skipped: SkippedItem[];
  error?: string;
  format: ImportFormat;
}

export interface ImportOptions {
  /** Clock given to foreign records (ours keep theirs): normally a fresh HLC tick. */
  clock: string;
  maxBytes?: number;
  maxRecords?: number;
  /** Time (ms) for foreign records with no usable timestamps. Default Date.now(). */
  now?: number;
  /** Id for foreign records. Default crypto.randomUUID(). */
  makeId?: () => string;
}

export const IMPORT_DEFAULTS = {
  maxBytes: 20 * 1024 * 1024,
  maxRecords: 100_000,
  /** Our own export nests ~7 levels, Hypothesis ~6; anything far deeper is junk. */
  maxDepth: 64,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const PageShape = v.object({ type: v.optional(TypeField), items: v.array(v.unknown()), next: v.optional(v.unknown()) });
const CollectionShape = v.object({
  type: TypeField,
  first: v.optional(v.unknown()),
  items: v.optional(v.array(v.unknown())),
  generator: lenient(v.object({ id: lenient(v.string()), name: lenient(v.string()) })),
});
const HypothesisRows = v.object({ rows: v.array(v.unknown()) });
const AnyObject = v.record(v.string(), v.unknown());

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;
}

function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Deepest bracket nesting outside strings; stops counting once past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    const value: unknown = JSON.parse(text, (key, val: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : val));
    return { ok: true, value };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `Not valid JSON: ${message.split('\n')[0]}` };
  }
}

/** The annotation list of a document, or why there is none. */
function itemsOf(doc: unknown, maxPages: number): { items: unknown[]; ours: boolean } | { error: string } {
  if (v.is(v.array(v.unknown()), doc)) return { items: doc, ours: false };
  const collection = v.safeParse(CollectionShape, doc);
  if (collection.success && typesOf(collection.output.type).includes('AnnotationCollection')) {
    const { first, items, generator } = collection.output;
    const ours = generator?.id === GENERATOR_ID;
    if (items) return { items, ours };
    if (first === undefined) return { items: [], ours };
    if (v.is(v.string(), first)) return { error: 'The collection links to its pages instead of containing them' };
    return pageItems(first, maxPages, ours);
  }
  if (v.is(PageShape, doc)) return pageItems(doc, maxPages, false);
  if (v.is(HypothesisRows, doc)) return { items: doc.rows, ours: false };
  if (v.is(v.object({ target: v.unknown() }), doc)) return { items: [doc], ours: false };
  return {
    error:
      'Not a Web Annotation document: expected an Annotation, an array, an AnnotationPage or an AnnotationCollection',
  };
}

function pageItems(
  first: unknown,
  maxPages: number,
  ours: boolean,
): { items: unknown[]; ours: boolean } | { error: string } {
  const items: unknown[] = [];
  let page: unknown = first;
  for (let n = 0; n < maxPages && page !== undefined; n++) {
    const parsed = v.safeParse(PageShape, page);
    if (!parsed.success) return { error: `Annotation page ${n + 1}: ${reasonOf(parsed.issues)}` };
    items.push(...parsed.output.items);
    page = v.is(AnyObject, parsed.output.next) ? parsed.output.next : undefined;
  }
  return { items, ours };
}

// ---------------------------------------------------------------- API

export function parseImport(text: string, options: ImportOptions): ImportResult {
  const maxBytes = options.maxBytes ?? IMPORT_DEFAULTS.maxBytes;
  const maxRecords = options.maxRecords ?? IMPORT_DEFAULTS.maxRecords;
  const fail = (error: string): ImportResult => ({ records: [], skipped: [], error, format: 'unknown' });

  // A UTF-16 unit is at least one UTF-8 byte, so the cheap length check decides most cases.
  if (text.length > maxBytes || utf8ByteLength(text) > maxBytes)
    return fail(`File too large: the limit is ${formatBytes(maxBytes)}`);
  const depth = nestingDepth(text, IMPORT_DEFAULTS.maxDepth);
  if (depth > IMPORT_DEFAULTS.maxDepth)
    return fail(`Not a Web Annotation document: nested deeper than ${IMPORT_DEFAULTS.maxDepth} levels`);

  const parsed = parseJson(text.replace(/^\ufeff/, ''));
  if (!parsed.ok) return fail(parsed.error);

  const found = itemsOf(parsed.value, IMPORT_DEFAULTS.maxDepth);
  if ('error' in found) return fail(found.error);
  if (found.items.length > maxRecords)
    return fail(`Too many annotations: ${found.items.length} (the limit is ${maxRecords})`);

  const ctx = buildContext(options);
  const records: Highlight[] = [];
  const skipped: SkippedItem[] = [];
  let ours = found.ours;
  found.items.forEach((item, index) => {
    const r = importItem(item, ctx);
    if ('reason' in r) skipped.push({ index, reason: r.reason });
    else {
      records.push(r.record);
      ours ||= r.ours;
    }
  });
  return { records, skipped, format: ours ? 'huazhongdian' : 'w3c' };
}
