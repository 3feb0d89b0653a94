/**
 * One annotation of an imported file → one record, exactly as stored, or why it is skipped.
 * Used by the whole-file import (import.ts) and the streamed one (import-stream.ts).
 *
 * Within an annotation: `target` as IRI string, object or array (the first target with a
 * TextQuoteSelector wins); `selector` as object or array; RangeSelector, XPath, CSS and other
 * selectors are ignored.
 *
 * Mapping of a foreign annotation:
 * - note ← TextualBody values whose purpose is commenting/describing/replying/none, a string
 *   body, `bodyValue`, and Hypothesis `text` (joined by blank lines). Kept verbatim: HTML in a
 *   note is data, shown as text by the renderers.
 * - tags ← bodies with purpose `tagging`, and Hypothesis `tags` (the one tag rule, utils/highlights/tags.ts).
 * - id ← the UUID of a `urn:uuid:` id, else a fresh `makeId()`.
 * - clock ← `options.clock`; color ← 'yellow'; title ← Hypothesis `document.title`, else the URL;
 *   site ← the URL's host; created/updated ← `created` / `modified` (or `updated`), else `now`.
 * - position ← the TextPositionSelector; when there is none, the sentinel
 *   `{ start: 0, end: exact.length }` is stored. Anchoring then finds the passage by its quote
 *   (exact + prefix/suffix) — position is only a hint — and planImport treats a sentinel
 *   position as matching any position of the same quote.
 * - prefix/suffix longer than the record allows are cut to the characters nearest the quote.
 * - only http(s) URLs are accepted (a `javascript:` or `file:` link must never reach the popup).
 * - clocks and times are checked against the local wall clock by the background, which refuses
 *   records too far ahead (utils/sync/admit.ts), whatever page sent them.
 *
 * Safety: every shape is checked with valibot, records are built from the validated output only
 * (valibot `object` copies known keys into fresh objects) and validated once more with the
 * record schema (LIMITS).
 */
import * as v from 'valibot';
import {
  ArticleMetaSchema,
  CATEGORIES,
  COLORS,
  HighlightSchema,
  LIMITS,
  type Highlight,
} from '@/utils/highlights/record';
import { normalizeTags } from '@/utils/highlights/tags';
import type { ImportOptions } from './import';
import { isUuid } from './w3c';

// ---------------------------------------------------------------- input schemas

/**
 * Accepts one value or an array of them; the output is always an array. The branch is chosen by
 * the value's type rather than tried in turn: a union tries the array first, and a failed branch
 * costs valibot an issue with its message (about five per annotation of our own export, ~0.5 s
 * of the library page's script per 100,000). Same output, same issues for an array or a valid
 * value; for an invalid single value, that value's own issues.
 */
function oneOrMany<S extends v.GenericSchema>(schema: S) {
  const many = v.array(schema);
  const one = v.pipe(
    schema,
    v.transform((item): v.InferOutput<S>[] => [item]),
  );
  return v.lazy((input) => (Array.isArray(input) ? many : one));
}

const isRecord = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A string or an object, chosen by the value's type (see `oneOrMany`); any other value gets the
 * union's issue, as before.
 */
function stringOrObject<T extends v.GenericSchema, O extends v.GenericSchema>(text: T, object: O) {
  const either = v.union([text, object]);
  return v.lazy((input) => (typeof input === 'string' ? text : isRecord(input) ? object : either));
}

/** A field we can do without: a wrong value becomes undefined instead of failing the record. */
export function lenient<S extends v.GenericSchema>(schema: S) {
  return v.fallback(v.optional(schema), undefined);
}

export const TypeField = v.union([v.string(), v.array(v.string())]);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));

const QuoteSelectorInput = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.string(),
  prefix: v.optional(v.string(), ''),
  suffix: v.optional(v.string(), ''),
});

const PositionSelectorInput = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.end > p.start),
);

const TargetInput = stringOrObject(
  v.pipe(
    v.string(),
    v.transform((source) => ({ source, selector: [] as unknown[] })),
  ),
  v.object({
    source: v.optional(v.string()),
    id: v.optional(v.string()),
    selector: v.optional(oneOrMany(v.unknown()), []),
  }),
);

