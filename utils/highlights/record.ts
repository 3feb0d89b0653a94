/**
 * The highlight record: what the extension stores for each passage a reader marks.
 *
 * Modelled on the W3C Web Annotation data model: the target is described by a
 * TextQuoteSelector (exact + prefix + suffix) and a TextPositionSelector (start/end offsets
 * into the page's text), so the passage can be found again after the page changes.
 * `clock` (a hybrid logical clock, see utils/sync/hlc.ts) orders edits for the merge;
 * a delete is kept as a tombstone (`deleted: true`) so that it can win a merge.
 *
 * Every record is validated when written and when read (`parseHighlight`).
 */
import * as v from 'valibot';

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type ColorId = (typeof COLORS)[number];

export const CATEGORIES = ['heading', 'obligation', 'prohibition', 'target', 'emphasis'] as const;
export type DirectiveCategory = (typeof CATEGORIES)[number];

/** Limits that keep one record (and so one import) from exhausting storage. */
export const LIMITS = {
  url: 4096,
  title: 1000,
  quote: 20000,
  context: 64,
  note: 20000,
  tag: 64,
  tags: 32,
  id: 128,
  clock: 128,
  /** Entries of an article's keywords and channel (a page's meta tags can list thousands). */
  metaList: 50,
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * valibot's URL check, remembering the last address it accepted: records come page by page (an
 * import's file, a page's highlights), and parsing the same address again for each of them was
 * ~0.3 s of the library page's and as much of the worker's script per 100,000 imported. Same
 * answer (parsing is a pure function of the text), same issue when it fails.
 */
function urlOnce() {
  const action = v.url();
  const parses = action.requirement;
  let accepted: string | null = null;
  return {
    ...action,
    requirement(input: string): boolean {
      if (input === accepted) return true;
      if (!parses(input)) return false;
      accepted = input;
      return true;
    },
  };
}

/** A page address: http(s), or file for saved pages opened locally. */
export const WebUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  urlOnce(),
  v.regex(/^(?:https?|file):\/\//i, 'only http(s) and file URLs are pages'),
);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ArticleMetaSchema = v.object({
  title: text(LIMITS.title),
  published: v.optional(v.nullable(text(64))),
  source: v.optional(v.nullable(text(LIMITS.title))),
  editor: v.optional(v.nullable(text(LIMITS.title))),
  author: v.optional(v.nullable(text(LIMITS.title))),
  keywords: v.optional(v.pipe(v.array(text(LIMITS.title)), v.maxLength(LIMITS.metaList))),
  channel: v.optional(v.pipe(v.array(text(LIMITS.title)), v.maxLength(LIMITS.metaList))),
  language: v.optional(v.nullable(text(32))),
  issuer: v.optional(v.nullable(text(LIMITS.title))),
  docNumber: v.optional(v.nullable(text(LIMITS.title))),
});
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;

export const TextQuoteSchema = v.object({
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.quote)),
  prefix: text(LIMITS.context),
  suffix: text(LIMITS.context),
});
export type TextQuote = v.InferOutput<typeof TextQuoteSchema>;

export const TextPositionSchema = v.pipe(
  v.object({ start: offset, end: offset }),
  v.check((p) => p.end > p.start, 'position end must be after start'),
);
export type TextPosition = v.InferOutput<typeof TextPositionSchema>;

export const HighlightSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id)),
  /** Normalized page URL (see utils/highlights/url.ts): the key that groups records by page. */
  url: WebUrlSchema,
  title: text(LIMITS.title),
  site: text(255),
  article: v.optional(v.nullable(ArticleMetaSchema)),
  quote: TextQuoteSchema,
  position: TextPositionSchema,
  color: v.picklist(COLORS),
  note: text(LIMITS.note),
  tags: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag))), v.maxLength(LIMITS.tags)),
  /** Set when the highlight was made from an auto-marked directive. */
  category: v.optional(v.nullable(v.picklist(CATEGORIES))),
  created: time,
  updated: time,
  /** Hybrid logical clock of the last change, comparable as a string (utils/sync/hlc.ts). */
  clock: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.clock)),
  /** Tombstone: the record was deleted at `clock`. Kept so the delete wins merges. */
  deleted: v.optional(v.boolean()),
});
export type Highlight = v.InferOutput<typeof HighlightSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * An issue's message without the value that failed: valibot's ends "but received <value>", and
 * the value is whoever wrote the data's (a sync peer, an import file), which must not get its
 * own words into our status lines and reports ("lastColor: Invalid type: Expected (…)").
 */
export const issueMessage = (issue: v.BaseIssue<unknown>) => issue.message.replace(/ but received [\s\S]*$/, '');

/** Formats valibot issues as one readable line: "quote.exact: Invalid length: Expected <=4096". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const path = v.getDotPath(i);
      return path ? `${path}: ${issueMessage(i)}` : issueMessage(i);
    })
    .join('; ');
}

export function parseHighlight(input: unknown): ParseResult<Highlight> {
  const r = v.safeParse(HighlightSchema, input);
  return r.success ? { ok: true, value: r.output } : { ok: false, error: describeIssues(r.issues) };
}

/** Records `sealChecked` froze: checked by HighlightSchema, and nothing can have changed them since. */
const sealed = new WeakSet<Highlight>();

/**
 * Freezes a record that HighlightSchema has just put out (valibot's output: new objects, shared
 * with nothing else) and remembers it as checked, so that it need not be checked again (the
 * writer checks every record it stores: an import's 100,000 records were checked twice in the
 * worker, ~1 s). Only for such output: a record made elsewhere is checked as usual.
 */
export function sealChecked(h: Highlight): Highlight {
  for (const part of [h.quote, h.position, h.tags, h.article?.keywords, h.article?.channel, h.article])
    if (part) Object.freeze(part);
  sealed.add(Object.freeze(h));
  return h;
}

/** Whether `sealChecked` sealed `h`: frozen through, so nothing read from it can change. */
export const isSealed = (h: Highlight): boolean => sealed.has(h);

/** `h` as checked: itself when `sealChecked` sealed it, else HighlightSchema's output. */
export function checkedHighlight(h: Highlight): ParseResult<Highlight> {
  return sealed.has(h) ? { ok: true, value: h } : parseHighlight(h);
}
