/**
 * A followed article: the reader asked to keep an article's dated targets (its deadlines) in the
 * library. One record per page, keyed by an id computed from the page's normalised URL, so the
 * same article followed on two devices is one record and merges.
 *
 * It is synced like a highlight: `clock` (utils/sync/hlc.ts) orders versions, the greater clock
 * wins whole (utils/sync/merge.ts `mergeRecord`), an unfollow is a tombstone (`deleted: true`)
 * that beats every version before it. Every record is validated when written and when read.
 */
import * as v from 'valibot';
import { describeIssues, LIMITS, TextQuoteSchema, WebUrlSchema, type ParseResult } from '@/utils/highlights/record';
import type { Deadline } from '@/utils/analysis/deadlines';
import { daysInMonth } from '@/utils/analysis/calendar';
import { fnv1a32 } from '@/utils/fnv1a';

/** Limits that keep one follow small (storage.sync items are 8 KB; a file or a peer may be hostile). */
export const FOLLOW_LIMITS = { targets: 200, passage: 2000, phrase: 200 } as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const DUE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** "2026-02-31" has the shape of a day (`DAY`) but is none: ICS export and the deadline views need real ones. */
const isCalendarDay = (day: string) =>
  Number(day.slice(8)) <= daysInMonth(Number(day.slice(0, 4)), Number(day.slice(5, 7)));

/** The shape of `Deadline` (utils/analysis/deadlines.ts), checked: a stored or synced one is outside input. */
export const DeadlineSchema = v.pipe(
  v.object({
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(FOLLOW_LIMITS.phrase)),
    start: offset,
    end: offset,
    due: v.nullable(v.pipe(v.string(), v.regex(DUE, 'due is YYYY, YYYY-MM or YYYY-MM-DD'))),
    precision: v.nullable(v.picklist(['day', 'month', 'year'])),
    lastDay: v.nullable(v.pipe(v.string(), v.regex(DAY, 'lastDay is YYYY-MM-DD'))),
    basis: v.picklist(['absolute', 'article-date', 'unresolved']),
    recurrence: v.optional(
      v.object({
        every: v.picklist(['year', 'quarter', 'month', 'week', 'day']),
        month: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
        day: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31))),
      }),
    ),
    from: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  }),
  v.check(
    (d) => (d.due === null) === (d.lastDay === null) && (d.due === null) === (d.precision === null),
    'a due date has its precision and last day',
  ),
  v.check((d) => d.due === null || (d.lastDay ?? '').startsWith(d.due), 'lastDay is inside due'),
  v.check((d) => d.lastDay === null || isCalendarDay(d.lastDay), 'lastDay is a day of the calendar'),
) satisfies v.GenericSchema<unknown, Deadline>;

/** One dated target of a followed article: the passage (to link back with a text fragment) and its deadline. */
export const FollowTargetSchema = v.object({
  quote: v.object({
    ...TextQuoteSchema.entries,
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(FOLLOW_LIMITS.passage)),
  }),
  deadline: DeadlineSchema,
});
export type FollowTarget = v.InferOutput<typeof FollowTargetSchema>;

const FollowObject = v.object({
  id: v.pipe(v.string(), v.regex(/^f-[0-9a-f]{16}$/, 'a follow id is f- and 16 hex digits')),
  /** Normalised page URL (utils/highlights/url.ts). */
  url: WebUrlSchema,
  title: text(LIMITS.title),
  site: text(255),
  source: v.optional(v.nullable(text(LIMITS.title))),
  published: v.optional(v.nullable(text(64))),
  targets: v.pipe(v.array(FollowTargetSchema), v.maxLength(FOLLOW_LIMITS.targets)),
  created: time,
  updated: time,
  clock: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.clock)),
  deleted: v.optional(v.boolean()),
});

export const FollowSchema = v.pipe(
  FollowObject,
  // A peer or a file cannot file a follow under another page's id.
  v.check((f) => f.id === followId(f.url), 'a follow id is computed from its url'),
);
export type Follow = v.InferOutput<typeof FollowSchema>;

/** What the reader's side sends to follow a page; the background stamps id, clock and times. */
export const FollowDraftSchema = v.omit(FollowObject, ['id', 'created', 'updated', 'clock', 'deleted']);
export type FollowDraft = v.InferOutput<typeof FollowDraftSchema>;

/**
 * The id of a page's follow: two 32-bit FNV-1a hashes of its normalised URL (64 bits; same on every
 * device, so follows of one page merge; not secret, only stable).
 */
export function followId(url: string): string {
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < url.length; i++) b = Math.imul(b ^ url.charCodeAt(i), 0x01000193) ^ (b >>> 13);
  return `f-${fnv1a(url)}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/** FNV-1a (fnv1a32), as 8 hex digits: a stable short key (not a secret, not collision-proof). */
export function fnv1a(s: string): string {
  return fnv1a32(s).toString(16).padStart(8, '0');
}

export function parseFollow(input: unknown): ParseResult<Follow> {
  const r = v.safeParse(FollowSchema, input);
  return r.success ? { ok: true, value: r.output } : { ok: false, error: describeIssues(r.issues) };
}