const BodyInput = stringOrObject(
  v.pipe(
    v.string(),
    v.transform((value) => ({ value, purpose: undefined as string[] | string | undefined, type: 'TextualBody' })),
  ),
  v.object({
    type: v.optional(v.string()),
    value: v.optional(v.string()),
    purpose: v.optional(TypeField),
  }),
);

const HzdInput = v.object({
  id: v.optional(v.string()),
  color: v.optional(v.picklist(COLORS)),
  clock: v.optional(v.string()),
  title: v.optional(v.string()),
  site: v.optional(v.string()),
  category: v.optional(v.nullable(v.picklist(CATEGORIES))),
  article: v.optional(v.nullable(ArticleMetaSchema)),
  deleted: v.optional(v.boolean()),
  created: v.optional(time),
  updated: v.optional(time),
});

const AnnotationInput = v.object({
  id: lenient(v.string()),
  created: lenient(v.string()),
  modified: lenient(v.string()),
  /** Hypothesis */
  updated: lenient(v.string()),
  body: v.optional(oneOrMany(BodyInput)),
  bodyValue: v.optional(v.string()),
  target: v.optional(oneOrMany(TargetInput)),
  /** Hypothesis */
  uri: lenient(v.string()),
  text: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
  document: lenient(v.object({ title: lenient(TypeField) })),
  hzd: v.optional(HzdInput),
});
type AnnotationIn = v.InferOutput<typeof AnnotationInput>;

/**
 * A record exactly as stored, with an import-only rule on the URL scheme: no `file:` addresses
 * (a crafted file could otherwise plant links to local files in the popup and library).
 */
const ImportedHighlight = v.object({
  ...HighlightSchema.entries,
  url: v.pipe(
    HighlightSchema.entries.url,
    v.regex(/^https?:/i, 'only http(s) URLs can be imported (file: addresses are refused)'),
  ),
});

export const typesOf = (type: string | string[] | undefined): string[] => (type === undefined ? [] : [type].flat());

/**
 * One readable line from valibot issues. A failed union reports the branch that got deepest
 * into the value (the likely intended shape), or the union's own summary when none did.
 */
export function reasonOf(issues: readonly v.BaseIssue<unknown>[]): string {
  // Paths of issues inside a union are relative to the union's value.
  type Leaf = { path: string[]; message: string };
  const keysOf = (i: v.BaseIssue<unknown>) => (i.path ?? []).map((item) => String(item.key));
  const reach = (i: v.BaseIssue<unknown>): number => keysOf(i).length + Math.max(0, ...(i.issues ?? []).map(reach));
  const leaves: Leaf[] = [];
  const collect = (list: readonly v.BaseIssue<unknown>[], prefix: string[]) => {
    for (const issue of list) {
      const path = [...prefix, ...keysOf(issue)];
      const deeper = issue.type === 'union' ? (issue.issues ?? []).filter((sub) => reach(sub) > 0) : [];
      if (deeper.length > 0) collect(deeper, path);
      else leaves.push({ path, message: issue.message });
    }
  };
  collect(issues, []);
  const deepest = Math.max(...leaves.map((l) => l.path.length));
  const lines = leaves
    .filter((l) => l.path.length === deepest)
    .slice(0, 3)
    .map((l) => (l.path.length > 0 ? `${l.path.join('.')}: ${l.message}` : l.message));
  return [...new Set(lines)].join('; ') || 'invalid annotation';
}

/**
 * The first item of this `type` the schema accepts, as its validated output. Items of another
 * type are passed over unchecked (the schema requires its type): each would cost an issue.
 */
function firstMatch<S extends v.GenericSchema>(
  type: string,
  schema: S,
  items: readonly unknown[],
): v.InferOutput<S> | undefined {
  for (const item of items) {
    if (!isRecord(item) || (item as { type?: unknown }).type !== type) continue;
    const r = v.safeParse(schema, item);
    if (r.success) return r.output;
  }
  return undefined;
}

