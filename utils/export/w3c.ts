/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/).
 *
 * Shape chosen: one `AnnotationCollection` whose `first` is an embedded `AnnotationPage`
 * holding every annotation (`total` = item count). A collection, rather than a bare array,
 * carries the generator and the export time, and the Web Annotation Protocol uses the same
 * container shape, so other tools read it. The importer also accepts bare arrays, single
 * annotations and pages.
 *
 * Each highlight becomes:
 *
 *     { "id": "urn:uuid:<id>", "type": "Annotation",
 *       "motivation": "commenting" (has a note) | "highlighting",
 *       "created": ISO, "modified": ISO,
 *       "body": [ { TextualBody, value: note, format: "text/plain", purpose: "commenting" },
 *                 { TextualBody, value: tag, purpose: "tagging" }, … ],        (omitted if empty)
 *       "target": { "source": url, "selector": [
 *           { "type": "TextQuoteSelector", "exact", "prefix"?, "suffix"? },   (empty ones omitted)
 *           { "type": "TextPositionSelector", "start", "end" } ] },
 *       "hzd": { color, clock, title, site, category?, article?, deleted?, id?, created?, updated? } }
 *
 * `hzd` holds what the model has no place for, so export → import is lossless. It is not in
 * the JSON-LD context, so JSON-LD processors drop it and plain consumers ignore it. `hzd.id`
 * appears only when the id is not a UUID (the `urn:uuid:` form can't carry it);
 * `hzd.created`/`updated` only when a time is outside the range an ISO date can express.
 */
import type { ArticleMeta, ColorId, DirectiveCategory, Highlight } from '@/utils/highlights/record';
import { liveRecords } from './pages';
import { writeAll, type ExportWriter } from './writer';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our generator id: the importer recognises its own exports by it (and by `hzd`). */
export const GENERATOR_ID = 'urn:huazhongdian';
export const GENERATOR_NAME = 'Huazhongdian 划重点';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface HzdExtension {
  color: ColorId;
  clock: string;
  title: string;
  site: string;
  category?: DirectiveCategory | null;
  article?: ArticleMeta | null;
  deleted?: boolean;
  id?: string;
  created?: number;
  updated?: number;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created?: string;
  modified?: string;
  body?: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  hzd: HzdExtension;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generator: { id: string; type: 'Software'; name: string; version?: string };
  generated?: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface W3CExportOptions {
  /** Export time (ms) for `generated`; omitted from the document when not given. */
  now?: number;
  /** Extension version for `generator.version`. */
  version?: string;
  /** Include tombstones (`hzd.deleted: true`), e.g. for a full backup. Default false. */
  includeDeleted?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Largest |ms| a JavaScript Date (and so an ISO string) can hold. */
const MAX_DATE_MS = 8.64e15;

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** ISO 8601 for a time in ms, or undefined when a Date can't represent it. */
export function isoTime(ms: number): string | undefined {
  return Number.isInteger(ms) && Math.abs(ms) <= MAX_DATE_MS ? new Date(ms).toISOString() : undefined;
}

/** Percent-encodes everything but RFC 3986 unreserved characters (never throws). */
function percentEncode(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function annotationId(id: string): string {
  return isUuid(id) ? `urn:uuid:${id}` : `${GENERATOR_ID}:highlight:${percentEncode(id)}`;
}

export function toWebAnnotation(h: Highlight): WebAnnotation {
  const body: TextualBody[] = [];
  if (h.note !== '') body.push({ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });

  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: h.quote.exact };
  if (h.quote.prefix !== '') quote.prefix = h.quote.prefix;
  if (h.quote.suffix !== '') quote.suffix = h.quote.suffix;

  const hzd: HzdExtension = { color: h.color, clock: h.clock, title: h.title, site: h.site };
  if (h.category !== undefined) hzd.category = h.category;
  if (h.article !== undefined) hzd.article = h.article;
  if (h.deleted !== undefined) hzd.deleted = h.deleted;
  if (!isUuid(h.id)) hzd.id = h.id;

  const created = isoTime(h.created);
  const modified = isoTime(h.updated);
  if (created === undefined) hzd.created = h.created;
  if (modified === undefined) hzd.updated = h.updated;

  const annotation: WebAnnotation = {
    id: annotationId(h.id),
    type: 'Annotation',
    motivation: h.note !== '' ? 'commenting' : 'highlighting',
    ...(created !== undefined && { created }),
    ...(modified !== undefined && { modified }),
    ...(body.length > 0 && { body }),
    target: {
      source: h.url,
      selector: [quote, { type: 'TextPositionSelector', start: h.position.start, end: h.position.end }],
    },
    hzd,
  };
  return annotation;
}

export function toW3C(records: readonly Highlight[], options: W3CExportOptions = {}): AnnotationCollection {
  const chosen = options.includeDeleted ? [...records] : liveRecords(records);
  const items = chosen.map(toWebAnnotation);
  const generated = options.now === undefined ? undefined : isoTime(options.now);
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Huazhongdian highlights',
    generator: {
      id: GENERATOR_ID,
      type: 'Software',
      name: GENERATOR_NAME,
      ...(options.version !== undefined && { version: options.version }),
    },
    ...(generated !== undefined && { generated }),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * The export as JSON text (what gets saved to a file): the collection's fields pretty-printed,
 * one annotation per line. Fully indented JSON is about twice the size, which matters
 * against the import size limit.
 */
export function toW3CJson(records: readonly Highlight[], options: W3CExportOptions = {}): string {
  return writeAll(w3cWriter(options), records);
}

/**
 * The same JSON text written a chunk at a time. `total` comes last, once the annotations are
 * counted (a streamed export does not hold them all; JSON does not order an object's keys).
 */
export function w3cWriter(options: W3CExportOptions = {}): ExportWriter {
  let written = 0;
  return {
    head() {
      const { first: _first, total: _total, ...head } = toW3C([], options);
      const lines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
      return `{\n${lines.join('\n')}\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [`;
    },
    chunk(records) {
      const chosen = options.includeDeleted ? records : liveRecords(records);
      return chosen.map((h) => `${written++ ? ',' : ''}\n      ${JSON.stringify(toWebAnnotation(h))}`).join('');
    },
    tail: () => `${written ? '\n    ' : ''}]\n  },\n  "total": ${written}\n}\n`,
  };
}