function noteAndTags(a: AnnotationIn): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  for (const body of a.body ?? []) {
    if (body.value === undefined) continue;
    const purposes = typesOf(body.purpose);
    if (purposes.includes('tagging')) tags.push(body.value);
    else if (
      purposes.length === 0 ||
      purposes.some((p) => ['commenting', 'describing', 'replying', 'editing'].includes(p))
    )
      notes.push(body.value);
  }
  if (a.bodyValue !== undefined) notes.push(a.bodyValue);
  if (a.text !== undefined && a.text !== '') notes.push(a.text);
  if (a.tags) tags.push(...a.tags);
  return { note: notes.filter((n) => n !== '').join('\n\n'), tags };
}

function uuidFromUrn(id: string | undefined): string | undefined {
  const m = id === undefined ? null : /^urn:uuid:(.+)$/i.exec(id);
  return m?.[1] !== undefined && isUuid(m[1]) ? m[1] : undefined;
}

function timeOf(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isInteger(ms) && ms >= 0 ? ms : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export interface BuildContext {
  clock: string;
  now: number;
  makeId: () => string;
}

export function buildContext(options: ImportOptions): BuildContext {
  return {
    clock: options.clock,
    now: options.now ?? Date.now(),
    makeId: options.makeId ?? (() => crypto.randomUUID()),
  };
}

/**
 * One annotation of a file → a record exactly as stored, validated, or why it is skipped.
 * `ours`: it carries our own fields (`hzd`).
 */
export function importItem(
  item: unknown,
  ctx: BuildContext,
): { record: Highlight; ours: boolean } | { reason: string } {
  const annotation = v.safeParse(AnnotationInput, item);
  if (!annotation.success) return { reason: reasonOf(annotation.issues) };
  const built = buildRecord(annotation.output, ctx);
  if ('reason' in built) return built;
  const record = v.safeParse(ImportedHighlight, built.record);
  if (!record.success) return { reason: reasonOf(record.issues) };
  return { record: record.output, ours: annotation.output.hzd !== undefined };
}

/** The record candidate for one validated annotation (validated again by the caller). */
function buildRecord(a: AnnotationIn, ctx: BuildContext): { record: unknown } | { reason: string } {
  let quote: v.InferOutput<typeof QuoteSelectorInput> | undefined;
  let position: { start: number; end: number } | undefined;
  let url: string | undefined;
  for (const target of a.target ?? []) {
    const found = firstMatch('TextQuoteSelector', QuoteSelectorInput, target.selector);
    if (!found) continue;
    quote = found;
    position = firstMatch('TextPositionSelector', PositionSelectorInput, target.selector);
    url = target.source ?? ('id' in target ? target.id : undefined) ?? a.uri;
    break;
  }
  if (!quote) return { reason: 'target: no TextQuoteSelector, so there is no passage to highlight' };
  if (url === undefined) return { reason: 'target.source: missing page URL' };

  const hzd = a.hzd;
  const { note, tags } = noteAndTags(a);
  const created = hzd?.created ?? timeOf(a.created) ?? ctx.now;
  const updated = hzd?.updated ?? timeOf(a.modified) ?? timeOf(a.updated) ?? created;
  const foreignTitle = typesOf(a.document?.title)[0]?.trim() || url;

  const record: Record<string, unknown> = {
    id: hzd?.id ?? uuidFromUrn(a.id) ?? ctx.makeId(),
    url,
    title: hzd?.title ?? foreignTitle.slice(0, LIMITS.title),
    site: hzd?.site ?? hostOf(url),
    quote: {
      exact: quote.exact,
      prefix: quote.prefix.slice(-LIMITS.context),
      suffix: quote.suffix.slice(0, LIMITS.context),
    },
    position: position ? { start: position.start, end: position.end } : { start: 0, end: quote.exact.length },
    color: hzd?.color ?? 'yellow',
    note,
    tags: hzd ? tags : normalizeTags(tags, 'keep'),
    created,
    updated,
    clock: hzd?.clock ?? ctx.clock,
  };
  // Optional fields appear only when the source had them, so a round trip is exact.
  if (hzd && 'article' in hzd) record.article = hzd.article;
  if (hzd && 'category' in hzd) record.category = hzd.category;
  if (hzd && 'deleted' in hzd) record.deleted = hzd.deleted;
  return { record };
}
